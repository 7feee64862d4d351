package org.attackstats.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;

/**
 * One group of a {@link GroupedResult}: its key, the window it was counted over, its {@link
 * Summary}, and the records behind it. Immutable.
 */
public final class GroupRow {

  private final Query query;
  private final GroupKey key;
  private final Optional<DateSpan> window;
  private final Summary summary;

  GroupRow(Query query, GroupKey key, Optional<DateSpan> window, Summary summary) {
    this.query = query;
    this.key = key;
    this.window = window;
    this.summary = summary;
  }

  /**
   * The group's key.
   *
   * @return the key
   */
  public GroupKey key() {
    return key;
  }

  /**
   * The days counted over: the calendar bucket clipped to the query's period, the period for a
   * categorical grouping, or empty for no period.
   *
   * @return the window
   */
  public Optional<DateSpan> window() {
    return window;
  }

  /**
   * The counts and totals.
   *
   * @return the summary
   */
  public Summary summary() {
    return summary;
  }

  /**
   * The number of incidents.
   *
   * @return the count
   */
  public Estimate count() {
    return summary.incidents();
  }

  /**
   * The value of a measure.
   *
   * @param measure the measure
   * @return its estimate
   * @see Summary#get
   */
  public Estimate get(Measure measure) {
    return summary.get(measure);
  }

  /**
   * Every record that may count in this group (its date span overlaps the window), ordered by
   * date, kind and id, each with its source.
   *
   * @return the records
   */
  public List<Incident> records() {
    return Engine.records(query, Optional.of(key), window, false);
  }

  /**
   * The records that surely count in this group (date span inside the window).
   *
   * @return the records
   */
  public List<Incident> recordsSurelyInside() {
    return Engine.records(query, Optional.of(key), window, true);
  }

  GroupRow withSummary(Summary s, Optional<DateSpan> w) {
    return new GroupRow(query, key, w, s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupRow r
        && r.key.equals(key)
        && r.window.equals(window)
        && r.summary.equals(summary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, window, summary);
  }

  /**
   * The key, the window and the summary.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return key + window.map(w -> " [" + w + "]").orElse("") + ": " + summary;
  }
}
