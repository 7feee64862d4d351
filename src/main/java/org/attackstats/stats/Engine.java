package org.attackstats.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;

/** Evaluates queries, from the index when it can, else by one scan. */
final class Engine {

  /** Orders records behind a number: by date span, then kind, then id. */
  static final Comparator<Incident> RECORD_ORDER =
      Comparator.comparing(Incident::date)
          .thenComparing(Incident::kind)
          .thenComparing(Incident::id);

  private Engine() {}

  /**
   * Whether the index answers: no predicates, and only the built-in groupings it holds (by
   * identity, so that a grouping of the user's can never be taken for one of them).
   */
  private static boolean indexable(Query q, List<Grouping<?>> groupings) {
    return q.indexable()
        && groupings.stream()
            .allMatch(g -> g.isCalendar() || g == Grouping.COUNTRY || g == Grouping.KIND);
  }

  private static long from(Optional<DateSpan> w) {
    return w.map(p -> p.start().toEpochDay()).orElse(Long.MIN_VALUE);
  }

  private static long to(Optional<DateSpan> w) {
    return w.map(p -> p.endInclusive().toEpochDay()).orElse(Long.MAX_VALUE);
  }

  /** Whether the incident has the key's categorical values; calendar parts are ignored. */
  private static boolean hasKey(Incident i, Optional<GroupKey> key) {
    if (key.isEmpty()) {
      return true;
    }
    List<Grouping<?>> gs = key.get().groupings();
    for (int p = 0; p < gs.size(); p++) {
      if (gs.get(p) instanceof CategoricalGrouping<?> c
          && !c.valueOf(i).equals(key.get().valueAt(p))) {
        return false;
      }
    }
    return true;
  }

  /** The categorical values of an incident, with an empty calendar part. */
  static GroupKey categoricalKey(List<Grouping<?>> gs, Incident incident) {
    List<Optional<?>> values = new ArrayList<>(gs.size());
    for (Grouping<?> g : gs) {
      values.add(g instanceof CategoricalGrouping<?> c ? c.valueOf(incident) : Optional.empty());
    }
    return GroupKey.of(gs, values);
  }

  private static GroupKey partitionKey(List<Grouping<?>> gs, IncidentIndex.PartitionKey pk) {
    List<Optional<?>> values = new ArrayList<>();
    for (Grouping<?> g : gs) {
      if (g == Grouping.COUNTRY) {
        values.add(pk.country());
      } else if (g == Grouping.KIND) {
        values.add(Optional.of(pk.kind()));
      } else {
        values.add(Optional.empty());
      }
    }
    return GroupKey.of(gs, values);
  }

  /** The summary of the query's incidents having the key's categorical values, over a window. */
  static Summary summary(
      Query q, Optional<GroupKey> key, Optional<DateSpan> window, boolean useIndex) {
    SummaryAccumulator acc = SummaryAccumulator.over(window);
    List<Grouping<?>> gs = key.map(GroupKey::groupings).orElse(List.of());
    if (useIndex && indexable(q, gs)) {
      long f = from(window);
      long t = to(window);
      for (IncidentIndex.Partition p : q.index().partitions(q)) {
        if (key.isEmpty() || samePartition(key.get(), p.key)) {
          p.addTo(acc, f, t);
        }
      }
    } else {
      for (Incident i : q.dataset().incidents()) {
        if (q.matches(i) && hasKey(i, key)) {
          acc.add(i);
        }
      }
    }
    return acc.snapshot();
  }

  private static boolean samePartition(GroupKey key, IncidentIndex.PartitionKey pk) {
    GroupKey pkKey = partitionKey(key.groupings(), pk);
    List<Grouping<?>> gs = key.groupings();
    for (int p = 0; p < gs.size(); p++) {
      if (!gs.get(p).isCalendar()
          && !key.valueAt(p).equals(pkKey.valueAt(p))) {
        return false;
      }
    }
    return true;
  }

  /** The records behind a number: matching, with the key, overlapping (or inside) the window. */
  static List<Incident> records(
      Query q, Optional<GroupKey> key, Optional<DateSpan> window, boolean surelyInside) {
    long f = from(window);
    long t = to(window);
    List<Incident> out = new ArrayList<>();
    for (Incident i : q.dataset().incidents()) {
      long s = i.date().start().toEpochDay();
      long e = i.date().endInclusive().toEpochDay();
      boolean in = surelyInside ? s >= f && e <= t : s <= t && e >= f;
      if (in && q.matches(i) && hasKey(i, key)) {
        out.add(i);
      }
    }
    out.sort(RECORD_ORDER);
    return List.copyOf(out);
  }

  /** The position of the calendar grouping, or -1 if there is none. */
  static int calendarIndex(List<Grouping<?>> gs) {
    for (int i = 0; i < gs.size(); i++) {
      if (gs.get(i).isCalendar()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The days whose calendar buckets are zero-filled: the period, except that an end at {@link
   * DateSpan#MIN} or {@link DateSpan#MAX} (an open end), or no period at all, reaches only as far
   * as the incidents that may lie in the period, whose first and last possible days are {@code
   * minStart} and {@code maxEnd}. Empty when no incident may lie in it.
   */
  static Optional<DateSpan> fillRange(Optional<DateSpan> period, long minStart, long maxEnd) {
    if (minStart > maxEnd) {
      return Optional.empty();
    }
    LocalDate first = LocalDate.ofEpochDay(minStart);
    LocalDate last = LocalDate.ofEpochDay(maxEnd);
    if (period.isEmpty()) {
      return Optional.of(DateSpan.of(first, last));
    }
    DateSpan p = period.get();
    LocalDate start = p.start().equals(DateSpan.MIN) ? max(first, p.start()) : p.start();
    LocalDate end = p.endInclusive().equals(DateSpan.MAX) ? min(last, p.endInclusive()) : p.endInclusive();
    return start.isAfter(end) ? Optional.empty() : Optional.of(DateSpan.of(start, end));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** The rows of a grouped query, in key order. */
  static List<GroupRow> group(Query q, List<Grouping<?>> gs, boolean useIndex) {
    Map<GroupKey, SummaryAccumulator> accs =
        useIndex && indexable(q, gs) ? groupByIndex(q, gs) : groupByScan(q, gs);
    List<GroupRow> rows = new ArrayList<>(accs.size());
    accs.forEach((k, acc) -> rows.add(new GroupRow(q, k, acc.period(), acc.snapshot())));
    return List.copyOf(rows);
  }

  private static Map<GroupKey, SummaryAccumulator> groupByScan(Query q, List<Grouping<?>> gs) {
    GroupAccumulator groups = GroupAccumulator.of(q.period(), gs);
    for (Incident i : q.dataset().incidents()) {
      if (q.matches(i)) {
        groups.add(i);
      }
    }
    return groups.accumulators();
  }

  private static Map<GroupKey, SummaryAccumulator> groupByIndex(Query q, List<Grouping<?>> gs) {
    int c = calendarIndex(gs);
    Optional<DateSpan> period = q.period();
    Map<GroupKey, SummaryAccumulator> accs = new TreeMap<>();
    List<DateSpan> buckets = List.of();
    if (c >= 0) {
      Optional<DateSpan> range = fillRange(period, q.index(), q);
      if (range.isEmpty()) {
        return accs;
      }
      buckets = ((CalendarGrouping) gs.get(c)).buckets(range.get());
    }
    for (IncidentIndex.Partition p : q.index().partitions(q)) {
      SummaryAccumulator probe = SummaryAccumulator.over(period);
      p.addTo(probe, from(period), to(period));
      if (probe.countHigh == 0) {
        continue; // no incident of this group may lie in the period
      }
      GroupKey cat = partitionKey(gs, p.key);
      if (c < 0) {
        accs.computeIfAbsent(cat, k -> SummaryAccumulator.over(period)).merge(probe);
        continue;
      }
      for (DateSpan b : buckets) {
        Optional<DateSpan> w = GroupAccumulator.window(b, period);
        SummaryAccumulator acc =
            accs.computeIfAbsent(cat.with(c, Optional.of(b)), k -> SummaryAccumulator.over(w));
        p.addTo(acc, from(w), to(w));
      }
    }
    return accs;
  }

  /**
   * The fill range from the index: the first and last possible days of the selected partitions.
   * Over an open end, an extreme day of an incident that cannot lie in the period is never the
   * extreme of one that can, so the partitions' extremes serve as those of the incidents in it.
   */
  private static Optional<DateSpan> fillRange(
      Optional<DateSpan> period, IncidentIndex index, Query q) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (IncidentIndex.Partition p : index.partitions(q)) {
      min = Math.min(min, p.minStart);
      max = Math.max(max, p.maxEnd);
    }
    return fillRange(period, min, max);
  }
}
