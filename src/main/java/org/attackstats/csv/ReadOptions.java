package org.attackstats.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.attackstats.text.Extractor;

/**
 * How {@link Loader} reads: strict (stop at the first bad row) or lenient (report every bad row
 * and keep going), the limits that protect against hostile input, and how third-party exports
 * and news text are read (character set, which rows are responses, whether rows that are not
 * incidents are kept, the release named in sources, the date of undated text). Immutable; start
 * from {@link #strict()} or {@link #lenient()} and change with {@link #toBuilder()}; every value
 * is checked once, by {@link Builder#build()}.
 *
 * <pre>{@code
 * ReadOptions opts = ReadOptions.lenient().toBuilder()
 *     .maxCellLength(10_000)
 *     .charset(Charset.forName("windows-1252"))
 *     .build();
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
  /** The size of the parts a large canonical file is cut into: 2 MiB. */
  static final int PART_BYTES = 2 << 20;

  private static final ReadOptions STRICT = new Builder(Mode.STRICT).build();
  private static final ReadOptions LENIENT = new Builder(Mode.LENIENT).build();

  private final Mode mode;
  private final int maxCellLength;
  private final int maxColumns;
  private final long maxRows;
  private final int maxProblems;
  private final ReadProgress progress;
  private final Charset charset;
  private final ResponderRule responderRule;
  private final Optional<String> release;
  private final boolean includesNonIncidents;
  private final boolean checksIds;
  private final Optional<LocalDate> textDate;
  private final Optional<String> textPublisher;
  private final Optional<Extractor> extractor;
  private final int threads;
  private final int partBytes;

  private ReadOptions(Builder b) {
    this.mode = b.mode;
    this.maxCellLength = b.maxCellLength;
    this.maxColumns = b.maxColumns;
    this.maxRows = b.maxRows;
    this.maxProblems = b.maxProblems;
    this.progress = b.progress;
    this.charset = b.charset;
    this.responderRule = b.responderRule;
    this.release = b.release;
    this.includesNonIncidents = b.includesNonIncidents;
    this.checksIds = b.checksIds;
    this.textDate = b.textDate;
    this.textPublisher = b.textPublisher;
    this.extractor = b.extractor;
    this.threads = b.threads;
    this.partBytes = b.partBytes;
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
    b.charset = charset;
    b.responderRule = responderRule;
    b.release = release;
    b.includesNonIncidents = includesNonIncidents;
    b.checksIds = checksIds;
    b.textDate = textDate;
    b.textPublisher = textPublisher;
    b.extractor = extractor;
    b.threads = threads;
    b.partBytes = partBytes;
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
   * nothing but bad rows cannot fill the memory with problems. Also the most warnings listed: the
   * others are counted ({@link LoadReport#warningsNotListed()}).
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

  /**
   * The character set of third-party exports and mapped tables; canonical files and news text are
   * always UTF-8.
   *
   * @return the charset, UTF-8 by default
   */
  public Charset charset() {
    return charset;
  }

  /**
   * Which rows of exports and mapped tables are responses.
   *
   * @return the rule, {@link ResponderRule#unitedStates()} by default
   */
  public ResponderRule responderRule() {
    return responderRule;
  }

  /**
   * The dataset release, written after the dataset name in each source of an export's records
   * ({@code UCDP GED 23.1}).
   *
   * @return the release, if given
   */
  public Optional<String> release() {
    return release;
  }

  /**
   * Whether rows of exports that are not incidents by the source's rule (ACLED protests and
   * strategic developments, GTD rows in doubt as terrorism; see {@code docs/formats.md}) are read
   * as records too, instead of being left out and counted by reason.
   *
   * @return false by default
   */
  public boolean includesNonIncidents() {
    return includesNonIncidents;
  }

  /**
   * Whether {@link Loader#stream} checks duplicate ids and references, which holds every id read
   * (memory that grows with the rows). A dataset ({@link Loader#read}) is always checked.
   *
   * @return true by default
   */
  public boolean checksIds() {
    return checksIds;
  }

  /**
   * The publication date of news text that has no {@code  date yyyy-MM-dd Publisher/} header.
   *
   * @return the date, or empty: such text is then a problem of its file
   */
  public Optional<LocalDate> textDate() {
    return textDate;
  }

  /**
   * The publisher of news text that has no header.
   *
   * @return the publisher, or empty
   */
  public Optional<String> textPublisher() {
    return textPublisher;
  }

  /**
   * The extractor that reads news text.
   *
   * @return the extractor, or empty for {@link Extractor#withDefaults()}
   */
  public Optional<Extractor> extractor() {
    return extractor;
  }

  /**
   * How many threads {@link Loader#read} uses for a large canonical file: a file over 2 MiB is cut
   * into parts of about 2 MiB at record boundaries, which these threads parse while the calling
   * thread checks and keeps the records in file order, so that the dataset, the account and every
   * problem (its line and record number included) are those of reading the file on one thread. 1
   * reads every file on the calling thread. Exports, mapped tables and news text, and streams and
   * conversions (which hold one row at a time), are always read on the calling thread.
   *
   * @return the number of threads, {@link Runtime#availableProcessors()} by default
   */
  public int threads() {
    return threads;
  }

  /** The size of the parts a large canonical file is cut into, in bytes (tests cut small files). */
  int partBytes() {
    return partBytes;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ReadOptions[mode=%s, maxCellLength=%d, maxColumns=%d, maxRows=%d, maxProblems=%d, charset=%s,"
            + " %s, release=%s, includesNonIncidents=%s, checksIds=%s, threads=%d]",
        mode,
        maxCellLength,
        maxColumns,
        maxRows,
        maxProblems,
        charset,
        responderRule,
        release.orElse(""),
        includesNonIncidents,
        checksIds,
        threads);
  }

  /** Builds {@link ReadOptions}. */
  public static final class Builder {
    private Mode mode;
    private int maxCellLength = DEFAULT_MAX_CELL_LENGTH;
    private int maxColumns = DEFAULT_MAX_COLUMNS;
    private long maxRows = DEFAULT_MAX_ROWS;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;
    private ReadProgress progress = ReadProgress.NONE;
    private Charset charset = StandardCharsets.UTF_8;
    private ResponderRule responderRule = ResponderRule.unitedStates();
    private Optional<String> release = Optional.empty();
    private boolean includesNonIncidents;
    private boolean checksIds = true;
    private Optional<LocalDate> textDate = Optional.empty();
    private Optional<String> textPublisher = Optional.empty();
    private Optional<Extractor> extractor = Optional.empty();
    private int threads = Runtime.getRuntime().availableProcessors();
    private int partBytes = PART_BYTES;

    private Builder(Mode mode) {
      this.mode = mode;
    }

    /** @param mode strict or lenient @return this builder */
    public Builder mode(Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
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
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** @param maxProblems the most problems a lenient read collects, at least 0 @return this builder */
    public Builder maxProblems(int maxProblems) {
      this.maxProblems = maxProblems;
      return this;
    }

    /** @param charset the character set of exports and mapped tables @return this builder */
    public Builder charset(Charset charset) {
      this.charset = Objects.requireNonNull(charset, "charset");
      return this;
    }

    /** @param responderRule which rows of exports are responses @return this builder */
    public Builder responderRule(ResponderRule responderRule) {
      this.responderRule = Objects.requireNonNull(responderRule, "responderRule");
      return this;
    }

    /** @param release the dataset release, or null or blank for none @return this builder */
    public Builder release(String release) {
      this.release =
          release == null || release.isBlank() ? Optional.empty() : Optional.of(release.strip());
      return this;
    }

    /** @param include whether rows that are not incidents are read too @return this builder */
    public Builder includeNonIncidents(boolean include) {
      this.includesNonIncidents = include;
      return this;
    }

    /** @param check whether a stream checks ids and references @return this builder */
    public Builder checkIds(boolean check) {
      this.checksIds = check;
      return this;
    }

    /** @param date the publication date of undated news text, or null @return this builder */
    public Builder textDate(LocalDate date) {
      this.textDate = Optional.ofNullable(date);
      return this;
    }

    /** @param publisher the publisher of undated news text, or null or blank @return this builder */
    public Builder textPublisher(String publisher) {
      this.textPublisher =
          publisher == null || publisher.isBlank() ? Optional.empty() : Optional.of(publisher.strip());
      return this;
    }

    /** @param extractor the extractor of news text @return this builder */
    public Builder extractor(Extractor extractor) {
      this.extractor = Optional.of(Objects.requireNonNull(extractor, "extractor"));
      return this;
    }

    /**
     * @param threads how many threads read a large canonical file, at least 1 (1: the calling
     *     thread only) @return this builder
     */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** @param partBytes the size of the parts of a large canonical file, at least 1 @return this builder */
    Builder partBytes(int partBytes) {
      this.partBytes = partBytes;
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
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
      if (partBytes < 1) {
        throw new IllegalArgumentException("partBytes must be at least 1, got " + partBytes);
      }
      if (maxRows < 0) {
        throw new IllegalArgumentException("maxRows must be at least 0, got " + maxRows);
      }
      return new ReadOptions(this);
    }
  }
}
