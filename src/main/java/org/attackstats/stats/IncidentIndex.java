package org.attackstats.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;

/**
 * Column-oriented index answering a summary for one kind, one country and one period in
 * logarithmic time.
 *
 * <p>Incidents are partitioned by (kind, country) and, inside a partition, into classes by the
 * shape of their date span: whole calendar months, whole calendar years, or else the length in
 * days. Within a class the end of a span is a non-decreasing function of its start (for a length
 * {@code d}: {@code s + d - 1}; for months: the month's last day), so every question of {@link
 * Summary} about a window {@code [f, t]} is a range of start days:
 *
 * <ul>
 *   <li>inside (low): {@code f <= s} and {@code s <=} the last start whose span ends by {@code t}
 *       ({@code t - d + 1} for a length);
 *   <li>first day inside (best): {@code f <= s <= t};
 *   <li>overlapping (high): the first start whose span ends on or after {@code f} ({@code f - d +
 *       1} for a length) {@code <= s <= t}.
 * </ul>
 *
 * <p>Each class keeps its start days sorted in an {@code int[]} with prefix sums of every measure
 * in one row-major {@code double[]} (the sums at one position share a cache line or two; columns
 * that would repeat another, such as the best value of exact counts, are not stored). A start day
 * is found by binary search, or in one step from a day-to-index table when the class's days are
 * dense enough for the table to cost at most about 8 bytes per incident. A query costs four such
 * look-ups per class: {@code O(D log n)} (or {@code O(D)} with the tables) for {@code D} distinct
 * span shapes in the partition: in practice one day, a few short spans, months and years.
 */
final class IncidentIndex {

  record PartitionKey(Incident.Kind kind, Optional<Country> country) {}

  private final Map<PartitionKey, Partition> partitions;

  private IncidentIndex(Map<PartitionKey, Partition> partitions) {
    this.partitions = partitions;
  }

  static IncidentIndex of(List<? extends Incident> incidents) {
    Map<PartitionKey, Map<Integer, List<Incident>>> groups = new LinkedHashMap<>();
    for (Incident i : incidents) {
      PartitionKey k = new PartitionKey(i.kind(), i.place().country());
      int shape = shapeOf(i.date());
      groups
          .computeIfAbsent(k, x -> new TreeMap<>())
          .computeIfAbsent(shape, x -> new ArrayList<>())
          .add(i);
    }
    Map<PartitionKey, Partition> parts = new LinkedHashMap<>();
    groups.forEach(
        (k, byLength) -> {
          List<LengthClass> classes = new ArrayList<>();
          byLength.forEach((d, list) -> classes.add(new LengthClass(d, list)));
          parts.put(k, new Partition(k, classes.toArray(new LengthClass[0])));
        });
    return new IncidentIndex(parts);
  }

  /** Shape codes beyond fixed lengths: whole calendar months and whole calendar years. */
  static final int MONTHS = -1;

  static final int YEARS = -2;

  /** The class of a span: {@link #MONTHS}, {@link #YEARS} or its length in days. */
  static int shapeOf(DateSpan d) {
    LocalDate s = d.start();
    LocalDate e = d.endInclusive();
    if (s.getDayOfMonth() == 1 && e.equals(s.withDayOfMonth(s.lengthOfMonth())) && !s.equals(e)) {
      return MONTHS;
    }
    if (s.getDayOfYear() == 1 && e.equals(s.withDayOfYear(s.lengthOfYear()))) {
      return YEARS;
    }
    return (int) d.lengthInDays();
  }

  /** The partitions a query selects: looked up by key when it names countries, else filtered. */
  List<Partition> partitions(Query q) {
    List<Partition> out = new ArrayList<>();
    if (q.countries().isPresent()) {
      for (Incident.Kind k : q.kinds()) {
        for (Country c : q.countries().get()) {
          Partition p = partitions.get(new PartitionKey(k, Optional.of(c)));
          if (p != null) {
            out.add(p);
          }
        }
      }
    } else {
      for (Partition p : partitions.values()) {
        if (q.kinds().contains(p.key.kind())) {
          out.add(p);
        }
      }
    }
    return out;
  }

  static final class Partition {
    final PartitionKey key;
    private final LengthClass[] classes;
    final long minStart;
    final long maxEnd;

    Partition(PartitionKey key, LengthClass[] classes) {
      this.key = key;
      this.classes = classes;
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (LengthClass c : classes) {
        min = Math.min(min, c.starts[0]);
        max = Math.max(max, c.lastEnd());
      }
      this.minStart = min;
      this.maxEnd = max;
    }

    /** Adds the incidents of this partition to {@code acc}, over {@code [from, to]}. */
    void addTo(SummaryAccumulator acc, long from, long to) {
      for (LengthClass c : classes) {
        c.addTo(acc, from, to);
      }
    }
  }

  static final class LengthClass {
    private static final int MEASURES = 3;
    private static final Measure[] MEASURE = {Measure.INJURED, Measure.KILLED, Measure.MUNITIONS};
    /** The span length in days, or {@link #MONTHS} or {@link #YEARS}. */
    final int shape;
    final int[] starts;
    /** {@code dayIndex[k]}: the first index whose start is at least {@code starts[0] + k}. */
    private final int[] dayIndex;
    /**
     * Prefix sums, row by row: row {@code i} holds the sums over the first {@code i} incidents, in
     * {@code stride} columns, so the sums at one position share one or two cache lines.
     */
    private final double[] prefix;
    private final int stride;
    private final int[] colLow = new int[MEASURES];
    private final int[] colBest = new int[MEASURES];
    private final int[] colHigh = new int[MEASURES];
    private final int[] colUnbounded = new int[MEASURES];
    private final int[] colApproximate = new int[MEASURES];

    LengthClass(int shape, List<Incident> incidents) {
      this.shape = shape;
      Incident[] sorted = incidents.toArray(new Incident[0]);
      Arrays.sort(sorted, Comparator.comparing(i -> i.date().start()));
      int n = sorted.length;
      starts = new int[n];
      for (int i = 0; i < n; i++) {
        starts[i] = Math.toIntExact(sorted[i].date().start().toEpochDay());
      }
      // a direct day -> index table when it costs at most about 8 bytes per incident
      long days = (long) starts[n - 1] - starts[0] + 1;
      if (days <= 2L * n + 64) {
        dayIndex = new int[(int) days + 1];
        int j = 0;
        for (int k = 0; k <= days; k++) {
          while (j < n && starts[j] < starts[0] + k) {
            j++;
          }
          dayIndex[k] = j;
        }
      } else {
        dayIndex = null;
      }
      // columns: low always; best, high, unbounded count, approximate count only when needed
      int cols = 0;
      for (int m = 0; m < MEASURES; m++) {
        boolean bestDiffers = false;
        boolean highDiffers = false;
        boolean unbounded = false;
        boolean approximate = false;
        for (Incident i : sorted) {
          Estimate e = MEASURE[m].of(i);
          bestDiffers |= e.best() != e.low();
          highDiffers |= e.high() != e.low();
          unbounded |= !e.isBounded();
          approximate |= e.isApproximate();
        }
        colLow[m] = cols++;
        colBest[m] = bestDiffers ? cols++ : colLow[m];
        colHigh[m] = highDiffers ? cols++ : colLow[m];
        colUnbounded[m] = unbounded ? cols++ : -1;
        colApproximate[m] = approximate ? cols++ : -1;
      }
      stride = cols;
      prefix = new double[(n + 1) * stride];
      for (int i = 0; i < n; i++) {
        int row = i * stride;
        int nextRow = row + stride;
        for (int m = 0; m < MEASURES; m++) {
          Estimate e = MEASURE[m].of(sorted[i]);
          prefix[nextRow + colLow[m]] = prefix[row + colLow[m]] + e.low();
          if (colBest[m] != colLow[m]) {
            prefix[nextRow + colBest[m]] = prefix[row + colBest[m]] + e.best();
          }
          if (colHigh[m] != colLow[m]) {
            prefix[nextRow + colHigh[m]] = prefix[row + colHigh[m]] + (e.isBounded() ? e.high() : 0);
          }
          if (colUnbounded[m] >= 0) {
            prefix[nextRow + colUnbounded[m]] = prefix[row + colUnbounded[m]] + (e.isBounded() ? 0 : 1);
          }
          if (colApproximate[m] >= 0) {
            prefix[nextRow + colApproximate[m]] =
                prefix[row + colApproximate[m]] + (e.isApproximate() ? 1 : 0);
          }
        }
      }
    }

    /** The first index whose start is at least {@code day}. */
    private int lowerBound(long day) {
      int n = starts.length;
      if (day <= starts[0]) {
        return 0;
      }
      if (day > starts[n - 1]) {
        return n;
      }
      if (dayIndex != null) {
        return dayIndex[(int) (day - starts[0])];
      }
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < day) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** The last possible day of the last incident. */
    long lastEnd() {
      long s = starts[starts.length - 1];
      if (shape == MONTHS) {
        LocalDate d = LocalDate.ofEpochDay(s);
        return d.withDayOfMonth(d.lengthOfMonth()).toEpochDay();
      } else if (shape == YEARS) {
        LocalDate d = LocalDate.ofEpochDay(s);
        return d.withDayOfYear(d.lengthOfYear()).toEpochDay();
      }
      return s + shape - 1;
    }

    /** The first start day of an incident of this class that ends on or after {@code day}. */
    private long firstStartEndingFrom(long day) {
      if (shape == MONTHS) {
        return LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay();
      } else if (shape == YEARS) {
        return LocalDate.ofEpochDay(day).withDayOfYear(1).toEpochDay();
      }
      return day - shape + 1;
    }

    /** The last start day of an incident of this class that ends on or before {@code day}. */
    private long lastStartEndingBy(long day) {
      if (shape == MONTHS || shape == YEARS) {
        // the incident ending on day + 1's period start - 1 is the last to end by day
        LocalDate next = LocalDate.ofEpochDay(day + 1);
        LocalDate periodStart =
            shape == MONTHS ? next.withDayOfMonth(1) : next.withDayOfYear(1);
        LocalDate previous = shape == MONTHS ? periodStart.minusMonths(1) : periodStart.minusYears(1);
        return previous.toEpochDay();
      }
      return day - shape + 1;
    }

    private double sum(int col, int fromRow, int toRow) {
      return prefix[toRow * stride + col] - prefix[fromRow * stride + col];
    }

    void addTo(SummaryAccumulator acc, long from, long to) {
      int bestFrom = lowerBound(from);
      int end = to == Long.MAX_VALUE ? starts.length : lowerBound(to + 1);
      int highFrom =
          shape == 1 || from == Long.MIN_VALUE ? bestFrom : lowerBound(firstStartEndingFrom(from));
      if (end <= highFrom) {
        return;
      }
      int lowEnd =
          shape == 1 || to == Long.MAX_VALUE ? end : lowerBound(lastStartEndingBy(to) + 1);
      lowEnd = Math.max(lowEnd, bestFrom);
      acc.countHigh += end - highFrom;
      acc.countBest += end - bestFrom;
      acc.countLow += lowEnd - bestFrom;
      for (int m = 0; m < MEASURES; m++) {
        acc.low[m] += sum(colLow[m], bestFrom, lowEnd);
        acc.best[m] += sum(colBest[m], bestFrom, end);
        acc.highFinite[m] += sum(colHigh[m], highFrom, end);
        if (colUnbounded[m] >= 0) {
          acc.highUnbounded[m] += (long) sum(colUnbounded[m], highFrom, end);
        }
        if (colApproximate[m] >= 0 && sum(colApproximate[m], highFrom, end) > 0) {
          acc.approximate[m] = true;
        }
      }
    }
  }
}
