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
 * collections (rough, but enough to compare with the budgets of issues 4 and 13), the size of its
 * canonical CSV files, and the heap of the same dataset loaded back from them by {@link
 * CanonicalCsv#read} (with its index). Not a JMH benchmark; run with {@code java -cp ...
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
    Path dir = Files.createTempDirectory("attack-stats-footprint");
    long base = used();
    Dataset d = BenchData.generate(n, 42);
    long withDataset = used();
    Query.of(d).count(); // builds the index
    long withIndex = used();
    System.out.printf(
        Locale.ROOT,
        "generated: incidents=%d dataset=%.0f bytes/incident index=%.0f bytes/incident%n",
        d.attacks().size() + d.responses().size(),
        (withDataset - base) / (double) n,
        (withIndex - withDataset) / (double) n);
    java.lang.ref.Reference.reachabilityFence(d);
    CanonicalCsv.write(d, dir);
    try (Stream<Path> files = Files.list(dir)) {
      long bytes = files.mapToLong(p -> p.toFile().length()).sum();
      System.out.printf(Locale.ROOT, "canonical CSV: %d bytes%n", bytes);
    }
    d = null;
    used();
    // the index cache drops the entry of a collected dataset when it is next written to: an index
    // of another dataset (the empty one, a few bytes) makes room before the next baseline
    Query.of(Dataset.empty()).count();
    base = used();
    Dataset loaded = CanonicalCsv.read(dir).dataset();
    long withLoaded = used();
    Query.of(loaded).count();
    long withLoadedIndex = used();
    System.out.printf(
        Locale.ROOT,
        "loaded from the CSV: incidents=%d dataset=%.0f bytes/incident index=%.0f bytes/incident%n",
        loaded.incidents().size(),
        (withLoaded - base) / (double) n,
        (withLoadedIndex - withLoaded) / (double) n);
    // the index is cached by the dataset's identity: it must stay reachable while measured
    java.lang.ref.Reference.reachabilityFence(loaded);
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
