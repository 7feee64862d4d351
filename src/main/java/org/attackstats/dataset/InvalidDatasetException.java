package org.attackstats.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when records do not form a valid dataset; lists every problem found. */
public final class InvalidDatasetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<DatasetProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   */
  public InvalidDatasetException(List<DatasetProblem> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in dataset: "
            + problems.stream().limit(20).map(DatasetProblem::toString).collect(Collectors.joining("; "))
            + (problems.size() > 20 ? "; ..." : ""));
    this.problems = List.copyOf(problems); // an immutable, serializable list
  }

  /**
   * Every problem found.
   *
   * @return the problems, in the order found
   */
  public List<DatasetProblem> problems() {
    return problems;
  }
}
