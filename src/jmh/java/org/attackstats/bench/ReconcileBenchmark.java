package org.attackstats.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Estimate;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;
import org.attackstats.stats.Query;
import org.attackstats.stats.Reconciliation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reconciling T tallies against the generated incidents (index already built): each tally of a
 * random metric, country or none, and period (since and as of, as of only, or none) over the
 * generated years. The cost should follow N + T (times the index's look-ups), not N x T.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReconcileBenchmark {

  @Param({"1000000"})
  public int incidents;

  @Param({"100", "1000", "10000"})
  public int tallies;

  private Dataset dataset;

  @Setup(Level.Trial)
  public void setUp() {
    Dataset.Builder b = BenchData.generate(incidents, 42).toBuilder();
    SplittableRandom rng = new SplittableRandom(11);
    TallyMetric[] metrics = TallyMetric.values();
    for (int i = 0; i < tallies; i++) {
      Tally t = Tally.of("t" + i, metrics[rng.nextInt(metrics.length)], Estimate.exact(rng.nextInt(1000)));
      if (rng.nextInt(4) != 0) {
        t = t.withCountry(BenchData.COUNTRIES.get(rng.nextInt(BenchData.COUNTRIES.size())));
      }
      LocalDate asOf = BenchData.FIRST.plusDays(rng.nextInt(BenchData.DAYS));
      int shape = rng.nextInt(3);
      if (shape == 0) {
        t = t.withPeriod(asOf.minusDays(rng.nextInt(730)), asOf);
      } else if (shape == 1) {
        t = t.withPeriod(null, asOf);
      }
      b.add(t);
    }
    dataset = b.build();
    Query.of(dataset).count(); // builds the index once, as any first query would
  }

  @Benchmark
  public List<Reconciliation.Check> reconcile() {
    return Reconciliation.of(dataset).checks();
  }
}
