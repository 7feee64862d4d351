package org.attackstats.stats;

import java.util.Arrays;
import java.util.stream.Collectors;
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
    return switch (this) {
      case INCIDENTS -> Estimate.exact(1);
      case INJURED -> incident.injured();
      case KILLED -> incident.killed();
      case MUNITIONS -> incident.munitions();
    };
  }

  /**
   * The measure of a name, ignoring case: {@code incidents}, {@code injured}, {@code killed} or
   * {@code munitions}.
   *
   * @param name the name
   * @return the measure
   * @throws IllegalArgumentException for any other name; the message lists the names
   */
  public static Measure parse(String name) {
    for (Measure m : values()) {
      if (m.toString().equalsIgnoreCase(name.strip())) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown measure '" + name + "': expected one of "
            + Arrays.stream(values()).map(Measure::toString).collect(Collectors.joining(", ")));
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
