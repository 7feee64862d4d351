package org.attackstats.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Year;
import java.util.EnumMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.csv.Input;
import org.attackstats.csv.LoadReport;
import org.attackstats.csv.LoadResult;
import org.attackstats.csv.Loader;
import org.attackstats.csv.ReadOptions;
import org.attackstats.csv.RecordStream;
import org.attackstats.csv.WriteOptions;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.DateSpan;
import org.attackstats.spark.IncidentFrame;
import org.attackstats.spark.SparkStats;
import org.attackstats.model.Incident;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Query;
import org.attackstats.stats.Summary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Issue 7's scale test: a canonical CSV of {@code incidents} generated incidents (written once
 * into {@code target/scale-bench/<incidents>/}, a chunk at a time, and reused by later runs),
 * then, each in its own JVM, a single shot of:
 *
 * <ul>
 *   <li>{@code load}: {@link CanonicalCsv#read} into a {@link Dataset} and the headline
 *       statistics of one year by {@link Query} (which builds the index), with a 16 GiB heap;
 *   <li>{@code stream}: the same statistics by the ordinary collectors of the statistics engine
 *       ({@link Summary#toSummary(DateSpan)}, {@link Summary#toSummaries}) over {@link
 *       Loader#stream}, without id checks, with a 256 MiB heap, a quarter of the file's size;
 *   <li>{@code streamCheckingIds}: the same with id checks, with a 2 GiB heap;
 *   <li>{@code spark}: the same statistics by {@link SparkStats} on {@code local[2]} over a
 *       Parquet copy of the same incidents (written once, untimed, into {@code
 *       target/scale-bench/<incidents>.parquet/}), with a 4 GiB heap.
 * </ul>
 *
 * <p>Each prints a line starting {@code scale:} with the peak heap used (see {@link HeapWatch})
 * and the heap still reachable after the shot while its answer is held, and appends it to {@code
 * target/scale-bench/results.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ScaleBenchmark {

  private static final DateSpan YEAR = DateSpan.ofYear(Year.of(2020));
  private static final int CHUNK = 10_000;

  @Param({"10000000"})
  public int incidents;

  private Path dir;
  private Shot shot;
  private Object held;

  private SparkSession spark;

  @Setup(Level.Trial)
  public void setUp(org.openjdk.jmh.infra.BenchmarkParams params) throws IOException {
    dir = Path.of("target", "scale-bench", Integer.toString(incidents));
    if (!Files.isDirectory(dir)) {
      generate(incidents, dir);
    }
    if (params.getBenchmark().endsWith(".spark")) {
      spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("ScaleBenchmark")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .getOrCreate();
      if (!Files.isDirectory(parquet())) {
        writeParquet(incidents, parquet());
      }
    }
  }

  @TearDown(Level.Trial)
  public void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  private Path parquet() {
    return dir.resolveSibling(incidents + ".parquet");
  }

  /** The same incidents as {@link #generate}, as an incident frame in Parquet, in parts. */
  private void writeParquet(int n, Path out) {
    BenchData.Chunks chunks = new BenchData.Chunks(42);
    java.util.List<org.attackstats.model.Incident> part = new java.util.ArrayList<>();
    for (int done = 0; done < n; done += CHUNK) {
      part.addAll(chunks.next(Math.min(CHUNK, n - done)).incidents());
      if (part.size() >= 500_000 || done + CHUNK >= n) {
        IncidentFrame.of(spark, part).write().mode(SaveMode.Append).parquet(out.toString());
        part.clear();
      }
    }
  }

  @Setup(Level.Iteration)
  public void watch() throws InterruptedException {
    shot = Shot.start();
  }

  @TearDown(Level.Iteration)
  public void report(org.openjdk.jmh.infra.BenchmarkParams params) throws Exception {
    String measured = shot.finish();
    String line =
        String.format(
            Locale.ROOT,
            "scale: %s incidents=%d csvBytes=%d %s answer=%s",
            params.getBenchmark().replaceAll(".*\\.", ""),
            incidents,
            size(dir),
            measured,
            held);
    held = null;
    Shot.record(dir.getParent().resolve("results.txt"), line);
  }

  @Benchmark
  @Fork(value = 1, jvmArgs = {"-Xmx16g"})
  public Object load() {
    LoadResult r = CanonicalCsv.read(dir, ReadOptions.lenient());
    Dataset d = r.dataset();
    Query attacks = Query.of(d).attacks().period(YEAR);
    held = new Headline(
        r.report().rowsRead(), r.report().rejected(), attacks.summarize().summary(),
        attacks.groupBy(Grouping.COUNTRY).summarize().rows().size(),
        attacks.groupBy(Grouping.MONTH).summarize().rows().size(), d);
    return held;
  }

  @Benchmark
  @Fork(value = 1, jvmArgs = {"-Xmx256m"})
  public Object stream() {
    return stream(ReadOptions.lenient().toBuilder().checkIds(false).build());
  }

  @Benchmark
  @Fork(value = 1, jvmArgs = {"-Xmx2g"})
  public Object streamCheckingIds() {
    return stream(ReadOptions.lenient());
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
  public Object spark() {
    org.apache.spark.sql.Dataset<Row> incidents = spark.read().parquet(parquet().toString());
    org.apache.spark.sql.Dataset<Row> attacks =
        incidents.where(functions.col("kind").equalTo("attack"));
    org.apache.spark.sql.Dataset<Row> inYear = IncidentFrame.over(attacks, YEAR);
    Row total = inYear.agg(SparkStats.summary()).first();
    // collected, not counted: a count would let Spark prune the aggregate it does not need
    java.util.List<Row> countries = inYear.groupBy("country").agg(SparkStats.summary())
        .collectAsList();
    java.util.List<Row> months =
        IncidentFrame.inBuckets(attacks, Grouping.MONTH, java.util.Optional.of(YEAR))
            .groupBy(IncidentFrame.BUCKET_START)
            .agg(SparkStats.summary())
            .collectAsList();
    held = new Headline(
        incidents.count(), 0, SparkStats.toSummary(total.getStruct(0)), countries.size(),
        months.size(), null);
    return held;
  }

  /** One pass: the attacks of the year in total, by country and by month, by ordinary collectors. */
  private Object stream(ReadOptions options) {
    Optional<DateSpan> year = Optional.of(YEAR);
    try (RecordStream s = Loader.stream(List.of(Input.of(dir)), options)) {
      List<Object> attacks = s.incidents()
          .filter(i -> i.kind() == Incident.Kind.ATTACK)
          .collect(Collectors.teeing(
              Summary.toSummary(YEAR),
              Collectors.teeing(
                  Summary.toSummaries(year, List.of(Grouping.COUNTRY)),
                  Summary.toSummaries(year, List.of(Grouping.MONTH)),
                  List::<Object>of),
              (total, groups) -> List.of(total, groups.get(0), groups.get(1))));
      LoadReport r = s.report();
      held = new Headline(r.rowsRead(), r.rejected(), attacks.get(0), ((Map<?, ?>) attacks.get(1)).size(),
          ((Map<?, ?>) attacks.get(2)).size(), attacks);
      return held;
    }
  }

  /** What the shot answered (printed), and what it keeps (measured as live heap). */
  private record Headline(
      long rows, long rejected, Object attacks2020, int countries, int months, Object kept) {
    @Override
    public String toString() {
      return "[rows=" + rows + " rejected=" + rejected + " countries=" + countries + " months="
          + months + " attacks2020: " + attacks2020 + "]";
    }
  }

  /** Writes the canonical files a chunk at a time, into a folder beside, then renames it. */
  static void generate(int n, Path dir) throws IOException {
    Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp");
    Files.createDirectories(tmp);
    BenchData.Chunks chunks = new BenchData.Chunks(42);
    Map<RecordType, Writer> out = new EnumMap<>(RecordType.class);
    try {
      for (RecordType t : new RecordType[] {RecordType.BASE, RecordType.ATTACK, RecordType.RESPONSE}) {
        out.put(t, Files.newBufferedWriter(tmp.resolve(t.fileName()), StandardCharsets.UTF_8));
      }
      for (int done = 0; done < n; done += CHUNK) {
        Dataset d = chunks.next(Math.min(CHUNK, n - done));
        for (Map.Entry<RecordType, Writer> e : out.entrySet()) {
          if (e.getKey() == RecordType.BASE && done > 0) {
            continue;
          }
          StringWriter w = new StringWriter();
          CanonicalCsv.write(d, e.getKey(), w, WriteOptions.defaults());
          String s = w.toString();
          e.getValue().write(done == 0 ? s : s.substring(s.indexOf('\n') + 1));
        }
      }
    } finally {
      for (Writer w : out.values()) {
        w.close();
      }
    }
    Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
