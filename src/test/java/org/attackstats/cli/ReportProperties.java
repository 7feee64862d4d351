package org.attackstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.stats.StatsGen;
import org.attackstats.testing.Qt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} driven with generated option combinations and datasets: it exits 0 (or 1 when
 * rows could not be read) with a complete output in the chosen format, or 2 with one line on
 * standard error and nothing on standard output; never with an internal error.
 */
class ReportProperties {

  @TempDir Path dir;
  private int example;
  private final int[] exits = new int[3];

  private static final String[] DATES = {
    "2023-10-17", "2023-11-21", "2023-12-31", "2024-02-29", "0001-01-01", "9999-12-31", "2023-02-30", "yesterday",
    "10000-01-01", ""
  };
  private static final String[] COUNTRIES = {"IQ", "SY,IQ", "JO", "iq", "Iraq", ",", "IQ,IQ"};
  private static final String[] GROUPINGS = {
    "country", "admin1", "base", "perpetrator", "responder", "actor", "method", "target", "kind", "day", "week",
    "iso_week", "month", "year", "week_from_sunday", "colour"
  };
  private static final String[] FORMATS = {"table", "markdown", "csv", "json", "html", "xml"};
  private static final String[] TABLES = {
    "by-country", "by-month", "by-base", "by-method", "casualties", "responses", "tallies", "parts", "colours"
  };
  private static final String[] CHARTS = {"chart.svg", "chart.png", "chart.gif", "no/such/folder/chart.svg"};
  private static final String[] CHART_KINDS = {"attacks-per-week", "cumulative-attacks", "casualties-per-month",
      "timeline", "pie"};

  private static String pick(RandomGenerator rng, String[] values) {
    return values[rng.nextInt(values.length)];
  }

  /** Options, each present or not; file names are relative to the example's folder. */
  static List<String> options(RandomGenerator rng) {
    List<String> o = new ArrayList<>();
    for (String date : List.of("--since", "--until", "--from", "--to")) {
      if (rng.nextInt(4) == 0) {
        o.addAll(List.of(date, pick(rng, DATES)));
      }
    }
    if (rng.nextInt(4) == 0) {
      o.addAll(List.of("--country", pick(rng, COUNTRIES)));
    }
    if (rng.nextInt(3) == 0) {
      List<String> by = new ArrayList<>();
      for (int i = 1 + rng.nextInt(3); i > 0; i--) {
        by.add(pick(rng, GROUPINGS));
      }
      o.addAll(List.of("--by", String.join(",", by)));
    }
    if (rng.nextInt(4) != 0) {
      o.addAll(List.of("--format", pick(rng, FORMATS)));
    }
    if (rng.nextInt(6) == 0) {
      o.addAll(List.of("--table", pick(rng, TABLES)));
    }
    if (rng.nextInt(4) == 0) {
      o.addAll(List.of("--out", rng.nextInt(5) == 0 ? "no/such/folder/out" : "out"));
    }
    if (rng.nextInt(6) == 0) {
      o.addAll(List.of("--chart", pick(rng, CHARTS)));
    }
    if (rng.nextInt(8) == 0) {
      o.addAll(List.of("--chart-kind", pick(rng, CHART_KINDS)));
    }
    return o;
  }

  @Test
  void everyCombinationWorksOrIsAUsageError() {
    qt().withExamples(60)
        .forAll(longs().all(), Qt.from(ReportProperties::options), longs().between(0, 3))
        .checkAssert((seed, options, data) -> check(seed, options, data.intValue()));
    // the generator reaches both sides: reports made and usage errors told
    assertTrue(exits[Main.OK] + exits[Main.DATA_PROBLEMS] >= 15 && exits[Main.USAGE] >= 10,
        "exit codes 0, 1, 2: " + java.util.Arrays.toString(exits));
  }

  /** {@code data}: 0 the bundled seed, 1 a damaged generated folder, else a generated folder. */
  private void check(long seed, List<String> options, int data) {
    Path here = dir.resolve("example-" + example++);
    List<String> args = new ArrayList<>(List.of("report"));
    try {
      Files.createDirectories(here);
      if (data > 0) {
        Path folder = here.resolve("data");
        CanonicalCsv.write(StatsGen.dataset(seed, 30), folder);
        if (data == 1) {
          Files.writeString(folder.resolve("attacks.csv"), "bad,yesterday\n", StandardOpenOption.APPEND);
        }
        args.add(folder.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < options.size(); i++) {
      String o = options.get(i);
      boolean file = i > 0 && List.of("--out", "--chart").contains(options.get(i - 1));
      args.add(file ? here.resolve(o).toString() : o);
    }
    String line = String.join(" ", args);
    ReportTest.Run r = ReportTest.run(args.toArray(new String[0]));
    exits[r.code()]++;
    assertFalse(r.err().contains("internal error"), line + "\n" + r.err());
    if (r.code() == Main.USAGE) {
      assertEquals("", r.out(), line);
      assertEquals(1, r.err().lines().count(), line + "\n" + r.err());
      return;
    }
    assertEquals(data == 1 ? Main.DATA_PROBLEMS : Main.OK, r.code(), line + "\n" + r.err());
    String format = value(options, "--format", "table");
    String output = r.out();
    if (options.contains("--out")) {
      assertEquals("", r.out(), line);
      output = read(here.resolve(value(options, "--out", "")));
    }
    complete(format, output, options.contains("--by"), line);
    if (options.contains("--chart")) {
      String chart = read(here.resolve(value(options, "--chart", "")));
      assertTrue(chart.startsWith(value(options, "--chart", "").endsWith(".svg") ? "<svg" : "\u0089PNG"), line);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String value(List<String> options, String option, String otherwise) {
    int i = options.lastIndexOf(option);
    return i < 0 ? otherwise : options.get(i + 1);
  }

  /** Whether the output is whole: every table, a parsable table, a closed document. */
  private static void complete(String format, String out, boolean grouped, String line) {
    String lastTitle = grouped ? "Attacks and responses by " : "Reported tallies against the data";
    switch (format) {
      case "csv" -> {
        try {
          List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out)).getRecords();
          assertFalse(records.isEmpty(), line);
          int width = records.get(0).size();
          assertTrue(records.stream().allMatch(x -> x.size() == width), line);
          assertTrue(out.endsWith("\n"), line);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      case "json" -> {
        assertTrue(out.startsWith("{\n") && out.endsWith("}\n"), line);
        assertEquals(0, depth(out), line);
      }
      case "html" -> {
        assertTrue(out.startsWith("<!DOCTYPE html>") && out.endsWith("</html>\n"), line);
        assertEquals(4, out.split("<svg", -1).length - 1, line);
        assertTrue(out.contains("<caption>" + lastTitle), line);
      }
      default -> {
        assertTrue(out.endsWith("\n\n") && out.contains(lastTitle), line + "\n" + out);
      }
    }
  }

  /** Brackets and braces opened and not closed, outside strings. */
  private static int depth(String json) {
    int depth = 0;
    boolean string = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (string) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          string = false;
        }
      } else if (c == '"') {
        string = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        assertTrue(depth >= 0, "closed before opened at " + i);
      }
    }
    return depth;
  }
}
