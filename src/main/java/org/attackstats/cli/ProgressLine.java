package org.attackstats.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.attackstats.csv.ReadProgress;

/**
 * A progress line on standard error for long loads: file, rows, megabytes and MB/s, at most about
 * once a second. On a terminal the line is redrawn in place; elsewhere each update is a new line.
 */
final class ProgressLine implements ReadProgress {
  private final PrintStream err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long last;
  private boolean open;

  ProgressLine(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void update(String file, long bytesRead, long rowsRead) {
    long now = System.nanoTime();
    if (open && now - last < 1_000_000_000L) {
      return;
    }
    print(file, bytesRead, rowsRead, now);
  }

  /** The end of a file: always shown, so that each file's totals are seen. */
  @Override
  public void finished(String file, long bytesRead, long rowsRead) {
    print(file, bytesRead, rowsRead, System.nanoTime());
    if (terminal) {
      err.println();
      open = false;
    }
  }

  private void print(String file, long bytesRead, long rowsRead, long now) {
    last = now;
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double mb = bytesRead / 1e6;
    String line = String.format(Locale.ROOT, "%s: %,d rows, %.1f MB, %.1f MB/s", file, rowsRead, mb, mb / seconds);
    if (terminal) {
      err.print("\r" + line + "   ");
    } else {
      err.println(line);
    }
    open = true;
  }

  /** Ends the line on a terminal. */
  void finish() {
    if (open && terminal) {
      err.println();
    }
  }
}
