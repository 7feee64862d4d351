package org.attackstats.csv;

import java.util.Objects;
import java.util.Optional;
import org.attackstats.model.DateSpan;

/**
 * What {@link CsvStream#summarize} answers: the period every number is counted over (or none), and
 * whether ids are checked. Immutable; start from {@link #all()}.
 *
 * <pre>{@code
 * StreamQuery q = StreamQuery.all().period(DateSpan.parse("2023-10-17/2023-11-21"));
 * StreamQuery bounded = q.withoutIdChecks();
 * }</pre>
 *
 * <p>With id checks (the default) a row whose id repeats an earlier one, or whose {@code base_id}
 * or {@code in_response_to} names no record read before it, is a problem of that row, exactly as
 * {@link CanonicalCsv#read(java.nio.file.Path, ReadOptions)} reports it; the price is the set of
 * ids read so far, which grows with the rows (with 10 million ids the peak heap was 1.8 GiB, see
 * {@code docs/performance.md}). Without id checks memory no longer grows with
 * the file, but duplicate ids and dangling references are accepted unnoticed.
 */
public final class StreamQuery {

  private static final StreamQuery ALL = new StreamQuery(Optional.empty(), true);

  private final Optional<DateSpan> period;
  private final boolean checksIds;

  private StreamQuery(Optional<DateSpan> period, boolean checksIds) {
    this.period = period;
    this.checksIds = checksIds;
  }

  /**
   * Every incident, whatever its date, with id checks.
   *
   * @return the query
   */
  public static StreamQuery all() {
    return ALL;
  }

  /**
   * Counts over a period, with the low/best/high rules of {@link org.attackstats.stats.Summary}.
   *
   * @param period the period
   * @return the new query
   */
  public StreamQuery period(DateSpan period) {
    return new StreamQuery(Optional.of(Objects.requireNonNull(period, "period")), checksIds);
  }

  /**
   * Neither duplicate ids nor references are checked, so that memory does not grow with the
   * number of rows.
   *
   * @return the new query
   */
  public StreamQuery withoutIdChecks() {
    return new StreamQuery(period, false);
  }

  /**
   * The period counted over.
   *
   * @return the period, or empty when every incident counts whatever its date
   */
  public Optional<DateSpan> period() {
    return period;
  }

  /**
   * Whether duplicate ids and references are checked.
   *
   * @return true unless {@link #withoutIdChecks()} was asked for
   */
  public boolean checksIds() {
    return checksIds;
  }

  @Override
  public String toString() {
    return "StreamQuery[period=" + period.map(Object::toString).orElse("none")
        + ", checksIds=" + checksIds + "]";
  }
}
