package org.attackstats.csv;

/**
 * Why one row cannot become a record: the column, the raw value, a short category for the
 * account ({@code unknown country}, {@code invalid date}, ...) and the full reason with what would
 * be valid. Thrown by every reader's row mapping and caught by the loading loop, which turns it
 * into a {@link DataProblem} of the row.
 */
final class CellException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String column;
  private final String value;
  private final String category;

  CellException(String column, String value, String category, String reason) {
    super(reason, null, false, false);
    this.column = column;
    this.value = value;
    this.category = category;
  }

  /** A problem of a canonical cell, counted as {@code invalid <column>}. */
  CellException(String column, String value, String reason) {
    this(column, value, "invalid " + (column.isEmpty() ? "record" : column), reason);
  }

  String column() {
    return column;
  }

  String value() {
    return value;
  }

  String category() {
    return category;
  }

  String reason() {
    return getMessage();
  }
}
