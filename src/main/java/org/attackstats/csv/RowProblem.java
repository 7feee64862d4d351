package org.attackstats.csv;

/**
 * Why one source row cannot become a record: the column, the raw value, a short category for the
 * report ({@code unknown country}, {@code invalid date}, ...) and the full reason.
 */
final class RowProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final String column;
  private final String value;
  private final String category;

  RowProblem(String column, String value, String category, String reason) {
    super(reason, null, false, false);
    this.column = column;
    this.value = value;
    this.category = category;
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
