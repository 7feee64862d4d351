package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.model.Country;
import org.attackstats.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts of records and of killed by country, computed on the converted dataset, equal those of a
 * plain Commons CSV pass over the same fixture with a hand-written name table, leaving out the rows
 * the report rejected.
 */
class CountsByCountryTest {

  /** The test's own table, independent of the bundled one. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("Iraq", "IQ"),
          Map.entry("Syria", "SY"),
          Map.entry("Kosovo", "XK"),
          Map.entry("IRQ", "IQ"),
          Map.entry("SYR", "SY"),
          Map.entry("West Germany (FRG)", "DE"),
          Map.entry("United States", "US"),
          Map.entry("Ivory Coast", "CI"),
          Map.entry("DR Congo (Zaire)", "CD"),
          Map.entry("Yemen (North Yemen)", "YE"),
          Map.entry("Serbia (Yugoslavia)", "RS"),
          Map.entry("Russia (Soviet Union)", "RU"),
          Map.entry("Myanmar (Burma)", "MM"),
          Map.entry("Bosnia-Herzegovina", "BA"),
          // historical states with several successors: kept without a country
          Map.entry("Yugoslavia", "(none)"));

  @ParameterizedTest
  @CsvSource({
    "acled.csv, country, fatalities",
    "acled-reordered.csv, country, fatalities",
    "acled-legacy.csv, country, fatalities",
    "gtd.csv, country_txt, nkill",
    "gtd-reduced.csv, country_txt, nkill",
    "ucdp-ged.csv, country, best",
  })
  void countsByCountryMatchAPlainCsvPass(String file, String countryColumn, String killedColumn)
      throws IOException {
    LoadResult c = Fixtures.read(file);
    Set<Long> rejected = new HashSet<>();
    for (DataProblem p : c.report().problems()) {
      rejected.add(p.record());
    }
    Map<String, Long> expectedCounts = new TreeMap<>();
    Map<String, Double> expectedKilled = new TreeMap<>();
    long rows = 0;
    try (Reader in = Files.newBufferedReader(Fixtures.path(file))) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows++;
        // the header is record 1 in problem reports
        if (rejected.contains(r.getRecordNumber() + 1)) {
          continue;
        }
        Map<String, String> m = lowerCaseKeys(r.toMap());
        String name = m.get(countryColumn).isEmpty() ? m.get("iso3") : m.get(countryColumn);
        String code = NAMES.get(name);
        expectedCounts.merge(code, 1L, Long::sum);
        String k = m.get(killedColumn);
        double killed = k.isEmpty() || k.startsWith("-") ? 0 : Double.parseDouble(k);
        expectedKilled.merge(code, killed, Double::sum);
      }
    }
    assertEquals(rows, c.report().rowsRead());
    assertEquals(expectedCounts, countsOf(c));
    assertEquals(expectedKilled, killedOf(c));
  }

  @Test
  void jsonCountsMatchARegexPass() throws IOException {
    LoadResult c = Fixtures.read("acled-api.json");
    Map<String, Long> expected = new TreeMap<>();
    Matcher m =
        Pattern.compile("\"country\": \"([^\"]*)\"")
            .matcher(Files.readString(Fixtures.path("acled-api.json")));
    while (m.find()) {
      expected.merge(NAMES.get(m.group(1)), 1L, Long::sum);
    }
    assertEquals(expected, countsOf(c));
  }

  private static Map<String, String> lowerCaseKeys(Map<String, String> m) {
    Map<String, String> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return out;
  }

  private static Map<String, Long> countsOf(LoadResult c) {
    Map<String, Long> counts = new TreeMap<>();
    for (Incident i : c.dataset().incidents()) {
      counts.merge(i.place().country().map(Country::code).orElse("(none)"), 1L, Long::sum);
    }
    return counts;
  }

  private static Map<String, Double> killedOf(LoadResult c) {
    Map<String, Double> killed = new TreeMap<>();
    for (Incident i : c.dataset().incidents()) {
      killed.merge(i.place().country().map(Country::code).orElse("(none)"), i.killed().best(), Double::sum);
    }
    return killed;
  }
}
