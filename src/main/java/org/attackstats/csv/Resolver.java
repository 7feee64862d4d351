package org.attackstats.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.dataset.RecordType;

/**
 * Turns {@link Input}s into the {@link Unit}s to read, in reading order: canonical tables (bases,
 * attacks, responses, tallies), then exports and mapped tables, then news text. Formats are told
 * from names and content (see {@link Loader}); a file whose format cannot be told, or that does not
 * fit a forced format, becomes a fault of that file. Folder entries that are not read are warnings.
 */
final class Resolver {

  static final List<RecordType> READ_ORDER =
      List.of(RecordType.BASE, RecordType.ATTACK, RecordType.RESPONSE, RecordType.TALLY);

  private final ReadOptions options;
  private final List<Unit> units = new ArrayList<>();
  final List<DataProblem> warnings = new ArrayList<>();

  private Resolver(ReadOptions options) {
    this.options = options;
  }

  /** A list of deleted events: one file, read as such whatever its content. */
  static Resolver deletions(Input in, ReadOptions options) {
    Resolver r = new Resolver(options);
    if (in.path().isPresent()) {
      Path p = in.path().get();
      if (!Files.isRegularFile(p)) {
        throw new UncheckedIOException("no such file: " + p, new NoSuchFileException(p.toString()));
      }
      r.units.add(Unit.deletions(p.toString(), p.getFileName().toString(), () -> Files.newInputStream(p)));
    } else {
      r.units.add(Unit.deletions(in.name(), in.name(), in::open));
    }
    return r;
  }

  /** The units of the inputs, in reading order, and the warnings about folder entries skipped. */
  static Resolver resolve(List<Input> inputs, ReadOptions options) {
    Resolver r = new Resolver(options);
    for (Input in : inputs) {
      if (in.path().isPresent()) {
        r.path(in.path().get(), in.format());
      } else {
        String name = in.name();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        r.file(name, name.substring(slash + 1), in::open, in.format());
      }
    }
    r.nameDocuments();
    return r;
  }

  /** The units, canonical tables first by kind, then exports, then text. */
  List<Unit> units() {
    List<Unit> ordered = new ArrayList<>();
    for (RecordType t : READ_ORDER) {
      units.stream().filter(u -> u.kind == Unit.Kind.CANONICAL && u.table == t).forEach(ordered::add);
    }
    units.stream().filter(u -> u.kind == Unit.Kind.EXPORT || u.kind == Unit.Kind.FAULT).forEach(ordered::add);
    units.stream().filter(u -> u.kind == Unit.Kind.TEXT || u.kind == Unit.Kind.DELETIONS).forEach(ordered::add);
    return ordered;
  }

  /** Records cite their file by name; when two files share a name, by the path as given. */
  private void nameDocuments() {
    Map<String, Integer> names = new HashMap<>();
    units.forEach(u -> names.merge(u.fileName, 1, Integer::sum));
    units.forEach(u -> u.document = names.get(u.fileName) > 1 ? u.file : u.fileName);
  }

  private void path(Path p, InputFormat format) {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      throw new UncheckedIOException("no such file or folder: " + p, new NoSuchFileException(p.toString()));
    }
    if (!Files.exists(p)) {
      throw new UncheckedIOException(
          "cannot read " + p + ": a symbolic link that leads nowhere (broken, or a loop)",
          new NoSuchFileException(p.toString()));
    }
    if (Files.isDirectory(p)) {
      folder(p, format);
    } else if (Files.isRegularFile(p)) {
      file(p.toString(), p.getFileName().toString(), () -> Files.newInputStream(p), format);
    } else {
      throw new UncheckedIOException(
          "cannot read " + p + ": not a regular file or folder (a device or pipe)",
          new NoSuchFileException(p.toString()));
    }
  }

  private void folder(Path dir, InputFormat format) {
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    if (format.isAuto() || format.isCanonical()) {
      boolean any = false;
      for (RecordType t : READ_ORDER) {
        Path f = dir.resolve(t.fileName());
        if (Files.isRegularFile(f)) {
          units.add(Unit.canonical(f.toString(), t.fileName(), () -> Files.newInputStream(f), t));
          any = true;
        } else if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
          units.add(Unit.fault(new DataProblem(f.toString(), 0, 0, "", "",
              "not a regular file (a folder, device or pipe, or a link that leads nowhere)")));
          any = true;
        }
      }
      if (any || format.isCanonical()) {
        if (!any) {
          throw new DataFormatException(
              new DataProblem(dir.toString(), 0, 0, "", "",
                  "folder holds none of attacks.csv, responses.csv, bases.csv, tallies.csv"));
        }
        return;
      }
    }
    int before = units.size();
    for (Path f : entries) {
      String name = f.getFileName().toString();
      String skipped = skipped(f, name, format);
      if (skipped != null) {
        warnings.add(new DataProblem(f.toString(), 0, 0, "", "", "skipped: " + skipped));
      } else {
        file(f.toString(), name, () -> Files.newInputStream(f), format);
      }
    }
    if (units.size() == before) {
      throw new DataFormatException(
          new DataProblem(dir.toString(), 0, 0, "", "",
              "folder holds none of attacks.csv, responses.csv, bases.csv, tallies.csv and no "
                  + extensions(format) + " file to read"));
    }
  }

  /** Why a folder entry is not read, or null. */
  private static String skipped(Path f, String name, InputFormat format) {
    if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS) || !Files.exists(f)) {
      return "a symbolic link that leads nowhere (broken, or a loop)";
    }
    if (Files.isDirectory(f)) {
      return "a folder (the files of a folder are read, not its folders)";
    }
    if (!Files.isRegularFile(f)) {
      return "not a regular file (a device or pipe)";
    }
    if (name.startsWith(".")) {
      return "a hidden file";
    }
    String n = name.toLowerCase(Locale.ROOT);
    boolean text = n.endsWith(".txt");
    boolean table = n.endsWith(".csv") || n.endsWith(".json");
    boolean read = format.isText() ? text : format.isAuto() ? text || table : table;
    return read ? null : "not a " + extensions(format) + " file";
  }

  private static String extensions(InputFormat format) {
    return format.isText() ? ".txt" : format.isAuto() ? ".csv, .json or .txt" : ".csv or .json";
  }

  private void file(String file, String fileName, Unit.Opener opener, InputFormat format) {
    if (format.isText()) {
      units.add(Unit.text(file, fileName, opener));
      return;
    }
    Optional<RecordType> table = format.canonicalTable().or(() -> canonicalName(fileName));
    if (table.isPresent() && (format.isAuto() || format.isCanonical())) {
      units.add(Unit.canonical(file, fileName, opener, table.get()));
      return;
    }
    if (format.isAuto() && fileName.toLowerCase(Locale.ROOT).endsWith(".txt")) {
      units.add(Unit.text(file, fileName, opener));
      return;
    }
    if (format.export().orElse(null) == ExternalFormat.GDELT) {
      // no header to sniff: the reader judges the first line
      units.add(Unit.export(file, fileName, opener, ExternalFormat.GDELT, null, List.of()));
      return;
    }
    Sniff s;
    try {
      s = sniff(file, opener, format.isCanonical() ? StandardCharsets.UTF_8 : options.charset());
    } catch (DataFormatException e) {
      units.add(Unit.fault(e.problem()));
      return;
    }
    Optional<TableMapping> mapping = format.mapping();
    Optional<ExternalFormat> forced = format.export();
    if (s.gdelt) {
      units.add(format.isAuto()
          ? Unit.export(file, fileName, opener, ExternalFormat.GDELT, null, List.of())
          : Unit.fault(new DataProblem(file, 1, 1, "", "", "not "
              + (forced.isPresent() ? describe(forced.get()) : format.isCanonical() ? "a canonical table" : "a mapped table")
              + ": it is gdelt (use --input-format gdelt)")));
      return;
    }
    if (format.isCanonical() || (format.isAuto() && !s.json && match(s.header).isEmpty())) {
      Optional<RecordType> kind = s.json ? Optional.empty() : canonicalHeader(s.header);
      if (kind.isPresent()) {
        units.add(Unit.canonical(file, fileName, opener, kind.get()));
      } else {
        units.add(Unit.fault(new DataProblem(file, 1, 1, "", "", Messages.bounded(
            (format.isCanonical()
                ? "cannot tell which kind of canonical file this is: name it attacks.csv, responses.csv, bases.csv or tallies.csv"
                : "not a known format: expected a canonical table (attacks.csv, ...), ACLED (event_id_cnty,"
                    + " event_date), GTD (eventid), UCDP GED (id, date_start, best), an ACLED API response"
                    + " (JSON), GDELT events (tab-separated, no header), or a table read through a column"
                    + " mapping (TableMapping, --map on the command line)")
                + "; headers seen: " + (s.json ? "(JSON)" : s.header)))));
      }
      return;
    }
    if (mapping.isPresent() && forced.isEmpty()) {
      units.add(Unit.export(file, fileName, opener, null, mapping.get(), List.of()));
      return;
    }
    Collection<String> header = s.json ? List.of() : renamed(s.header, mapping);
    ExternalFormat detected = s.json ? ExternalFormat.ACLED_JSON : match(header).orElse(null);
    ExternalFormat f = forced.orElse(detected);
    List<Mapping.Warning> warnings = new ArrayList<>();
    if (f == ExternalFormat.ACLED) {
      if (detected == null || !detected.isAcled()) {
        units.add(Unit.fault(notThis(file, f, detected, header)));
        return;
      }
      f = detected;
    } else if (s.json != (f == ExternalFormat.ACLED_JSON)) {
      units.add(Unit.fault(notThis(file, f, detected, header)));
      return;
    } else if (f.isAcled() && detected != null && detected != f) {
      warnings.add(new Mapping.Warning("", "", "format does not fit",
          "the header looks like " + detected + ", not " + f + " as asked; read as " + f
              + " (use --input-format " + detected + ", or acled to have the form told apart)"));
    }
    units.add(Unit.export(file, fileName, opener, f, mapping.orElse(null), warnings));
  }

  private static DataProblem notThis(String file, ExternalFormat asked, ExternalFormat detected, Collection<String> header) {
    String what = detected == null
        ? "headers seen: " + (header.isEmpty() ? "(JSON)" : header)
        : "it is " + detected + " (use --input-format " + detected + ")";
    return new DataProblem(file, 1, 1, "", "", Messages.bounded("not " + describe(asked) + ": " + what));
  }

  private static String describe(ExternalFormat f) {
    switch (f) {
      case ACLED:
        return "an ACLED export";
      case ACLED_JSON:
        return "an ACLED API response (JSON)";
      case ACLED_CSV:
        return "an ACLED CSV export";
      case ACLED_LEGACY:
        return "an older ACLED CSV export";
      default:
        return "a " + f + " export";
    }
  }

  /** "; this looks like X" when another format fits the header; empty otherwise. */
  static String lookalike(Collection<String> header, ExternalFormat asked) {
    Optional<ExternalFormat> m = match(header);
    if (m.isPresent() && m.get() != asked) {
      return "; the header looks like " + m.get() + " (use --input-format " + m.get() + ")";
    }
    return "";
  }

  private static Collection<String> renamed(List<String> header, Optional<TableMapping> mapping) {
    if (mapping.isEmpty()) {
      return header;
    }
    Map<String, String> target = new HashMap<>();
    mapping.get().columns().forEach((field, column) -> target.put(column, field));
    List<String> out = new ArrayList<>();
    header.forEach(h -> out.add(target.getOrDefault(h, h)));
    return out;
  }

  /** The first character and the header of a file. */
  private static final class Sniff {
    boolean json;
    boolean gdelt;
    List<String> header = List.of();
  }

  private Sniff sniff(String file, Unit.Opener opener, Charset charset) {
    Sniff s = new Sniff();
    try (InputStream in = opener.open();
        BufferedReader r = new BufferedReader(new TextReader(in, charset), 1 << 16)) {
      r.mark(1 << 16);
      int c;
      do {
        c = r.read();
      } while (c >= 0 && Character.isWhitespace(c));
      if (c == '{' || c == '[') {
        s.json = true;
        return s;
      }
      r.reset();
      if (GdeltMapping.looksLikeEvent(firstLine(r))) {
        s.gdelt = true;
        return s;
      }
      r.reset();
      try (CSVParser p = CSVParser.builder()
          .setReader(new LimitingReader(r, options, true)).setFormat(CsvTable.FORMAT).get()) {
        Iterator<CSVRecord> it = p.iterator();
        if (!it.hasNext()) {
          throw new DataFormatException(new DataProblem(file, 0, 0, "", "", "file is empty: expected a header row"));
        }
        List<String> h = new ArrayList<>();
        it.next().forEach(n -> h.add(Binding.normalise(n)));
        s.header = h;
      }
    } catch (TextReader.InvalidTextException e) {
      throw new DataFormatException(
          new DataProblem(file, e.line, 0, "", "", CsvTable.invalidText(charset, false)), e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof TextReader.InvalidTextException) {
        throw new DataFormatException(new DataProblem(file, ((TextReader.InvalidTextException) e.getCause()).line,
            0, "", "", CsvTable.invalidText(charset, false)), e);
      }
      throw new DataFormatException(
          new DataProblem(file, 1, 1, "", "", "cannot read the header: " + e.getCause().getMessage()), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return s;
  }

  /** The first line, at most 65,535 characters of it (GDELT events have about a thousand). */
  private static String firstLine(BufferedReader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c; sb.length() < (1 << 16) - 1 && (c = r.read()) >= 0 && c != '\n' && c != '\r'; ) {
      sb.append((char) c);
    }
    return sb.toString();
  }

  private static Optional<RecordType> canonicalName(String fileName) {
    for (RecordType t : RecordType.values()) {
      if (fileName.endsWith(t.fileName())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The canonical table a header belongs to, by the columns only that table has. */
  static Optional<RecordType> canonicalHeader(Collection<String> header) {
    Set<String> h = new LinkedHashSet<>(header);
    if (h.contains("responder") || h.contains("in_response_to")) {
      return Optional.of(RecordType.RESPONSE);
    }
    if (h.contains("perpetrator") || h.contains("base_id") || h.contains("victims")) {
      return Optional.of(RecordType.ATTACK);
    }
    if (h.contains("metric")) {
      return Optional.of(RecordType.TALLY);
    }
    if (h.contains("name") && !h.contains("date_start")) {
      return Optional.of(RecordType.BASE);
    }
    return Optional.empty();
  }

  /**
   * The export a CSV header belongs to: {@code event_id_cnty} and {@code event_date} are ACLED (the
   * older export if {@code data_id}, {@code event_id_no_cnty} or {@code iso3} is there too); {@code
   * eventid} with {@code iyear}, {@code country_txt}, {@code gname}, {@code nkill} or {@code
   * attacktype1_txt} is GTD; {@code id}, {@code date_start} and one of {@code best} or {@code side_a}
   * are UCDP GED. Names lower-case.
   */
  static Optional<ExternalFormat> match(Collection<String> header) {
    Set<String> h = new LinkedHashSet<>(header);
    if (h.contains("event_id_cnty") && h.contains("event_date")) {
      boolean legacy = h.contains("data_id") || h.contains("event_id_no_cnty") || h.contains("iso3");
      return Optional.of(legacy ? ExternalFormat.ACLED_LEGACY : ExternalFormat.ACLED_CSV);
    }
    if (h.contains("eventid")
        && (h.contains("iyear") || h.contains("country_txt") || h.contains("gname") || h.contains("nkill")
            || h.contains("attacktype1_txt"))) {
      return Optional.of(ExternalFormat.GTD);
    }
    if (h.contains("id") && h.contains("date_start") && (h.contains("best") || h.contains("side_a"))) {
      return Optional.of(ExternalFormat.UCDP_GED);
    }
    return Optional.empty();
  }
}
