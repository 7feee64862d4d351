package org.attackstats.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.csv.LoadResult;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the canonical CSV files of a generated dataset: the library's reader (and then its
 * index, built by the first query) against DuckDB's {@code read_csv} of the same files into a
 * table of text columns. Single shots: each iteration loads everything once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class LoadBenchmark {

  @Param({"1000000"})
  public int incidents;

  private Path dir;
  private Connection duck;

  @Setup(Level.Trial)
  public void setUp() throws IOException, SQLException {
    dir = Files.createTempDirectory("attack-stats-bench");
    CanonicalCsv.write(BenchData.generate(incidents, 42), dir);
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duck.createStatement()) {
      s.execute("SET threads TO 2");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException, SQLException {
    duck.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Benchmark
  public LoadResult readLibrary() {
    return CanonicalCsv.read(dir);
  }

  @Benchmark
  public Object readAndIndexLibrary() {
    LoadResult r = CanonicalCsv.read(dir);
    return Query.of(r.dataset()).count();
  }

  @Benchmark
  public long readDuckDb() throws SQLException {
    try (Statement s = duck.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE a AS SELECT * FROM read_csv('" + dir.resolve("attacks.csv")
          + "', all_varchar = true)");
      s.execute("CREATE OR REPLACE TABLE r AS SELECT * FROM read_csv('" + dir.resolve("responses.csv")
          + "', all_varchar = true)");
      try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM a) + (SELECT count(*) FROM r)")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
