package org.attackstats.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attackstats.dataset.RecordType;

/**
 * A validated header row: column positions by name and by {@link Column}, and which columns are
 * extras.
 */
final class Header {
  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[] extras;
  private final int[] positions = new int[Column.values().length];

  private Header(List<String> names, RecordType type) {
    this.names = names;
    List<String> canonical = Columns.of(type);
    List<Integer> ex = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
      if (!canonical.contains(names.get(i))) {
        ex.add(i);
      }
    }
    this.extras = ex.stream().mapToInt(Integer::intValue).toArray();
    for (Column c : Column.values()) {
      positions[c.ordinal()] = canonical.contains(c.label) ? index(c.label) : -1;
    }
  }

  /**
   * Validates a header: no blank or duplicate names, every required column present, at most
   * {@code maxColumns} columns, no NUL, inner byte order mark or lone surrogate. Names are stripped of surrounding whitespace (and a BOM). (The
   * reader has already refused a header cell longer than {@code maxCellLength}.)
   *
   * @throws DataFormatException naming the file and what is wrong, before any row is read
   */
  static Header of(List<String> raw, RecordType type, String file, ReadOptions options) {
    if (raw.size() > options.maxColumns()) {
      throw new DataFormatException(
          new DataProblem(file, 1, 1, "", "", Messages.tooManyColumns(options)));
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String n = (i == 0 && raw.get(i).startsWith("\uFEFF") ? raw.get(i).substring(1) : raw.get(i)).strip();
      String bad = Cells.badCharacter(n);
      if (bad != null) {
        throw new DataFormatException(
            new DataProblem(file, 1, 1, "", Messages.abbreviate(n), "header cell " + (i + 1) + ": " + bad));
      }
      if (n.isEmpty()) {
        throw new DataFormatException(
            new DataProblem(
                file, 1, 1, "", Messages.abbreviate(raw.get(i)),
                "header cell " + (i + 1) + " is empty; every column needs a name"));
      }
      if (names.contains(n)) {
        throw new DataFormatException(
            new DataProblem(
                file, 1, 1, Messages.abbreviate(n), Messages.abbreviate(n),
                Messages.bounded("duplicate column name in header: " + n)));
      }
      names.add(n);
    }
    List<String> missing = new ArrayList<>();
    for (String r : Columns.required(type)) {
      if (!names.contains(r)) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      throw new DataFormatException(
          new DataProblem(
              file, 1, 1, String.join(", ", missing), "",
              Messages.bounded(
                  "missing required column" + (missing.size() > 1 ? "s " : " ") + missing
                      + " for " + type.fileName() + "; expected at least " + Columns.required(type)
                      + " (all columns: " + Columns.of(type) + "); found " + names)));
    }
    return new Header(List.copyOf(names), type);
  }

  private int index(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** The position of a canonical column of this file's table, or -1 if the file lacks it. */
  int position(Column c) {
    return positions[c.ordinal()];
  }

  String name(int i) {
    return names.get(i);
  }

  int size() {
    return names.size();
  }

  int[] extraIndexes() {
    return extras;
  }

  List<String> names() {
    return names;
  }
}
