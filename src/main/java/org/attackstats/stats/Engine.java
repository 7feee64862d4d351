package org.attackstats.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attackstats.model.Country;
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

  private static long from(Optional<DateSpan> w) {
    return w.isPresent() ? w.get().startEpochDay() : Long.MIN_VALUE;
  }

  private static long to(Optional<DateSpan> w) {
    return w.isPresent() ? w.get().endEpochDay() : Long.MAX_VALUE;
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

  /**
   * The summary of the query's incidents having the key's categorical values, over a window: from
   * the index's prefix sums when only kinds and countries are asked for, from its columns when
   * built-in groupings' values are, else by one scan.
   */
  static Summary summary(
      Query q, Optional<GroupKey> key, Optional<DateSpan> window, boolean useIndex) {
    if (useIndex && key.isEmpty() && q.indexable() && q.filters().isEmpty()) {
      return prefixSummary(q, window);
    }
    if (useIndex) {
      Optional<IndexQuery> iq = IndexQuery.compile(q.index(), q, List.of(), key);
      if (iq.isPresent()) {
        IndexQuery.GroupSums sums = iq.get().run(window);
        return sums.size() == 0 ? Summary.ZERO : sums.accumulator(0).snapshot();
      }
    }
    SummaryAccumulator acc = SummaryAccumulator.over(window);
    for (Incident i : q.dataset().incidents()) {
      if (q.matches(i) && hasKey(i, key)) {
        acc.add(i);
      }
    }
    return acc.snapshot();
  }

  /**
   * The fast path: per partition of the query's kinds and countries, per span class, four look-ups
   * into prefix sums; nothing is allocated but the result.
   */
  private static Summary prefixSummary(Query q, Optional<DateSpan> window) {
    IncidentIndex index = q.index();
    Scratch scratch = SCRATCH.get();
    double[] sums = scratch.sums;
    Arrays.fill(sums, 0);
    IncidentIndex.Window w = scratch.window.set(from(window), to(window));
    for (Incident.Kind k : KINDS) {
      if (!q.kinds().contains(k)) {
        continue;
      }
      if (q.countries().isPresent()) {
        for (Country c : q.countries().get()) {
          IncidentIndex.Partition p = index.partition(k, c);
          if (p != null) {
            p.addTo(sums, w, scratch.ranges);
          }
        }
      } else {
        for (IncidentIndex.Partition p : index.partitions()) {
          if (p.kind == k) {
            p.addTo(sums, w, scratch.ranges);
          }
        }
      }
    }
    return SummaryAccumulator.snapshot(sums);
  }

  /** Scratch space of the fast path, one per thread. */
  private static final class Scratch {
    final double[] sums = new double[SummaryAccumulator.WIDTH];
    final int[] ranges = new int[IncidentIndex.RANGES];
    final IncidentIndex.Window window = new IncidentIndex.Window();
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final Incident.Kind[] KINDS = Incident.Kind.values();

  /** The records behind a number: matching, with the key, overlapping (or inside) the window. */
  static List<Incident> records(
      Query q, Optional<GroupKey> key, Optional<DateSpan> window, boolean surelyInside) {
    long f = from(window);
    long t = to(window);
    List<Incident> out = new ArrayList<>();
    for (Incident i : q.dataset().incidents()) {
      long s = i.date().startEpochDay();
      long e = i.date().endEpochDay();
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
  static List<GroupRow> group(Query q, List<Grouping<?>> gs, boolean useIndex, boolean zeroFill) {
    if (useIndex) {
      Optional<IndexQuery> iq = IndexQuery.compile(q.index(), q, gs, Optional.empty());
      if (iq.isPresent()) {
        return groupByIndex(q, iq.get(), zeroFill);
      }
    }
    Map<GroupKey, SummaryAccumulator> accs = groupByScan(q, gs, zeroFill);
    List<GroupRow> rows = new ArrayList<>(accs.size());
    accs.forEach((k, acc) -> rows.add(new GroupRow(q, k, acc.period(), acc.snapshot())));
    return List.copyOf(rows);
  }

  /**
   * The rows from the index: its groups in key order, the calendar buckets zero-filled over the
   * fill range of the rows that may lie in the period for every categorical group seen.
   */
  private static List<GroupRow> groupByIndex(Query q, IndexQuery iq, boolean zeroFill) {
    Optional<DateSpan> period = q.period();
    IndexQuery.GroupSums sums = iq.run(period);
    long[] keys = sums.sortedKeys();
    List<GroupRow> rows = new ArrayList<>();
    int c = iq.calendar();
    if (c < 0 || !zeroFill) {
      for (long k : keys) {
        SummaryAccumulator acc = sums.find(k);
        rows.add(new GroupRow(q, iq.keyOf(k), acc.period(), acc.snapshot()));
      }
      return List.copyOf(rows);
    }
    Optional<DateSpan> range = fillRange(period, iq.minStart(), iq.maxEnd());
    if (keys.length == 0 || range.isEmpty()) {
      return List.of();
    }
    long[] cats = Arrays.stream(keys).map(iq::categorical).distinct().sorted().toArray();
    List<DateSpan> buckets = ((CalendarGrouping) iq.keyOf(keys[0]).groupings().get(c)).buckets(range.get());
    long[] all = new long[Math.multiplyExact(cats.length, buckets.size())];
    int n = 0;
    for (long cat : cats) {
      for (DateSpan b : buckets) {
        all[n++] = iq.withBucket(cat, b);
      }
    }
    Arrays.sort(all);
    for (long k : all) {
      SummaryAccumulator acc = sums.find(k);
      GroupKey key = iq.keyOf(k);
      if (acc != null) {
        rows.add(new GroupRow(q, key, acc.period(), acc.snapshot()));
      } else {
        DateSpan b = (DateSpan) key.valueAt(c).orElseThrow();
        rows.add(new GroupRow(q, key, GroupAccumulator.window(b, period), Summary.ZERO));
      }
    }
    return List.copyOf(rows);
  }

  private static Map<GroupKey, SummaryAccumulator> groupByScan(
      Query q, List<Grouping<?>> gs, boolean zeroFill) {
    GroupAccumulator groups = GroupAccumulator.of(q.period(), gs);
    for (Incident i : q.dataset().incidents()) {
      if (q.matches(i)) {
        groups.add(i);
      }
    }
    return groups.accumulators(zeroFill);
  }
}
