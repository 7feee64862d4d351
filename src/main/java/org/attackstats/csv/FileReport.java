package org.attackstats.csv;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What happened to the rows of one file: read, accepted, left out by reason, rejected; the
 * warnings about rows kept with a repair; and the values and columns not found in the source's
 * codebook. Always {@code rowsRead = accepted + leftOut + rejected}, and the rejections by reason
 * add up to {@code rejected}. A fault that ends a file (malformed CSV, a bad header) rejects no
 * row: it is one more problem of the {@link LoadReport}.
 *
 * @param file the file as named (the path as given)
 * @param format what it was read as: {@code canonical:attacks} (or {@code :responses}, {@code
 *     :bases}, {@code :tallies}), {@code acled-csv}, {@code acled-legacy}, {@code acled-json},
 *     {@code gtd}, {@code ucdp-ged}, {@code gdelt}, a mapping ({@code table[...]}, {@code gtd[...]}) or {@code
 *     text}
 * @param rowsRead data rows read (the header is not a row; for text, the records extracted)
 * @param accepted rows that became records
 * @param rejected rows refused, each with one problem
 * @param leftOut rows that are not incidents by the source's rule, counted by reason ({@code not an
 *     incident: Protests}), sorted by reason
 * @param rejectedByReason rejected rows by short reason ({@code unknown country}, {@code invalid
 *     date}, ...), sorted
 * @param warnings rows kept with a repair or a note, by short reason ({@code estimate widened},
 *     {@code id from data_id}, ...), sorted
 * @param unknownValues for each column checked against the source's codebook (event types,
 *     weapon types, actor types), the values not in it with their counts; those rows are kept
 * @param unknownColumns columns not documented for the format (kept as extras), in file order
 */
public record FileReport(
    String file,
    String format,
    long rowsRead,
    long accepted,
    long rejected,
    SortedMap<String, Long> leftOut,
    SortedMap<String, Long> rejectedByReason,
    SortedMap<String, Long> warnings,
    SortedMap<String, SortedMap<String, Long>> unknownValues,
    List<String> unknownColumns) {

  /**
   * Copies the collections and checks that the counts add up.
   *
   * @throws IllegalArgumentException if {@code rowsRead != accepted + leftOut + rejected}, if the
   *     rejections by reason do not add up to {@code rejected}, or if a count is negative
   */
  public FileReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    leftOut = copy(leftOut);
    rejectedByReason = copy(rejectedByReason);
    warnings = copy(warnings);
    SortedMap<String, SortedMap<String, Long>> values = new TreeMap<>();
    unknownValues.forEach((k, v) -> values.put(k, copy(v)));
    unknownValues = Collections.unmodifiableSortedMap(values);
    unknownColumns = List.copyOf(unknownColumns);
    long left = sum(leftOut);
    if (accepted < 0 || rejected < 0 || left < 0 || rowsRead != accepted + left + rejected
        || sum(rejectedByReason) != rejected) {
      throw new IllegalArgumentException(
          "counts must add up: read " + rowsRead + " = accepted " + accepted + " + left out " + left
              + " + rejected " + rejected + " (by reason " + sum(rejectedByReason) + ")");
    }
  }

  /**
   * Rows left out as not incidents, over all reasons.
   *
   * @return the count
   */
  public long leftOutCount() {
    return sum(leftOut);
  }

  /**
   * Warnings over all reasons.
   *
   * @return the count
   */
  public long warningCount() {
    return sum(warnings);
  }

  static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static SortedMap<String, Long> copy(Map<String, Long> m) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(m));
  }
}
