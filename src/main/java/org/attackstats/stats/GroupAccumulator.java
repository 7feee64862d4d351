package org.attackstats.stats;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;

/**
 * A mutable, mergeable accumulator of {@link Summary summaries} by group: {@link #add} incidents,
 * {@link #merge} accumulators with the same groupings and period, {@link #snapshot} the groups.
 *
 * <p>Each incident goes to the group of its categorical values; with a calendar grouping, to every
 * bucket its date span overlaps (within the period), counted there by the rules of {@link
 * Summary} over the bucket clipped to the period. The snapshot zero-fills the buckets of every
 * categorical group seen, over the period or, with no period or over an open end (at {@link
 * DateSpan#MIN} or {@link DateSpan#MAX}), over the days the added incidents span. {@link
 * Summary#toSummaries} is the collector. Merging is associative and commutative with the empty
 * accumulator as identity. Not thread-safe.
 */
public final class GroupAccumulator {

  private final List<Grouping<?>> groupings;
  private final Optional<DateSpan> period;
  private final int calendar;
  private final long from;
  private final long to;
  private final Map<GroupKey, SummaryAccumulator> groups = new HashMap<>();
  private final Set<GroupKey> seen = new HashSet<>();
  private long minStart = Long.MAX_VALUE;
  private long maxEnd = Long.MIN_VALUE;

  private GroupAccumulator(List<? extends Grouping<?>> groupings, Optional<DateSpan> period) {
    this.groupings = Grouping.validate(groupings);
    this.period = period;
    this.calendar = Engine.calendarIndex(this.groupings);
    this.from = period.isPresent() ? period.get().startEpochDay() : Long.MIN_VALUE;
    this.to = period.isPresent() ? period.get().endEpochDay() : Long.MAX_VALUE;
  }

  /**
   * An empty accumulator.
   *
   * @param period the period to count over, or empty for none
   * @param groupings one or more groupings, at most one of them a calendar grouping
   * @return the accumulator
   * @throws IllegalArgumentException if the groupings cannot be crossed (see {@link
   *     Grouping#validate})
   */
  public static GroupAccumulator of(
      Optional<DateSpan> period, List<? extends Grouping<?>> groupings) {
    return new GroupAccumulator(groupings, Objects.requireNonNull(period, "period"));
  }

  /**
   * Adds an incident; it is ignored if its date span does not overlap the period.
   *
   * @param incident the incident
   */
  public void add(Incident incident) {
    long s = incident.date().startEpochDay();
    long e = incident.date().endEpochDay();
    if (s > to || e < from) {
      return;
    }
    GroupKey cat = Engine.categoricalKey(groupings, incident);
    if (calendar < 0) {
      groups.computeIfAbsent(cat, k -> SummaryAccumulator.over(period)).add(incident);
      return;
    }
    seen.add(cat);
    minStart = Math.min(minStart, s);
    maxEnd = Math.max(maxEnd, e);
    LocalDate day = LocalDate.ofEpochDay(Math.max(s, from));
    LocalDate last = LocalDate.ofEpochDay(Math.min(e, to));
    CalendarGrouping cal = (CalendarGrouping) groupings.get(calendar);
    while (!day.isAfter(last)) {
      DateSpan b = cal.bucketOf(day);
      accumulator(cat.with(calendar, Optional.of(b)), b).add(incident);
      day = b.endInclusive().plusDays(1);
    }
  }

  private SummaryAccumulator accumulator(GroupKey key, DateSpan bucket) {
    return groups.computeIfAbsent(key, k -> SummaryAccumulator.over(window(bucket, period)));
  }

  static Optional<DateSpan> window(DateSpan bucket, Optional<DateSpan> period) {
    return period.isEmpty() ? Optional.of(bucket) : bucket.intersection(period.get());
  }

  /**
   * Adds what another accumulator has accumulated.
   *
   * @param other an accumulator with the same groupings and period; it is not changed
   * @throws IllegalArgumentException if the groupings or periods differ
   */
  public void merge(GroupAccumulator other) {
    if (!groupings.equals(other.groupings) || !period.equals(other.period)) {
      throw new IllegalArgumentException(
          "cannot merge group accumulators of "
              + groupings
              + " over "
              + period
              + " and "
              + other.groupings
              + " over "
              + other.period);
    }
    other.groups.forEach(
        (k, acc) -> groups.computeIfAbsent(k, x -> SummaryAccumulator.over(acc.period())).merge(acc));
    seen.addAll(other.seen);
    minStart = Math.min(minStart, other.minStart);
    maxEnd = Math.max(maxEnd, other.maxEnd);
  }

  /**
   * The summary of every group, zero-filled over the calendar buckets as the class documentation
   * says.
   *
   * @return an unmodifiable map in key order
   */
  public SortedMap<GroupKey, Summary> snapshot() {
    SortedMap<GroupKey, Summary> out = new TreeMap<>();
    accumulators(true).forEach((k, acc) -> out.put(k, acc.snapshot()));
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * The accumulators by key in key order, zero-filled if asked; they share state with this
   * accumulator.
   */
  SortedMap<GroupKey, SummaryAccumulator> accumulators(boolean zeroFill) {
    SortedMap<GroupKey, SummaryAccumulator> out = new TreeMap<>(groups);
    Optional<DateSpan> range = Engine.fillRange(period, minStart, maxEnd);
    if (zeroFill && calendar >= 0 && !seen.isEmpty() && range.isPresent()) {
      for (DateSpan b : ((CalendarGrouping) groupings.get(calendar)).buckets(range.get())) {
        for (GroupKey cat : seen) {
          out.computeIfAbsent(
              cat.with(calendar, Optional.of(b)),
              k -> SummaryAccumulator.over(window(b, period)));
        }
      }
    }
    return out;
  }
}
