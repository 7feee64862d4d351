package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.attackstats.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats told from the content, forced formats that do not fit, folders of exports. */
class DetectionTest {

  @TempDir Path dir;

  private static LoadResult read(String fixture, ExternalFormat format) {
    return Fixtures.read(fixture, InputFormat.of(format), ReadOptions.lenient());
  }

  @Test
  void acledCoversEveryAcledForm() {
    assertEquals("acled-csv", Fixtures.file(read("acled.csv", ExternalFormat.ACLED)).format());
    assertEquals("acled-legacy", Fixtures.file(read("acled-legacy.csv", ExternalFormat.ACLED)).format());
    LoadResult json = read("acled-api.json", ExternalFormat.ACLED);
    assertEquals("acled-json", Fixtures.file(json).format());
    assertEquals(3, json.report().accepted());
  }

  @Test
  void aForcedCsvFormOfTheOtherAcledFormIsReadWithAWarningNamingTheRightOne() {
    LoadResult r = read("acled-legacy.csv", ExternalFormat.ACLED_CSV);
    assertEquals("acled-csv", Fixtures.file(r).format());
    DataProblem w = r.report().warnings().get(0);
    assertTrue(w.reason().startsWith("the header looks like acled-legacy, not acled-csv as asked"), w.reason());
    assertEquals(1, Fixtures.file(r).warnings().get("format does not fit"));
  }

  @Test
  void aForcedFormThatCannotFitIsAProblemNamingTheRightOne() {
    DataProblem json = read("acled-api.json", ExternalFormat.ACLED_CSV).report().problems().get(0);
    assertEquals("not an ACLED CSV export: it is acled-json (use --input-format acled-json)", json.reason());
    DataProblem csv = read("acled.csv", ExternalFormat.ACLED_JSON).report().problems().get(0);
    assertEquals("not an ACLED API response (JSON): it is acled-csv (use --input-format acled-csv)", csv.reason());
    DataProblem gtd = read("gtd.csv", ExternalFormat.ACLED).report().problems().get(0);
    assertEquals("not an ACLED export: it is gtd (use --input-format gtd)", gtd.reason());
    DataProblem acled = read("acled.csv", ExternalFormat.GTD).report().problems().get(0);
    assertTrue(acled.reason().startsWith("missing required column [eventid] for gtd"), acled.reason());
    assertTrue(acled.reason().endsWith("the header looks like acled-csv (use --input-format acled-csv)"), acled.reason());
  }

  @Test
  void aFolderOfExportsIsReadFileByFileAndWhatIsNotReadIsAWarning() throws IOException {
    Path exports = Files.createDirectory(dir.resolve("exports"));
    for (String f : List.of("acled.csv", "acled-api.json", "gtd.csv", "ucdp-ged.csv")) {
      Files.copy(Fixtures.path(f), exports.resolve(f));
    }
    Files.writeString(exports.resolve("README.md"), "notes\n");
    Files.createDirectory(exports.resolve("old"));
    Files.createSymbolicLink(exports.resolve("loop.csv"), exports.resolve("loop.csv"));
    LoadResult r = Loader.read(List.of(Input.of(exports)), ReadOptions.lenient());
    assertEquals(List.of("acled-json", "acled-csv", "gtd", "ucdp-ged"), // in name order
        r.report().files().stream().map(FileReport::format).toList());
    assertEquals(List.of(exports.resolve("README.md") + ": skipped: not a .csv, .json or .txt file",
            exports.resolve("loop.csv") + ": skipped: a symbolic link that leads nowhere (broken, or a loop)",
            exports.resolve("old") + ": skipped: a folder (the files of a folder are read, not its folders)"),
        r.report().warnings().stream().limit(3).map(DataProblem::toString).collect(Collectors.toList()));
  }

  @Test
  void aSymbolicLinkLoopNamedDirectlySaysSo() throws IOException {
    Path loop = Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> Loader.read(List.of(Input.of(loop)), ReadOptions.lenient()));
    assertTrue(e.getMessage().contains("a symbolic link that leads nowhere (broken, or a loop)"), e.getMessage());
  }

  @Test
  void filesOfTheSameNameInTwoFoldersAreToldApartByTheirPath() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    String header = "id,date_start,country,best,low,high\n";
    Files.writeString(a.resolve("ged.csv"), header + "1,2017-01-01,Iraq,1,1,1\n");
    Files.writeString(b.resolve("ged.csv"), header + "2,2017-01-01,Iraq,1,1,1\n1,2017-01-02,Iraq,1,1,1\n");
    LoadResult r = Loader.read(List.of(Input.of(a), Input.of(b)), ReadOptions.lenient());
    assertEquals(Source.of("UCDP GED", null, a.resolve("ged.csv").toString()),
        r.dataset().attack("1").orElseThrow().source());
    DataProblem dup = r.report().problems().get(0);
    assertEquals(List.of(b.resolve("ged.csv").toString(), 3L, "id", "1"),
        List.of(dup.file(), dup.line(), dup.column(), dup.value()));
    // with one file of a name, records cite the file name
    LoadResult one = Loader.read(List.of(Input.of(a)), ReadOptions.lenient());
    assertEquals(Source.of("UCDP GED", null, "ged.csv"), one.dataset().attack("1").orElseThrow().source());
  }

  @Test
  void anIdOfAnEarlierInputIsAProblemAtItsFileAndLine() throws IOException {
    Path canonical = Files.createDirectory(dir.resolve("canonical"));
    Files.writeString(canonical.resolve("attacks.csv"), "id,date_start\nIRQ90001,2023-10-17\n");
    LoadResult r = Loader.read(List.of(Input.of(canonical), Input.of(Fixtures.path("acled.csv"))),
        ReadOptions.lenient());
    DataProblem dup = r.report().problems().stream().filter(p -> p.column().equals("event_id_cnty"))
        .findFirst().orElseThrow();
    assertEquals(List.of(Fixtures.path("acled.csv").toString(), 2L, "IRQ90001"),
        List.of(dup.file(), dup.line(), dup.value()));
  }

  @Test
  void anExportEventIsOneAttackOrOneResponseWhateverTheRule() {
    String csv = "id,date_start,country,side_a,best,low,high\n"
        + "1,2017-01-01,Iraq,Government of United States of America,1,1,1\n"
        + "1,2017-01-01,Iraq,IS,1,1,1\n";
    LoadResult r = Fixtures.read("ged.csv", csv.getBytes(UTF_8), InputFormat.AUTO, ReadOptions.lenient());
    assertEquals(1, r.dataset().incidents().size());
    assertTrue(r.report().problems().get(0).reason().startsWith("duplicate id: a response already has it"));
  }
}
