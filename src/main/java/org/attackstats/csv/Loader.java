package org.attackstats.csv;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.RecordIds;
import org.attackstats.text.NewsDocument;

/**
 * The one way to load data: any mix of canonical dataset folders and files, third-party exports
 * (ACLED, GTD, UCDP GED, GDELT), tables read through a {@link TableMapping}, and news text, with one
 * account of every row ({@link LoadReport}). Records can be held in a {@link Dataset} ({@link
 * #read}), streamed for data larger than memory ({@link #stream}), written to a canonical folder
 * without being held ({@link #convert}), or merged into a folder from a newer export ({@link
 * #update}).
 *
 * <pre>{@code
 * LoadResult r = Loader.read(
 *     List.of(Input.of(Path.of("data/canonical")), Input.of(Path.of("exports/acled.csv"))),
 *     ReadOptions.lenient());
 * Dataset d = r.dataset();
 * for (DataProblem p : r.report().problems()) System.err.println(p);
 * }</pre>
 *
 * <p><b>What is read.</b> An input's {@link InputFormat} says how to read it; {@link
 * InputFormat#AUTO} tells it from the content. A folder holding any of {@code attacks.csv}, {@code
 * responses.csv}, {@code bases.csv} and {@code tallies.csv} is a canonical dataset (its other files
 * are not read); any other folder is read file by file: its {@code .csv}, {@code .json} and {@code
 * .txt} files (only {@code .txt} as text, only {@code .csv} and {@code .json} for an export format),
 * not its subfolders; every entry not read is a warning. A file named like a canonical table is
 * one; a {@code .txt} file is news text; a file starting with a brace or a bracket is an ACLED API
 * response; a file whose first line is a GDELT event (tab-separated, 57, 58 or 61 cells) is GDELT
 * events; otherwise its header tells: an ACLED, GTD or UCDP GED export, or a canonical table by
 * the columns only it has. A file that fits nothing, or that does not fit a forced format, is a
 * problem of that file, which names the format it looks like.
 *
 * <p><b>Order and checks.</b> Canonical tables are read bases first, then attacks, responses and
 * tallies, then exports and mapped tables, then news text, so that references are checked as rows
 * arrive. An id that repeats one read before (from any input), or a reference that names no record
 * read before, is a problem of that row, at its file and line. Records cite their file by name, or
 * by the path as given when two inputs have the same file name.
 *
 * <p><b>The account.</b> For each file, rows read = accepted + left out + rejected: rows of exports
 * that are not incidents by the source's rule are left out and counted by reason unless {@link
 * ReadOptions#includesNonIncidents()}; every rejected row has one problem with file, line, record,
 * column, value and reason; rows kept with a repair carry a warning. Strict reading throws the
 * first problem as a {@link DataFormatException}; lenient reading reports them all and reads on.
 */
public final class Loader {

  private Loader() {}

  /**
   * Reads the inputs into one dataset. A canonical file over 2 MiB is parsed in parts on {@link
   * ReadOptions#threads()} threads, with the dataset, the account and the problems of reading it
   * on one.
   *
   * @param inputs what to read
   * @param options strict or lenient, limits, and how to read exports and text
   * @return the dataset and the account
   * @throws DataFormatException in strict mode at the first problem; in lenient mode past {@link
   *     ReadOptions#maxProblems()} problems, or when a folder holds nothing to read
   * @throws UncheckedIOException if an input does not exist, is not a regular file or folder, or
   *     cannot be read
   */
  public static LoadResult read(List<Input> inputs, ReadOptions options) {
    Dataset.Builder builder = Dataset.builder();
    try (Scan scan = new Scan(Resolver.resolve(inputs, options), options, Scan.Keeper.of(builder),
        Memo.KEEPING)) {
      while (scan.next() != null) {
        // every record is kept by the builder
      }
      return new LoadResult(builder.build(), scan.report());
    }
  }

  /**
   * Reads the inputs as a stream of incidents, without holding them (see {@link RecordStream}).
   * With {@link ReadOptions#checksIds()} (the default) duplicate ids and references are checked as
   * {@link #read} checks them, which holds every id read; without, memory does not grow with the
   * rows, but duplicates and dangling references pass unnoticed.
   *
   * @param inputs what to read
   * @param options strict or lenient, limits, id checks, and how to read exports and text
   * @return the stream, to be closed
   * @throws DataFormatException when a folder holds nothing to read; problems of rows are thrown
   *     (strict mode) while the stream is read
   * @throws UncheckedIOException if an input does not exist or is not a regular file or folder
   */
  public static RecordStream stream(List<Input> inputs, ReadOptions options) {
    Scan.Keeper keeper = options.checksIds() ? Scan.Keeper.of(RecordIds.create()) : Scan.Keeper.NONE;
    return new RecordStream(new Scan(Resolver.resolve(inputs, options), options, keeper, Memo.STREAMING));
  }

  /**
   * Reads the inputs and writes their records as a canonical folder, without holding them: memory
   * holds one row, the ids read (to check them), the problems and, per column, at most 1,024
   * distinct values parsed (so that equal cells are parsed once). The folder is written all or
   * nothing, as {@link CanonicalCsv#write(Dataset, Path, WriteOptions)}: after a failure (strict
   * mode, a full disk) the old files are as they were.
   *
   * @param inputs what to read
   * @param dir the folder, created if missing
   * @param options strict or lenient, limits, and how to read exports and text
   * @param writeOptions how to write
   * @return the account
   * @throws DataFormatException in strict mode at the first problem, or past the problem limit
   * @throws UncheckedIOException if an input cannot be read or the folder cannot be written
   */
  public static LoadReport convert(List<Input> inputs, Path dir, ReadOptions options, WriteOptions writeOptions) {
    try (Scan scan = new Scan(Resolver.resolve(inputs, options), options, Scan.Keeper.of(RecordIds.create()),
            Memo.STREAMING);
        FolderWriter out = new FolderWriter(dir, writeOptions)) {
      for (Object r; (r = scan.next()) != null; ) {
        out.add(r);
      }
      out.commit();
      return scan.report();
    }
  }

  /**
   * Updates a canonical folder from a newer export, as ACLED users update their data: see {@link
   * Update}.
   *
   * @param dir the canonical folder; a folder without canonical files is an empty dataset
   * @param newer the newer export(s)
   * @param deleted a list of deleted events ({@code event_id_cnty}, {@code deleted_timestamp}), if
   *     any
   * @param options strict or lenient, limits, and how to read the export
   * @return the counts and the account of the rows read
   * @throws DataFormatException in strict mode at the first problem of the export or the list
   * @throws UncheckedIOException if a file cannot be read or the folder cannot be written
   */
  public static UpdateReport update(Path dir, List<Input> newer, Optional<Input> deleted, ReadOptions options) {
    return Update.apply(dir, newer, deleted, options);
  }

  /**
   * The news documents of text inputs ({@code .txt} files, folders of them), each dated by its
   * header line or {@link ReadOptions#textDate()}, as the loader reads them: for callers that run
   * their own {@link org.attackstats.text.Extractor}.
   *
   * @param inputs text files or folders (read as {@link InputFormat#TEXT})
   * @param options the date and publisher of undated text
   * @return the documents, in reading order
   * @throws DataFormatException at the first text that cannot be read as a dated report
   * @throws UncheckedIOException if an input does not exist or cannot be read
   */
  public static List<NewsDocument> documents(List<Input> inputs, ReadOptions options) {
    List<Input> text = new ArrayList<>();
    inputs.forEach(i -> text.add(i.as(InputFormat.TEXT)));
    Resolver r = Resolver.resolve(text, options);
    List<NewsDocument> docs = new ArrayList<>();
    for (Unit u : r.units()) {
      if (u.kind == Unit.Kind.FAULT) {
        throw new DataFormatException(u.fault);
      }
      docs.add(TextScan.document(u, options));
    }
    return docs;
  }
}
