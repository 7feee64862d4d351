package org.attackstats.csv;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.stats.GroupKey;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Summary;

/**
 * The headline statistics of canonical CSV files read by {@link CsvStream}, per kind of incident:
 * the total, the groups by {@link Grouping#COUNTRY} and the groups by {@link Grouping#MONTH}
 * (zero-filled as {@link org.attackstats.stats.GroupAccumulator} does), each equal to what {@link
 * org.attackstats.stats.Query} answers over the same rows loaded into a dataset; and the account
 * of every row read. Immutable.
 */
public final class StreamSummary {

  private final StreamQuery query;
  private final Map<Incident.Kind, Summary> totals;
  private final Map<Incident.Kind, SortedMap<GroupKey, Summary>> byCountry;
  private final Map<Incident.Kind, SortedMap<GroupKey, Summary>> byMonth;
  private final List<FileReport> files;
  private final List<DataProblem> problems;

  StreamSummary(
      StreamQuery query,
      Map<Incident.Kind, Summary> totals,
      Map<Incident.Kind, SortedMap<GroupKey, Summary>> byCountry,
      Map<Incident.Kind, SortedMap<GroupKey, Summary>> byMonth,
      List<FileReport> files,
      List<DataProblem> problems) {
    this.query = query;
    this.totals = Collections.unmodifiableMap(new EnumMap<>(totals));
    this.byCountry = Collections.unmodifiableMap(new EnumMap<>(byCountry));
    this.byMonth = Collections.unmodifiableMap(new EnumMap<>(byMonth));
    this.files = List.copyOf(files);
    this.problems = List.copyOf(problems);
  }

  /**
   * The query answered.
   *
   * @return the query
   */
  public StreamQuery query() {
    return query;
  }

  /**
   * The period counted over.
   *
   * @return the period, or empty for none
   */
  public Optional<DateSpan> period() {
    return query.period();
  }

  /**
   * The count and totals of one kind of incident over the period; as {@code
   * Query.of(d).kind(kind).period(p).summarize().summary()}.
   *
   * @param kind attacks or responses
   * @return the summary
   */
  public Summary total(Incident.Kind kind) {
    return totals.get(kind);
  }

  /**
   * One kind of incident by country (a key without a value for an unknown country); as {@code
   * Query.of(d).kind(kind).period(p).groupBy(Grouping.COUNTRY).summarize().rows()}.
   *
   * @param kind attacks or responses
   * @return the summaries in key order, unmodifiable
   */
  public SortedMap<GroupKey, Summary> byCountry(Incident.Kind kind) {
    return byCountry.get(kind);
  }

  /**
   * One kind of incident by calendar month; as {@code
   * Query.of(d).kind(kind).period(p).groupBy(Grouping.MONTH).summarize().rows()}.
   *
   * @param kind attacks or responses
   * @return the summaries in key order, unmodifiable
   */
  public SortedMap<GroupKey, Summary> byMonth(Incident.Kind kind) {
    return byMonth.get(kind);
  }

  /**
   * What happened to each file read, in reading order.
   *
   * @return the reports
   */
  public List<FileReport> files() {
    return files;
  }

  /**
   * Every problem found (lenient mode), in reading order.
   *
   * @return the problems
   */
  public List<DataProblem> problems() {
    return problems;
  }

  /**
   * Data rows read over all files.
   *
   * @return the count
   */
  public long rowsRead() {
    return files.stream().mapToLong(FileReport::rowsRead).sum();
  }

  /**
   * Rows accepted over all files.
   *
   * @return the count
   */
  public long accepted() {
    return files.stream().mapToLong(FileReport::accepted).sum();
  }

  /**
   * Rows rejected over all files.
   *
   * @return the count
   */
  public long rejected() {
    return files.stream().mapToLong(FileReport::rejected).sum();
  }

  @Override
  public String toString() {
    return "StreamSummary[" + query + ", rows=" + rowsRead() + ", accepted=" + accepted()
        + ", rejected=" + rejected() + ", attacks: " + totals.get(Incident.Kind.ATTACK)
        + ", responses: " + totals.get(Incident.Kind.RESPONSE) + "]";
  }
}
