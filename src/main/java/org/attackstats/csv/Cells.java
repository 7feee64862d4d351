package org.attackstats.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attackstats.model.Coordinates;
import org.attackstats.model.Estimate;

/** Parsing of the cell values the formats share: counts, coordinates, integers, dates. */
final class Cells {
  private Cells() {}

  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern SIGNED_DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

  static final String MISSING = "missing value";
  static final String INVALID_NUMBER = "invalid number";
  static final String INVALID_COORDINATES = "invalid coordinates";
  static final String INVALID_DATE = "invalid date";

  /** A required cell: its value, or a problem naming the column. */
  static String required(String column, String value) throws RowProblem {
    if (value.isBlank()) {
      throw new RowProblem(column, value, MISSING, "required value is empty");
    }
    return value;
  }

  /** A count of people: empty is unknown, otherwise an exact non-negative decimal. */
  static Estimate count(String column, String value) throws RowProblem {
    String v = value.strip();
    if (v.isEmpty()) {
      return Estimate.unknown();
    }
    return Estimate.exact(decimal(column, value));
  }

  /** A non-negative decimal such as {@code 12} or {@code 1381.5}. */
  static double decimal(String column, String value) throws RowProblem {
    String v = value.strip();
    if (!DECIMAL.matcher(v).matches()) {
      throw new RowProblem(
          column,
          value,
          INVALID_NUMBER,
          "expected a non-negative number such as 3 or 1381.5, without thousands separators");
    }
    try {
      return Estimate.exact(Double.parseDouble(v)).best();
    } catch (IllegalArgumentException e) {
      throw new RowProblem(column, value, INVALID_NUMBER, e.getMessage());
    }
  }

  /** An integer, possibly negative. */
  static int integer(String column, String value) throws RowProblem {
    String v = value.strip();
    if (!INTEGER.matcher(v).matches()) {
      throw new RowProblem(column, value, INVALID_NUMBER, "expected a whole number");
    }
    return Integer.parseInt(v);
  }

  /** Coordinates from two cells: both empty is absent, one empty or out of range is a problem. */
  static Optional<Coordinates> coordinates(
      String latColumn, String lat, String lonColumn, String lon) throws RowProblem {
    if (lat.isBlank() && lon.isBlank()) {
      return Optional.empty();
    }
    if (lat.isBlank() || lon.isBlank()) {
      String column = lat.isBlank() ? latColumn : lonColumn;
      throw new RowProblem(
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
      throw new RowProblem(
          latColumn + "/" + lonColumn, lat + "," + lon, INVALID_COORDINATES, e.getMessage());
    }
  }

  private static double signedDecimal(String column, String value) throws RowProblem {
    String v = value.strip();
    if (!SIGNED_DECIMAL.matcher(v).matches()) {
      throw new RowProblem(
          column, value, INVALID_COORDINATES, "expected decimal degrees such as 33.31 or -4.5");
    }
    return Double.parseDouble(v);
  }

  /**
   * An ISO date, optionally followed by a time of day that is ignored ({@code 2023-10-17
   * 00:00:00.000}).
   */
  static LocalDate isoDate(String column, String value) throws RowProblem {
    String v = value.strip();
    int space = v.indexOf(' ');
    int t = v.indexOf('T');
    int cut = space > 0 ? space : t > 0 ? t : v.length();
    try {
      return LocalDate.parse(v.substring(0, cut));
    } catch (DateTimeException e) {
      throw new RowProblem(column, value, INVALID_DATE, "expected a date yyyy-MM-dd");
    }
  }
}
