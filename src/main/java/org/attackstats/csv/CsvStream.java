package org.attackstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.Attack;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;
import org.attackstats.stats.GroupAccumulator;
import org.attackstats.stats.GroupKey;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Summary;
import org.attackstats.stats.SummaryAccumulator;

/**
 * Streaming aggregation of canonical CSV files: reads them row by row, without building a {@link
 * org.attackstats.dataset.Dataset}, and feeds each accepted attack and response to the mergeable
 * accumulators of the statistics engine, so that the headline statistics of a file larger than
 * memory are answered in memory that does not grow with the file.
 *
 * <pre>{@code
 * StreamSummary s = CsvStream.summarize(
 *     Path.of("big"), ReadOptions.lenient(),
 *     StreamQuery.all().period(DateSpan.parse("2023")).withoutIdChecks());
 * s.total(Incident.Kind.ATTACK);     // count, injured, killed, munitions
 * s.byCountry(Incident.Kind.ATTACK); // the same by country
 * s.byMonth(Incident.Kind.ATTACK);   // the same by month
 * s.problems();                      // every rejected row, with file, line and column
 * }</pre>
 *
 * <p>Rows are parsed and validated by the same code as {@link CanonicalCsv#read(Path,
 * ReadOptions)}: the same files in the same order (bases, attacks, responses, tallies), the same
 * limits, the same problems with file, line and column, and rows read = accepted + rejected for
 * each file. Bases and tallies are validated and counted but hold no statistics. Only references
 * need memory: see {@link StreamQuery#withoutIdChecks()}. What is held besides the ids is one
 * parsed row at a time, one accumulator per kind, country and month, and the problems (at most
 * {@link ReadOptions#maxProblems()}).
 */
public final class CsvStream {

  private CsvStream() {}

  /**
   * Summarizes a dataset folder, or a single canonical file, row by row.
   *
   * @param path a folder holding any of the four canonical files, or one file
   * @param options strict or lenient, and limits
   * @param query the period and whether ids are checked
   * @return the statistics and the account of every row
   * @throws DataFormatException in strict mode at the first problem; in any mode when the folder
   *     holds no canonical file or a file's kind cannot be told
   * @throws UncheckedIOException if a file cannot be opened
   */
  public static StreamSummary summarize(Path path, ReadOptions options, StreamQuery query) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      for (RecordType t : CanonicalCsv.READ_ORDER) {
        Path f = path.resolve(t.fileName());
        if (Files.isRegularFile(f)) {
          files.add(f);
        }
      }
      if (files.isEmpty()) {
        throw new DataFormatException(
            new DataProblem(
                path.toString(), 0, 0, "", "",
                "folder holds none of attacks.csv, responses.csv, bases.csv, tallies.csv"));
      }
    } else if (Files.isRegularFile(path)) {
      files.add(path);
    } else {
      String why = Files.exists(path) ? "not a regular file (a device or pipe)" : "no such file";
      throw new UncheckedIOException(
          "cannot read " + path + ": " + why, new NoSuchFileException(path.toString()));
    }
    Map<RecordType, List<Path>> byType = new EnumMap<>(RecordType.class);
    for (Path f : files) {
      byType.computeIfAbsent(CanonicalCsv.kindOf(f, options), k -> new ArrayList<>()).add(f);
    }
    Scan scan = new Scan(options, query);
    for (RecordType t : CanonicalCsv.READ_ORDER) {
      for (Path f : byType.getOrDefault(t, List.of())) {
        try (InputStream in = Files.newInputStream(f)) {
          scan.table(in, f.toString(), t);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
      }
    }
    return scan.result();
  }

  /** One pass over tables: the account, the ids when checked, and the accumulators. */
  private static final class Scan {
    private final ReadOptions options;
    private final StreamQuery query;
    private final List<DataProblem> problems = new ArrayList<>();
    private final List<FileReport> reports = new ArrayList<>();
    private final Map<RecordType, Set<String>> ids = new EnumMap<>(RecordType.class);
    private final Map<Incident.Kind, SummaryAccumulator> totals = new EnumMap<>(Incident.Kind.class);
    private final Map<Incident.Kind, GroupAccumulator> byCountry = new EnumMap<>(Incident.Kind.class);
    private final Map<Incident.Kind, GroupAccumulator> byMonth = new EnumMap<>(Incident.Kind.class);

    Scan(ReadOptions options, StreamQuery query) {
      this.options = options;
      this.query = query;
      Optional<DateSpan> period = query.period();
      for (RecordType t : RecordType.values()) {
        ids.put(t, new LinkedHashSet<>());
      }
      for (Incident.Kind k : Incident.Kind.values()) {
        totals.put(k, period.map(SummaryAccumulator::over).orElseGet(SummaryAccumulator::create));
        byCountry.put(k, GroupAccumulator.of(period, List.of(Grouping.COUNTRY)));
        byMonth.put(k, GroupAccumulator.of(period, List.of(Grouping.MONTH)));
      }
    }

    StreamSummary result() {
      Map<Incident.Kind, Summary> t = new EnumMap<>(Incident.Kind.class);
      Map<Incident.Kind, SortedMap<GroupKey, Summary>> c = new EnumMap<>(Incident.Kind.class);
      Map<Incident.Kind, SortedMap<GroupKey, Summary>> m = new EnumMap<>(Incident.Kind.class);
      for (Incident.Kind k : Incident.Kind.values()) {
        t.put(k, totals.get(k).snapshot());
        c.put(k, byCountry.get(k).snapshot());
        m.put(k, byMonth.get(k).snapshot());
      }
      return new StreamSummary(query, t, c, m, reports, problems);
    }

    /**
     * The table loop of {@link CanonicalCsv}'s loader (same limits, problems and account), with
     * the accumulators in place of the dataset builder.
     */
    void table(InputStream raw, String file, RecordType type) {
      long read = 0;
      long accepted = 0;
      Header header = null;
      CanonicalCsv.CountingInputStream in = new CanonicalCsv.CountingInputStream(raw);
      try (Reader r = CanonicalCsv.limited(CanonicalCsv.reader(in), options);
          CSVParser parser =
              CSVParser.builder().setReader(r).setFormat(CanonicalCsv.READ_FORMAT).get()) {
        Iterator<CSVRecord> it = parser.iterator();
        long line = 1;
        try {
          if (!it.hasNext()) {
            fail(new DataProblem(file, 0, 0, "", "", "file is empty: expected a header row"));
            return;
          }
          try {
            header = Header.of(it.next().toList(), type, file, options.maxColumns());
          } catch (DataFormatException e) {
            fail(e.problem()); // strict: throws; lenient: the file is reported and skipped
            return;
          }
          line = parser.getCurrentLineNumber() + 1;
          while (it.hasNext()) {
            CSVRecord rec = it.next();
            long end = parser.getCurrentLineNumber();
            long start = end - CanonicalCsv.breaks(rec);
            line = end + 1;
            read++;
            if (read > options.maxRows()) {
              read--;
              throw new DataFormatException(
                  new DataProblem(
                      file, start, rec.getRecordNumber(), "", "",
                      "more than " + options.maxRows()
                          + " data rows (raise the limit with ReadOptions.maxRows)"));
            }
            if (read % ReadProgress.EVERY == 0) {
              options.progress().update(file, in.count, read);
            }
            DataProblem p = row(rec, header, file, type, start);
            if (p == null) {
              accepted++;
            } else {
              fail(p);
            }
          }
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof LimitingReader.LimitException) {
            LimitingReader.LimitException x = (LimitingReader.LimitException) e.getCause();
            String column =
                header != null && x.cell >= 0 && x.cell < header.size() ? header.name(x.cell) : "";
            fail(new DataProblem(file, x.line, x.record, column, "", x.getMessage()));
          } else {
            fail(malformed(file, line, e.getCause()));
          }
        }
      } catch (IOException e) {
        fail(malformed(file, 0, e));
      } finally {
        options.progress().finished(file, in.count, read);
        reports.add(new FileReport(file, type, read, accepted, read - accepted));
      }
    }

    private static DataProblem malformed(String file, long line, Throwable e) {
      String why =
          e instanceof CharacterCodingException
              ? "invalid UTF-8 (the file must be UTF-8 encoded)"
              : "malformed CSV: " + e.getMessage();
      return new DataProblem(file, line, 0, "", "", why + "; the rest of the file was not read");
    }

    private void fail(DataProblem p) {
      if (!options.isLenient()) {
        throw new DataFormatException(p);
      }
      if (problems.size() >= options.maxProblems()) {
        throw new DataFormatException(
            new DataProblem(
                p.file(), p.line(), p.record(), "", "",
                "more than " + options.maxProblems()
                    + " problems (raise the limit with ReadOptions.maxProblems)"));
      }
      problems.add(p);
    }

    /** The problem of this row, or null once it was accepted and counted. */
    private DataProblem row(CSVRecord rec, Header header, String file, RecordType type, long line) {
      long number = rec.getRecordNumber();
      if (rec.size() > options.maxColumns()) {
        return new DataProblem(
            file, line, number, "", CanonicalCsv.abbreviate(rec.values()),
            CanonicalCsv.tooManyCells(options));
      }
      if (rec.size() != header.size()) {
        return new DataProblem(
            file, line, number, "", CanonicalCsv.abbreviate(rec.values()),
            "row has " + rec.size() + " cells but the header has " + header.size());
      }
      String[] cells = rec.values();
      for (int i = 0; i < cells.length; i++) {
        if (cells[i].length() > options.maxCellLength()) {
          return new DataProblem(
              file, line, number, header.name(i), CanonicalCsv.abbreviate(cells[i]),
              CanonicalCsv.tooLong(options));
        }
      }
      Row row = new Row(header, cells);
      try {
        String id;
        Incident incident = null;
        switch (type) {
          case ATTACK:
            incident = Codec.attack(row);
            id = incident.id();
            break;
          case RESPONSE:
            incident = Codec.response(row);
            id = incident.id();
            break;
          case BASE:
            id = Codec.base(row).id();
            break;
          default:
            id = Codec.tally(row).id();
        }
        DataProblem p = query.checksIds() ? idProblem(type, id, incident, file, line, number) : null;
        if (p != null) {
          return p;
        }
        if (query.checksIds()) {
          ids.get(type).add(id);
        }
        if (incident != null) {
          totals.get(incident.kind()).add(incident);
          byCountry.get(incident.kind()).add(incident);
          byMonth.get(incident.kind()).add(incident);
        }
        return null;
      } catch (CellException e) {
        return new DataProblem(
            file, line, number, e.column, CanonicalCsv.abbreviate(e.value),
            CanonicalCsv.bounded(e.getMessage()));
      }
    }

    /**
     * The first of: a duplicate id, a {@code base_id} naming no base, an {@code in_response_to}
     * naming no attack; worded as {@link org.attackstats.dataset.Dataset.Builder#problemsWith}.
     */
    private DataProblem idProblem(
        RecordType type, String id, Incident incident, String file, long line, long number) {
      if (ids.get(type).contains(id)) {
        return new DataProblem(
            file, line, number, "id", CanonicalCsv.abbreviate(id),
            CanonicalCsv.bounded("duplicate id: another " + type + " already has it"));
      }
      if (incident instanceof Attack) {
        Optional<String> base = ((Attack) incident).baseId();
        if (base.isPresent() && !ids.get(RecordType.BASE).contains(base.get())) {
          return dangling(file, line, number, "base_id", base.get(), "no base", RecordType.BASE);
        }
      } else if (incident instanceof Response) {
        for (String ref : ((Response) incident).inResponseTo()) {
          if (!ids.get(RecordType.ATTACK).contains(ref)) {
            return dangling(
                file, line, number, "in_response_to", ref, "no attack", RecordType.ATTACK);
          }
        }
      }
      return null;
    }

    private DataProblem dangling(
        String file, long line, long number, String column, String value, String what,
        RecordType target) {
      Set<String> known = ids.get(target);
      String list =
          known.isEmpty()
              ? " (there are none)"
              : known.size() <= 10 ? " (known: " + String.join(", ", known) + ")" : "";
      return new DataProblem(
          file, line, number, column, CanonicalCsv.abbreviate(value),
          CanonicalCsv.bounded(what + " with this id" + list));
    }
  }
}
