package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Query;
import org.attackstats.stats.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordStreamTest {

  private static final Path SEED = Path.of("seeds", "iraq-syria-2023");

  private static Map<Incident.Kind, RecordStreamProperties.Headline> headline(
      Path path, ReadOptions options, List<LoadReport> report) {
    return RecordStreamProperties.stream(path, options, Optional.empty(), report);
  }

  @Test
  void seedFolderGivesTheHeadlineStatisticsOfTheSeedDatasetThroughOrdinaryCollectors() {
    DateSpan period = DateSpan.parse("2023-10-17/2023-11-21");
    List<LoadReport> report = new ArrayList<>();
    RecordStreamProperties.Headline s =
        RecordStreamProperties.stream(SEED, ReadOptions.strict(), Optional.of(period), report).get(Incident.Kind.ATTACK);
    Dataset seed = CanonicalCsv.seedDataset();
    Query attacks = Query.of(seed).attacks().period(period);
    assertEquals(attacks.summarize().summary(), s.total());
    assertEquals(
        attacks.country(Country.of("IQ")).summarize().summary(),
        s.byCountry().entrySet().stream()
            .filter(e -> e.getKey().get(Grouping.COUNTRY).equals(Optional.of(Country.of("IQ"))))
            .findFirst()
            .orElseThrow()
            .getValue());
    assertEquals(2, s.byMonth().size()); // October and November 2023
    assertEquals(report.get(0).rowsRead(), report.get(0).accepted());
    assertTrue(s.total().incidents().best() > 0);
  }

  @Test
  void strictModeThrowsWhileTheStreamIsReadAtTheFirstBadRowWithLineAndColumn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("attacks.csv");
    Files.writeString(f, "id,date_start,killed\na1,2023-10-17,2\na2,2023-10-18,lots\n", UTF_8);
    try (RecordStream s = Loader.stream(List.of(Input.of(f)), ReadOptions.strict())) {
      DataFormatException e = assertThrows(DataFormatException.class, () -> s.incidents().count());
      assertEquals(3, e.problem().line());
      assertEquals("killed", e.problem().column());
    }
  }

  @Test
  void lenientModeCountsTheGoodRowsAndReportsTheBadOnes(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("attacks.csv");
    Files.writeString(f, "id,date_start,killed\na1,2023-10-17,2\na2,2023-10-18,lots\na1,2023-10-19,1\n", UTF_8);
    try (RecordStream s = Loader.stream(List.of(Input.of(f)), ReadOptions.lenient())) {
      Summary total = s.incidents().collect(Summary.toSummary());
      LoadReport r = s.report();
      assertEquals(3, r.rowsRead());
      assertEquals(1, r.accepted());
      assertEquals(2, r.problems().size());
      assertEquals("id", r.problems().get(1).column());
      assertEquals(4, r.problems().get(1).line());
      assertEquals(2.0, total.killed().best());
      assertThrows(IllegalStateException.class, s::incidents, "a stream is read once");
    }
  }

  @Test
  void withoutIdChecksReferencesAndDuplicatesAreNotChecked(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("responses.csv");
    Files.writeString(f, "id,date_start,in_response_to\nr1,2023-10-17,a9\nr2,2023-10-18,\nr2,2023-10-19,\n", UTF_8);
    List<LoadReport> checked = new ArrayList<>();
    headline(f, ReadOptions.lenient(), checked);
    assertEquals(2, checked.get(0).problems().size());
    assertEquals("in_response_to", checked.get(0).problems().get(0).column());
    assertTrue(checked.get(0).problems().get(0).reason().contains("no attack with this id (there are none)"));
    assertEquals("id", checked.get(0).problems().get(1).column());
    List<LoadReport> unchecked = new ArrayList<>();
    Map<Incident.Kind, RecordStreamProperties.Headline> h =
        headline(f, ReadOptions.lenient().toBuilder().checkIds(false).build(), unchecked);
    assertEquals(3, unchecked.get(0).accepted());
    assertEquals(3.0, h.get(Incident.Kind.RESPONSE).total().incidents().best());
  }

  @Test
  void aFolderWithNothingToReadOrAMissingFileIsRefused(@TempDir Path dir) {
    assertThrows(DataFormatException.class, () -> Loader.stream(List.of(Input.of(dir)), ReadOptions.lenient()));
    assertThrows(UncheckedIOException.class,
        () -> Loader.stream(List.of(Input.of(dir.resolve("attacks.csv"))), ReadOptions.lenient()));
  }

  @Test
  void lenientModeReportsABadHeaderAndGoesOnAsTheLoaderDoes(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("attacks.csv"), "id,date_start\na1,2023-10-17\n", UTF_8);
    Files.writeString(dir.resolve("responses.csv"), "id,when\nr1,2023-10-18\n", UTF_8);
    LoadResult loaded = CanonicalCsv.read(dir, ReadOptions.lenient());
    List<LoadReport> report = new ArrayList<>();
    Map<Incident.Kind, RecordStreamProperties.Headline> h = headline(dir, ReadOptions.lenient(), report);
    assertEquals(loaded.report(), report.get(0));
    assertEquals("date_start", report.get(0).problems().get(0).column());
    assertEquals(1.0, h.get(Incident.Kind.ATTACK).total().incidents().best());
  }
}
