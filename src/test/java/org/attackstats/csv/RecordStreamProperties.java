package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.stats.GroupKey;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Query;
import org.attackstats.stats.GroupRow;
import org.attackstats.stats.Summary;
import org.attackstats.testing.DatasetSettings;
import org.attackstats.testing.Qt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Generated datasets written as canonical CSV, some with damaged rows appended: streaming them
 * ({@link Loader#stream}) gives the same per-file account and the same problems as {@link
 * Loader#read} in lenient mode, and the ordinary collectors of the statistics engine over the
 * stream give the same total, by-country and by-month summaries as {@link Query} over the dataset
 * that read builds, with or without a period.
 */
class RecordStreamProperties {

  /** The headline statistics of one kind of incident, as one pass of ordinary collectors gives them. */
  record Headline(Summary total, SortedMap<GroupKey, Summary> byCountry, SortedMap<GroupKey, Summary> byMonth) {}

  static Collector<Incident, ?, Headline> headline(Optional<DateSpan> period) {
    return Collectors.teeing(
        period.map(Summary::toSummary).orElseGet(Summary::toSummary),
        Collectors.teeing(
            Summary.toSummaries(period, List.of(Grouping.COUNTRY)),
            Summary.toSummaries(period, List.of(Grouping.MONTH)),
            List::of),
        (total, groups) -> new Headline(total, groups.get(0), groups.get(1)));
  }

  /** Streams the folder once: the headline of each kind, and the account. */
  static Map<Incident.Kind, Headline> stream(Path dir, ReadOptions options, Optional<DateSpan> period,
      List<LoadReport> report) {
    try (RecordStream s = Loader.stream(List.of(Input.of(dir)), options)) {
      Map<Incident.Kind, Headline> m = s.incidents()
          .collect(Collectors.groupingBy(Incident::kind, () -> new EnumMap<>(Incident.Kind.class), headline(period)));
      for (Incident.Kind k : Incident.Kind.values()) {
        m.computeIfAbsent(k, x -> Stream.<Incident>empty().collect(headline(period)));
      }
      report.add(s.report());
      return m;
    }
  }

  /** Appended rows: none, or a bad date, a duplicate id, a dangling reference and a good row. */
  private static Gen<Boolean> damaged() {
    return booleans().all();
  }

  private static Gen<Optional<DateSpan>> periods() {
    return integers().between(0, 3).zip(Qt.dateSpans(), (n, s) -> n == 0 ? Optional.empty() : Optional.of(s));
  }

  @Test
  void streamingAgreesWithLoadingAndQuerying() {
    qt().withExamples(150)
        .forAll(Qt.datasets(DatasetSettings.small()), damaged(), periods())
        .check((d, damage, period) -> agrees(d, damage, period));
  }

  @Test
  void withoutIdChecksAgreesOnDatasetsWithoutDuplicatesOrDanglingReferences() {
    qt().withExamples(100)
        .forAll(Qt.datasets(DatasetSettings.medium()), periods())
        .check(
            (d, period) -> {
              Path dir = write(d, false);
              try {
                LoadResult loaded = CanonicalCsv.read(dir, ReadOptions.strict());
                List<LoadReport> report = new ArrayList<>();
                Map<Incident.Kind, Headline> s =
                    stream(dir, ReadOptions.strict().toBuilder().checkIds(false).build(), period, report);
                assertSameStatistics(loaded.dataset(), period, s);
                assertEquals(loaded.report().files(), report.get(0).files());
                return true;
              } finally {
                TempDirs.delete(dir);
              }
            });
  }

  private static boolean agrees(Dataset d, boolean damage, Optional<DateSpan> period) {
    Path dir = write(d, damage);
    try {
      LoadResult loaded = CanonicalCsv.read(dir, ReadOptions.lenient());
      List<LoadReport> report = new ArrayList<>();
      Map<Incident.Kind, Headline> s = stream(dir, ReadOptions.lenient(), period, report);
      assertEquals(loaded.report(), report.get(0));
      assertEquals(damage ? 3 : 0, report.get(0).problems().size());
      assertSameStatistics(loaded.dataset(), period, s);
      return true;
    } finally {
      TempDirs.delete(dir);
    }
  }

  private static void assertSameStatistics(Dataset d, Optional<DateSpan> period, Map<Incident.Kind, Headline> s) {
    for (Incident.Kind k : Incident.Kind.values()) {
      Query q = Query.of(d).kind(k);
      if (period.isPresent()) {
        q = q.period(period.get());
      }
      assertEquals(q.summarize().summary(), s.get(k).total(), k + " total");
      assertEquals(rows(q, Grouping.COUNTRY), s.get(k).byCountry(), k + " by country");
      assertEquals(rows(q, Grouping.MONTH), s.get(k).byMonth(), k + " by month");
    }
  }

  private static SortedMap<GroupKey, Summary> rows(Query q, Grouping<?> g) {
    SortedMap<GroupKey, Summary> m = new TreeMap<>();
    for (GroupRow r : q.groupBy(g).summarize().rows()) {
      m.put(r.key(), r.summary());
    }
    return m;
  }

  /** Writes the dataset; with damage, appends to attacks.csv and responses.csv three bad rows and a good one. */
  private static Path write(Dataset d, boolean damage) {
    try {
      Path dir = Files.createTempDirectory("csv-stream");
      CanonicalCsv.write(d, dir);
      if (damage) {
        Path attacks = dir.resolve("attacks.csv");
        String dup = d.attacks().isEmpty() ? "x-dup" : d.attacks().get(0).id();
        append(attacks, List.of("zz-bad-date", "2023-02-30"));
        append(attacks, List.of(dup, "2023-01-01"));
        append(attacks, List.of("zz-good", "2023-01-05"));
        if (d.attacks().isEmpty()) {
          append(attacks, List.of(dup, "2023-01-02")); // now a duplicate of the row above
        }
        append(dir.resolve("responses.csv"), List.of("zz-dangling", "2023-01-03", "no-such-attack"));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends a row with id, date_start and (for responses) in_response_to; other cells empty. */
  private static void append(Path file, List<String> values) throws IOException {
    List<String> header;
    try (CSVParser p = CSVParser.parse(Files.newBufferedReader(file, UTF_8), CSVFormat.RFC4180)) {
      header = p.iterator().next().toList();
    }
    String[] cells = new String[header.size()];
    for (int i = 0; i < cells.length; i++) {
      String name = header.get(i);
      cells[i] =
          name.equals("id") ? values.get(0)
              : name.equals("date_start") ? values.get(1)
              : name.equals("in_response_to") && values.size() > 2 ? values.get(2)
              : "";
    }
    String line = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get().format((Object[]) cells) + "\n";
    Files.writeString(file, line, UTF_8, StandardOpenOption.APPEND);
  }
}
