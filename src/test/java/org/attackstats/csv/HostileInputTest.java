package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.attackstats.dataset.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Characters that are never text, bad bytes, dates out of range, and what is written: in every reader. */
class HostileInputTest {

  private static LoadResult read(String name, String text, InputFormat format) {
    return Fixtures.read(name, text.getBytes(UTF_8), format, ReadOptions.lenient());
  }

  @Test
  void anIdWithAByteOrderMarkIsNotASecondRecordBesideItsTwinInCanonicalFiles() {
    LoadResult r = read("attacks.csv", "id,date_start\nPSE46227,2023-10-17\n\uFEFFPSE46227,2023-10-17\n",
        InputFormat.canonical(RecordType.ATTACK));
    assertEquals(1, r.dataset().attacks().size());
    DataProblem p = r.report().problems().get(0);
    assertEquals(List.of(3L, "id"), List.of(p.line(), p.column()));
    assertTrue(p.reason().startsWith("a byte order mark (U+FEFF) at position 1"), p.reason());
  }

  @Test
  void nulAndByteOrderMarksInsideCellsAreProblemsOfTheirRowsInExports() {
    String csv = "event_id_cnty,event_date,country,notes\n"
        + "PSE46227,2023-10-17,Palestine,ok\n"
        + "\uFEFFPSE46227,2023-10-17,Palestine,twin\n"
        + "PSE46228,2023-10-17,Palestine,a\u0000b\n";
    LoadResult r = read("acled.csv", csv, InputFormat.AUTO);
    assertEquals(1, r.report().accepted());
    assertEquals(List.of("event_id_cnty", "notes"),
        r.report().problems().stream().map(DataProblem::column).toList());
    assertEquals(2, Fixtures.file(r).rejectedByReason().get("invalid character"));
  }

  @Test
  void aLoneSurrogateOrANulInJsonIsAProblemOfItsEventNotAFailureWhenWritten(@TempDir Path dir) {
    String json = "{\"data\": [\n"
        + "{\"event_id_cnty\": \"IRQ1\", \"event_date\": \"2023-10-17\", \"country\": \"Iraq\", \"notes\": \"x\\ud800y\"},\n"
        + "{\"event_id_cnty\": \"IRQ2\", \"event_date\": \"2023-10-17\", \"country\": \"Iraq\", \"notes\": \"a\\u0000b\"},\n"
        + "{\"event_id_cnty\": \"IRQ3\", \"event_date\": \"2023-10-17\", \"country\": \"Iraq\", \"notes\": \"\\ud83d\\ude80\"}\n"
        + "]}";
    Input in = Input.of("a.json", json.getBytes(UTF_8), InputFormat.AUTO);
    LoadReport r = Loader.convert(List.of(in), dir, ReadOptions.lenient(), WriteOptions.defaults());
    assertEquals(1, r.accepted(), "a valid pair is text");
    assertEquals(List.of(2L, 3L), r.problems().stream().map(DataProblem::line).toList());
    assertTrue(r.problems().get(0).reason().startsWith("half of a surrogate pair (\\ud800) at position 2"),
        r.problems().get(0).reason());
    assertEquals(1, CanonicalCsv.read(dir).dataset().attacks().size());
  }

  @Test
  void invalidUtf8InJsonIsBlamedOnItsLineWithTheCharsetOption() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("{\"data\": [\n{\"event_id_cnty\": \"IRQ1\", \"event_date\": \"2023-10-17\", \"country\": \"Iraq\"},\n"
        + "{\"event_id_cnty\": \"IRQ2\", \"notes\": \"").getBytes(UTF_8));
    b.write(0xE9);
    b.writeBytes("\"}]}".getBytes(UTF_8));
    LoadResult r = Fixtures.read("a.json", b.toByteArray(), InputFormat.AUTO, ReadOptions.lenient());
    assertEquals(1, r.report().accepted());
    DataProblem p = r.report().problems().get(0);
    assertEquals(3, p.line());
    assertTrue(p.reason().contains("ReadOptions.charset, or --charset on the command line"), p.reason());
  }

  @Test
  void datesOutOfTheSupportedYearsAreNamedWithColumnAndValue() {
    LoadResult acled = read("acled.csv", "event_id_cnty,event_date,time_precision,country\n"
        + "A1,0000-01-01,1,Iraq\nA2,0001-01-02,2,Iraq\n", InputFormat.AUTO);
    assertEquals(List.of("event_date:0000-01-01", "event_date:0001-01-02"),
        acled.report().problems().stream().map(p -> p.column() + ":" + p.value()).toList());
    assertTrue(acled.report().problems().get(0).reason().startsWith("date out of range"));
    LoadResult ucdp = read("ged.csv", "id,date_start,date_end,country,best,low,high\n"
        + "1,0000-12-31,,Iraq,1,1,1\n2,2017-01-01,+10000-01-01,Iraq,1,1,1\n", InputFormat.AUTO);
    assertEquals(List.of("date_start:0000-12-31", "date_end:+10000-01-01"),
        ucdp.report().problems().stream().map(p -> p.column() + ":" + p.value()).toList());
  }

  @Test
  void writtenFilesHaveTheUsualPermissionsOfNewFiles(@TempDir Path dir) throws IOException {
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt")));
    Path out = dir.resolve("out");
    CanonicalCsv.write(CanonicalCsv.seedDataset(), out);
    Loader.convert(List.of(Input.of(Fixtures.path("acled.csv"))), dir.resolve("converted"), ReadOptions.lenient(),
        WriteOptions.defaults());
    for (Path f : List.of(out.resolve("attacks.csv"), out.resolve("tallies.csv"),
        dir.resolve("converted").resolve("attacks.csv"))) {
      assertEquals(usual, Files.getPosixFilePermissions(f), f::toString);
    }
  }
}
