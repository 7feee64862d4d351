package org.attackstats.bench;

import java.util.concurrent.TimeUnit;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Estimate;
import org.attackstats.stats.Query;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first query of a dataset, which builds its index: single shots, each over a dataset that
 * has not been queried yet (a copy of the generated one, made before the shot and not timed), so
 * each shot builds the index of every incident once and answers one count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class IndexBenchmark {

  @Param({"1000000"})
  public int incidents;

  private Dataset generated;
  private Dataset fresh;

  @Setup(Level.Trial)
  public void generate() {
    generated = BenchData.generate(incidents, 42);
  }

  @Setup(Level.Iteration)
  public void copy() {
    fresh = generated.toBuilder().build();
  }

  @Benchmark
  public Estimate firstQuery() {
    return Query.of(fresh).count();
  }
}
