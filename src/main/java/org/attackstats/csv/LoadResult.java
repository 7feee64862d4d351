package org.attackstats.csv;

import java.util.List;
import java.util.Objects;
import org.attackstats.dataset.Dataset;

/**
 * A loaded dataset with an account of every row: per-file counts and every problem found. In
 * strict mode a load either succeeds without problems or throws; in lenient mode the problems
 * list the rejected rows (and nothing is dropped silently: for each file, rows read = accepted +
 * rejected).
 *
 * @param dataset the records accepted
 * @param files what happened to each file read, in reading order
 * @param problems every problem, in reading order
 */
public record LoadResult(Dataset dataset, List<FileReport> files, List<DataProblem> problems) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a component is null
   */
  public LoadResult {
    Objects.requireNonNull(dataset, "dataset");
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  /**
   * Data rows read over all files.
   *
   * @return the count
   */
  public long rowsRead() {
    return files.stream().mapToLong(FileReport::rowsRead).sum();
  }

  /**
   * Rows that became records, over all files.
   *
   * @return the count
   */
  public long accepted() {
    return files.stream().mapToLong(FileReport::accepted).sum();
  }

  /**
   * Rows rejected, over all files.
   *
   * @return the count
   */
  public long rejected() {
    return files.stream().mapToLong(FileReport::rejected).sum();
  }

  /**
   * Whether any problem was found.
   *
   * @return true if there are problems
   */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
