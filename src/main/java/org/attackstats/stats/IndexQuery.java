package org.attackstats.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.stats.IncidentIndex.Column;
import org.attackstats.stats.IncidentIndex.ColumnRef;
import org.attackstats.stats.IncidentIndex.Partition;
import org.attackstats.stats.IncidentIndex.SpanClass;

/**
 * A query compiled against an {@link IncidentIndex}: the partitions it reads, and in each the
 * filters and key parts that are constant (country, kind, a column that kind of incident never
 * has) or read from the rows' codes. {@link #run} adds the rows of every window (the period, or
 * each calendar bucket within it that holds rows) into one {@link SummaryAccumulator} per group,
 * found by a composite key: the groupings' codes in mixed radix, the first grouping most
 * significant, so that the keys sort as the {@link GroupKey}s do (every dictionary is sorted by
 * its grouping's order, no value last; a calendar part is its bucket's first day).
 */
final class IndexQuery {

  /** Calendar codes: the first day of a bucket, counted from {@link DateSpan#MIN}. */
  private static final long DAYS = DateSpan.MAX.toEpochDay() - IncidentIndex.EPOCH_MIN + 1;

  /** A filter of a query on the value of a built-in grouping. */
  record Filter(CategoricalGrouping<?> grouping, Predicate<Optional<?>> accepts) {}

  /** A row filter in one partition: the column's codes that pass. */
  private record RowFilter(Column column, boolean[] accepted) {}

  /**
   * A key part read from the rows: a column's code times its multiplier in the composite key, and
   * times {@code local} in the row key (the row-read parts alone, in mixed radix).
   */
  private record RowPart(Column column, long multiplier, int local, int radix) {}

  /**
   * A partition with what the query reads there; {@code rowKeys} is the number of row keys, or 0
   * when there are too many to keep a slot for each.
   */
  private record Selected(
      Partition partition, long keyBase, RowFilter[] filters, RowPart[] parts, int rowKeys) {
    boolean rowLevel() {
      return filters.length > 0 || parts.length > 0;
    }
  }

  /** The largest number of row keys with a slot each (beyond it, keys are hashed row by row). */
  private static final int DENSE = 1 << 16;

  /**
   * Counting a range's estimates by code before adding them pays when the range has at least one
   * row per this many cells of the counts: a row costs three increments instead of some fifteen
   * additions, and adding the counts up costs two or three operations a cell.
   */
  private static final int HISTOGRAM_CELLS_PER_ROW = 4;

  private final IncidentIndex index;
  private final List<Grouping<?>> groupings;
  private final long[] radix;
  private final long[] multiplier;
  private final int calendar;
  private final List<Selected> selected;
  private final int[] ranges = new int[IncidentIndex.RANGES];
  private final IncidentIndex.Window window = new IncidentIndex.Window();
  private long minStart = Long.MAX_VALUE;
  private long maxEnd = Long.MIN_VALUE;

  private IndexQuery(
      IncidentIndex index,
      List<Grouping<?>> groupings,
      long[] radix,
      long[] multiplier,
      List<Selected> selected) {
    this.index = index;
    this.groupings = groupings;
    this.radix = radix;
    this.multiplier = multiplier;
    this.calendar = Engine.calendarIndex(groupings);
    this.selected = selected;
  }

  /**
   * The query compiled, or empty if the index cannot answer it: a predicate of the user's, a
   * grouping or key part that is not built in, or a key space too large for a {@code long}.
   */
  static Optional<IndexQuery> compile(
      IncidentIndex index, Query q, List<Grouping<?>> groupings, Optional<GroupKey> key) {
    if (!q.indexable()) {
      return Optional.empty();
    }
    Set<Incident.Kind> kinds = EnumSet.noneOf(Incident.Kind.class);
    kinds.addAll(q.kinds());
    Optional<Optional<?>> keyCountry = Optional.empty();
    List<Filter> filters = new ArrayList<>(q.filters());
    if (key.isPresent()) {
      List<Grouping<?>> kg = key.get().groupings();
      for (int p = 0; p < kg.size(); p++) {
        Grouping<?> g = kg.get(p);
        Optional<?> value = key.get().valueAt(p);
        if (g.isCalendar()) {
          continue;
        } else if (g == Grouping.KIND) {
          kinds.retainAll(value.stream().toList());
        } else if (g == Grouping.COUNTRY) {
          keyCountry = Optional.of(value);
        } else if (ColumnRef.of(g).isPresent()) {
          filters.add(new Filter((CategoricalGrouping<?>) g, value::equals));
        } else {
          return Optional.empty();
        }
      }
    }
    int n = groupings.size();
    long[] radix = new long[n];
    for (int i = 0; i < n; i++) {
      Grouping<?> g = groupings.get(i);
      if (g.isCalendar()) {
        radix[i] = DAYS;
      } else if (g == Grouping.COUNTRY) {
        radix[i] = index.countries().size();
      } else if (g == Grouping.KIND) {
        radix[i] = Incident.Kind.values().length;
      } else if (ColumnRef.of(g).isPresent()) {
        radix[i] = index.column(ColumnRef.of(g).get().column()).size();
      } else {
        return Optional.empty();
      }
    }
    long[] multiplier = new long[n];
    long m = 1;
    try {
      for (int i = n - 1; i >= 0; i--) {
        multiplier[i] = m;
        m = Math.multiplyExact(m, radix[i]);
      }
    } catch (ArithmeticException tooMany) {
      return Optional.empty();
    }
    List<Selected> selected = new ArrayList<>();
    List<boolean[]> accepted = new ArrayList<>();
    for (Filter f : filters) {
      IncidentIndex.Dictionary d = index.column(ColumnRef.of(f.grouping()).orElseThrow().column());
      boolean[] a = new boolean[d.size()];
      for (int c = 0; c < a.length; c++) {
        a[c] = f.accepts().test(d.value(c));
      }
      accepted.add(a);
    }
    for (Partition p : partitions(index, q, kinds)) {
      if (keyCountry.isPresent() && !keyCountry.get().equals(p.country)) {
        continue;
      }
      compilePartition(index, p, groupings, multiplier, filters, accepted).ifPresent(selected::add);
    }
    return Optional.of(new IndexQuery(index, groupings, radix, multiplier, selected));
  }

  /** The partitions of the query's kinds and countries. */
  private static List<Partition> partitions(
      IncidentIndex index, Query q, Set<Incident.Kind> kinds) {
    List<Partition> out = new ArrayList<>();
    if (q.countries().isPresent()) {
      for (Incident.Kind k : kinds) {
        for (Country c : q.countries().get()) {
          Partition p = index.partition(k, c);
          if (p != null) {
            out.add(p);
          }
        }
      }
    } else {
      for (Partition p : index.partitions()) {
        if (kinds.contains(p.kind)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** What the query reads in a partition, or empty if a filter leaves none of its rows. */
  private static Optional<Selected> compilePartition(
      IncidentIndex index,
      Partition p,
      List<Grouping<?>> groupings,
      long[] multiplier,
      List<Filter> filters,
      List<boolean[]> accepted) {
    List<RowFilter> rowFilters = new ArrayList<>();
    for (int f = 0; f < filters.size(); f++) {
      ColumnRef ref = ColumnRef.of(filters.get(f).grouping()).orElseThrow();
      if (ref.appliesTo(p.kind)) {
        rowFilters.add(new RowFilter(ref.column(), accepted.get(f)));
      } else if (!filters.get(f).accepts().test(Optional.empty())) {
        return Optional.empty();
      }
    }
    long base = 0;
    List<ColumnRef> read = new ArrayList<>();
    List<Long> readMultipliers = new ArrayList<>();
    for (int i = 0; i < groupings.size(); i++) {
      Grouping<?> g = groupings.get(i);
      if (g.isCalendar()) {
        continue;
      } else if (g == Grouping.COUNTRY) {
        base += p.countryCode * multiplier[i];
      } else if (g == Grouping.KIND) {
        base += p.kind.ordinal() * multiplier[i];
      } else {
        ColumnRef ref = ColumnRef.of(g).orElseThrow();
        if (ref.appliesTo(p.kind)) {
          read.add(ref);
          readMultipliers.add(multiplier[i]);
        } else {
          base += index.column(ref.column()).noValue() * multiplier[i];
        }
      }
    }
    RowPart[] parts = new RowPart[read.size()];
    long local = 1;
    for (int k = parts.length - 1; k >= 0; k--) {
      int radix = index.column(read.get(k).column()).size();
      parts[k] = new RowPart(read.get(k).column(), readMultipliers.get(k), (int) Math.min(local, DENSE), radix);
      local *= radix;
      local = Math.min(local, DENSE + 1L);
    }
    return Optional.of(
        new Selected(
            p, base, rowFilters.toArray(new RowFilter[0]), parts, local <= DENSE ? (int) local : 0));
  }

  /** The first possible day of the rows added so far; {@link Long#MAX_VALUE} if none. */
  long minStart() {
    return minStart;
  }

  /** The last possible day of the rows added so far; {@link Long#MIN_VALUE} if none. */
  long maxEnd() {
    return maxEnd;
  }

  /**
   * Adds every selected row that overlaps the period (each calendar bucket in it, with a calendar
   * grouping) to the accumulator of its group.
   *
   * @param period the period, or empty for all days
   * @return the groups
   */
  GroupSums run(Optional<DateSpan> period) {
    GroupSums sums = new GroupSums(period);
    long from = period.isPresent() ? period.get().startEpochDay() : Long.MIN_VALUE;
    long to = period.isPresent() ? period.get().endEpochDay() : Long.MAX_VALUE;
    CalendarGrouping cal = calendar < 0 ? null : (CalendarGrouping) groupings.get(calendar);
    for (Selected s : selected) {
      for (SpanClass c : s.partition().classes) {
        if (cal == null) {
          segment(s, c, from, to, s.keyBase(), null, sums);
        } else {
          sweep(s, c, cal, from, to, sums);
        }
      }
    }
    return sums;
  }

  /**
   * The calendar buckets within {@code [from, to]} that a class's rows overlap, one after the
   * other: after a bucket, the next one that a row reaches, skipping the days no row covers (so
   * that rows far apart, such as dates in year 1 and in 2024, cost nothing for the years between).
   */
  private void sweep(Selected s, SpanClass c, CalendarGrouping cal, long from, long to, GroupSums sums) {
    if (!c.ranges(window.set(from, to), ranges)) {
      return;
    }
    long day = Math.max(from, c.startOf(ranges[IncidentIndex.HIGH_FROM]));
    long lastDay = Math.min(to, DateSpan.MAX.toEpochDay());
    while (day <= lastDay) {
      DateSpan bucket = cal.bucketOf(LocalDate.ofEpochDay(day));
      long bs = bucket.startEpochDay();
      long be = bucket.endEpochDay();
      long base = s.keyBase() + (bs - IncidentIndex.EPOCH_MIN) * multiplier[calendar];
      int end = segment(s, c, Math.max(bs, from), Math.min(be, to), base, bucket, sums);
      long next = be + 1;
      // the rows that start by the bucket's end and reach past it are a suffix of those rows
      if (next <= lastDay && c.firstRowFrom(c.firstStartEndingFrom(next)) >= end) {
        if (end >= c.rows()) {
          break;
        }
        next = Math.max(next, c.startOf(end));
      }
      day = next;
    }
  }

  /**
   * Adds the rows of a class that overlap {@code [from, to]} to the groups, with {@code keyBase}
   * as the key's constant part, in the window of {@code bucket} (or the period when null).
   *
   * @return the end of the rows that start by {@code to}
   */
  private int segment(
      Selected s, SpanClass c, long from, long to, long keyBase, DateSpan bucket, GroupSums sums) {
    int[] r = ranges;
    if (!c.ranges(window.set(from, to), r)) {
      return to == Long.MAX_VALUE ? c.rows() : c.firstRowFrom(to + 1);
    }
    int highFrom = r[IncidentIndex.HIGH_FROM];
    int bestFrom = r[IncidentIndex.BEST_FROM];
    int lowEnd = r[IncidentIndex.LOW_END];
    int end = r[IncidentIndex.END];
    if (!s.rowLevel()) {
      c.addSums(sums.accumulator(keyBase, bucket).sums, r);
      extremes(c, highFrom, end - 1);
      return end;
    }
    first = -1;
    last = -1;
    epoch++;
    addRows(s, c, highFrom, bestFrom, false, false, keyBase, bucket, sums);
    if (useHistogram(s, lowEnd - bestFrom)) {
      countRows(s, c, bestFrom, lowEnd, keyBase, bucket, sums);
    } else {
      addRows(s, c, bestFrom, lowEnd, true, true, keyBase, bucket, sums);
    }
    addRows(s, c, lowEnd, end, false, true, keyBase, bucket, sums);
    if (first >= 0) {
      extremes(c, first, last);
    }
    return end;
  }

  // ---- rows one by one: the state of one segment ----

  /** The first and last rows added in the segment, or -1. */
  private int first;

  private int last;
  /** The segment's number: a row key's slot below is valid while its stamp equals it. */
  private int epoch;

  private SummaryAccumulator[] slots = new SummaryAccumulator[0];
  private int[] stamps = new int[0];
  /** Per row key and measure, the number of rows of each estimate code. */
  private int[] histogram = new int[0];

  /** Adds rows in {@code [from, to)}, each inside or starting in the window as given. */
  private void addRows(
      Selected s,
      SpanClass c,
      int from,
      int to,
      boolean inside,
      boolean starts,
      long keyBase,
      DateSpan bucket,
      GroupSums sums) {
    IncidentIndex.Values[] values = index.values();
    for (int row = from; row < to; row++) {
      if (!passes(s.filters(), c, row)) {
        continue;
      }
      SummaryAccumulator acc =
          s.rowKeys() > 0
              ? slot(s, rowKey(s, c, row), keyBase, bucket, sums)
              : sums.accumulator(keyBase + compositeKey(s, c, row), bucket);
      addRow(acc.sums, c, row, inside, starts, values);
      if (first < 0) {
        first = row;
      }
      last = row;
    }
  }

  /**
   * Whether to count the estimates of a range of rows inside the window by code first (three
   * increments a row) and add them per code after, rather than adding each row's values.
   */
  private boolean useHistogram(Selected s, int rows) {
    long cells = (long) s.rowKeys() * index.valueCodes();
    return s.rowKeys() > 0 && (long) rows * HISTOGRAM_CELLS_PER_ROW >= cells;
  }

  /** Adds the rows in {@code [from, to)}, all inside the window, by counting their codes. */
  private void countRows(
      Selected s, SpanClass c, int from, int to, long keyBase, DateSpan bucket, GroupSums sums) {
    int width = index.valueCodes();
    int[] offsets = index.valueOffsets();
    int keys = s.rowKeys();
    if (histogram.length < keys * width) {
      histogram = new int[keys * width];
    }
    int[] hist = histogram;
    RowFilter[] filters = s.filters();
    Codes codes = c.codes();
    byte[] b = codes.bytes();
    int b0 = codes.byteOffset(SpanClass.VALUE_CODES);
    int b1 = codes.byteOffset(SpanClass.VALUE_CODES + 1);
    int b2 = codes.byteOffset(SpanClass.VALUE_CODES + 2);
    int k0 = s.parts().length == 1 ? codes.byteOffset(s.parts()[0].column().ordinal()) : -1;
    int o0 = offsets[0];
    int o1 = offsets[1];
    int o2 = offsets[2];
    int firstRow = -1;
    int lastRow = -1;
    if (filters.length == 0 && k0 >= 0 && b0 >= 0 && b1 >= 0 && b2 >= 0) {
      // the common case in one tight loop: one column, no filter, every code a byte
      for (int row = from; row < to; row++) {
        int h = (b[k0 + row] & 0xFF) * width;
        hist[h + o0 + (b[b0 + row] & 0xFF)]++;
        hist[h + o1 + (b[b1 + row] & 0xFF)]++;
        hist[h + o2 + (b[b2 + row] & 0xFF)]++;
      }
      firstRow = from;
      lastRow = to - 1;
    } else {
      for (int row = from; row < to; row++) {
        if (!passes(filters, c, row)) {
          continue;
        }
        int h = rowKey(s, c, row) * width;
        hist[h + o0 + c.value(0, row)]++;
        hist[h + o1 + c.value(1, row)]++;
        hist[h + o2 + c.value(2, row)]++;
        if (firstRow < 0) {
          firstRow = row;
        }
        lastRow = row;
      }
    }
    if (firstRow >= 0) {
      if (first < 0) {
        first = firstRow;
      }
      last = lastRow;
    }
    IncidentIndex.Values[] values = index.values();
    for (int k = 0; k < keys; k++) {
      int n = 0;
      for (int v = 0; v < values[0].low.length; v++) {
        n += hist[k * width + o0 + v];
      }
      if (n == 0) {
        continue;
      }
      double[] sum = slot(s, k, keyBase, bucket, sums).sums;
      sum[SummaryAccumulator.COUNT_LOW] += n;
      sum[SummaryAccumulator.COUNT_BEST] += n;
      sum[SummaryAccumulator.COUNT_HIGH] += n;
      for (int m = 0; m < values.length; m++) {
        IncidentIndex.Values d = values[m];
        int h = k * width + offsets[m];
        for (int v = 0; v < d.low.length; v++) {
          int count = hist[h + v];
          if (count != 0) {
            sum[SummaryAccumulator.at(m, SummaryAccumulator.LOW)] += count * d.low[v];
            sum[SummaryAccumulator.at(m, SummaryAccumulator.BEST)] += count * d.best[v];
            sum[SummaryAccumulator.at(m, SummaryAccumulator.HIGH_FINITE)] += count * d.highFinite[v];
            sum[SummaryAccumulator.at(m, SummaryAccumulator.UNBOUNDED)] += count * d.unbounded[v];
            sum[SummaryAccumulator.at(m, SummaryAccumulator.APPROXIMATE)] += count * d.approximate[v];
            hist[h + v] = 0;
          }
        }
      }
    }
  }

  /** A row's key among the row-read parts. */
  private static int rowKey(Selected s, SpanClass c, int row) {
    int k = 0;
    for (RowPart p : s.parts()) {
      k += c.code(p.column(), row) * p.local();
    }
    return k;
  }

  /** The row-read part of a row's composite key. */
  private static long compositeKey(Selected s, SpanClass c, int row) {
    long k = 0;
    for (RowPart p : s.parts()) {
      k += c.code(p.column(), row) * p.multiplier();
    }
    return k;
  }

  /** The accumulator of a row key in this segment. */
  private SummaryAccumulator slot(Selected s, int rowKey, long keyBase, DateSpan bucket, GroupSums sums) {
    if (stamps.length < s.rowKeys()) {
      stamps = new int[s.rowKeys()];
      slots = new SummaryAccumulator[s.rowKeys()];
    }
    if (stamps[rowKey] != epoch) {
      long key = keyBase;
      for (RowPart p : s.parts()) {
        key += (long) (rowKey / p.local() % p.radix()) * p.multiplier();
      }
      slots[rowKey] = sums.accumulator(key, bucket);
      stamps[rowKey] = epoch;
    }
    return slots[rowKey];
  }

  private static boolean passes(RowFilter[] filters, SpanClass c, int row) {
    for (RowFilter f : filters) {
      if (!f.accepted()[c.code(f.column(), row)]) {
        return false;
      }
    }
    return true;
  }

  /** Adds one row's counts and estimates to a row of sums, as {@link SummaryAccumulator#add}. */
  private static void addRow(
      double[] sums, SpanClass c, int row, boolean inside, boolean starts, IncidentIndex.Values[] vs) {
    sums[SummaryAccumulator.COUNT_HIGH]++;
    if (starts) {
      sums[SummaryAccumulator.COUNT_BEST]++;
    }
    if (inside) {
      sums[SummaryAccumulator.COUNT_LOW]++;
    }
    for (int m = 0; m < vs.length; m++) {
      int v = c.value(m, row);
      IncidentIndex.Values d = vs[m];
      if (inside) {
        sums[SummaryAccumulator.at(m, SummaryAccumulator.LOW)] += d.low[v];
      }
      if (starts) {
        sums[SummaryAccumulator.at(m, SummaryAccumulator.BEST)] += d.best[v];
      }
      sums[SummaryAccumulator.at(m, SummaryAccumulator.HIGH_FINITE)] += d.highFinite[v];
      sums[SummaryAccumulator.at(m, SummaryAccumulator.UNBOUNDED)] += d.unbounded[v];
      sums[SummaryAccumulator.at(m, SummaryAccumulator.APPROXIMATE)] += d.approximate[v];
    }
  }

  private void extremes(SpanClass c, int firstRow, int lastRow) {
    minStart = Math.min(minStart, c.startOf(firstRow));
    maxEnd = Math.max(maxEnd, c.endOf(lastRow));
  }

  /** The position of the calendar grouping, or -1. */
  int calendar() {
    return calendar;
  }

  /** A composite key without its calendar part. */
  long categorical(long key) {
    return calendar < 0 ? key : key - calendarCode(key) * multiplier[calendar];
  }

  private long calendarCode(long key) {
    return key / multiplier[calendar] % radix[calendar];
  }

  /** A categorical key with a bucket as its calendar part. */
  long withBucket(long categorical, DateSpan bucket) {
    return categorical + (bucket.startEpochDay() - IncidentIndex.EPOCH_MIN) * multiplier[calendar];
  }

  /** The group key of a composite key. */
  GroupKey keyOf(long key) {
    List<Optional<?>> values = new ArrayList<>(groupings.size());
    for (int i = 0; i < groupings.size(); i++) {
      Grouping<?> g = groupings.get(i);
      int code = (int) (key / multiplier[i] % radix[i]);
      if (g.isCalendar()) {
        LocalDate day = LocalDate.ofEpochDay(code + IncidentIndex.EPOCH_MIN);
        values.add(Optional.of(((CalendarGrouping) g).bucketOf(day)));
      } else if (g == Grouping.COUNTRY) {
        values.add(index.countries().value(code));
      } else if (g == Grouping.KIND) {
        values.add(Optional.of(Incident.Kind.values()[code]));
      } else {
        values.add(index.column(ColumnRef.of(g).orElseThrow().column()).value(code));
      }
    }
    return GroupKey.of(groupings, values);
  }

  /**
   * The accumulators of the groups, by composite key: an open-addressing table of {@code long}
   * keys, with the last key looked up remembered (rows of one group often come in a row).
   */
  static final class GroupSums {
    private final Optional<DateSpan> period;
    private long[] keys = new long[16];
    private SummaryAccumulator[] accs = new SummaryAccumulator[16];
    private int size;
    private long[] tableKeys = new long[32];
    private int[] tableSlots = new int[32];
    private long lastKey = -1;
    private SummaryAccumulator last;

    GroupSums(Optional<DateSpan> period) {
      this.period = period;
    }

    int size() {
      return size;
    }

    long key(int slot) {
      return keys[slot];
    }

    SummaryAccumulator accumulator(int slot) {
      return accs[slot];
    }

    /** The keys, sorted. */
    long[] sortedKeys() {
      long[] k = Arrays.copyOf(keys, size);
      Arrays.sort(k);
      return k;
    }

    /** The accumulator of a key, or null. */
    SummaryAccumulator find(long key) {
      int slot = slotOf(key);
      return tableSlots[slot] == 0 ? null : accs[tableSlots[slot] - 1];
    }

    /** The accumulator of a key, made over the bucket's window (or the period) if new. */
    SummaryAccumulator accumulator(long key, DateSpan bucket) {
      if (key == lastKey) {
        return last;
      }
      int slot = slotOf(key);
      SummaryAccumulator acc;
      if (tableSlots[slot] != 0) {
        acc = accs[tableSlots[slot] - 1];
      } else {
        acc =
            SummaryAccumulator.over(
                bucket == null ? period : GroupAccumulator.window(bucket, period));
        if (size == keys.length) {
          keys = Arrays.copyOf(keys, size * 2);
          accs = Arrays.copyOf(accs, size * 2);
        }
        keys[size] = key;
        accs[size] = acc;
        size++;
        tableKeys[slot] = key;
        tableSlots[slot] = size;
        if (size * 2 > tableKeys.length) {
          rehash();
        }
      }
      lastKey = key;
      last = acc;
      return acc;
    }

    private int slotOf(long key) {
      int mask = tableKeys.length - 1;
      int slot = (int) (mix(key) & mask);
      while (tableSlots[slot] != 0 && tableKeys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private static long mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return h ^ (h >>> 29);
    }

    private void rehash() {
      tableKeys = new long[tableKeys.length * 2];
      tableSlots = new int[tableKeys.length];
      for (int s = 0; s < size; s++) {
        int slot = slotOf(keys[s]);
        tableKeys[slot] = keys[s];
        tableSlots[slot] = s + 1;
      }
    }
  }
}
