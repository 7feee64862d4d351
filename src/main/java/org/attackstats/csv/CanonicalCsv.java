package org.attackstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.attackstats.dataset.Dataset;
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
 * in_response_to} names no record, or whose id repeats an earlier one, is a problem of that row; so
 * is a cell holding a NUL, an inner byte order mark or half of a surrogate pair. In strict mode the
 * first problem throws a {@link DataFormatException}; in lenient mode every problem is returned in
 * the {@link LoadResult}'s report and, for each file, rows read = accepted + rejected. A bad header
 * (missing required column, duplicate or empty column name) throws in strict mode; in lenient mode
 * it is reported and the file is skipped. Malformed quoting or invalid UTF-8 midway throws in
 * strict mode and is reported in lenient mode, keeping the rows read before the fault. Reading is
 * {@link Loader#read} with {@link InputFormat#CANONICAL}; {@link Loader} also reads exports and
 * news text, and mixes of them.
 *
 * <p>Writing then reading gives an equal dataset.
 */
public final class CanonicalCsv {

  private static final String SEED_FOLDER = "/org/attackstats/seeds/iraq-syria-2023/";

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
   * Reads a dataset folder, or a single canonical file: {@link Loader#read} with {@link
   * InputFormat#CANONICAL}.
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
    return Loader.read(List.of(Input.of(path, InputFormat.CANONICAL)), options);
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
      List<Input> inputs = new ArrayList<>();
      for (RecordType t : Resolver.READ_ORDER) {
        String name = SEED_FOLDER + t.fileName();
        try (InputStream in = CanonicalCsv.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException("bundled seed file missing from the classpath: " + name);
          }
          inputs.add(Input.of("classpath:" + name, in.readAllBytes(), InputFormat.canonical(t)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return Loader.read(inputs, ReadOptions.strict()).dataset();
    }
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
   * were, and no file is ever half written. Only the four files are written, inside {@code dir},
   * with the usual permissions of new files; a symbolic link in place of one of them is replaced,
   * not followed.
   *
   * @param dataset the dataset
   * @param dir the folder, created if missing
   * @param options write options
   * @throws IllegalArgumentException if a record's extra column has a canonical column's name
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Dataset dataset, Path dir, WriteOptions options) {
    try (FolderWriter w = new FolderWriter(dir, options)) {
      for (RecordType t : Resolver.READ_ORDER) {
        w.table(t, out -> write(dataset, t, out, options));
      }
      w.commit();
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
      CSVPrinter printer = new CSVPrinter(out, FolderWriter.FORMAT);
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
