package org.attackstats.stats;

import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;

/** What a {@link Summary} measures: the number of incidents, or a total of one of their counts. */
public enum Measure {
  /** The number of incidents. */
  INCIDENTS,
  /** The total of {@link Incident#injured()}. */
  INJURED,
  /** The total of {@link Incident#killed()}. */
  KILLED,
  /** The total of {@link Incident#munitions()}. */
  MUNITIONS;

  /**
   * The value one incident contributes: 1 for {@link #INCIDENTS}, else the incident's estimate.
   *
   * @param incident the incident
   * @return its contribution
   */
  public Estimate of(Incident incident) {
    switch (this) {
      case INJURED:
        return incident.injured();
      case KILLED:
        return incident.killed();
      case MUNITIONS:
        return incident.munitions();
      default:
        return Estimate.exact(1);
    }
  }

  /**
   * The lower-case name.
   *
   * @return for example {@code "injured"}
   */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
