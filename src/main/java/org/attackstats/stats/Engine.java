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

  private static boolean indexable(Query q, List<Grouping<?>> groupings) {
    return q.indexable()
        && groupings.stream()
            .allMatch(g -> g.isCalendar() || g.equals(Grouping.COUNTRY) || g.equals(Grouping.KIND));
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
      if (!gs.get(p).isCalendar() && !gs.get(p).valueOf(i).equals(key.get().values().get(p))) {
        return false;
      }
    }
    return true;
  }

  private static GroupKey partitionKey(List<Grouping<?>> gs, IncidentIndex.PartitionKey pk) {
    List<Optional<?>> values = new ArrayList<>();
    for (Grouping<?> g : gs) {
      if (g.equals(Grouping.COUNTRY)) {
        values.add(pk.country());
      } else if (g.equals(Grouping.KIND)) {
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
      if (!gs.get(p).isCalendar() && !key.values().get(p).equals(pkKey.values().get(p))) {
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

  static void validate(List<Grouping<?>> groupings) {
    if (groupings.isEmpty()) {
      throw new IllegalArgumentException("groupBy needs at least one grouping");
    }
    if (groupings.stream().distinct().count() != groupings.size()) {
      throw new IllegalArgumentException("groupBy lists a grouping twice: " + groupings);
    }
    if (groupings.stream().filter(Grouping::isCalendar).count() > 1) {
      throw new IllegalArgumentException(
          "groupBy takes at most one calendar grouping (day, week, month or year), got "
              + groupings);
    }
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

  /** The calendar buckets covering a range, in order. */
  static List<DateSpan> buckets(Grouping<?> calendar, DateSpan range) {
    List<DateSpan> out = new ArrayList<>();
    LocalDate day = range.start();
    while (!day.isAfter(range.endInclusive())) {
      DateSpan b = calendar.bucketOf(day);
      out.add(b);
      day = b.endInclusive().plusDays(1);
    }
    return out;
  }

  /** The rows of a grouped query, in key order. */
  static List<Row> group(Query q, List<Grouping<?>> gs, boolean useIndex) {
    Map<GroupKey, SummaryAccumulator> accs =
        useIndex && indexable(q, gs) ? groupByIndex(q, gs) : groupByScan(q, gs);
    List<Row> rows = new ArrayList<>(accs.size());
    accs.forEach((k, acc) -> rows.add(new Row(q, k, acc.period(), acc.snapshot())));
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
    Optional<DateSpan> range = c >= 0 && period.isEmpty() ? indexRange(q) : period;
    if (c >= 0 && range.isEmpty()) {
      return accs;
    }
    List<DateSpan> buckets = c >= 0 ? buckets(gs.get(c), range.get()) : List.of();
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

  private static Optional<DateSpan> indexRange(Query q) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (IncidentIndex.Partition p : q.index().partitions(q)) {
      min = Math.min(min, p.minStart);
      max = Math.max(max, p.maxEnd);
    }
    return min > max
        ? Optional.empty()
        : Optional.of(DateSpan.of(LocalDate.ofEpochDay(min), LocalDate.ofEpochDay(max)));
  }
}
