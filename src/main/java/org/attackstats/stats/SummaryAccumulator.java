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

  /** Positions in {@link #sums}: the three counts, then five fields per measure. */
  static final int COUNT_LOW = 0;

  static final int COUNT_BEST = 1;
  static final int COUNT_HIGH = 2;
  static final int LOW = 0;
  static final int BEST = 1;
  static final int HIGH_FINITE = 2;
  static final int UNBOUNDED = 3;
  static final int APPROXIMATE = 4;
  private static final int FIELDS = 5;
  static final int WIDTH = 3 + FIELDS * MEASURES;

  private final long from;
  private final long to;
  private final Optional<DateSpan> period;

  /**
   * The sums, in one row: the numbers of incidents counted low, best and high, then for each
   * measure the sum of low values, of best values, of finite high values, the number of unbounded
   * high values and the number of approximate values. Counts are exact as doubles up to 2^53.
   */
  final double[] sums = new double[WIDTH];

  private SummaryAccumulator(Optional<DateSpan> period) {
    this.period = period;
    this.from = period.isPresent() ? period.get().startEpochDay() : Long.MIN_VALUE;
    this.to = period.isPresent() ? period.get().endEpochDay() : Long.MAX_VALUE;
  }

  /** The position in {@link #sums} of a field of measure {@code m} (0 injured, 1 killed, 2 munitions). */
  static int at(int m, int field) {
    return 3 + FIELDS * m + field;
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
    long s = incident.date().startEpochDay();
    long e = incident.date().endEpochDay();
    if (s > to || e < from) {
      return;
    }
    boolean starts = s >= from;
    boolean inside = starts && e <= to;
    sums[COUNT_HIGH]++;
    if (starts) {
      sums[COUNT_BEST]++;
    }
    if (inside) {
      sums[COUNT_LOW]++;
    }
    add(0, incident.injured(), inside, starts);
    add(1, incident.killed(), inside, starts);
    add(2, incident.munitions(), inside, starts);
  }

  private void add(int m, Estimate value, boolean inside, boolean starts) {
    if (inside) {
      sums[at(m, LOW)] += value.low();
    }
    if (starts) {
      sums[at(m, BEST)] += value.best();
    }
    if (value.isBounded()) {
      sums[at(m, HIGH_FINITE)] += value.high();
    } else {
      sums[at(m, UNBOUNDED)]++;
    }
    if (value.isApproximate()) {
      sums[at(m, APPROXIMATE)]++;
    }
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
    for (int k = 0; k < WIDTH; k++) {
      sums[k] += other.sums[k];
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
    return snapshot(sums);
  }

  /** The summary of a row of sums laid out as {@link #sums}. */
  static Summary snapshot(double[] sums) {
    if (sums[COUNT_HIGH] == 0) {
      return Summary.ZERO;
    }
    return new Summary(
        Estimate.of(sums[COUNT_LOW], sums[COUNT_BEST], sums[COUNT_HIGH]),
        estimate(sums, 0),
        estimate(sums, 1),
        estimate(sums, 2));
  }

  /** Whether nothing counted: no incident overlapped the period. */
  boolean isEmpty() {
    return sums[COUNT_HIGH] == 0;
  }

  private static Estimate estimate(double[] sums, int m) {
    double lo = sums[at(m, LOW)];
    double be = Math.max(sums[at(m, BEST)], lo);
    double hi =
        sums[at(m, UNBOUNDED)] > 0
            ? Double.POSITIVE_INFINITY
            : Math.max(sums[at(m, HIGH_FINITE)], be);
    return Estimate.of(lo, be, hi).withApproximate(sums[at(m, APPROXIMATE)] > 0);
  }

  @Override
  public String toString() {
    return "SummaryAccumulator[" + snapshot() + "]";
  }
}
