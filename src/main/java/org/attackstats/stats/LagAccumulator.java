package org.attackstats.stats;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A mutable, mergeable accumulator of a {@link LagDistribution}. Merging is associative and
 * commutative with {@link #create()} as identity. Not thread-safe.
 */
public final class LagAccumulator {

  private final SortedMap<Long, Long> histogram = new TreeMap<>();

  private LagAccumulator() {}

  /**
   * An empty accumulator.
   *
   * @return the accumulator
   */
  public static LagAccumulator create() {
    return new LagAccumulator();
  }

  /**
   * Adds a lag.
   *
   * @param days the lag in days, not negative
   * @throws IllegalArgumentException if negative
   */
  public void add(long days) {
    if (days < 0) {
      throw new IllegalArgumentException("a lag must not be negative, got " + days + " days");
    }
    histogram.merge(days, 1L, Long::sum);
  }

  /**
   * Adds every lag of another accumulator.
   *
   * @param other the other accumulator; it is not changed
   */
  public void merge(LagAccumulator other) {
    other.histogram.forEach((d, n) -> histogram.merge(d, n, Long::sum));
  }

  /**
   * The distribution of the lags added so far.
   *
   * @return the distribution
   */
  public LagDistribution snapshot() {
    return histogram.isEmpty() ? LagDistribution.empty() : new LagDistribution(histogram);
  }
}
