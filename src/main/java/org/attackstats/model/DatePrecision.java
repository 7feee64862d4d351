package org.attackstats.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How precisely a source dated an incident. The text form is the lower-case name ({@code day},
 * {@code span}, {@code month}, {@code year}), as in the {@code date_precision} column.
 */
public enum DatePrecision {
  /** A single known day; start equals end. */
  DAY,
  /** Some day between start and end inclusive ("between Oct. 17 and 21", "the week of"). */
  SPAN,
  /** Some day within one calendar month; start is its first day and end its last. */
  MONTH,
  /** Some day within one calendar year; start is 1 January and end 31 December. */
  YEAR;

  /**
   * Parses the lower-case name (case is ignored).
   *
   * @param text one of {@code day}, {@code span}, {@code month}, {@code year}
   * @return the precision
   * @throws IllegalArgumentException naming the text and the valid values
   */
  public static DatePrecision parse(CharSequence text) {
    String s = text.toString().strip().toUpperCase(Locale.ROOT);
    for (DatePrecision p : values()) {
      if (p.name().equals(s)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "invalid date precision '" + text + "': expected one of " + validValues());
  }

  /**
   * The valid text forms, for error messages.
   *
   * @return {@code [day, span, month, year]}
   */
  static String validValues() {
    return Arrays.stream(values()).map(DatePrecision::toString).collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * The lower-case name used in CSV files.
   *
   * @return for example {@code "day"}
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
