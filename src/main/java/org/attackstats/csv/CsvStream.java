package org.attackstats.csv;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
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
    Scan scan = new Scan(options, query);
    scan.readAll(TableReader.files(path));
    return scan.result();
  }

  /** One pass over tables: the account, the ids when checked, and the accumulators. */
  private static final class Scan extends TableReader {
    private final StreamQuery query;
    private final Map<RecordType, Set<String>> ids = new EnumMap<>(RecordType.class);
    private final Map<Incident.Kind, SummaryAccumulator> totals = new EnumMap<>(Incident.Kind.class);
    private final Map<Incident.Kind, GroupAccumulator> byCountry = new EnumMap<>(Incident.Kind.class);
    private final Map<Incident.Kind, GroupAccumulator> byMonth = new EnumMap<>(Incident.Kind.class);

    Scan(ReadOptions options, StreamQuery query) {
      super(options);
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

    @Override
    DataProblem accept(Row row, RecordType type, String file, long line, long number) {
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
