package org.attackstats.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryWeekReportTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  private static int run(ByteArrayOutputStream err, String... args) {
    return CountryWeekReport.run(
        spark, args, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheTidyCountryWeekTableOfTheSeedDataset(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("weekly");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(0, run(err, "seeds/iraq-syria-2023", out.toString(), "2023-10-17/2023-11-21"));
    List<String> lines;
    try (Stream<Path> files = Files.list(out)) {
      Path csv = files.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst()
          .orElseThrow();
      lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    }
    assertEquals(
        "country,kind,week_start,week_end,window_start,window_end,"
            + "incidents_low,incidents_best,incidents_high,"
            + "injured_low,injured_best,injured_high,injured_approximate,"
            + "killed_low,killed_best,killed_high,killed_approximate,"
            + "munitions_low,munitions_best,munitions_high,munitions_approximate",
        lines.get(0));
    // Iraq, the week of 16 Oct (clipped to 17 to 22 Oct): a02, at least one injured.
    assertTrue(
        lines.contains(
            "IQ,attack,2023-10-16,2023-10-22,2023-10-17,2023-10-22,1,1,1,1.0,1.0,,false,"
                + "0.0,0.0,,false,0.0,0.0,,false"),
        String.join("\n", lines));
    // Syria, the week of 23 Oct: r01, the strikes of 27 Oct near Abu Kamal.
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("SY,response,2023-10-23,")), lines::toString);
    // The contractor's death (a05, no place, dated to the whole campaign) comes last.
    assertTrue(lines.get(lines.size() - 1).startsWith(",attack,2023-11-20,"), lines::toString);
  }

  @Test
  void usageAndDataProblemsHaveTheirExitCodes(@TempDir Path tmp) throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, run(err, "only-one-argument"));
    assertEquals(2, run(err, "seeds/iraq-syria-2023", tmp.resolve("o").toString(), "17 Oct"));
    Path bad = Files.createDirectory(tmp.resolve("bad"));
    Files.writeString(bad.resolve("attacks.csv"), "id,date_start,injured\na1,2023-10-17,many\n");
    assertEquals(1, run(err, bad.toString(), tmp.resolve("o").toString()));
    assertEquals(1, run(err, tmp.resolve("missing").toString(), tmp.resolve("o").toString()));
    assertEquals(2, run(err, "seeds/iraq-syria-2023", bad.toString()));
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("usage: CountryWeekReport"), text);
    assertTrue(text.contains("invalid PERIOD"), text);
    assertTrue(text.contains("attacks.csv") && text.contains("many"), text);
    assertTrue(text.contains("cannot write OUTPUT_DIR " + bad), text);
  }

  @Test
  void readsAFolderOfGdeltEventsLenientlyAndTellsTheAccount(@TempDir Path tmp) throws IOException {
    Path events = Files.createDirectory(tmp.resolve("events"));
    Files.copy(Path.of("src/test/resources/org/attackstats/csv/exports/gdelt-events.export.CSV"),
        events.resolve("20231017.export.CSV"));
    Path out = tmp.resolve("weekly");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(1, run(err, "--input-format", "gdelt", "--lenient", events.toString(), out.toString()));
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("14 rows read, 7 accepted, 2 left out"), text);
    assertTrue(text.contains("20231017.export.CSV:9, column actiongeo_countrycode, value 'QQ'"), text);
    List<String> lines;
    try (Stream<Path> files = Files.list(out)) {
      Path csv = files.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
      lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    }
    // Iraq, the week of 16 Oct: events 900000001 and 900000010 (the 17th and the 24th are two weeks)
    assertTrue(lines.contains("IQ,attack,2023-10-16,2023-10-22,2023-10-16,2023-10-22,1,1,1,0.0,0.0,,false,"
        + "0.0,0.0,,false,0.0,0.0,,false"), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("SY,response,2023-10-23,")), lines::toString);
    assertEquals(2, run(err, "--input-format", "nonsense", events.toString(), out.toString()));
    assertEquals(1, run(err, "--input-format", "gdelt", events.toString(), tmp.resolve("strict").toString()),
        "strict: the first problem ends the job");
  }
}
