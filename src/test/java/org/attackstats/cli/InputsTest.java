package org.attackstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input options every reading command shares, and the commands convert and update. */
class InputsTest {

  private static final String EXPORTS = "src/test/resources/org/attackstats/csv/exports/";

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path exports() throws IOException {
    Path d = Files.createDirectories(dir.resolve("exports"));
    for (String f : new String[] {"acled-api.json", "ucdp-ged.csv"}) {
      Files.copy(Path.of(EXPORTS + f), d.resolve(f));
    }
    return d;
  }

  @Test
  void convertAndReportTakeAFolderOfExportsAndTheOldSpellingStillWorks() throws IOException {
    Path exports = exports();
    Run convert = run("convert", exports.toString(), "--out", dir.resolve("out").toString());
    assertEquals(1, convert.code(), convert.err()); // the UCDP fixture has rows that cannot be read
    assertTrue(convert.out().contains("acled-api.json (acled-json): 3 rows read, 3 accepted"), convert.out());
    assertTrue(convert.out().contains("ucdp-ged.csv (ucdp-ged): 10 rows read, 8 accepted"), convert.out());
    Run old = run("convert", "--from", "auto", exports.toString(), "--out", dir.resolve("old").toString());
    assertEquals(convert.code(), old.code());
    assertEquals("attack-stats: note: convert --from is deprecated; use --input-format\n", old.err());
    Run report = run("report", exports.toString(), "--by", "country");
    assertEquals(1, report.code());
    assertTrue(report.out().contains("IQ Iraq"), report.out());
  }

  @Test
  void validateListsWarningsAndRowsLeftOutWithoutFailing() throws IOException {
    Path f = dir.resolve("acled.csv");
    Files.writeString(f, "event_id_cnty,data_id,event_date,event_type,country\n"
        + ",7,2023-10-17,Battles,Iraq\nIRN1,8,2023-10-17,Protests,Iran\n");
    Run r = run("validate", f.toString());
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("warning: " + f + ":2, column event_id_cnty, value '': event_id_cnty is empty: the id is"
        + " data_id '7'"), r.out());
    assertTrue(r.out().contains("left out: not an incident: Protests: 1"), r.out());
    assertTrue(r.out().endsWith("2 rows read: 1 accepted, 0 rejected; 0 problems; 1 left out as not incidents, 1 warnings\n"),
        r.out());
    Run all = run("validate", f.toString(), "--include-non-incidents");
    assertTrue(all.out().endsWith("2 rows read: 2 accepted, 0 rejected; 0 problems; 0 left out as not incidents, 1 warnings\n"),
        all.out());
    Run report = run("report", f.toString());
    assertEquals(0, report.code());
    assertTrue(report.err().contains("1 of 2 rows are not incidents and are not counted (Protests 1);"
        + " --include-non-incidents reads them too"), report.err());
  }

  @Test
  void theReadLimitsHaveFlags() throws IOException {
    Path f = dir.resolve("attacks.csv");
    Files.writeString(f, "id,date_start,notes\na1,2023-10-17,a long note\n");
    Run r = run("validate", f.toString(), "--max-cell-length", "5");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("cell has more than 5 characters, the limit (raise it with ReadOptions.maxCellLength, or"
        + " --max-cell-length on the command line)"), r.out());
    assertEquals(2, run("validate", f.toString(), "--max-rows", "-1").code());
    assertEquals(2, run("validate", f.toString(), "--max-columns", "0").code());
    assertEquals(2, run("validate", f.toString(), "--threads", "0").code());
    assertEquals(1, run("validate", f.toString(), "--threads", "1", "--max-cell-length", "5").code());
  }

  @Test
  void aTableOfAnotherShapeIsReadThroughAMapping() throws IOException {
    Path f = dir.resolve("strikes.csv");
    Files.writeString(f, "day,country_name,deaths\n2023-10-17,Iraq,2\n2023-10-18,Syria,1\n");
    Run r = run("report", f.toString(), "--map", "date=day,country=country_name,killed=deaths", "--by", "country");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s).*\n  IQ Iraq\\s+1\\s+unknown\\s+2\\s+0\n.*"), r.out());
    Path mapping = dir.resolve("strikes.map");
    Files.writeString(mapping, "date=day\ncountry=country_name\nkilled=deaths\n");
    assertEquals(r.out().replace(f.toString(), ""), run("report", f.toString(), "--map", mapping.toString(), "--by",
        "country").out().replace(f.toString(), ""));
    Run bad = run("validate", f.toString(), "--map", "date=day,killed=fatalities");
    assertEquals(1, bad.code());
    assertTrue(bad.out().contains("columns found: [day, country_name, deaths]"), bad.out());
    assertEquals(2, run("validate", f.toString(), "--map", "kills=deaths").code());
  }

  @Test
  void updateBringsAFolderUpToDateAndWritesItsHistory() throws IOException {
    String header = "event_id_cnty,event_date,event_type,country,fatalities,timestamp\n";
    Path older = dir.resolve("older.csv");
    Files.writeString(older, header + "IRQ1,2023-10-17,Battles,Iraq,3,100\nIRQ2,2023-10-18,Battles,Iraq,1,100\n");
    Path newer = dir.resolve("newer.csv");
    Files.writeString(newer, header + "IRQ1,2023-10-17,Battles,Iraq,5,200\nIRQ2,2023-10-18,Battles,Iraq,1,100\n");
    Path deleted = dir.resolve("deleted.csv");
    Files.writeString(deleted, "event_id_cnty,deleted_timestamp\nIRQ2,150\n");
    Path data = dir.resolve("data");
    assertEquals(0, run("convert", older.toString(), "--out", data.toString()).code());
    Run r = run("update", data.toString(), "--with", newer.toString(), "--deleted", deleted.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith(data + ": 0 added, 1 changed, 0 unchanged, 1 deleted, 0 kept"), r.out());
    assertTrue(Files.readString(data.resolve("revisions.csv")).contains("IRQ1,attack,changed,killed,3,5,100,200,newer.csv"));
    assertEquals(2, run("update", data.toString()).code());
    assertEquals(2, run("update", dir.resolve("nope").toString(), "--with", newer.toString()).code());
    assertEquals(0, run("update", "--help").code());
  }
}
