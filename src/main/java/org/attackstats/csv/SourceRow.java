package org.attackstats.csv;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of an export or mapped table, bound by its file's {@link Binding}, with its position,
 * and a record of the columns that a mapping has consumed: those whose value the model holds
 * exactly. Every other non-blank cell becomes an extra column.
 */
final class SourceRow {
  private final Binding binding;
  private final String[] cells;
  private final boolean[] consumed;
  private final long line;
  private final long record;

  /** A row of cells in the binding's order; missing trailing cells read as empty. */
  SourceRow(Binding binding, String[] cells, long line, long record) {
    this.binding = binding;
    this.cells = cells;
    this.consumed = new boolean[cells.length];
    this.line = line;
    this.record = record;
  }

  long line() {
    return line;
  }

  long record() {
    return record;
  }

  /** Whether the file has the column. */
  boolean has(String column) {
    return binding.has(column);
  }

  /** The cell's value without consuming it; empty when the column is absent. */
  String get(String column) {
    int i = binding.index(column);
    return i < 0 || i >= cells.length ? "" : cells[i];
  }

  /** The cell's value, consumed: it will not be repeated in the extras. */
  String take(String column) {
    int i = binding.index(column);
    if (i < 0 || i >= cells.length) {
      return "";
    }
    consumed[i] = true;
    return cells[i];
  }

  /** Un-consumes a column so that its value is kept in the extras. */
  void keep(String column) {
    int i = binding.index(column);
    if (i >= 0 && i < cells.length) {
      consumed[i] = false;
    }
  }

  /** Every non-blank cell not consumed, named as the binding keeps extras, in column order. */
  Map<String, String> extras() {
    Map<String, String> extras = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      if (!consumed[i] && cells[i] != null && !cells[i].isBlank()) {
        extras.put(binding.extraName(i), cells[i]);
      }
    }
    return extras;
  }
}
