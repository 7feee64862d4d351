package org.attackstats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.dataset.Dataset;
import org.attackstats.stats.Query;

/**
 * Heap used by a generated dataset and by its query index, from {@link Runtime} after full
 * collections (rough, but enough to compare with the budgets of issue 4), and the size of its
 * canonical CSV files. Not a JMH benchmark; run with {@code java -cp ...
 * org.attackstats.bench.Footprint [incidents]}.
 */
public final class Footprint {

  private Footprint() {}

  private static long used() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
      best = Math.min(best, rt.totalMemory() - rt.freeMemory());
    }
    return best;
  }

  public static void main(String[] args) throws InterruptedException, IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long base = used();
    Dataset d = BenchData.generate(n, 42);
    long withDataset = used();
    Query.of(d).count(); // builds the index
    long withIndex = used();
    System.out.printf(
        Locale.ROOT,
        "incidents=%d dataset=%.0f bytes/incident index=%.0f bytes/incident%n",
        d.attacks().size() + d.responses().size(),
        (withDataset - base) / (double) n,
        (withIndex - withDataset) / (double) n);
    Path dir = Files.createTempDirectory("attack-stats-footprint");
    CanonicalCsv.write(d, dir);
    try (Stream<Path> files = Files.list(dir)) {
      long bytes = files.mapToLong(p -> p.toFile().length()).sum();
      System.out.printf(Locale.ROOT, "canonical CSV: %d bytes%n", bytes);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
