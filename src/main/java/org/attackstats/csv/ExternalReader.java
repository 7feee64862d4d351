package org.attackstats.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;
import org.attackstats.model.Source;

/**
 * Reads an ACLED, GTD or UCDP GED export into a {@link Dataset} of attacks and responses, with a
 * {@link ConversionReport} on every row.
 *
 * <pre>{@code
 * Conversion c = ExternalReader.read(Path.of("gtd.csv"), ConversionOptions.defaults());
 * for (DataProblem p : c.report().problems()) System.err.println(p);
 * }</pre>
 *
 * <p>Every data row becomes exactly one record or one problem. In lenient mode (the default) bad
 * rows are reported and skipped; in strict mode the first bad row throws {@link
 * DataFormatException}. A file that cannot be read at all (unknown format, a required column
 * missing, malformed CSV or JSON) throws in either mode. The mapping of each format is documented
 * in {@code docs/formats.md}.
 */
public final class ExternalReader {

  private ExternalReader() {}

  /**
   * Reads a file, detecting its format from its header ({@link ExternalFormat#detect(Path,
   * java.nio.charset.Charset)}).
   *
   * @param file the file
   * @param options how to read and map it
   * @return the dataset and the report
   * @throws DataFormatException if the format is unknown, the file is malformed, or (strict mode)
   *     at the first bad row
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Conversion read(Path file, ConversionOptions options) {
    return read(file, ExternalFormat.detect(file, options.charset()), options);
  }

  /**
   * Reads a file of a known format.
   *
   * @param file the file
   * @param format its format
   * @param options how to read and map it
   * @return the dataset and the report
   * @throws DataFormatException if the file is malformed, a required column is missing, or (strict
   *     mode) at the first bad row
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Conversion read(Path file, ExternalFormat format, ConversionOptions options) {
    try (BufferedReader in = Files.newBufferedReader(file, options.charset())) {
      return read(in, String.valueOf(file.getFileName()), format, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads from a reader; the name stands for the file in problems and in each record's {@code
   * source_url}.
   *
   * @param in the text
   * @param fileName the file name to report
   * @param format its format
   * @param options how to read and map it
   * @return the dataset and the report
   * @throws DataFormatException if the input is malformed, a required column is missing, or (strict
   *     mode) at the first bad row
   * @throws UncheckedIOException if the input cannot be read
   */
  public static Conversion read(
      Reader in, String fileName, ExternalFormat format, ConversionOptions options) {
    try {
      Rows rows =
          format == ExternalFormat.ACLED_JSON
              ? Rows.acledJson(readAll(in), fileName, options.readOptions())
              : Rows.csv(in, fileName, options.readOptions());
      return new Run(fileName, format, options).convert(rows);
    } catch (CharacterCodingException e) {
      throw new DataFormatException(
          new DataProblem(
              fileName,
              0,
              0,
              "",
              "",
              "not "
                  + options.charset()
                  + " text ("
                  + e
                  + "): set ConversionOptions.charset, or --charset on the command line"
                  + " (GTD CSV files are often windows-1252)"),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileName + ": " + e.getMessage(), e);
    }
  }

  private static String readAll(Reader in) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = in.read(buf)) >= 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  /** One conversion's state. */
  private static final class Run {
    private final String file;
    private final ExternalFormat format;
    private final ConversionOptions options;
    private final Mapping mapping;
    private final Mapping.Context context;
    private final Dataset.Builder dataset = Dataset.builder();
    private final Set<String> ids = new HashSet<>();
    private final List<DataProblem> problems = new ArrayList<>();
    private final SortedMap<String, Long> byReason = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Long>> unknownValues = new TreeMap<>();
    private long rows;
    private long attacks;
    private long responses;

    Run(String file, ExternalFormat format, ConversionOptions options) {
      this.file = file;
      this.format = format;
      this.options = options;
      this.mapping = format.mapping();
      String publisher = format.datasetName() + options.release().map(r -> " " + r).orElse("");
      this.context =
          new Mapping.Context(
              options.responderRule(),
              Source.of(publisher, null, file),
              (column, value) ->
                  unknownValues
                      .computeIfAbsent(column, c -> new TreeMap<>())
                      .merge(value, 1L, Long::sum));
    }

    Conversion convert(Rows rows) {
      List<String> header = rows.header();
      List<String> missing = new ArrayList<>(mapping.requiredColumns());
      missing.removeAll(header);
      if (!missing.isEmpty()) {
        throw new DataFormatException(
            new DataProblem(
                file,
                1,
                1,
                String.join(",", missing),
                "",
                "missing required column(s) "
                    + missing
                    + " for "
                    + format
                    + "; headers seen: "
                    + header));
      }
      List<String> unknownColumns = new ArrayList<>(header);
      unknownColumns.removeAll(mapping.knownColumns());
      while (rows.hasNext()) {
        accept(rows.next());
      }
      ConversionReport report =
          new ConversionReport(
              format,
              file,
              this.rows,
              attacks,
              responses,
              problems,
              byReason,
              unknownValues,
              unknownColumns);
      return new Conversion(dataset.build(), report);
    }

    private void accept(ExportRow r) {
      rows++;
      SourceRow row = r.row();
      try {
        if (r.defect() != null) {
          throw r.defect();
        }
        String id = row.get(mapping.idColumn());
        if (!id.isBlank() && !ids.add(id)) {
          throw new RowProblem(
              mapping.idColumn(),
              id,
              "duplicate id",
              "an earlier row has the same id; each event must appear once");
        }
        Incident incident = map(row);
        if (incident instanceof Attack) {
          dataset.add((Attack) incident);
          attacks++;
        } else {
          dataset.add((Response) incident);
          responses++;
        }
      } catch (RowProblem p) {
        DataProblem problem =
            new DataProblem(file, row.line(), row.record(), p.column(), p.value(), p.reason());
        if (!options.readOptions().isLenient()) {
          throw new DataFormatException(problem);
        }
        if (problems.size() >= options.readOptions().maxProblems()) {
          throw new DataFormatException(
              new DataProblem(
                  file,
                  row.line(),
                  row.record(),
                  "",
                  "",
                  "more than "
                      + options.readOptions().maxProblems()
                      + " problems (raise the limit with ReadOptions.maxProblems)"));
        }
        problems.add(problem);
        byReason.merge(p.category(), 1L, Long::sum);
      }
    }

    private Incident map(SourceRow row) throws RowProblem {
      try {
        return mapping.map(row, context);
      } catch (IllegalArgumentException e) {
        // a model invariant the mapping did not check first; report it on the row
        throw new RowProblem("", "", "invalid record", e.getMessage());
      }
    }
  }
}
