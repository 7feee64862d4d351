package org.attackstats.spark;

import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * The running total of one measure (injured, killed or munitions) inside a {@link SummaryBuffer}:
 * a Java bean of primitive columns, so that Spark stores it with {@code Encoders.bean}, never with
 * Java serialization.
 *
 * <p>Values are held in thousandths (the precision of an {@code Estimate}) as {@code long}s, so
 * sums are exact and their order never matters. An unbounded value adds nothing to {@link
 * #getHighFinite()} and one to {@link #getHighUnbounded()}: the total's high bound is unbounded
 * when that count is not 0.
 */
public final class TotalBuffer {

  private long low;
  private long best;
  private long highFinite;
  private long highUnbounded;
  private boolean approximate;

  /** An empty total, as Spark's bean encoder needs it. */
  public TotalBuffer() {}

  /**
   * The sum of the low values, in thousandths.
   *
   * @return the sum
   */
  public long getLow() {
    return low;
  }

  /**
   * Sets the sum of the low values, in thousandths.
   *
   * @param low the sum
   */
  public void setLow(long low) {
    this.low = low;
  }

  /**
   * The sum of the best values, in thousandths.
   *
   * @return the sum
   */
  public long getBest() {
    return best;
  }

  /**
   * Sets the sum of the best values, in thousandths.
   *
   * @param best the sum
   */
  public void setBest(long best) {
    this.best = best;
  }

  /**
   * The sum of the bounded high values, in thousandths.
   *
   * @return the sum
   */
  public long getHighFinite() {
    return highFinite;
  }

  /**
   * Sets the sum of the bounded high values, in thousandths.
   *
   * @param highFinite the sum
   */
  public void setHighFinite(long highFinite) {
    this.highFinite = highFinite;
  }

  /**
   * How many values added have no upper bound.
   *
   * @return the count
   */
  public long getHighUnbounded() {
    return highUnbounded;
  }

  /**
   * Sets how many values added have no upper bound.
   *
   * @param highUnbounded the count
   */
  public void setHighUnbounded(long highUnbounded) {
    this.highUnbounded = highUnbounded;
  }

  /**
   * Whether a value added was approximate.
   *
   * @return true if one was
   */
  public boolean isApproximate() {
    return approximate;
  }

  /**
   * Sets whether a value added was approximate.
   *
   * @param approximate true if one was
   */
  public void setApproximate(boolean approximate) {
    this.approximate = approximate;
  }

  /**
   * Adds one incident's value, an {@link IncidentFrame#ESTIMATE} struct: its low to the low sum if
   * the incident lies inside the window, its best to the best sum if it starts in the window, its
   * high (or one unbounded) always.
   */
  void add(Row estimate, boolean inside, boolean starts) {
    if (inside) {
      low = Math.addExact(low, units(estimate.getDouble(estimate.fieldIndex("low"))));
    }
    if (starts) {
      best = Math.addExact(best, units(estimate.getDouble(estimate.fieldIndex("best"))));
    }
    int high = estimate.fieldIndex("high");
    if (estimate.isNullAt(high)) {
      highUnbounded++;
    } else {
      highFinite = Math.addExact(highFinite, units(estimate.getDouble(high)));
    }
    approximate |= estimate.getBoolean(estimate.fieldIndex("approximate"));
  }

  /** A value in thousandths, exactly as the library holds it. */
  static long units(double value) {
    return Math.round(value * 1000);
  }

  void merge(TotalBuffer other) {
    low = Math.addExact(low, other.low);
    best = Math.addExact(best, other.best);
    highFinite = Math.addExact(highFinite, other.highFinite);
    highUnbounded += other.highUnbounded;
    approximate |= other.approximate;
  }

  TotalBuffer copy() {
    TotalBuffer c = new TotalBuffer();
    c.merge(this);
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TotalBuffer t
        && low == t.low
        && best == t.best
        && highFinite == t.highFinite
        && highUnbounded == t.highUnbounded
        && approximate == t.approximate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(low, best, highFinite, highUnbounded, approximate);
  }

  @Override
  public String toString() {
    return "TotalBuffer[low=" + low + ", best=" + best + ", highFinite=" + highFinite
        + ", highUnbounded=" + highUnbounded + ", approximate=" + approximate + "]";
  }
}
