package org.attackstats.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attackstats.csv.Input;
import org.attackstats.csv.LoadReport;
import org.attackstats.csv.Loader;
import org.attackstats.csv.ReadOptions;
import org.attackstats.csv.WriteOptions;
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
 * Issue 11's bounded-memory convert: an ACLED CSV export of {@code rows} generated rows (the
 * current 31-column form, written once into {@code target/scale-bench/acled-<rows>.csv} and reused;
 * synthetic values, no real event) converted by {@link Loader#convert} into a canonical folder, in
 * one shot with a 256 MiB heap: {@code convert} as the command line does (rows that are not
 * incidents left out), {@code convertEveryRow} with every row read as a record, so that a million
 * ids are held. Each prints (and appends to {@code target/scale-bench/results.txt}) a line with the
 * time, the peak and live heap (see {@link HeapWatch}) and the account.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ConvertBenchmark {

  static final List<String> COLUMNS =
      List.of(
          "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
          "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
          "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
          "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
          "fatalities", "tags", "timestamp");

  /** Event types in about ACLED's proportions for the Middle East, with their disorder type and a sub-event. */
  private static final String[][] EVENTS = {
    {"Political violence", "Explosions/Remote violence", "Air/drone strike"},
    {"Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"},
    {"Political violence", "Battles", "Armed clash"},
    {"Political violence", "Violence against civilians", "Attack"},
    {"Demonstrations", "Protests", "Peaceful protest"},
    {"Demonstrations", "Protests", "Peaceful protest"},
    {"Demonstrations", "Riots", "Violent demonstration"},
    {"Political violence; Demonstrations", "Riots", "Mob violence"},
    {"Strategic developments", "Strategic developments", "Arrests"},
  };

  private static final String[][] COUNTRIES = {
    {"368", "Iraq", "Middle East"}, {"760", "Syria", "Middle East"}, {"887", "Yemen", "Middle East"},
    {"364", "Iran", "Middle East"}, {"275", "Palestine", "Middle East"}, {"422", "Lebanon", "Middle East"},
  };

  private static final String[] ACTORS = {
    "Islamic Resistance in Iraq", "Military Forces of the United States (2021-)", "Unidentified Armed Group",
    "Protesters", "Rioters", "Police Forces", "Hezbollah", "Civilians",
  };

  @Param({"1000000"})
  public int rows;

  private Path file;
  private Path out;
  private Shot shot;
  private LoadReport report;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Path.of("target", "scale-bench", "acled-" + rows + ".csv");
    out = file.resolveSibling("acled-" + rows + "-canonical");
    if (!Files.isRegularFile(file)) {
      generate(rows, file);
    }
  }

  @Setup(Level.Iteration)
  public void watch() throws InterruptedException {
    shot = Shot.start();
  }

  @TearDown(Level.Iteration)
  public void report(org.openjdk.jmh.infra.BenchmarkParams params) throws Exception {
    String measured = shot.finish();
    Shot.record(file.resolveSibling("results.txt"), String.format(Locale.ROOT,
        "%s: rows=%d csvBytes=%d %s read=%d accepted=%d leftOut=%d rejected=%d warnings=%d",
        params.getBenchmark().replaceAll(".*\\.", ""), rows, Files.size(file), measured,
        report.rowsRead(), report.accepted(), report.leftOut(), report.rejected(), report.warningCount()));
  }

  @Benchmark
  @Fork(value = 1, jvmArgs = {"-Xmx256m"})
  public Object convert() {
    report = Loader.convert(List.of(Input.of(file)), out, ReadOptions.lenient(), WriteOptions.defaults());
    return report;
  }

  /** Every row read as a record (protests too), so that a million ids are held. */
  @Benchmark
  @Fork(value = 1, jvmArgs = {"-Xmx256m"})
  public Object convertEveryRow() {
    report = Loader.convert(List.of(Input.of(file)), out,
        ReadOptions.lenient().toBuilder().includeNonIncidents(true).build(), WriteOptions.defaults());
    return report;
  }

  /** Writes the export, then renames it into place. */
  static void generate(int n, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    SplittableRandom rnd = new SplittableRandom(42);
    LocalDate first = LocalDate.of(2018, 1, 1);
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      p.printRecord(COLUMNS);
      for (int i = 0; i < n; i++) {
        String[] e = EVENTS[rnd.nextInt(EVENTS.length)];
        String[] c = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
        LocalDate day = first.plusDays(rnd.nextInt(2190));
        String actor1 = ACTORS[rnd.nextInt(ACTORS.length)];
        String actor2 = rnd.nextInt(3) == 0 ? "" : ACTORS[rnd.nextInt(ACTORS.length)];
        int admin = rnd.nextInt(18);
        p.printRecord(
            c[1].substring(0, 3).toUpperCase(Locale.ROOT) + i, day, day.getYear(), 1 + rnd.nextInt(3), e[0], e[1],
            e[2], actor1, "", "Political militia", actor2, "", actor2.isEmpty() ? "" : "External/Other forces", "",
            "", c[0], c[2], c[1], "Governorate " + admin, "District " + admin + "-" + rnd.nextInt(6), "",
            "Town " + rnd.nextInt(2000), String.format(Locale.ROOT, "%.4f", 29 + rnd.nextDouble() * 8),
            String.format(Locale.ROOT, "%.4f", 35 + rnd.nextDouble() * 12), 1 + rnd.nextInt(3), "Example Wire",
            "National",
            "On " + day + ", an event of the kind " + e[2].toLowerCase(Locale.ROOT) + " was reported near town "
                + rnd.nextInt(2000) + " by a source of the example wire; no real event is described here.",
            rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(12), "", 1_600_000_000L + rnd.nextInt(100_000_000));
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
