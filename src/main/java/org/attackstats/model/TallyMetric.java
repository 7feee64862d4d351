package org.attackstats.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a reported tally counts. The text form is the lower-case name, as in {@code tallies.csv}. */
public enum TallyMetric {
  /** Attacks. */
  ATTACKS,
  /** Retaliatory responses. */
  RESPONSES,
  /** People injured. */
  INJURED,
  /** People killed. */
  KILLED,
  /** Personnel deployed or stationed. */
  PERSONNEL;

  /**
   * Parses the lower-case name (case ignored).
   *
   * @param text one of {@code attacks}, {@code responses}, {@code injured}, {@code killed}, {@code
   *     personnel}
   * @return the metric
   * @throws IllegalArgumentException naming the text and the valid values
   */
  public static TallyMetric parse(CharSequence text) {
    String s = text.toString().strip().toUpperCase(Locale.ROOT);
    for (TallyMetric m : values()) {
      if (m.name().equals(s)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "invalid metric '"
            + text
            + "': expected one of "
            + Arrays.stream(values()).map(TallyMetric::toString).collect(Collectors.joining(", ", "[", "]")));
  }

  /**
   * The lower-case name.
   *
   * @return for example {@code "attacks"}
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
