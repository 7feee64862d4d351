package org.attackstats.stats;

import java.util.Optional;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;

/**
 * A mutable accumulator of a {@link Summary} over a fixed period (or none): {@link #add} incidents,
 * {@link #merge} other accumulators of the same period, take a {@link #snapshot}.
 *
 * <p>Merging is associative and commutative and {@link #create()} (or {@link #over}) is its
 * identity, so chunks, threads or a distributed engine's partitions combine to the same summary as
 * one pass. Not thread-safe; use one accumulator per thread and merge them.
 */
public final class SummaryAccumulator {

  private static final int MEASURES = 3; // injured, killed, munitions

  private final long from;
  private final long to;
  private final Optional<DateSpan> period;

  long countLow;
  long countBest;
  long countHigh;
  final double[] low = new double[MEASURES];
  final double[] best = new double[MEASURES];
  final double[] highFinite = new double[MEASURES];
  final long[] highUnbounded = new long[MEASURES];
  final boolean[] approximate = new boolean[MEASURES];

  private SummaryAccumulator(Optional<DateSpan> period) {
    this.period = period;
    this.from = period.map(p -> p.start().toEpochDay()).orElse(Long.MIN_VALUE);
    this.to = period.map(p -> p.endInclusive().toEpochDay()).orElse(Long.MAX_VALUE);
  }

  /**
   * An empty accumulator with no period: every incident counts fully.
   *
   * @return the accumulator
   */
  public static SummaryAccumulator create() {
    return new SummaryAccumulator(Optional.empty());
  }

  /**
   * An empty accumulator over a period.
   *
   * @param period the period
   * @return the accumulator
   */
  public static SummaryAccumulator over(DateSpan period) {
    return new SummaryAccumulator(Optional.of(period));
  }

  static SummaryAccumulator over(Optional<DateSpan> period) {
    return new SummaryAccumulator(period);
  }

  /**
   * The period this accumulator counts over.
   *
   * @return the period, or empty for none
   */
  public Optional<DateSpan> period() {
    return period;
  }

  /**
   * Adds an incident: it counts towards the low bounds if its date span lies inside the period,
   * towards the best values if its first day does, towards the high bounds if it overlaps the
   * period, and not at all otherwise.
   *
   * @param incident the incident
   */
  public void add(Incident incident) {
    long s = incident.date().start().toEpochDay();
    long e = incident.date().endInclusive().toEpochDay();
    if (s > to || e < from) {
      return;
    }
    boolean starts = s >= from;
    boolean inside = starts && e <= to;
    countHigh++;
    if (starts) {
      countBest++;
    }
    if (inside) {
      countLow++;
    }
    add(0, incident.injured(), inside, starts);
    add(1, incident.killed(), inside, starts);
    add(2, incident.munitions(), inside, starts);
  }

  private void add(int m, Estimate value, boolean inside, boolean starts) {
    if (inside) {
      low[m] += value.low();
    }
    if (starts) {
      best[m] += value.best();
    }
    if (value.isBounded()) {
      highFinite[m] += value.high();
    } else {
      highUnbounded[m]++;
    }
    approximate[m] |= value.isApproximate();
  }

  /**
   * Adds every incident.
   *
   * @param incidents the incidents
   */
  public void addAll(Iterable<? extends Incident> incidents) {
    for (Incident i : incidents) {
      add(i);
    }
  }

  /**
   * Adds what another accumulator over the same period has accumulated.
   *
   * @param other the other accumulator; it is not changed
   * @throws IllegalArgumentException if the periods differ
   */
  public void merge(SummaryAccumulator other) {
    if (!period.equals(other.period)) {
      throw new IllegalArgumentException(
          "cannot merge accumulators over different periods: "
              + period.map(DateSpan::toString).orElse("none")
              + " and "
              + other.period.map(DateSpan::toString).orElse("none"));
    }
    countLow += other.countLow;
    countBest += other.countBest;
    countHigh += other.countHigh;
    for (int m = 0; m < MEASURES; m++) {
      low[m] += other.low[m];
      best[m] += other.best[m];
      highFinite[m] += other.highFinite[m];
      highUnbounded[m] += other.highUnbounded[m];
      approximate[m] |= other.approximate[m];
    }
  }

  SummaryAccumulator combine(SummaryAccumulator other) {
    merge(other);
    return this;
  }

  /**
   * The summary of what was added so far.
   *
   * @return an immutable summary; {@link Summary#ZERO} if nothing counted
   */
  public Summary snapshot() {
    if (countHigh == 0) {
      return Summary.ZERO;
    }
    return new Summary(
        Estimate.of(countLow, countBest, countHigh),
        estimate(0),
        estimate(1),
        estimate(2));
  }

  private Estimate estimate(int m) {
    double lo = low[m];
    double be = Math.max(best[m], lo);
    double hi = highUnbounded[m] > 0 ? Double.POSITIVE_INFINITY : Math.max(highFinite[m], be);
    return Estimate.of(lo, be, hi).withApproximate(approximate[m]);
  }

  @Override
  public String toString() {
    return "SummaryAccumulator[" + snapshot() + "]";
  }
}
