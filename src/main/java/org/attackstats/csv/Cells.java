package org.attackstats.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.attackstats.model.Coordinates;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;

/**
 * Checks and parsing of the cell values every reader shares: characters that are never text,
 * counts, coordinates, integers, dates within the supported years.
 */
final class Cells {
  private Cells() {}

  static final String BAD_CHARACTER = "invalid character";

  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern SIGNED_DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

  static final String MISSING = "missing value";
  static final String INVALID_NUMBER = "invalid number";
  static final String INVALID_COORDINATES = "invalid coordinates";
  static final String INVALID_DATE = "invalid date";

  /**
   * What is wrong with the characters of a cell, or null: a NUL, a byte order mark (U+FEFF,
   * which is never text inside a cell: files joined with their marks, or an id that would differ
   * from its twin only by an invisible character) or half of a surrogate pair (which no encoding
   * can write). One pass over the characters.
   */
  static String badCharacter(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == 0) {
        return "a NUL character at position " + (i + 1) + ": NUL is never text (a binary file, or a"
            + " damaged one?)";
      }
      if (c == '\uFEFF') {
        return "a byte order mark (U+FEFF) at position " + (i + 1) + ": it is invisible and never"
            + " text inside a cell (files joined with their marks?); remove it";
      }
      if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format(Locale.ROOT,
            "half of a surrogate pair (\\u%04x) at position %d: not a character, and no encoding can"
                + " write it", (int) c, i + 1);
      }
    }
    return null;
  }

  /** Every cell's characters checked: a problem naming the first bad cell's column. */
  static void checkCharacters(String[] cells, IntFunction<String> columnName) {
    for (int i = 0; i < cells.length; i++) {
      String bad = badCharacter(cells[i]);
      if (bad != null) {
        throw new CellException(columnName.apply(i), cells[i], BAD_CHARACTER, bad);
      }
    }
  }

  /** A date within the supported years, or a problem naming the column and the raw value. */
  static LocalDate inRange(String column, String value, LocalDate d) {
    if (d.isBefore(DateSpan.MIN) || d.isAfter(DateSpan.MAX)) {
      throw new CellException(
          column, value, INVALID_DATE, "date out of range: expected a date between 0001-01-01 and 9999-12-31");
    }
    return d;
  }

  /**
   * An ISO date {@code yyyy-MM-dd}, as {@link LocalDate#parse(CharSequence)} reads it: by hand when
   * it has four digits for the year, the common case, through the JDK's parser otherwise (signed
   * years of more than four digits).
   *
   * @throws DateTimeException if the text is not such a date, or names no day of the calendar
   */
  static LocalDate localDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        return LocalDate.of(y, m, d);
      }
    }
    return LocalDate.parse(s);
  }

  /** The number the ASCII digits {@code s[from, to)} write, or -1 if one is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** A required cell: its value, or a problem naming the column. */
  static String required(String column, String value) {
    if (value.isBlank()) {
      throw new CellException(column, value, MISSING, "required value is empty");
    }
    return value;
  }

  /** A count of people: empty is unknown, otherwise an exact non-negative decimal. */
  static Estimate count(String column, String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Estimate.unknown();
    }
    return Estimate.exact(decimal(column, value));
  }

  /** A non-negative decimal such as {@code 12} or {@code 1381.5}. */
  static double decimal(String column, String value) {
    String v = value.strip();
    if (!DECIMAL.matcher(v).matches()) {
      throw new CellException(
          column,
          value,
          INVALID_NUMBER,
          "expected a non-negative number such as 3 or 1381.5, without thousands separators");
    }
    try {
      return Estimate.exact(Double.parseDouble(v)).best();
    } catch (IllegalArgumentException e) {
      throw new CellException(column, value, INVALID_NUMBER, e.getMessage());
    }
  }

  /** An integer, possibly negative. */
  static int integer(String column, String value) {
    String v = value.strip();
    if (!INTEGER.matcher(v).matches()) {
      throw new CellException(column, value, INVALID_NUMBER, "expected a whole number");
    }
    return Integer.parseInt(v);
  }

  /** Coordinates from two cells: both empty is absent, one empty or out of range is a problem. */
  static Optional<Coordinates> coordinates(
      String latColumn, String lat, String lonColumn, String lon) {
    if (lat.isBlank() && lon.isBlank()) {
      return Optional.empty();
    }
    if (lat.isBlank() || lon.isBlank()) {
      String column = lat.isBlank() ? latColumn : lonColumn;
      throw new CellException(
          column,
          "",
          INVALID_COORDINATES,
          "latitude and longitude must both be given or both be empty");
    }
    double la = signedDecimal(latColumn, lat);
    double lo = signedDecimal(lonColumn, lon);
    try {
      return Optional.of(Coordinates.of(la, lo));
    } catch (IllegalArgumentException e) {
      throw new CellException(
          latColumn + "/" + lonColumn, lat + "," + lon, INVALID_COORDINATES, e.getMessage());
    }
  }

  private static double signedDecimal(String column, String value) {
    String v = value.strip();
    if (!SIGNED_DECIMAL.matcher(v).matches()) {
      throw new CellException(
          column, value, INVALID_COORDINATES, "expected decimal degrees such as 33.31 or -4.5");
    }
    return Double.parseDouble(v);
  }

  /**
   * An ISO date, optionally followed by a time of day that is ignored ({@code 2023-10-17
   * 00:00:00.000}).
   */
  static LocalDate isoDate(String column, String value) {
    String v = value.strip();
    int space = v.indexOf(' ');
    int t = v.indexOf('T');
    int cut = space > 0 ? space : t > 0 ? t : v.length();
    LocalDate d;
    try {
      d = localDate(v.substring(0, cut));
    } catch (DateTimeException e) {
      throw new CellException(column, value, INVALID_DATE, "expected a date yyyy-MM-dd");
    }
    return inRange(column, value, d);
  }
}
