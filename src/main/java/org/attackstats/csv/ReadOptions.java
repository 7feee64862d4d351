package org.attackstats.csv;

import java.util.Locale;

/**
 * How to read CSV input: strict (stop at the first bad row) or lenient (report every bad row and
 * keep going), and the limits that protect against hostile input. Immutable; start from {@link
 * #strict()} or {@link #lenient()} and change with {@link #toBuilder()}.
 *
 * <pre>{@code
 * ReadOptions opts = ReadOptions.lenient().toBuilder().maxCellLength(10_000).build();
 * }</pre>
 */
public final class ReadOptions {

  /** What to do with a bad row. */
  public enum Mode {
    /** Throw a {@link DataFormatException} at the first bad row. */
    STRICT,
    /** Reject the row, record a {@link DataProblem} and go on. */
    LENIENT
  }

  /** Default {@link #maxCellLength()}: 1,000,000 characters. */
  public static final int DEFAULT_MAX_CELL_LENGTH = 1_000_000;
  /** Default {@link #maxColumns()}: 1,000. */
  public static final int DEFAULT_MAX_COLUMNS = 1_000;
  /** Default {@link #maxRows()}: 100,000,000. */
  public static final long DEFAULT_MAX_ROWS = 100_000_000L;
  /** Default {@link #maxProblems()}: 100,000. */
  public static final int DEFAULT_MAX_PROBLEMS = 100_000;

  private static final ReadOptions STRICT = new Builder(Mode.STRICT).build();
  private static final ReadOptions LENIENT = new Builder(Mode.LENIENT).build();

  private final Mode mode;
  private final int maxCellLength;
  private final int maxColumns;
  private final long maxRows;
  private final int maxProblems;
  private final ReadProgress progress;

  private ReadOptions(Builder b) {
    this.mode = b.mode;
    this.maxCellLength = b.maxCellLength;
    this.maxColumns = b.maxColumns;
    this.maxRows = b.maxRows;
    this.maxProblems = b.maxProblems;
    this.progress = b.progress;
  }

  /**
   * Strict reading with default limits.
   *
   * @return the options
   */
  public static ReadOptions strict() {
    return STRICT;
  }

  /**
   * Lenient reading with default limits.
   *
   * @return the options
   */
  public static ReadOptions lenient() {
    return LENIENT;
  }

  /**
   * A builder starting from these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(mode);
    b.maxCellLength = maxCellLength;
    b.maxColumns = maxColumns;
    b.maxRows = maxRows;
    b.maxProblems = maxProblems;
    b.progress = progress;
    return b;
  }

  /**
   * Strict or lenient.
   *
   * @return the mode
   */
  public Mode mode() {
    return mode;
  }

  /**
   * Whether bad rows are reported and skipped rather than thrown.
   *
   * @return true in lenient mode
   */
  public boolean isLenient() {
    return mode == Mode.LENIENT;
  }

  /**
   * The longest cell accepted, in characters; a longer one is a problem of its row.
   *
   * @return the limit
   */
  public int maxCellLength() {
    return maxCellLength;
  }

  /**
   * The most columns a header may have; more fails the file before any row is read.
   *
   * @return the limit
   */
  public int maxColumns() {
    return maxColumns;
  }

  /**
   * The most data rows read from one file; reading more fails the file.
   *
   * @return the limit
   */
  public long maxRows() {
    return maxRows;
  }

  /**
   * The most problems one lenient read collects; one more fails the read, so that a file of
   * nothing but bad rows cannot fill the memory with problems.
   *
   * @return the limit
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Who hears how far reading has come; {@link ReadProgress#NONE} by default.
   *
   * @return the listener
   */
  public ReadProgress progress() {
    return progress;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ReadOptions[mode=%s, maxCellLength=%d, maxColumns=%d, maxRows=%d, maxProblems=%d]",
        mode,
        maxCellLength,
        maxColumns,
        maxRows,
        maxProblems);
  }

  /** Builds {@link ReadOptions}. */
  public static final class Builder {
    private Mode mode;
    private int maxCellLength = DEFAULT_MAX_CELL_LENGTH;
    private int maxColumns = DEFAULT_MAX_COLUMNS;
    private long maxRows = DEFAULT_MAX_ROWS;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;
    private ReadProgress progress = ReadProgress.NONE;

    private Builder(Mode mode) {
      this.mode = mode;
    }

    /** @param mode strict or lenient @return this builder */
    public Builder mode(Mode mode) {
      this.mode = java.util.Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** @param maxCellLength the longest cell, at least 1 @return this builder */
    public Builder maxCellLength(int maxCellLength) {
      this.maxCellLength = maxCellLength;
      return this;
    }

    /** @param maxColumns the most columns, at least 1 @return this builder */
    public Builder maxColumns(int maxColumns) {
      this.maxColumns = maxColumns;
      return this;
    }

    /** @param maxRows the most data rows per file, at least 0 @return this builder */
    public Builder maxRows(long maxRows) {
      this.maxRows = maxRows;
      return this;
    }

    /** @param progress who hears how far reading has come @return this builder */
    public Builder progress(ReadProgress progress) {
      this.progress = java.util.Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** @param maxProblems the most problems a lenient read collects, at least 0 @return this builder */
    public Builder maxProblems(int maxProblems) {
      this.maxProblems = maxProblems;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException if a limit is out of range
     */
    public ReadOptions build() {
      if (maxCellLength < 1) {
        throw new IllegalArgumentException("maxCellLength must be at least 1, got " + maxCellLength);
      }
      if (maxColumns < 1) {
        throw new IllegalArgumentException("maxColumns must be at least 1, got " + maxColumns);
      }
      if (maxProblems < 0) {
        throw new IllegalArgumentException("maxProblems must be at least 0, got " + maxProblems);
      }
      if (maxRows < 0) {
        throw new IllegalArgumentException("maxRows must be at least 0, got " + maxRows);
      }
      return new ReadOptions(this);
    }
  }
}
