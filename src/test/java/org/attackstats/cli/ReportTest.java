package org.attackstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.attackstats.stats.GroupRow;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Measure;
import org.attackstats.stats.Query;
import org.attackstats.stats.Reconciliation;
import org.attackstats.stats.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's period options, machine formats and files, as a user or a program sees them. */
class ReportTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theHelpNamesEveryTableAndChart() {
    String help = run("report", "--help").out();
    Report.TABLES.forEach(t -> assertTrue(help.contains(t), t));
    for (Charts.Kind k : Charts.Kind.values()) {
      assertTrue(help.contains(k.id), k.id);
    }
  }

  @Test
  void fromAndToAreDeprecatedNamesOfSinceAndUntil() {
    Run old = run("report", "--from", "2023-10-17", "--to", "2023-11-21", "--by", "country,month");
    Run now = run("report", "--since", "2023-10-17", "--until", "2023-11-21", "--by", "country,month");
    assertEquals(0, old.code(), old.err());
    assertEquals(now.out(), old.out());
    assertEquals("attack-stats: --from is deprecated, use --since\nattack-stats: --to is deprecated, use --until\n",
        old.err().replace("\r", ""));
    assertEquals("", now.err());
  }

  @Test
  void periodsOpenAtOneEndAndAtTheEndOfTime() {
    // before: "+10000-01-02 lies outside the supported years", exit 1
    Run endOfTime = run("report", "--until", "9999-12-31", "--by", "country,week");
    assertEquals(0, endOfTime.code(), endOfTime.err());
    assertTrue(endOfTime.out().contains("up to 9999-12-31"), endOfTime.out());
    // an open end reaches as far as the data: the last week is the one of 21 Nov 2023
    Run csv = run("report", "--until", "9999-12-31", "--by", "country,week", "--format", "csv");
    List<String> lines = csv.out().lines().toList();
    assertTrue(lines.get(lines.size() - 1).startsWith(",,2023-W47,2023-11-20,2023-11-26,response,")
        || lines.get(lines.size() - 1).startsWith("\"\",,2023-W47,2023-11-20,2023-11-26,response,"), lines.get(lines.size() - 1));
    Run deprecated = run("report", "--to", "9999-12-31", "--by", "country,week");
    assertEquals(0, deprecated.code(), deprecated.err());
    Run since = run("report", "--since", "2023-11-01", "--by", "month", "--format", "csv");
    assertEquals(0, since.code(), since.err());
    assertTrue(since.out().lines().skip(1).allMatch(l -> l.startsWith("2023-11,")), since.out());
    assertTrue(run("report", "--since", "2023-11-01").out().contains("from 2023-11-01 on"));
  }

  @Test
  void csvIsOneTidyTableInEveryChoice() throws IOException {
    for (String table : Report.TABLES) {
      Run r = run("report", "--since", "2023-10-17", "--until", "2023-11-21", "--format", "csv", "--table", table);
      assertEquals(0, r.code(), table + ": " + r.err());
      List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(r.out())).getRecords();
      List<String> header = records.get(0).toList();
      assertFalse(records.stream().anyMatch(x -> x.get(0).startsWith("#")), table);
      assertTrue(records.stream().allMatch(x -> x.size() == header.size()), table);
      assertEquals(new HashSet<>(header).size(), header.size(), "distinct column names in " + table);
      assertTrue(header.stream().allMatch(h -> h.matches("[a-z_]+")), table + " " + header);
      assertTrue(records.size() > 1, table + " has rows");
      for (CSVRecord rec : records.subList(1, records.size())) {
        for (int c = 0; c < header.size(); c++) {
          String h = header.get(c);
          String v = rec.get(c);
          if (h.equals("low") || h.equals("best") || h.endsWith("_low") || h.endsWith("_best")) {
            assertTrue(v.matches("[0-9]+(\\.[0-9]+)?"), table + " " + h + "=" + v);
          } else if (h.equals("high") || h.endsWith("_high")) {
            assertTrue(v.matches("([0-9]+(\\.[0-9]+)?)?"), table + " " + h + "=" + v);
          }
        }
      }
      assertEquals(r.out(), run("report", "--since", "2023-10-17", "--until", "2023-11-21", "--format", "csv",
          "--table", table).out(), "deterministic");
    }
    Run byCountry = run("report", "--format", "csv");
    assertTrue(byCountry.out().startsWith("country,country_name,kind,measure,low,best,high,approximate\n"
        + "IQ,Iraq,attack,incidents,3,3,3,false\n"), byCountry.out());
    // the attacks of unknown country: empty code and name (an empty first cell is quoted), never a total row
    assertTrue(byCountry.out().contains("\n\"\",,attack,incidents,1,1,1,false\n"), byCountry.out());
    assertFalse(byCountry.out().contains("total"), byCountry.out());
  }

  /** What the library computes for the seed over the campaign, as read_back.py prints it. */
  private static Set<String> expectedNumbers(String format) {
    Dataset seed = CanonicalCsv.seedDataset();
    Query q = Query.of(seed).since(LocalDate.of(2023, 10, 17)).until(LocalDate.of(2023, 11, 21));
    Map<Optional<Country>, Summary[]> byCountry = new TreeMap<>((a, b) ->
        a.isEmpty() ? (b.isEmpty() ? 0 : 1) : b.isEmpty() ? -1 : a.get().compareTo(b.get()));
    for (GroupRow r : q.attacks().groupBy(Grouping.COUNTRY).summarize().rows()) {
      byCountry.computeIfAbsent(r.key().get(Grouping.COUNTRY), k -> new Summary[] {Summary.ZERO, Summary.ZERO})[0] = r.summary();
    }
    for (GroupRow r : q.responses().groupBy(Grouping.COUNTRY).summarize().rows()) {
      byCountry.computeIfAbsent(r.key().get(Grouping.COUNTRY), k -> new Summary[] {Summary.ZERO, Summary.ZERO})[1] = r.summary();
    }
    Set<String> out = new HashSet<>();
    byCountry.forEach((c, s) -> {
      for (Measure m : Measure.values()) {
        String code = c.map(Country::code).orElse("-");
        out.add(format + " by-country " + code + " attack " + m + " " + numbers(s[0].get(m)));
        out.add(format + " by-country " + code + " response " + m + " " + numbers(s[1].get(m)));
      }
    });
    for (Reconciliation.Check c : Reconciliation.of(seed).checks()) {
      out.add(format + " tallies " + c.tally().id() + " reported " + numbers(c.tally().value()));
      out.add(format + " tallies " + c.tally().id() + " data " + numbers(c.computed()));
    }
    return out;
  }

  private static String numbers(Estimate e) {
    return number(e.low()) + " " + number(e.best()) + " " + (e.isBounded() ? number(e.high()) : "inf") + " " + e.isApproximate();
  }

  private static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  @Test
  void pythonReadsCsvAndJsonBackIntoTheSameNumbers() throws Exception {
    String[] period = {"--since", "2023-10-17", "--until", "2023-11-21"};
    Path byCountry = dir.resolve("by-country.csv");
    Path tallies = dir.resolve("tallies.csv");
    Path json = dir.resolve("report.json");
    assertEquals(0, run(concat(period, "--format", "csv", "--table", "by-country", "--out", byCountry.toString())).code());
    assertEquals(0, run(concat(period, "--format", "csv", "--table", "tallies", "--out", tallies.toString())).code());
    Run j = run(concat(period, "--format", "json", "--out", json.toString()));
    assertEquals(0, j.code(), j.err());
    assertEquals("", j.out(), "--out leaves standard output empty");
    Path script = Path.of("src/test/resources/org/attackstats/cli/read_back.py");
    // python3 is part of the machine this project builds on; a missing one fails, never skips
    Process p = new ProcessBuilder("python3", script.toString(), byCountry.toString(), tallies.toString(), json.toString())
        .redirectErrorStream(true).start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), printed);
    Set<String> csv = new HashSet<>();
    Set<String> fromJson = new HashSet<>();
    printed.lines().forEach(l -> (l.startsWith("csv ") ? csv : fromJson).add(l));
    assertEquals(expectedNumbers("csv"), csv);
    assertEquals(expectedNumbers("json"), fromJson);
    assertTrue(csv.contains("csv tallies t04 reported 60 60 inf false"), csv.toString()); // ">=60"
  }

  @Test
  void jsonIsOneDocumentWithEstimatesAsObjects() {
    Run r = run("report", "--format", "json", "--country", "IQ");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{\n  \"report\": \"attack-stats\",\n  \"dataset\": {\"name\": \"bundled seed dataset"), r.out());
    assertTrue(r.out().contains("\"countries\": [\"IQ\"]"), r.out());
    assertTrue(r.out().contains("{\"country\": \"IQ\", \"country_name\": \"Iraq\", \"kind\": \"attack\", \"measure\": \"injured\","
        + " \"value\": {\"low\": 3, \"best\": 3, \"high\": null, \"approximate\": false, \"text\": \">=3\"}}"), r.out());
    for (String t : Report.TABLES) {
      assertTrue(r.out().contains("\"" + t + "\": ["), t);
    }
    Run grouped = run("report", "--format", "json", "--by", "kind,year");
    assertTrue(grouped.out().contains("\"groupings\": [\"kind\", \"year\"]"), grouped.out());
    // grouped by kind, each row holds the numbers of its own kind: no second kind column
    assertTrue(grouped.out().contains("\"grouped\": [\n      {\"kind\": \"attack\", \"year\": \"2023\", \"year_start\": \"2023-01-01\","
        + " \"year_end\": \"2023-12-31\", \"measure\": \"incidents\", \"value\": {\"low\": 5,"), grouped.out());
    assertTrue(grouped.out().contains("{\"kind\": \"response\", \"year\": \"2020\""), grouped.out());
  }

  private static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of("report"));
    all.addAll(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(new String[0]);
  }

  @Test
  void theHtmlPageNeedsNothingFromTheNetwork() throws IOException {
    Path page = dir.resolve("report.html");
    Run r = run("report", "--format", "html", "--out", page.toString());
    assertEquals(0, r.code(), r.err());
    String html = Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.endsWith("</html>\n"));
    assertEquals(4, html.split("<svg", -1).length - 1, "four charts");
    for (Charts.Kind k : Charts.Kind.values()) {
      assertTrue(html.contains("<figure id=\"" + k.id + "\">"), k.id);
    }
    // nothing to fetch: no scripts, links, images or styles from elsewhere (xmlns names are not fetched)
    String fetchable = html.replaceAll("xmlns(:\\w+)?=(\"[^\"]*\"|'[^']*')", "");
    assertFalse(fetchable.matches("(?s).*(<script|<link|<img|<iframe|url\\((?!#)|@import|https?://).*"), "a reference to fetch");
    assertTrue(html.contains("<caption>Reported tallies against the data</caption>"), html);
  }

  @Test
  void oneChartAsSvgOrPng() throws IOException {
    Path svg = dir.resolve("weekly.svg");
    Path png = dir.resolve("timeline.png");
    Run a = run("report", "--chart", svg.toString(), "--format", "csv");
    Run b = run("report", "--chart", png.toString(), "--chart-kind", "timeline", "--format", "csv");
    assertEquals(0, a.code(), a.err());
    assertEquals(0, b.code(), b.err());
    assertEquals(run("report", "--format", "csv").out(), a.out(), "the report still goes to standard output");
    String s = Files.readString(svg);
    assertTrue(s.startsWith("<svg") && s.contains("Attacks per week by country"), s.substring(0, 200));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(Charts.WIDTH, image.getWidth());
    assertEquals(Charts.HEIGHT, image.getHeight());
    assertTrue(HtmlReportTest.pixelsNear(image, Charts.TIMELINE[0]) > 50, "attacks drawn");
    assertTrue(HtmlReportTest.pixelsNear(image, Charts.TIMELINE[1]) > 50, "responses drawn");
  }
}
