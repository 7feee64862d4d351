package org.attackstats.csv;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The account of one load (by {@link Loader#read}, {@link Loader#stream}, {@link Loader#convert} or
 * {@link Loader#update}): what happened to each file, every problem, and the warnings. Nothing is
 * dropped silently: for each file, rows read = accepted + left out + rejected.
 *
 * <p>Problems are what rejected a row (one each) or ended a file (a bad header, malformed CSV or
 * JSON, invalid text); in strict mode the first one is thrown instead. Warnings are about rows that
 * were kept with a repair (a UCDP range widened, an id taken from another column, a historical
 * country with no current code) and about the files themselves (a forced format that does not fit,
 * a folder entry skipped); they never fail a load. At most {@link ReadOptions#maxProblems()}
 * warnings are listed; the others are counted in {@link #warningsNotListed()} and in each file's
 * {@link FileReport#warnings()}.
 *
 * @param files what happened to each file, in reading order
 * @param problems every problem, in reading order
 * @param warnings the warnings listed, in reading order
 * @param warningsNotListed warnings counted but not listed
 */
public record LoadReport(
    List<FileReport> files, List<DataProblem> problems, List<DataProblem> warnings, long warningsNotListed) {

  /**
   * Copies the lists.
   *
   * @throws IllegalArgumentException if {@code warningsNotListed} is negative
   */
  public LoadReport {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    if (warningsNotListed < 0) {
      throw new IllegalArgumentException("warningsNotListed must be >= 0, got " + warningsNotListed);
    }
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
   * Rows left out as not incidents, over all files.
   *
   * @return the count
   */
  public long leftOut() {
    return files.stream().mapToLong(FileReport::leftOutCount).sum();
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
   * Rows left out, by reason, over all files.
   *
   * @return the counts, sorted by reason
   */
  public SortedMap<String, Long> leftOutByReason() {
    SortedMap<String, Long> m = new TreeMap<>();
    files.forEach(f -> f.leftOut().forEach((k, v) -> m.merge(k, v, Long::sum)));
    return m;
  }

  /**
   * Every warning, listed or not.
   *
   * @return the count
   */
  public long warningCount() {
    return warnings.size() + warningsNotListed;
  }

  /**
   * Whether any problem was found (a rejected row or a file that could not be read to its end).
   *
   * @return true if there are problems
   */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
