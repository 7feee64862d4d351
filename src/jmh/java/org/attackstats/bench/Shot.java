package org.attackstats.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * One single-shot measurement: started after full collections, it gives the seconds, the peak
 * heap used (see {@link HeapWatch}) and the heap still reachable afterwards, and appends the
 * shot's line to a results file.
 */
final class Shot {
  private final HeapWatch watch;
  private final long start;

  private Shot() {
    watch = new HeapWatch();
    start = System.nanoTime();
  }

  static Shot start() throws InterruptedException {
    HeapWatch.live();
    return new Shot();
  }

  /** {@code maxHeapMiB=... seconds=... peakHeapMiB=... liveHeapMiB=...}, the shot ended. */
  String finish() throws InterruptedException {
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = watch.peak();
    watch.close();
    long live = HeapWatch.live();
    return String.format(Locale.ROOT, "maxHeapMiB=%d seconds=%.1f peakHeapMiB=%d liveHeapMiB=%d",
        Runtime.getRuntime().maxMemory() >> 20, seconds, peak >> 20, live >> 20);
  }

  /** Prints the line and appends it to the results file. */
  static void record(Path results, String line) throws IOException {
    System.out.println(line);
    Files.writeString(results, line + System.lineSeparator(), StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
