package org.attackstats.csv;

/** A bad cell found while turning a row into a record: the column, the raw value and the reason. */
final class CellException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final String column;
  final String value;

  CellException(String column, String value, String reason) {
    super(reason, null, false, false);
    this.column = column;
    this.value = value;
  }
}
