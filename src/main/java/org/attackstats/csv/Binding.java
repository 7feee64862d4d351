package org.attackstats.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of an export or mapped table, bound once per file: each column's name as the file
 * writes it (lower-case, without a byte order mark or surrounding spaces), the name the mapping
 * looks it up by (a {@link TableMapping} renames columns; a column whose name a mapping gives to
 * another column is reachable only as an extra), and the name it is kept under as an extra
 * ({@code prefix + name}, computed once). JSON events may bring new columns as they come.
 */
final class Binding {
  private final String prefix;
  private final Map<String, String> targetOf; // lower-case source name -> name looked up by
  private final Map<String, String> shadowed; // names that a mapping takes from another column
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> sourceIndex = new HashMap<>();
  private final List<String> source = new ArrayList<>();
  private final List<String> extra = new ArrayList<>();

  /** A binding without renames. */
  Binding(String prefix) {
    this(prefix, Map.of());
  }

  /** A binding renaming columns: target name to source column (lower-case). */
  Binding(String prefix, Map<String, String> columnsByTarget) {
    this.prefix = prefix;
    this.targetOf = new HashMap<>();
    this.shadowed = new HashMap<>();
    columnsByTarget.forEach(
        (target, column) -> {
          targetOf.put(column, target);
          shadowed.put(target, column);
        });
  }

  /** The name as files write it, normalised: lower-case, no BOM, no surrounding spaces. */
  static String normalise(String name) {
    String n = name.startsWith("\uFEFF") ? name.substring(1) : name;
    return n.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Adds a column of the file.
   *
   * @return its position, or -1 if a column of that name is already there
   */
  int add(String name) {
    String n = normalise(name);
    if (sourceIndex.containsKey(n)) {
      return -1;
    }
    int i = source.size();
    source.add(n);
    sourceIndex.put(n, i);
    extra.add(prefix + n);
    String target = targetOf.get(n);
    if (target != null) {
      index.put(target, i);
    } else if (!shadowed.containsKey(n)) {
      index.put(n, i);
    }
    return i;
  }

  /** The position of a column of the file by its own (normalised) name, or -1. */
  int sourceIndex(String name) {
    Integer i = sourceIndex.get(name);
    return i == null ? -1 : i;
  }

  /** The position of the column a mapping looks up by this name, or -1. */
  int index(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  boolean has(String name) {
    return index.containsKey(name);
  }

  int size() {
    return source.size();
  }

  /** The column's name in the file. */
  String sourceName(int i) {
    return source.get(i);
  }

  /** The name the column's value is kept under as an extra. */
  String extraName(int i) {
    return extra.get(i);
  }

  /** The columns of the file, in order. */
  List<String> sourceNames() {
    return List.copyOf(source);
  }

  /** The names the mapping can look up: the file's own names and the renamed ones. */
  List<String> names() {
    List<String> n = new ArrayList<>(index.keySet());
    n.sort(null);
    return n;
  }
}
