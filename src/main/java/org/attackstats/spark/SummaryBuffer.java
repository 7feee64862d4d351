package org.attackstats.spark;

import java.time.LocalDate;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * The buffer of {@link SummaryAggregator}: the incidents counted and the totals of injured, killed
 * and munitions over one window, as a Java bean of primitive columns (and three nested {@link
 * TotalBuffer}s), so that Spark stores it with {@code Encoders.bean}, never with Java
 * serialization. Its column names and types are stable: Spark may spill or shuffle it.
 *
 * <p>It follows the rules of the library's {@code Summary} for a window [from, to]: an incident
 * whose date span [s, e] overlaps the window counts towards the high bounds; if it starts in the
 * window ({@code s >= from}), towards the best values; if it lies inside ({@code s >= from} and
 * {@code e <= to}), towards the low bounds. An incident outside the window is ignored. Merging
 * adds each part, so it is associative and commutative, and a new buffer is its identity. Buffers
 * of different windows refuse to merge: a group that mixes windows (say, a bucketed frame grouped
 * without its bucket) is an error, not a silently wrong number.
 */
public final class SummaryBuffer {

  private boolean windowKnown;
  private long windowFrom = Long.MIN_VALUE;
  private long windowTo = Long.MAX_VALUE;
  private long incidentsLow;
  private long incidentsBest;
  private long incidentsHigh;
  private TotalBuffer injured = new TotalBuffer();
  private TotalBuffer killed = new TotalBuffer();
  private TotalBuffer munitions = new TotalBuffer();

  /** An empty buffer, the identity of the merge; Spark's bean encoder needs it public. */
  public SummaryBuffer() {}

  /**
   * Whether a row has set the window yet (an empty buffer has none).
   *
   * @return true once set
   */
  public boolean isWindowKnown() {
    return windowKnown;
  }

  /**
   * Sets whether the window is known.
   *
   * @param windowKnown true once set
   */
  public void setWindowKnown(boolean windowKnown) {
    this.windowKnown = windowKnown;
  }

  /**
   * The first day of the window, as an epoch day; {@link Long#MIN_VALUE} when it is open.
   *
   * @return the day
   */
  public long getWindowFrom() {
    return windowFrom;
  }

  /**
   * Sets the first day of the window.
   *
   * @param windowFrom the epoch day, or {@link Long#MIN_VALUE} when open
   */
  public void setWindowFrom(long windowFrom) {
    this.windowFrom = windowFrom;
  }

  /**
   * The last day of the window, as an epoch day; {@link Long#MAX_VALUE} when it is open.
   *
   * @return the day
   */
  public long getWindowTo() {
    return windowTo;
  }

  /**
   * Sets the last day of the window.
   *
   * @param windowTo the epoch day, or {@link Long#MAX_VALUE} when open
   */
  public void setWindowTo(long windowTo) {
    this.windowTo = windowTo;
  }

  /**
   * The incidents that lie inside the window.
   *
   * @return the count
   */
  public long getIncidentsLow() {
    return incidentsLow;
  }

  /**
   * Sets the incidents that lie inside the window.
   *
   * @param incidentsLow the count
   */
  public void setIncidentsLow(long incidentsLow) {
    this.incidentsLow = incidentsLow;
  }

  /**
   * The incidents that start in the window.
   *
   * @return the count
   */
  public long getIncidentsBest() {
    return incidentsBest;
  }

  /**
   * Sets the incidents that start in the window.
   *
   * @param incidentsBest the count
   */
  public void setIncidentsBest(long incidentsBest) {
    this.incidentsBest = incidentsBest;
  }

  /**
   * The incidents that overlap the window.
   *
   * @return the count
   */
  public long getIncidentsHigh() {
    return incidentsHigh;
  }

  /**
   * Sets the incidents that overlap the window.
   *
   * @param incidentsHigh the count
   */
  public void setIncidentsHigh(long incidentsHigh) {
    this.incidentsHigh = incidentsHigh;
  }

  /**
   * The total of injured.
   *
   * @return the total, owned by this buffer
   */
  public TotalBuffer getInjured() {
    return injured;
  }

  /**
   * Sets the total of injured.
   *
   * @param injured the total
   */
  public void setInjured(TotalBuffer injured) {
    this.injured = Objects.requireNonNull(injured, "injured");
  }

  /**
   * The total of killed.
   *
   * @return the total, owned by this buffer
   */
  public TotalBuffer getKilled() {
    return killed;
  }

  /**
   * Sets the total of killed.
   *
   * @param killed the total
   */
  public void setKilled(TotalBuffer killed) {
    this.killed = Objects.requireNonNull(killed, "killed");
  }

  /**
   * The total of munitions.
   *
   * @return the total, owned by this buffer
   */
  public TotalBuffer getMunitions() {
    return munitions;
  }

  /**
   * Sets the total of munitions.
   *
   * @param munitions the total
   */
  public void setMunitions(TotalBuffer munitions) {
    this.munitions = Objects.requireNonNull(munitions, "munitions");
  }

  /**
   * Adds one row of an incident frame ({@link IncidentFrame#SUMMARY_INPUT} columns, read by name).
   *
   * @throws IllegalArgumentException if the row's window differs from the buffer's
   */
  void add(Row row) {
    long from = epochDay(row.get(row.fieldIndex(IncidentFrame.WINDOW_START)), Long.MIN_VALUE);
    long to = epochDay(row.get(row.fieldIndex(IncidentFrame.WINDOW_END)), Long.MAX_VALUE);
    window(from, to);
    long s = epochDay(row.get(row.fieldIndex(IncidentFrame.DATE_START)), Long.MIN_VALUE);
    long e = epochDay(row.get(row.fieldIndex(IncidentFrame.DATE_END)), Long.MAX_VALUE);
    if (s > to || e < from) {
      return;
    }
    boolean starts = s >= from;
    boolean inside = starts && e <= to;
    incidentsHigh++;
    if (starts) {
      incidentsBest++;
    }
    if (inside) {
      incidentsLow++;
    }
    injured.add(row.getStruct(row.fieldIndex(IncidentFrame.INJURED)), inside, starts);
    killed.add(row.getStruct(row.fieldIndex(IncidentFrame.KILLED)), inside, starts);
    munitions.add(row.getStruct(row.fieldIndex(IncidentFrame.MUNITIONS)), inside, starts);
  }

  /**
   * Adds what another buffer holds; the other is not changed.
   *
   * @throws IllegalArgumentException if both have windows and they differ
   */
  void merge(SummaryBuffer other) {
    if (other.windowKnown) {
      window(other.windowFrom, other.windowTo);
    }
    incidentsLow += other.incidentsLow;
    incidentsBest += other.incidentsBest;
    incidentsHigh += other.incidentsHigh;
    injured.merge(other.injured);
    killed.merge(other.killed);
    munitions.merge(other.munitions);
  }

  private void window(long from, long to) {
    if (!windowKnown) {
      windowKnown = true;
      windowFrom = from;
      windowTo = to;
    } else if (from != windowFrom || to != windowTo) {
      throw new IllegalArgumentException(
          "cannot summarize rows of different windows in one group: "
              + windowText(windowFrom, windowTo)
              + " and "
              + windowText(from, to)
              + "; group a bucketed frame by its bucket column as well");
    }
  }

  SummaryBuffer copy() {
    SummaryBuffer c = new SummaryBuffer();
    c.merge(this);
    return c;
  }

  /**
   * A date cell as an epoch day: an epoch day already ({@link SparkStats#summary()} passes them),
   * or a {@code LocalDate} or {@code java.sql.Date} of a frame row, as Spark's settings decide.
   */
  static long epochDay(Object date, long ifNull) {
    if (date == null) {
      return ifNull;
    }
    if (date instanceof Integer days) {
      return days;
    }
    if (date instanceof LocalDate d) {
      return d.toEpochDay();
    }
    return ((java.sql.Date) date).toLocalDate().toEpochDay();
  }

  private static String windowText(long from, long to) {
    return (from == Long.MIN_VALUE ? "open" : LocalDate.ofEpochDay(from).toString())
        + "/"
        + (to == Long.MAX_VALUE ? "open" : LocalDate.ofEpochDay(to).toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SummaryBuffer b
        && windowKnown == b.windowKnown
        && windowFrom == b.windowFrom
        && windowTo == b.windowTo
        && incidentsLow == b.incidentsLow
        && incidentsBest == b.incidentsBest
        && incidentsHigh == b.incidentsHigh
        && injured.equals(b.injured)
        && killed.equals(b.killed)
        && munitions.equals(b.munitions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(windowKnown, windowFrom, windowTo, incidentsLow, incidentsBest,
        incidentsHigh, injured, killed, munitions);
  }

  @Override
  public String toString() {
    return "SummaryBuffer[window=" + (windowKnown ? windowText(windowFrom, windowTo) : "none")
        + ", incidents=" + incidentsLow + "/" + incidentsBest + "/" + incidentsHigh
        + ", injured=" + injured + ", killed=" + killed + ", munitions=" + munitions + "]";
  }
}
