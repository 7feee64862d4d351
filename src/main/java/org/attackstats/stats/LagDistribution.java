package org.attackstats.stats;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * The distribution of lags in whole days: how many lags of each length, their median, minimum and
 * maximum. Immutable; {@link LagAccumulator} accumulates and merges it, {@link #toLagDistribution()}
 * collects it. The distribution of nothing has count 0 and no median, minimum or maximum.
 */
public final class LagDistribution {

  private static final LagDistribution EMPTY = new LagDistribution(new TreeMap<>());

  private final SortedMap<Long, Long> histogram;
  private final long count;

  LagDistribution(SortedMap<Long, Long> histogram) {
    this.histogram = Collections.unmodifiableSortedMap(new TreeMap<>(histogram));
    this.count = histogram.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The distribution of no lags.
   *
   * @return the empty distribution
   */
  public static LagDistribution empty() {
    return EMPTY;
  }

  /**
   * A collector of lags in days.
   *
   * @return the collector
   */
  public static Collector<Long, LagAccumulator, LagDistribution> toLagDistribution() {
    return Collector.of(
        LagAccumulator::create,
        LagAccumulator::add,
        (a, b) -> {
          a.merge(b);
          return a;
        },
        LagAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The number of lags.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * How many lags have each length.
   *
   * @return days to number of lags, ascending, unmodifiable
   */
  public SortedMap<Long, Long> histogram() {
    return histogram;
  }

  /**
   * The median: the middle lag, or the mean of the two middle lags for an even count.
   *
   * @return the median, or empty if there are no lags
   */
  public OptionalDouble median() {
    if (count == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((nth((count - 1) / 2) + nth(count / 2)) / 2.0);
  }

  private long nth(long index) {
    long seen = 0;
    for (Map.Entry<Long, Long> e : histogram.entrySet()) {
      seen += e.getValue();
      if (index < seen) {
        return e.getKey();
      }
    }
    throw new AssertionError(index);
  }

  /**
   * The shortest lag.
   *
   * @return the minimum, or empty if there are no lags
   */
  public OptionalLong min() {
    return count == 0 ? OptionalLong.empty() : OptionalLong.of(histogram.firstKey());
  }

  /**
   * The longest lag.
   *
   * @return the maximum, or empty if there are no lags
   */
  public OptionalLong max() {
    return count == 0 ? OptionalLong.empty() : OptionalLong.of(histogram.lastKey());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LagDistribution && ((LagDistribution) o).histogram.equals(histogram);
  }

  @Override
  public int hashCode() {
    return histogram.hashCode();
  }

  /**
   * The histogram, for example {@code {0=2, 10=1, 35=1}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return histogram.toString();
  }
}
