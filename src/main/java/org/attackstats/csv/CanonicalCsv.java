package org.attackstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.DatasetProblem;
import org.attackstats.dataset.RecordType;

/**
 * Reads and writes datasets in the canonical CSV format: a folder holding any of {@code
 * attacks.csv}, {@code responses.csv}, {@code bases.csv} and {@code tallies.csv} (see {@code
 * docs/csv-format.md}).
 *
 * <pre>{@code
 * LoadResult loaded = CanonicalCsv.read(Path.of("seeds/iraq-syria-2023"));
 * Dataset dataset = loaded.dataset();
 * CanonicalCsv.write(dataset, Path.of("out"));
 * }</pre>
 *
 * <p>Reading binds columns by header name in any order, accepts UTF-8 with or without a BOM, LF or
 * CRLF, and RFC 4180 quoting; unknown columns are kept as the records' extras and written back.
 * Empty lines are skipped (they hold no row). Bases are read before attacks and attacks before
 * responses, so that references are checked as rows arrive: a row whose {@code base_id} or {@code
 * in_response_to} names no record, or whose id repeats an earlier one, is a problem of that row.
 * In strict mode the first problem throws a {@link DataFormatException}; in lenient mode every
 * problem is returned in the {@link LoadResult} and, for each file, rows read = accepted +
 * rejected. A bad header (missing required column, duplicate or empty column name) throws in
 * strict mode; in lenient mode it is reported and the file is skipped. Malformed quoting or
 * invalid UTF-8 midway throws in strict mode and is reported in lenient mode, keeping the rows
 * read before the fault.
 *
 * <p>Writing then reading gives an equal dataset.
 */
public final class CanonicalCsv {

  private static final String SEED_FOLDER = "/org/attackstats/seeds/iraq-syria-2023/";
  static final List<RecordType> READ_ORDER =
      List.of(RecordType.BASE, RecordType.ATTACK, RecordType.RESPONSE, RecordType.TALLY);

  static final CSVFormat READ_FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  private static final CSVFormat WRITE_FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private CanonicalCsv() {}

  /**
   * Reads a dataset folder, or a single canonical file, in strict mode.
   *
   * @param path a folder holding any of the four files, or one file
   * @return the dataset and the account of every row
   * @throws DataFormatException at the first problem, naming file, line, column and value
   * @throws UncheckedIOException if a file cannot be opened
   */
  public static LoadResult read(Path path) {
    return read(path, ReadOptions.strict());
  }

  /**
   * Reads a dataset folder, or a single canonical file.
   *
   * <p>A folder must hold at least one of {@code attacks.csv}, {@code responses.csv}, {@code
   * bases.csv}, {@code tallies.csv}; other files in it are ignored. A single file's kind comes from
   * its name when that ends with one of those four names, else from its header.
   *
   * @param path a folder or a file
   * @param options strict or lenient, and limits
   * @return the dataset and the account of every row
   * @throws DataFormatException in strict mode at the first problem; in any mode when the folder
   *     holds no canonical file
   * @throws UncheckedIOException if a file cannot be opened
   */
  public static LoadResult read(Path path, ReadOptions options) {
    return read(TableReader.files(path), options);
  }

  /**
   * Reads several canonical files as one dataset; each file's kind comes from its name or its
   * header. Files are read bases first, then attacks, responses and tallies.
   *
   * @param files the files
   * @param options strict or lenient, and limits
   * @return the dataset and the account of every row
   * @throws DataFormatException in strict mode at the first problem, or when a file's kind cannot
   *     be told
   * @throws UncheckedIOException if a file cannot be opened
   */
  public static LoadResult read(Collection<Path> files, ReadOptions options) {
    Loader loader = new Loader(options);
    loader.readAll(files);
    return loader.result();
  }

  /**
   * Reads one canonical table from a stream of UTF-8 bytes.
   *
   * @param in the bytes; not closed
   * @param fileName the name used in problems
   * @param type which kind of record the table holds
   * @param options strict or lenient, and limits
   * @return the dataset of that table alone and the account of every row
   * @throws DataFormatException in strict mode at the first problem
   */
  public static LoadResult read(InputStream in, String fileName, RecordType type, ReadOptions options) {
    Loader loader = new Loader(options);
    loader.table(in, fileName, type);
    return loader.result();
  }

  /** Reads tables from bytes as one dataset, in the folder's order (for tests: no files). */
  static LoadResult read(Map<RecordType, byte[]> tables, ReadOptions options) {
    Loader loader = new Loader(options);
    for (RecordType t : READ_ORDER) {
      if (tables.containsKey(t)) {
        loader.table(new java.io.ByteArrayInputStream(tables.get(t)), t.fileName(), t);
      }
    }
    return loader.result();
  }

  /**
   * The bundled seed dataset: every incident, response, base and tally of the founding article
   * (Iraq and Syria, 17 Oct to 21 Nov 2023), transcribed by hand with the quoted sentences.
   *
   * @return the seed dataset
   */
  public static Dataset seedDataset() {
    return SeedHolder.SEED;
  }

  private static final class SeedHolder {
    static final Dataset SEED = loadSeed();

    private static Dataset loadSeed() {
      Loader loader = new Loader(ReadOptions.strict());
      for (RecordType t : READ_ORDER) {
        String name = SEED_FOLDER + t.fileName();
        try (InputStream in = CanonicalCsv.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException("bundled seed file missing from the classpath: " + name);
          }
          loader.table(in, "classpath:" + name, t);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return loader.result().dataset();
    }
  }

  static RecordType kindOf(Path file, ReadOptions options) {
    String name = file.getFileName().toString();
    for (RecordType t : RecordType.values()) {
      if (name.endsWith(t.fileName())) {
        return t;
      }
    }
    List<String> header;
    try (Reader r = new LimitingReader(reader(Files.newInputStream(file)), options, true);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(READ_FORMAT).get()) {
      Iterator<CSVRecord> it = p.iterator();
      header = it.hasNext() ? it.next().toList() : List.of();
    } catch (IOException | UncheckedIOException e) {
      throw new DataFormatException(
          new DataProblem(file.toString(), 1, 1, "", "", "cannot read the header: " + e.getMessage()), e);
    }
    Set<String> h = new LinkedHashSet<>();
    header.forEach(c -> h.add(c.replace("\uFEFF", "").strip()));
    if (h.contains("responder") || h.contains("in_response_to")) {
      return RecordType.RESPONSE;
    }
    if (h.contains("perpetrator") || h.contains("base_id") || h.contains("victims")) {
      return RecordType.ATTACK;
    }
    if (h.contains("metric")) {
      return RecordType.TALLY;
    }
    if (h.contains("name") && !h.contains("date_start")) {
      return RecordType.BASE;
    }
    throw new DataFormatException(
        new DataProblem(
            file.toString(), 1, 1, "", "",
            bounded(
                "cannot tell which kind of canonical file this is: name it attacks.csv, responses.csv,"
                    + " bases.csv or tallies.csv; headers seen: " + h)));
  }

  /** UTF-8 without a leading BOM; invalid bytes throw once the characters before them are read. */
  static Reader reader(InputStream in) {
    return new Utf8Reader(in);
  }

  /** Reads tables into one dataset builder, keeping the account. Not thread-safe. */
  private static final class Loader extends TableReader {
    private final Dataset.Builder builder = Dataset.builder();
    // repeated places, sources, dates, actors and names held once per load
    private final Interner interner = new Interner(1 << 20);

    Loader(ReadOptions options) {
      super(options);
    }

    LoadResult result() {
      return new LoadResult(builder.build(), reports, problems);
    }

    @Override
    Interner interner() {
      return interner;
    }

    @Override
    DataProblem accept(Row row, RecordType type, String file, long line, long number) {
      List<DatasetProblem> found;
      switch (type) {
        case ATTACK:
          found = add(Codec.attack(row), builder::problemsWith, builder::add);
          break;
        case RESPONSE:
          found = add(Codec.response(row), builder::problemsWith, builder::add);
          break;
        case BASE:
          found = add(Codec.base(row), builder::problemsWith, builder::add);
          break;
        default:
          found = add(Codec.tally(row), builder::problemsWith, builder::add);
      }
      if (found.isEmpty()) {
        return null;
      }
      DatasetProblem d = found.get(0);
      return new DataProblem(file, line, number, d.field(), abbreviate(d.value()), bounded(d.reason()));
    }

    private static <T> List<DatasetProblem> add(
        T record, Function<T, List<DatasetProblem>> check, Function<T, ?> add) {
      List<DatasetProblem> found = check.apply(record);
      if (found.isEmpty()) {
        add.apply(record);
      }
      return found;
    }
  }

  /** Counts the bytes read through it, for progress reports. Closing it does not close the source. */
  static final class CountingInputStream extends java.io.FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      count += k;
      return k;
    }

    @Override
    public void close() {
      // the caller owns the source stream
    }
  }

  /** Line breaks inside the record's cells (CRLF counts once). */
  static long breaks(CSVRecord rec) {
    long n = 0;
    for (String v : rec.values()) {
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= v.length() || v.charAt(i + 1) != '\n'))) {
          n++;
        }
      }
    }
    return n;
  }


  static String abbreviate(String v) {
    return v.length() <= 200 ? v : v.substring(0, 197) + "...";
  }

  /** A reason, which may quote the value, cut at 1,000 characters. */
  static String bounded(String reason) {
    return reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
  }

  /** The cells joined with commas, cut at 200 characters without joining them all first. */
  static String abbreviate(String[] cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length && sb.length() <= 200; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(cells[i], 0, Math.min(cells[i].length(), 201));
    }
    return abbreviate(sb.toString());
  }

  static String tooLong(ReadOptions options) {
    return "cell has more than " + options.maxCellLength() + " characters, the limit"
        + " (raise it with ReadOptions.maxCellLength)";
  }

  static String tooManyCells(ReadOptions options) {
    return "row has more than " + options.maxColumns() + " cells, the limit"
        + " (raise it with ReadOptions.maxColumns)";
  }

  /**
   * The reader bounded by the limits: in strict mode it fails at the first cell or record over a
   * limit, in lenient mode it cuts them so that the row is rejected and reading goes on.
   */
  static Reader limited(Reader r, ReadOptions options) {
    return new LimitingReader(r, options, !options.isLenient());
  }

  // ---- writing ----

  /**
   * Writes a dataset folder with exact values; see {@link #write(Dataset, Path, WriteOptions)}.
   *
   * @param dataset the dataset
   * @param dir the folder, created if missing
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Dataset dataset, Path dir) {
    write(dataset, dir, WriteOptions.defaults());
  }

  /**
   * Writes the four canonical files into a folder: UTF-8 without BOM, LF line endings, canonical
   * columns in the documented order followed by the records' extra columns in first-seen order.
   * All four files are first written to temporary files in the folder and only then moved into
   * place, so a failure while writing (a refused record, a full disk) leaves the old files as they
   * were, and no file is ever half written. Only the four files are written, inside {@code dir};
   * a symbolic link in place of one of them is replaced, not followed.
   *
   * @param dataset the dataset
   * @param dir the folder, created if missing
   * @param options write options
   * @throws IllegalArgumentException if a record's extra column has a canonical column's name
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Dataset dataset, Path dir, WriteOptions options) {
    Map<Path, Path> written = new LinkedHashMap<>(); // temporary file -> final name
    try {
      Files.createDirectories(dir);
      try {
        for (RecordType t : READ_ORDER) {
          Path target = dir.resolve(t.fileName());
          if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(
                target.toString(), null, "a folder is in the way of the file");
          }
          Path tmp = Files.createTempFile(dir, "." + t.fileName() + ".", ".tmp");
          written.put(tmp, target);
          try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            write(dataset, t, w, options);
          }
        }
        // Only once every file is written: replace the old ones (a symbolic link of the same name
        // is replaced, not followed).
        for (Map.Entry<Path, Path> e : written.entrySet()) {
          try {
            Files.move(e.getKey(), e.getValue(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException x) {
            Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      } finally {
        for (Path tmp : written.keySet()) {
          Files.deleteIfExists(tmp);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write dataset to " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes one canonical table (header and rows) to a character stream.
   *
   * @param dataset the dataset
   * @param type which table
   * @param out the stream; flushed, not closed
   * @param options write options
   * @throws IllegalArgumentException if a record's extra column has a canonical column's name
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Dataset dataset, RecordType type, Writer out, WriteOptions options) {
    List<Map<String, String>> rows = new ArrayList<>();
    switch (type) {
      case ATTACK:
        dataset.attacks().forEach(a -> rows.add(Codec.cells(a)));
        break;
      case RESPONSE:
        dataset.responses().forEach(r -> rows.add(Codec.cells(r)));
        break;
      case BASE:
        dataset.bases().forEach(b -> rows.add(Codec.cells(b)));
        break;
      default:
        dataset.tallies().forEach(t -> rows.add(Codec.cells(t)));
    }
    Set<String> columns = new LinkedHashSet<>(Columns.of(type));
    for (Map<String, String> row : rows) {
      columns.addAll(row.keySet());
    }
    try {
      CSVPrinter printer = new CSVPrinter(out, WRITE_FORMAT);
      printer.printRecord(columns);
      List<String> cells = new ArrayList<>(columns.size());
      for (Map<String, String> row : rows) {
        cells.clear();
        for (String c : columns) {
          cells.add(options.cell(c, row.getOrDefault(c, "")));
        }
        printer.printRecord(cells);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
