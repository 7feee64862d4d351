package org.attackstats.stats;

import java.util.List;
import java.util.Optional;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;

/**
 * The answer to an ungrouped {@link Query}: the {@link Summary} of the matching incidents over the
 * query's period, and the records behind it. Immutable.
 */
public final class Result {

  private final Query query;
  private final Summary summary;

  Result(Query query, Summary summary) {
    this.query = query;
    this.summary = summary;
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
   * The counts and totals.
   *
   * @return the summary
   */
  public Summary summary() {
    return summary;
  }

  /**
   * The number of incidents: low = surely in the period, high = possibly.
   *
   * @return the count
   */
  public Estimate count() {
    return summary.incidents();
  }

  /**
   * The value of a measure.
   *
   * @param measure the measure
   * @return its estimate
   */
  public Estimate get(Measure measure) {
    return summary.get(measure);
  }

  /**
   * Every record that may count (its date span overlaps the period), ordered by date, kind and
   * id; each carries its {@link Incident#source()}. Their number is the high bound of {@link
   * #count()}.
   *
   * @return the records
   */
  public List<Incident> records() {
    return Engine.records(query, Optional.empty(), query.period(), false);
  }

  /**
   * The records that surely count (date span inside the period); their number is the low bound.
   *
   * @return the records
   */
  public List<Incident> recordsSurelyInside() {
    return Engine.records(query, Optional.empty(), query.period(), true);
  }

  @Override
  public String toString() {
    return "Result[" + period().map(p -> "period=" + p + " ").orElse("") + summary + "]";
  }
}
