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

/** Runs the command line in-process and checks output and exit codes. */
class MainTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void reportOfTheBundledSeed() {
    Run r = run("report");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("5 attacks, 5 responses, 2 bases, 9 reported tallies"), r.out());
    assertTrue(r.out().matches("(?s).*\n  IQ Iraq\\s+3\\s+>=3\\s+unknown\\s+2\\s+0.67\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*\n  SY Syria\\s+1\\s+>=1\\s+unknown\\s+3\\s+3.00\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*\n  attacks\\s+5\\s+>=4\\s+>=1\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*\n  responses\\s+5\\s+unknown\\s+>=3\n.*"), r.out());
    // the article's tallies against the data, and its self-contradiction on Iraq
    assertTrue(r.out().matches("(?s).*\n  t01\\s+attacks\\s+all\\s+2023-10-17..2023-11-21\\s+61\\s+5\\s+missing\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*\n  t09\\s+responses\\s+IQ\\s+2023-10-17..2023-11-21\\s+0\\s+1\\s+exceeding\n.*"), r.out());
    assertTrue(r.out().contains("parts t02 + t03 add up to 61; whole t01 reports 61: adds_up"), r.out());
    assertTrue(r.out().contains("responses with no earlier attack in their country   r05 (2020-01, IQ Iraq)"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void reportGroupedOverAPeriodInEveryFormat() {
    Run table = run("report", "--since", "2023-10-17", "--until", "2023-11-21", "--by", "country,month");
    assertEquals(0, table.code(), table.err());
    assertTrue(table.out().contains("Attacks and responses by country x month"), table.out());
    assertTrue(table.out().matches("(?s).*\n  IQ Iraq\\s+2023-11\\s+2\\s+2\\s+unknown\\s+1\n.*"), table.out());
    assertTrue(table.out().matches("(?s).*\n  total\\s+5\\s+>=4\\s+>=1\\s+4\n.*"), table.out());
    Run csv = run("report", "--since=2023-10-15", "--until=2023-11-21", "--country", "IQ", "--by", "week", "--format", "csv");
    assertEquals(0, csv.code(), csv.err());
    assertTrue(csv.out().startsWith("iso_week,iso_week_start,iso_week_end,kind,measure,low,best,high,approximate\n"
        + "2023-W41,2023-10-09,2023-10-15,attack,incidents,0,0,0,false\n"), csv.out());
    assertTrue(csv.out().contains("\n2023-W42,2023-10-16,2023-10-22,attack,injured,1,1,,false\n"), csv.out());
    Run md = run("report", "--by", "method", "--format", "markdown");
    assertTrue(md.out().contains("| method | attacks | injured | killed | responses |"), md.out());
    assertTrue(md.out().contains("| rocket | 1 | 0 | 0 | 0 |"), md.out());
  }

  @Test
  void reportOptionErrorsAreUsageErrors() {
    for (String[] args : new String[][] {
        {"report", "--by", "colour"}, {"report", "--country", "Iraq"}, {"report", "--from", "17/10/2023"},
        {"report", "--from", "2023-11-21", "--to", "2023-10-17"}, {"report", "--format", "xml"},
        {"report", "--to"}, {"validate", "--strict", "x"}, {"report", "--by", "week,month"},
        {"report", "--since", "2023-11-21", "--until", "2023-10-17"}, {"report", "--from", "2023-10-17", "--since", "2023-10-17"},
        {"report", "--format", "csv", "--table", "colours"}, {"report", "--table", "by-country"},
        {"report", "--format", "csv", "--by", "country", "--table", "by-country"}, {"report", "--chart", "chart.gif"},
        {"report", "--chart-kind", "timeline"}, {"report", "--chart-kind", "pie", "--chart", "x.svg"},
        {"report", "--out", "no/such/folder/report.txt"}, {"report", "--country", ","}, {"report", "--by", "country,country"},
        {"report", "--out", "bad\u0000name"}, {"report", "--by", ""}, {"report", "--out", ""}}) {
      Run r = run(args);
      assertEquals(2, r.code(), String.join(" ", args));
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("attack-stats: "), r.err());
      assertEquals("", r.out(), String.join(" ", args));
    }
    assertTrue(run("report", "--by", "colour").err().contains("expected one of country, admin1, base"));
  }

  private static final String ACLED = "src/test/resources/org/attackstats/csv/exports/acled.csv";

  @Test
  void convertWritesACanonicalFolderAndTheReport() throws IOException {
    Path out = dir.resolve("acled");
    Run r = run("convert", "--input-format", "acled", ACLED, "--out", out.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("acled.csv (acled-csv): 7 rows read, 5 accepted, 0 left out, 2 rejected"), r.out());
    assertTrue(r.out().contains("column country, value 'Atlantis'"), r.out());
    assertTrue(r.out().contains("7 rows read: 5 records written to " + out + ", 0 left out as not incidents, 2 rejected"), r.out());
    assertEquals(r.out(), Files.readString(out.resolve("conversion-report.txt")));
    Run back = run("validate", out.toString());
    assertEquals(0, back.code(), back.out());
    assertTrue(back.out().contains("5 rows read: 5 accepted, 0 rejected; 0 problems"), back.out());
    Run auto = run("convert", ACLED, "--out", dir.resolve("auto").toString());
    assertEquals(Files.readString(out.resolve("attacks.csv")), Files.readString(dir.resolve("auto").resolve("attacks.csv")));
    assertEquals(1, auto.code());
  }

  @Test
  void convertUsageErrors() {
    assertEquals(2, run("convert", ACLED).code());
    assertEquals(2, run("convert", "--out", dir.toString()).code());
    Run bad = run("convert", "--from", "csv", ACLED, "--out", dir.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("attack-stats: note: convert --from is deprecated; use --input-format\n"), bad.err());
    assertTrue(bad.err().contains("expected one of auto, canonical, text, acled, acled-csv, acled-legacy, acled-json, gtd"), bad.err());
    assertEquals(0, run("convert", "--help").code());
  }

  @Test
  void reportAndValidateReadThirdPartyExportsDirectly() {
    Run report = run("report", ACLED, "--by", "country");
    assertEquals(1, report.code(), "two rows of the fixture cannot be read");
    assertTrue(report.out().matches("(?s).*\n  SY Syria\\s+1\\s+unknown\\s+2\\s+1\n.*"), report.out());
    assertTrue(report.err().contains("2 of 7 rows could not be read and are not counted"), report.err());
    Run validate = run("validate", ACLED);
    assertEquals(1, validate.code());
    assertTrue(validate.out().contains("7 rows read: 5 accepted, 2 rejected; 2 problems"), validate.out());
  }

  private static final String SEED_ARTICLE = "seeds/000_cc793dff6a0669b7.txt";

  @Test
  void extractWritesTheArticleAsADatasetThatReproducesItsNumbers() throws IOException {
    Path out = dir.resolve("extracted");
    // the seed dataset's scope: attacks on US forces in Iraq, Syria, Jordan and Yemen
    Run r = run("extract", SEED_ARTICLE, "--out", out.toString(), "--countries", "IQ,SY,JO,YE");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("000_cc793dff6a0669b7.txt: 55 sentences, 5 attacks, 5 responses, 9 tallies"), r.err());
    assertTrue(r.err().contains("incident in Israel outside the scope"), r.err());
    Run report = run("report", out.toString(), "--since", "2023-10-17", "--until", "2023-11-21");
    assertEquals(0, report.code(), report.err());
    assertTrue(report.out().matches("(?s).*\n  t09\\s+responses\\s+IQ\\s+2023-10-17..2023-11-21\\s+0\\s+1\\s+exceeding\n.*"), report.out());
    assertTrue(report.out().contains("adds_up"), report.out());
    Run csv = run("extract", SEED_ARTICLE);
    assertEquals(0, csv.code());
    assertTrue(csv.out().startsWith("# attacks.csv\nid,date_start,"), csv.out());
    assertTrue(csv.out().contains("\n# tallies.csv\nid,metric,value,"), csv.out());
  }

  @Test
  void reportReadsAFolderOfWireReports() throws IOException {
    Path reports = Files.createDirectory(dir.resolve("reports"));
    Files.writeString(reports.resolve("one.txt"),
        " date 2024-01-29 AP/ Three U.S. soldiers were killed and at least 40 injured in a drone attack on"
            + " Tower 22, a base in Jordan, on Sunday.");
    Run r = run("report", reports.toString(), "--by", "country");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s).*\n  JO Jordan\\s+1\\s+>=40\\s+3\\s+0\n.*"), r.out());
  }

  @Test
  void extractUsageErrors() throws IOException {
    Path bare = dir.resolve("bare.txt");
    Files.writeString(bare, "Two rockets hit Ain al-Asad air base on Tuesday.");
    Run noDate = run("extract", bare.toString());
    assertEquals(1, noDate.code());
    assertTrue(noDate.err().contains("give its publication date with --date"), noDate.err());
    Run dated = run("extract", bare.toString(), "--date", "2023-11-21", "--publisher", "AP");
    assertEquals(0, dated.code(), dated.err());
    assertTrue(dated.out().contains(",rocket,2,"), dated.out());
    assertEquals(2, run("extract").code());
    assertEquals(2, run("extract", bare.toString(), "--date", "Tuesday").code());
    Run country = run("extract", bare.toString(), "--date", "2023-11-21", "--countries", "IQ,XX");
    assertEquals(2, country.code());
    assertTrue(country.err().contains("unknown country code 'XX'"), country.err());
    Run days = run("extract", bare.toString(), "--date", "2023-11-21", "--undated-days", "-3");
    assertEquals(2, days.code());
    assertTrue(days.err().contains("--undated-days"), days.err());
    Run order = run("extract", bare.toString(), "--date", "2023-11-21", "--since", "2023-12-01",
        "--until", "2023-11-01");
    assertEquals(2, order.code());
    Files.write(dir.resolve("latin1.txt"), new byte[] {' ', 'd', 'a', 't', 'e', ' ', (byte) 0xE9});
    Run bad = run("extract", dir.resolve("latin1.txt").toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("is not valid UTF-8"), bad.err());
  }

  @Test
  void extractTakesAScopeAndTheResponders() throws IOException {
    Path one = dir.resolve("strike.txt");
    Files.writeString(one, " date 2024-02-03 AP/ U.S. warplanes struck a depot near Abu Kamal in Syria on"
        + " Friday. Two days earlier, gunmen attacked a checkpoint in Kabul, Afghanistan.\n");
    Run all = run("extract", one.toString());
    assertEquals(0, all.code(), all.err());
    assertTrue(all.err().contains("1 attacks, 1 responses"), all.err());
    Run syria = run("extract", one.toString(), "--countries", "SY");
    assertTrue(syria.err().contains("0 attacks, 1 responses"), syria.err());
    assertTrue(syria.err().contains("incident in Afghanistan outside the scope"), syria.err());
    Run none = run("extract", one.toString(), "--responders", "none");
    assertTrue(none.err().contains("2 attacks, 0 responses"), none.err());
    Run later = run("extract", one.toString(), "--since", "2024-02-02");
    assertTrue(later.err().contains("0 attacks, 1 responses"), later.err());
    assertTrue(later.err().contains("outside the period"), later.err());
  }

  @Test
  void validateCountsRowsAndFileFaultsApart() throws IOException {
    Files.writeString(dir.resolve("attacks.csv"), "id,date_start\na1,2023-01-01\na2,0000-01-01\na3,\"2023-01-01\n");
    Run r = run("validate", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("column date_start, value '0000-01-01': date out of range"), r.out());
    assertTrue(r.out().contains("malformed CSV"), r.out());
    assertTrue(r.out().contains("2 rows read: 1 accepted, 1 rejected; 2 problems"), r.out());
  }

  @Test
  void foldersAndFilesThatHoldNothingReadableAreUsageErrors() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(empty.resolve("README.md"), "nothing to read\n");
    Run r = run("report", empty.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("holds none of attacks.csv"), r.err());
    assertEquals(2, run("validate", "/dev/null").code());
    assertTrue(run("validate", "/dev/null").err().contains("not a regular file"));
  }

  @Test
  void reportTakesTheDateOfHeaderlessTextAndTheCharsetOfExports() throws IOException {
    Path bare = dir.resolve("bare.txt");
    Files.writeString(bare, "Two rockets hit Ain al-Asad air base on Tuesday.");
    Run r = run("report", bare.toString(), "--date", "2023-11-21", "--by", "base");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s).*\n  ain-al-asad\\s+1\\s+.*"), r.out());
    String gtdText = Files.readString(Path.of("src/test/resources/org/attackstats/csv/exports/gtd-reduced.csv"))
        .replace("Ramadi,Al Anbar", "Ramad\u00ee,Al Anbar");
    Path gtd = dir.resolve("gtd1252.csv");
    Files.write(gtd, gtdText.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Run utf8 = run("validate", gtd.toString());
    assertEquals(1, utf8.code());
    assertTrue(utf8.out().contains("give the file's character set with ReadOptions.charset, or --charset"), utf8.out());
    Run cp1252 = run("validate", gtd.toString(), "--charset", "windows-1252");
    Run asUtf8 = run("validate", "src/test/resources/org/attackstats/csv/exports/gtd-reduced.csv");
    assertEquals(asUtf8.out().lines().reduce((x, y) -> y), cp1252.out().lines().reduce((x, y) -> y), cp1252.out());
    assertEquals(2, run("validate", gtd.toString(), "--charset", "klingon").code());
  }

  @Test
  void doubleDashEndsTheOptions() throws IOException {
    Path odd = Files.createDirectory(dir.resolve("--odd"));
    Files.writeString(odd.resolve("tallies.csv"), "id,metric,value\nt1,attacks,61\n");
    Run r = run("validate", "--", odd.toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void extractReportsBadHeadersAndClashingNames() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, " date 2023-13-45 AP/ Two rockets hit Ain al-Asad air base.");
    Run r = run("extract", bad.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains(bad + ":1"), r.err());
    Path d1 = Files.createDirectory(dir.resolve("d1"));
    Path d2 = Files.createDirectory(dir.resolve("d2"));
    Files.writeString(d1.resolve("r.txt"), "Two rockets hit Ain al-Asad air base.");
    Files.writeString(d2.resolve("r.txt"), "Two rockets hit Ain al-Asad air base.");
    // two reports of the same file name are told apart by their folders
    Run clash = run("extract", d1.resolve("r.txt").toString(), d2.resolve("r.txt").toString(), "--date", "2023-11-21");
    assertEquals(0, clash.code(), clash.err());
    assertTrue(clash.out().contains(d1.resolve("r.txt").toString()) && clash.out().contains(d2.resolve("r.txt").toString()),
        clash.out());
  }

  @Test
  void progressLinesGoToStandardError() {
    Run r = run("validate", "seeds/iraq-syria-2023", "--progress");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().matches("(?s).*attacks.csv: 5 rows, 0.0 MB, [0-9.]+ MB/s\n.*"), r.err());
    assertTrue(r.err().matches("(?s).*tallies.csv: 9 rows, .*"), r.err());
    assertEquals("", run("validate", "seeds/iraq-syria-2023").err());
  }

  @Test
  void debugShowsTheStackTrace() {
    Run r = run("--debug", "report", "--by", "colour");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("at org.attackstats.cli."), r.err());
  }

  @Test
  void reportOfAFolderEqualsTheBundledReportButForItsName() {
    Run folder = run("report", "seeds/iraq-syria-2023");
    Run bundled = run("report");
    assertEquals(0, folder.code(), folder.err());
    assertEquals(bundled.out().substring(bundled.out().indexOf('\n')), folder.out().substring(folder.out().indexOf('\n')));
  }

  @Test
  void validateListsEveryProblemAndExitsWithOne() throws IOException {
    Files.writeString(dir.resolve("attacks.csv"), "id,date_start,injured\na1,2023-11-21,lots\na2,2023-02-30,1\na3,2023-11-21,2\n");
    Run r = run("validate", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("attacks.csv:2, column injured, value 'lots': invalid estimate"), r.out());
    assertTrue(r.out().contains("attacks.csv:3, column date_start, value '2023-02-30'"), r.out());
    assertTrue(r.out().contains("3 rows read: 1 accepted, 2 rejected; 2 problems"), r.out());
    Run clean = run("validate", "seeds/iraq-syria-2023");
    assertEquals(0, clean.code());
    assertTrue(clean.out().contains("21 rows read: 21 accepted, 0 rejected; 0 problems"), clean.out());
  }

  @Test
  void reportOnBadDataExitsWithOneAndOneClearLine() throws IOException {
    Files.writeString(dir.resolve("attacks.csv"), "id,date_start\na1,yesterday\n");
    Run r = run("report", dir.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("1 of 1 rows could not be read and are not counted (1 problems); run validate"), r.err());
    assertTrue(r.out().contains("0 attacks, 0 responses"), r.out());
  }

  @Test
  void wrongUsageExitsWithTwo() {
    assertEquals(2, run().code());
    Run unknown = run("frobnicate");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown command 'frobnicate'"), unknown.err());
    assertEquals(2, run("validate").code());
    assertEquals(2, run("report", "no/such/folder").code());
    Run bogus = run("report", "--bogus");
    assertEquals(2, bogus.code());
    assertTrue(bogus.err().contains("unknown option '--bogus' for report; expected one of [--by, --charset, --chart"), bogus.err());
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("report [DIR|FILE...]"), help.out());
    assertEquals(0, run("report", "--help").code());
    assertEquals(0, run("validate", "--help").code());
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("attack-stats "), version.out());
  }
}
