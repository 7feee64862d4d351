package org.attackstats.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collector;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;

/**
 * The number of incidents and the totals of their injured, killed and munitions over a period,
 * each an {@link Estimate} that is right under uncertainty.
 *
 * <p>For a period P and an incident whose date span is S:
 *
 * <ul>
 *   <li>the <b>low</b> bounds count the incidents with S inside P (surely in the period) and add
 *       their low values;
 *   <li>the <b>best</b> values count the incidents whose first possible day lies in P and add their
 *       best values (so that best values over periods that partition time add up exactly);
 *   <li>the <b>high</b> bounds count the incidents with S overlapping P (possibly in the period)
 *       and add their high values; an unknown number has no upper bound, so one unknown makes the
 *       total's high unbounded. An unknown never counts as 0.
 * </ul>
 *
 * <p>Without a period every incident counts and low, best and high are plain sums. A total is
 * approximate when a value behind its high bound is. The summary of nothing is {@link #ZERO}.
 *
 * <p>This is the immutable result; {@link SummaryAccumulator} is the mutable, mergeable
 * accumulator and {@link #toSummary()} the collector; {@link #toSummaries} collects one summary
 * per group. Every collector of this library is a static {@code toX} method of the type it
 * produces: {@code Estimate.toTotal()}, {@link #toSummary()}, {@link
 * LagDistribution#toLagDistribution()}.
 *
 * @param incidents the number of incidents
 * @param injured the total of injured
 * @param killed the total of killed
 * @param munitions the total of munitions
 */
public record Summary(Estimate incidents, Estimate injured, Estimate killed, Estimate munitions) {

  /** No incidents, all totals exactly 0. */
  public static final Summary ZERO =
      new Summary(Estimate.ZERO, Estimate.ZERO, Estimate.ZERO, Estimate.ZERO);

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if an estimate is null
   */
  public Summary {
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(munitions, "munitions");
  }

  /**
   * The value of one measure.
   *
   * @param measure the measure
   * @return its estimate
   * @throws NullPointerException if the measure is null
   */
  public Estimate get(Measure measure) {
    return switch (measure) {
      case INCIDENTS -> incidents;
      case INJURED -> injured;
      case KILLED -> killed;
      case MUNITIONS -> munitions;
    };
  }

  /**
   * A collector summarising incidents with no period: every incident counts.
   *
   * @return the collector; an empty stream gives {@link #ZERO}
   */
  public static Collector<Incident, SummaryAccumulator, Summary> toSummary() {
    return Collector.of(
        SummaryAccumulator::create,
        SummaryAccumulator::add,
        SummaryAccumulator::combine,
        SummaryAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * A collector summarising incidents over a period, with the low/best/high rules of the class
   * documentation; incidents that do not overlap the period are ignored.
   *
   * @param period the period
   * @return the collector; an empty stream gives {@link #ZERO}
   */
  public static Collector<Incident, SummaryAccumulator, Summary> toSummary(DateSpan period) {
    Objects.requireNonNull(period, "period");
    return Collector.of(
        () -> SummaryAccumulator.over(period),
        SummaryAccumulator::add,
        SummaryAccumulator::combine,
        SummaryAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * A collector of one summary per group, as {@link GroupAccumulator} accumulates them (calendar
   * buckets zero-filled).
   *
   * @param period the period to count over, or empty for none
   * @param groupings the groupings, crossed in this order
   * @return the collector; an empty stream gives an empty map
   * @throws IllegalArgumentException if the groupings cannot be crossed (see {@link
   *     Grouping#validate})
   */
  public static Collector<Incident, GroupAccumulator, SortedMap<GroupKey, Summary>> toSummaries(
      Optional<DateSpan> period, List<? extends Grouping<?>> groupings) {
    List<Grouping<?>> g = Grouping.validate(groupings);
    Objects.requireNonNull(period, "period");
    return Collector.of(
        () -> GroupAccumulator.of(period, g),
        GroupAccumulator::add,
        (a, b) -> {
          a.merge(b);
          return a;
        },
        GroupAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * A compact text form, for example {@code incidents=1..3 injured=>=2 killed=0 munitions=>=0}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "incidents=" + incidents + " injured=" + injured + " killed=" + killed
        + " munitions=" + munitions;
  }
}
