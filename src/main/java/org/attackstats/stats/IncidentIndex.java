package org.attackstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;

/**
 * Column-oriented index answering a summary for one kind, one country and one period in
 * logarithmic time.
 *
 * <p>Incidents are partitioned by (kind, country) and, inside a partition, by the length of their
 * date span in days. Within one length class {@code d}, an incident starting on day {@code s} ends
 * on {@code s + d - 1}, so every question of {@link Summary} about a window {@code [f, t]} is a
 * range of start days:
 *
 * <ul>
 *   <li>inside (low): {@code f <= s <= t - d + 1};
 *   <li>first day inside (best): {@code f <= s <= t};
 *   <li>overlapping (high): {@code f - d + 1 <= s <= t}.
 * </ul>
 *
 * <p>Each class keeps its start days sorted in an {@code int[]} with prefix sums of every measure,
 * so a query costs two binary searches per class: {@code O(D log n)} for {@code D} distinct span
 * lengths in the partition (in practice: one day, the month lengths, the year lengths and a few
 * explicit spans). Prefix arrays that would be equal (exact values) are stored once.
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
      int length = (int) i.date().lengthInDays();
      groups
          .computeIfAbsent(k, x -> new TreeMap<>())
          .computeIfAbsent(length, x -> new ArrayList<>())
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
        max = Math.max(max, (long) c.starts[c.starts.length - 1] + c.length - 1);
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
    final int length;
    final int[] starts;
    private final double[][] low = new double[MEASURES][];
    private final double[][] best = new double[MEASURES][];
    private final double[][] high = new double[MEASURES][];
    private final int[][] unbounded = new int[MEASURES][];
    private final int[][] approximate = new int[MEASURES][];

    LengthClass(int length, List<Incident> incidents) {
      this.length = length;
      Incident[] sorted = incidents.toArray(new Incident[0]);
      Arrays.sort(sorted, Comparator.comparing(i -> i.date().start()));
      int n = sorted.length;
      starts = new int[n];
      for (int i = 0; i < n; i++) {
        starts[i] = Math.toIntExact(sorted[i].date().start().toEpochDay());
      }
      Measure[] measures = {Measure.INJURED, Measure.KILLED, Measure.MUNITIONS};
      for (int m = 0; m < MEASURES; m++) {
        double[] lo = new double[n + 1];
        double[] be = new double[n + 1];
        double[] hi = new double[n + 1];
        int[] un = new int[n + 1];
        int[] ap = new int[n + 1];
        for (int i = 0; i < n; i++) {
          Estimate e = measures[m].of(sorted[i]);
          lo[i + 1] = lo[i] + e.low();
          be[i + 1] = be[i] + e.best();
          hi[i + 1] = hi[i] + (e.isBounded() ? e.high() : 0);
          un[i + 1] = un[i] + (e.isBounded() ? 0 : 1);
          ap[i + 1] = ap[i] + (e.isApproximate() ? 1 : 0);
        }
        low[m] = lo;
        best[m] = Arrays.equals(be, lo) ? lo : be;
        high[m] = Arrays.equals(hi, lo) ? lo : Arrays.equals(hi, be) ? best[m] : hi;
        unbounded[m] = un[n] == 0 ? null : un;
        approximate[m] = ap[n] == 0 ? null : ap;
      }
    }

    /** The first index in {@code [lo, hi)} whose start is at least {@code day}, else hi. */
    private int lowerBound(long day, int lo, int hi) {
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

    /**
     * The first index whose start is at least {@code day}, searching down from {@code hi} (whose
     * start, if any, is at least {@code day}) with exponential steps: cheap when the answer is
     * near, as it is for short spans.
     */
    private int gallopDown(long day, int hi) {
      int lo = hi;
      int step = 1;
      while (lo > 0 && starts[lo - 1] >= day) {
        int probe = Math.max(0, lo - step);
        if (starts[probe] < day) {
          return lowerBound(day, probe + 1, lo);
        }
        lo = probe;
        step <<= 1;
      }
      return lo;
    }

    void addTo(SummaryAccumulator acc, long from, long to) {
      int n = starts.length;
      int bestFrom = from <= starts[0] ? 0 : lowerBound(from, 0, n);
      int end = to >= starts[n - 1] ? n : lowerBound(to + 1, bestFrom, n);
      int highFrom = length == 1 || from == Long.MIN_VALUE ? bestFrom : gallopDown(from - length + 1, bestFrom);
      int lowEnd = length == 1 || to == Long.MAX_VALUE ? end : gallopDown(to - length + 2, end);
      lowEnd = Math.max(lowEnd, bestFrom);
      if (end <= highFrom) {
        return;
      }
      acc.countHigh += end - highFrom;
      acc.countBest += Math.max(0, end - bestFrom);
      acc.countLow += Math.max(0, lowEnd - bestFrom);
      for (int m = 0; m < MEASURES; m++) {
        acc.low[m] += low[m][lowEnd] - low[m][bestFrom];
        if (end > bestFrom) {
          acc.best[m] += best[m][end] - best[m][bestFrom];
        }
        acc.highFinite[m] += high[m][end] - high[m][highFrom];
        if (unbounded[m] != null) {
          acc.highUnbounded[m] += unbounded[m][end] - unbounded[m][highFrom];
        }
        if (approximate[m] != null && approximate[m][end] > approximate[m][highFrom]) {
          acc.approximate[m] = true;
        }
      }
    }
  }
}
