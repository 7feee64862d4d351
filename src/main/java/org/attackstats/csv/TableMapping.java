package org.attackstats.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which column of a table holds which field, so that a CSV that no built-in format knows (a
 * newsroom's own list, an official strike list, a GTD derivative with renamed columns) is read
 * with the same validation, accounting and provenance as a built-in one. Immutable.
 *
 * <p>A mapping is a list of {@code field=column} pairs, separated by commas or line breaks, with
 * {@code #} starting a comment line:
 *
 * <pre>{@code
 * TableMapping m = TableMapping.parse("date=event_date, country=country_name, killed=deaths");
 * TableMapping gtd = TableMapping.parse("eventid=event_id, iyear=year, nkill=killed", ExternalFormat.GTD);
 * }</pre>
 *
 * <p>Onto the generic incident fields ({@link #parse(CharSequence)}) the fields are {@link
 * #FIELDS}: {@code date} (or {@code date_start}) is required; a column of the table named like a
 * field is taken for it unless mapped otherwise. Options: {@code date_format} (a {@link
 * DateTimeFormatter} pattern such as {@code dd/MM/yyyy}; by default ISO dates, {@code yyyy-MM}
 * months and {@code yyyy} years), {@code publisher} (written in each record's {@code source}) and
 * {@code prefix} (put before the names of the columns kept as extras). Onto a third-party format
 * ({@link #parse(CharSequence, ExternalFormat)}) the fields are that format's own column names, and
 * the columns renamed are then read as that format reads them. Names are compared ignoring case.
 * A mapping that names a column the table does not have fails before any row is read, naming the
 * columns found.
 */
public final class TableMapping {

  /** The fields of the generic incident table, as canonical column names. */
  public static final List<String> FIELDS =
      List.of(
          "id", "date_start", "date_end", "country", "admin1", "location", "latitude", "longitude",
          "perpetrator", "target", "method", "munitions", "injured", "killed", "victims", "notes",
          "source", "source_url");

  private static final Set<String> OPTIONS = Set.of("date_format", "publisher", "prefix");

  private final SortedMap<String, String> columns;
  private final SortedMap<String, String> options;
  private final Optional<ExternalFormat> format;

  private TableMapping(
      SortedMap<String, String> columns, SortedMap<String, String> options, Optional<ExternalFormat> format) {
    this.columns = Collections.unmodifiableSortedMap(columns);
    this.options = Collections.unmodifiableSortedMap(options);
    this.format = format;
  }

  /**
   * A mapping onto the generic incident fields.
   *
   * @param spec {@code field=column} pairs and options
   * @return the mapping
   * @throws IllegalArgumentException naming a field or option that does not exist, a field mapped
   *     twice, an empty column, an invalid {@code date_format}, or a mapping without {@code date}
   */
  public static TableMapping parse(CharSequence spec) {
    return parse(spec, Optional.empty());
  }

  /**
   * A mapping that renames a table's columns to a third-party format's column names.
   *
   * @param spec {@code column_of_the_format=column_of_the_table} pairs
   * @param format the format read once the columns are renamed
   * @return the mapping
   * @throws IllegalArgumentException naming a column the format does not know, one mapped twice, or
   *     an empty column, or for {@link ExternalFormat#GDELT}, whose files have no header
   */
  public static TableMapping parse(CharSequence spec, ExternalFormat format) {
    return parse(spec, Optional.of(format));
  }

  /**
   * A mapping read from a UTF-8 file holding the same pairs, one a line or separated by commas.
   *
   * @param file the file
   * @param format the format the columns are renamed onto, or empty for the generic fields
   * @return the mapping
   * @throws IllegalArgumentException as {@link #parse(CharSequence)}, naming the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static TableMapping read(Path file, Optional<ExternalFormat> format) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the mapping " + file + ": " + e.getMessage(), e);
    }
    try {
      return parse(text, format);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static TableMapping parse(CharSequence spec, Optional<ExternalFormat> format) {
    if (format.orElse(null) == ExternalFormat.GDELT) {
      throw new IllegalArgumentException(
          "GDELT files have no header to map: their columns are fixed by the layout; read them as gdelt");
    }
    SortedMap<String, String> columns = new TreeMap<>();
    SortedMap<String, String> options = new TreeMap<>();
    Set<String> fields =
        format.isPresent() ? knownColumns(format.get()) : new TreeSet<>(FIELDS);
    for (String line : spec.toString().split("\\R")) {
      if (line.strip().startsWith("#")) {
        continue;
      }
      for (String pair : line.split(",")) {
        if (pair.isBlank()) {
          continue;
        }
        int eq = pair.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException(
              "invalid mapping '" + pair.strip() + "': expected field=column");
        }
        String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = pair.substring(eq + 1).strip();
        if (key.equals("date")) {
          key = "date_start";
        }
        if (format.isEmpty() && OPTIONS.contains(key)) {
          options.put(key, value);
          continue;
        }
        if (!fields.contains(key)) {
          throw new IllegalArgumentException(
              "unknown field '" + key + "' in the mapping: expected one of " + fields
                  + (format.isEmpty() ? " or the options " + new TreeSet<>(OPTIONS) : " (the columns of " + format.get() + ")"));
        }
        if (value.isEmpty()) {
          throw new IllegalArgumentException("field '" + key + "' is mapped to an empty column name");
        }
        if (columns.put(key, value.toLowerCase(Locale.ROOT)) != null) {
          throw new IllegalArgumentException("field '" + key + "' is mapped twice");
        }
      }
    }
    if (options.containsKey("date_format")) {
      try {
        DateTimeFormatter.ofPattern(options.get("date_format"), Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "invalid date_format '" + options.get("date_format")
                + "': expected a date pattern such as dd/MM/yyyy (" + e.getMessage() + ")", e);
      }
    }
    if (format.isEmpty() && columns.isEmpty() && options.isEmpty()) {
      throw new IllegalArgumentException("the mapping is empty: expected field=column pairs such as date=event_date");
    }
    return new TableMapping(columns, options, format);
  }

  private static Set<String> knownColumns(ExternalFormat format) {
    Set<String> s = new TreeSet<>(format.mapping().knownColumns());
    if (format.isAcled()) {
      s.addAll(AcledMapping.LEGACY.knownColumns());
    }
    return s;
  }

  /**
   * The column of the table that each field is taken from, by field; column names lower-case.
   *
   * @return an unmodifiable sorted map
   */
  public Map<String, String> columns() {
    return columns;
  }

  /**
   * The format whose columns the mapping renames onto.
   *
   * @return the format, or empty for the generic incident fields
   */
  public Optional<ExternalFormat> format() {
    return format;
  }

  /**
   * The pattern of dates ({@code date_format}).
   *
   * @return the pattern, or empty for the default forms
   */
  public Optional<String> dateFormat() {
    return Optional.ofNullable(options.get("date_format"));
  }

  /**
   * The publisher written in each record's source ({@code publisher}).
   *
   * @return the publisher, or empty
   */
  public Optional<String> publisher() {
    return Optional.ofNullable(options.get("publisher"));
  }

  /**
   * What is put before the names of the columns kept as extras ({@code prefix}).
   *
   * @return the prefix, empty by default
   */
  public String prefix() {
    return options.getOrDefault("prefix", "");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TableMapping
        && ((TableMapping) o).columns.equals(columns)
        && ((TableMapping) o).options.equals(options)
        && ((TableMapping) o).format.equals(format);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, options, format);
  }

  /**
   * The mapping as it is written, after {@code table} or the format's name: {@code
   * table[date_start=event_date, killed=deaths]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    Map<String, String> all = new TreeMap<>(columns);
    all.putAll(options);
    return format.map(Object::toString).orElse("table") + all.toString().replace('{', '[').replace('}', ']');
  }
}
