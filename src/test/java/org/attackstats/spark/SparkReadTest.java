package org.attackstats.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.attackstats.csv.DataFormatException;
import org.attackstats.csv.DataProblem;
import org.attackstats.csv.ExternalFormat;
import org.attackstats.csv.Input;
import org.attackstats.csv.InputFormat;
import org.attackstats.csv.LoadResult;
import org.attackstats.csv.Loader;
import org.attackstats.csv.ReadOptions;
import org.attackstats.csv.TableMapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parallel reader answers what {@link Loader#read} answers for the same files. */
class SparkReadTest {
  private static final Path EXPORTS = Path.of("src/test/resources/org/attackstats/csv/exports");

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  /**
   * A canonical folder, and a folder of exports (GDELT, ACLED, GTD, UCDP GED) and news text with ids
   * repeated across files and an entry that is skipped.
   */
  private static Path mixed(Path tmp) throws IOException {
    Path canonical = Files.createDirectory(tmp.resolve("canonical"));
    for (String t : List.of("attacks.csv", "responses.csv", "bases.csv", "tallies.csv", "README.md")) {
      Files.copy(Path.of("seeds/iraq-syria-2023", t), canonical.resolve(t));
    }
    Path exports = Files.createDirectory(tmp.resolve("exports"));
    for (String f : List.of("gdelt-events.export.CSV", "acled.csv", "gtd.csv", "ucdp-ged.csv")) {
      Files.copy(EXPORTS.resolve(f), exports.resolve(f));
    }
    // a later GDELT file: one event again (a duplicate of the first file's), one new
    String first = Files.readAllLines(EXPORTS.resolve("gdelt-events.export.CSV"), StandardCharsets.UTF_8).get(0);
    Files.writeString(exports.resolve("gdelt-later.export.CSV"),
        first + "\n" + first.replace("900000001", "900000099") + "\n", StandardCharsets.UTF_8);
    Files.copy(Path.of("seeds/000_cc793dff6a0669b7.txt"), exports.resolve("article.txt"));
    Files.writeString(exports.resolve("notes.md"), "not data\n");
    return tmp;
  }

  @Test
  void theAccountAndTheIncidentsAreThoseOfTheLoader(@TempDir Path tmp) throws IOException {
    Path dir = mixed(tmp);
    List<Path> paths = List.of(dir.resolve("canonical"), dir.resolve("exports"));
    LoadResult one =
        Loader.read(paths.stream().map(Input::of).toList(), ReadOptions.lenient());
    try (SparkLoadResult spread =
        IncidentFrame.read(spark, paths.stream().map(Path::toString).toList(), InputFormat.AUTO,
            ReadOptions.lenient())) {
      assertEquals(one.report(), spread.report());
      assertTrue(one.report().problems().stream().anyMatch(p -> p.line() == 1
              && p.file().endsWith("gdelt-later.export.CSV") && p.reason().startsWith("duplicate id")),
          one.report().problems()::toString);
      assertEquals(sorted(IncidentFrame.of(spark, one.dataset().incidents()).collectAsList()),
          sorted(spread.incidents().collectAsList()));
      List<DataProblem> problems = new ArrayList<>();
      for (Row r : spread.problems().collectAsList()) {
        problems.add(new DataProblem(r.getString(0), r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
            r.getString(5)));
      }
      problems.sort(Comparator.comparing(DataProblem::toString));
      List<DataProblem> expected = new ArrayList<>(one.report().problems());
      expected.sort(Comparator.comparing(DataProblem::toString));
      assertEquals(expected, problems);
    }
  }

  @Test
  void aForcedFormatAndAGlobReadLikeTheLoader(@TempDir Path tmp) throws IOException {
    Path dir = mixed(tmp).resolve("exports");
    LoadResult one = Loader.read(
        List.of(Input.of(dir.resolve("gdelt-events.export.CSV"), InputFormat.of(ExternalFormat.GDELT)),
            Input.of(dir.resolve("gdelt-later.export.CSV"), InputFormat.of(ExternalFormat.GDELT))),
        ReadOptions.lenient());
    try (SparkLoadResult spread = IncidentFrame.read(spark, List.of(dir.resolve("gdelt-*.CSV").toString()),
        InputFormat.of(ExternalFormat.GDELT), ReadOptions.lenient())) {
      assertEquals(one.report().rowsRead(), spread.report().rowsRead());
      assertEquals(one.report().accepted(), spread.report().accepted());
      assertEquals(one.report().rejected(), spread.report().rejected());
      assertEquals(one.report().leftOutByReason(), spread.report().leftOutByReason());
      assertEquals(one.dataset().incidents().size(), spread.incidents().count());
      // a glob names each file by its full path
      assertTrue(spread.report().files().get(0).file().startsWith("file:"), spread.report().files()::toString);
    }
  }

  @Test
  void strictModeFailsAtAProblemNamingItsFileAndLine(@TempDir Path tmp) throws IOException {
    Path dir = mixed(tmp).resolve("exports");
    DataFormatException e = assertThrows(DataFormatException.class, () -> IncidentFrame.read(spark,
        List.of(dir.resolve("gdelt-events.export.CSV").toString()), InputFormat.AUTO, ReadOptions.strict()));
    assertEquals(9, e.problem().line());
    assertTrue(e.problem().file().endsWith("gdelt-events.export.CSV"), e.problem()::toString);
  }

  @Test
  void whatCannotBeReadIsToldBeforeAnyTask(@TempDir Path tmp) throws IOException {
    assertThrows(UncheckedIOException.class, () -> IncidentFrame.read(spark,
        List.of(tmp.resolve("missing").toString()), InputFormat.AUTO, ReadOptions.lenient()));
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    Files.writeString(empty.resolve("notes.md"), "x");
    DataFormatException e = assertThrows(DataFormatException.class, () -> IncidentFrame.read(spark,
        List.of(empty.toString()), InputFormat.AUTO, ReadOptions.lenient()));
    assertTrue(e.getMessage().contains("no .csv, .json or .txt file to read"), e::getMessage);
    IllegalArgumentException mapped = assertThrows(IllegalArgumentException.class, () -> IncidentFrame.read(
        spark, List.of(empty.toString()), InputFormat.mapped(TableMapping.parse("date=day")), ReadOptions.lenient()));
    assertTrue(mapped.getMessage().contains("Loader"), mapped::getMessage);
  }

  private static List<String> sorted(List<Row> rows) {
    try (Stream<Row> s = rows.stream()) {
      return s.map(Row::toString).sorted().toList();
    }
  }
}
