package org.attackstats.csv;

/**
 * Thrown in strict mode at the first bad row, or in any mode when a file cannot be read at all
 * (a required column is missing, the CSV is malformed). Carries the {@link DataProblem} with file,
 * line, record, column, raw value and reason.
 */
public final class DataFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final DataProblem problem;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, and where
   */
  public DataFormatException(DataProblem problem) {
    this(problem, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param problem what is wrong, and where
   * @param cause the underlying exception, or null
   */
  public DataFormatException(DataProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  /**
   * The problem.
   *
   * @return the problem
   */
  public DataProblem problem() {
    return problem;
  }

  /**
   * The file.
   *
   * @return the file name or path
   */
  public String file() {
    return problem.file();
  }

  /**
   * The physical line where the record starts, or 0.
   *
   * @return the line
   */
  public long line() {
    return problem.line();
  }

  /**
   * The record number, or 0.
   *
   * @return the record number
   */
  public long record() {
    return problem.record();
  }

  /**
   * The column, or empty.
   *
   * @return the column name
   */
  public String column() {
    return problem.column();
  }

  /**
   * The raw value, or empty.
   *
   * @return the value
   */
  public String value() {
    return problem.value();
  }

  /**
   * What is wrong and what would be valid.
   *
   * @return the reason
   */
  public String reason() {
    return problem.reason();
  }
}
