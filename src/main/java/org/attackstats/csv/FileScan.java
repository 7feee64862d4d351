package org.attackstats.csv;

import java.io.Closeable;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The rows of one {@link Unit}, each turned into an {@link Outcome}: a record, a row left out as
 * not an incident, or the problem that rejects it. A fault that stops the file (at the header or
 * midway) is thrown as a {@link DataFormatException}; the {@link Scan} decides, by the mode, whether
 * it ends the load or is reported.
 */
abstract class FileScan implements Closeable {

  /** What became of one row. */
  static final class Outcome {
    Object record;
    String leftOut;
    /** The id cell of a row left out, for an update that must drop the event. */
    String leftOutId = "";
    CellException problem;
    long line;
    long number;
    List<Mapping.Warning> warnings = List.of();

    static Outcome record(Object record, long line, long number, List<Mapping.Warning> warnings) {
      Outcome o = at(line, number);
      o.record = record;
      o.warnings = warnings;
      return o;
    }

    static Outcome leftOut(String reason, String id, long line, long number) {
      Outcome o = at(line, number);
      o.leftOut = reason;
      o.leftOutId = id;
      return o;
    }

    static Outcome problem(CellException problem, long line, long number) {
      Outcome o = at(line, number);
      o.problem = problem;
      return o;
    }

    private static Outcome at(long line, long number) {
      Outcome o = new Outcome();
      o.line = line;
      o.number = number;
      return o;
    }
  }

  /** At most this many distinct unknown values are counted per column; the rest as one. */
  static final int MAX_UNKNOWN_VALUES = 1000;

  final Unit unit;
  final ReadOptions options;
  final SortedMap<String, SortedMap<String, Long>> unknownValues = new TreeMap<>();
  /** Warnings about the file itself, found while opening it. */
  List<Mapping.Warning> fileWarnings = List.of();
  List<String> unknownColumns = List.of();

  FileScan(Unit unit, ReadOptions options) {
    this.unit = unit;
    this.options = options;
  }

  /** Reads and checks the header. */
  abstract void open();

  /** The next row's outcome, or null at the end of the file. */
  abstract Outcome next();

  /** Bytes read so far. */
  abstract long bytesRead();

  /** The column of a problem as the file names it: for a renamed one, {@code deaths (killed)}. */
  String columnLabel(String column) {
    return column;
  }

  /** The column of a file that holds a record's field, for problems found on the record. */
  String fieldColumn(String field) {
    return field;
  }

  /** Counts a value outside the source's codebook. */
  final void unknownValue(String column, String value) {
    SortedMap<String, Long> values = unknownValues.computeIfAbsent(column, c -> new TreeMap<>());
    if (values.containsKey(value) || values.size() < MAX_UNKNOWN_VALUES) {
      values.merge(value, 1L, Long::sum);
    } else {
      values.merge("(other values)", 1L, Long::sum);
    }
  }

  /** The problem of a row over the cell length limit, or null. */
  final CellException tooLong(String[] cells, IntFunction<String> column) {
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] != null && cells[i].length() > options.maxCellLength()) {
        return new CellException(column.apply(i), Messages.abbreviate(cells[i]), "cell too long",
            Messages.tooLong(options));
      }
    }
    return null;
  }
}
