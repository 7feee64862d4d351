package org.attackstats.csv;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One source row bound by column name (lower-case), with its position, and a record of the columns
 * that a mapping has consumed: those whose value the model holds exactly. Every other non-empty
 * cell becomes an extra column.
 */
final class SourceRow {
  private final Map<String, String> cells;
  private final long line;
  private final long record;
  private final Set<String> consumed = new HashSet<>();

  SourceRow(Map<String, String> cells, long line, long record) {
    this.cells = cells;
    this.line = line;
    this.record = record;
  }

  long line() {
    return line;
  }

  long record() {
    return record;
  }

  Map<String, String> cells() {
    return cells;
  }

  /** The cell's value without consuming it; empty when the column is absent. */
  String get(String column) {
    return cells.getOrDefault(column, "");
  }

  /** The cell's value, consumed: it will not be repeated in the extras. */
  String take(String column) {
    consumed.add(column);
    return get(column);
  }

  /** Un-consumes a column so that its value is kept in the extras. */
  void keep(String column) {
    consumed.remove(column);
  }

  /** Every non-blank cell not consumed, named {@code prefix + column}, in column order. */
  Map<String, String> extras(String prefix) {
    Map<String, String> extras = new LinkedHashMap<>();
    cells.forEach(
        (column, value) -> {
          if (!value.isBlank() && !consumed.contains(column)) {
            extras.put(prefix + column, value);
          }
        });
    return extras;
  }
}
