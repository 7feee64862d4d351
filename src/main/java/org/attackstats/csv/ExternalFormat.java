package org.attackstats.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The third-party exports attack-stats reads, and their detection from a file's header.
 *
 * <ul>
 *   <li>{@link #ACLED}: the current ACLED CSV export (31 columns, from {@code event_id_cnty} to
 *       {@code timestamp}).
 *   <li>{@link #ACLED_LEGACY}: the older ACLED CSV export, recognised by {@code data_id}, {@code
 *       event_id_no_cnty} or {@code iso3}.
 *   <li>{@link #ACLED_JSON}: an ACLED API response, {@code {"data":[{...}]}}.
 *   <li>{@link #GTD}: the START Global Terrorism Database CSV, full or a reduced extract.
 *   <li>{@link #UCDP_GED}: the UCDP Georeferenced Event Dataset CSV.
 * </ul>
 */
public enum ExternalFormat {
  /** The current ACLED CSV export. */
  ACLED("ACLED", AcledMapping.CURRENT),
  /** The older ACLED CSV export ({@code data_id}, {@code event_id_no_cnty}, {@code iso3}). */
  ACLED_LEGACY("ACLED", AcledMapping.LEGACY),
  /** An ACLED API response in JSON, every value a string. */
  ACLED_JSON("ACLED", AcledMapping.JSON),
  /** The START Global Terrorism Database CSV. */
  GTD("GTD", GtdMapping.INSTANCE),
  /** The UCDP Georeferenced Event Dataset CSV. */
  UCDP_GED("UCDP GED", UcdpMapping.INSTANCE);

  private final String datasetName;
  private final Mapping mapping;

  ExternalFormat(String datasetName, Mapping mapping) {
    this.datasetName = datasetName;
    this.mapping = mapping;
  }

  /**
   * The dataset's name as written in each record's {@code source}: {@code ACLED}, {@code GTD} or
   * {@code UCDP GED}.
   *
   * @return the name
   */
  public String datasetName() {
    return datasetName;
  }

  Mapping mapping() {
    return mapping;
  }

  /**
   * The format with this name, as a command line would give it: the constant's name in any case,
   * with {@code -} for {@code _} ({@code acled}, {@code acled-legacy}, {@code acled-json}, {@code
   * gtd}, {@code ucdp-ged}); {@code ucdp} is accepted for {@code ucdp-ged}.
   *
   * @param name the name
   * @return the format
   * @throws IllegalArgumentException naming the value and the valid names
   */
  public static ExternalFormat parse(CharSequence name) {
    String n = name.toString().strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (n.equals("UCDP")) {
      return UCDP_GED;
    }
    for (ExternalFormat f : values()) {
      if (f.name().equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '"
            + name
            + "': expected one of acled, acled-legacy, acled-json, gtd, ucdp-ged");
  }

  /**
   * The columns that a file of this format must have (none for JSON, whose rows are checked one by
   * one).
   *
   * @return the required column names
   */
  public List<String> requiredColumns() {
    return mapping.requiredColumns();
  }

  /**
   * The format of a file, by its header: a file whose first character is a left brace is an ACLED
   * API response; otherwise the first CSV row is matched with {@link #fromHeader}. Reads UTF-8.
   *
   * @param file the file
   * @return the format
   * @throws DataFormatException naming the headers seen if no format matches
   * @throws UncheckedIOException if the file cannot be read (a {@link
   *     java.nio.charset.CharacterCodingException} cause if it is not UTF-8)
   */
  public static ExternalFormat detect(Path file) {
    return detect(file, StandardCharsets.UTF_8);
  }

  /**
   * The format of a file in this character set, by its header.
   *
   * @param file the file
   * @param charset the file's character set
   * @return the format
   * @throws DataFormatException naming the headers seen if no format matches
   * @throws UncheckedIOException if the file cannot be read (a {@link
   *     java.nio.charset.CharacterCodingException} cause if it is not in that character set)
   */
  public static ExternalFormat detect(Path file, Charset charset) {
    String name = String.valueOf(file.getFileName());
    try (BufferedReader in = Files.newBufferedReader(file, charset)) {
      in.mark(1 << 16);
      int c;
      do {
        c = in.read();
      } while (c == '\uFEFF' || (c >= 0 && Character.isWhitespace(c)));
      if (c == '{') {
        return ACLED_JSON;
      }
      in.reset();
      return fromHeader(header(in, name), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<String> header(Reader in, String file) throws IOException {
    Rows rows = Rows.csv(in, file, ReadOptions.lenient());
    return rows.header();
  }

  /**
   * The CSV format with this header row: {@code event_id_cnty} and {@code event_date} are ACLED
   * (the older export if {@code data_id}, {@code event_id_no_cnty} or {@code iso3} is there too);
   * {@code eventid} and {@code iyear} are GTD; {@code id}, {@code date_start} and one of {@code
   * best} or {@code side_a} are UCDP GED. Case is ignored.
   *
   * @param header the column names
   * @param file the file name, for the error
   * @return the format
   * @throws DataFormatException naming the headers seen if no format matches
   */
  public static ExternalFormat fromHeader(Collection<String> header, String file) {
    return match(header)
        .orElseThrow(
            () ->
                new DataFormatException(
                    new DataProblem(
                        file,
                        1,
                        1,
                        "",
                        String.join(",", header),
                        "not a known export: expected ACLED (event_id_cnty, event_date), GTD"
                            + " (eventid, iyear) or UCDP GED (id, date_start, best); headers seen: "
                            + header)));
  }

  private static Optional<ExternalFormat> match(Collection<String> header) {
    Set<String> h = new TreeSet<>();
    header.forEach(n -> h.add(n.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)));
    if (h.contains("event_id_cnty") && h.contains("event_date")) {
      boolean legacy =
          h.contains("data_id") || h.contains("event_id_no_cnty") || h.contains("iso3");
      return Optional.of(legacy ? ACLED_LEGACY : ACLED);
    }
    if (h.contains("eventid") && h.contains("iyear")) {
      return Optional.of(GTD);
    }
    if (h.contains("id")
        && h.contains("date_start")
        && (h.contains("best") || h.contains("side_a"))) {
      return Optional.of(UCDP_GED);
    }
    return Optional.empty();
  }
}
