package org.attackstats.csv;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a conversion did with every row: rows read, records made per kind, every rejected row's
 * problem, problem counts by reason, and the values and columns it did not recognise (kept in the
 * records' extras, not rejected). Always {@code rowsRead = attacks + responses +
 * problems().size()}: each rejected row has exactly one problem.
 *
 * @param format the format read
 * @param file the file name
 * @param rowsRead data rows read (the header is not counted)
 * @param attacks rows that became attacks
 * @param responses rows that became responses
 * @param problems one problem per rejected row, in reading order
 * @param problemsByReason counts of problems by short reason ({@code unknown country}, {@code
 *     invalid date}, ...), sorted by reason
 * @param unknownValues for each column whose values are checked against the source's codebook
 *     (event types, weapon types, actor type codes), the unrecognised values with their counts
 * @param unknownColumns columns not in the format's documented list, in file order
 */
public record ConversionReport(
    ExternalFormat format,
    String file,
    long rowsRead,
    long attacks,
    long responses,
    List<DataProblem> problems,
    SortedMap<String, Long> problemsByReason,
    SortedMap<String, SortedMap<String, Long>> unknownValues,
    List<String> unknownColumns) {

  /**
   * Copies the collections and checks that the counts add up.
   *
   * @throws IllegalArgumentException if {@code rowsRead != attacks + responses + problems}
   */
  public ConversionReport {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
    problemsByReason = Collections.unmodifiableSortedMap(new TreeMap<>(problemsByReason));
    SortedMap<String, SortedMap<String, Long>> values = new TreeMap<>();
    for (Map.Entry<String, SortedMap<String, Long>> e : unknownValues.entrySet()) {
      values.put(e.getKey(), Collections.unmodifiableSortedMap(new TreeMap<>(e.getValue())));
    }
    unknownValues = Collections.unmodifiableSortedMap(values);
    unknownColumns = List.copyOf(unknownColumns);
    long reasons = problemsByReason.values().stream().mapToLong(Long::longValue).sum();
    if (rowsRead != attacks + responses + problems.size() || reasons != problems.size()) {
      throw new IllegalArgumentException(
          "counts must add up: read "
              + rowsRead
              + " = attacks "
              + attacks
              + " + responses "
              + responses
              + " + problems "
              + problems.size()
              + " (by reason "
              + reasons
              + ")");
    }
  }

  /**
   * Rows that became records.
   *
   * @return {@code attacks + responses}
   */
  public long accepted() {
    return attacks + responses;
  }

  /**
   * Rows rejected.
   *
   * @return the number of problems
   */
  public long rejected() {
    return problems.size();
  }
}
