package org.attackstats.csv;

/**
 * Hears how far a read has come, for a progress line on long loads. Called from the reading
 * thread after every {@link #EVERY} data rows, and {@link #finished} once at the end of each file;
 * it must be quick and must not throw.
 *
 * <pre>{@code
 * ReadOptions opts = ReadOptions.lenient().toBuilder()
 *     .progress((file, bytes, rows) -> System.err.printf("%s: %d rows%n", file, rows))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface ReadProgress {

  /** How many rows pass between two calls. */
  int EVERY = 65_536;

  /** Hears nothing. */
  ReadProgress NONE = (file, bytes, rows) -> {};

  /**
   * Reports progress within one file.
   *
   * @param file the file being read
   * @param bytesRead bytes of it read so far
   * @param rowsRead data rows of it read so far
   */
  void update(String file, long bytesRead, long rowsRead);

  /**
   * Reports that a file has been read to its end (or to a fault that ends its reading); by
   * default the same as an update.
   *
   * @param file the file
   * @param bytesRead bytes of it read
   * @param rowsRead data rows of it read
   */
  default void finished(String file, long bytesRead, long rowsRead) {
    update(file, bytesRead, rowsRead);
  }
}
