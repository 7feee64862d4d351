package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvStreamTest {

  private static final Path SEED = Path.of("seeds", "iraq-syria-2023");

  @Test
  void seedFolderGivesTheHeadlineStatisticsOfTheSeedDataset() {
    DateSpan period = DateSpan.parse("2023-10-17/2023-11-21");
    StreamSummary s = CsvStream.summarize(SEED, ReadOptions.strict(), StreamQuery.all().period(period));
    Dataset seed = CanonicalCsv.seedDataset();
    Query attacks = Query.of(seed).attacks().period(period);
    assertEquals(attacks.summarize().summary(), s.total(Incident.Kind.ATTACK));
    assertEquals(
        attacks.country(Country.of("IQ")).summarize().summary(),
        s.byCountry(Incident.Kind.ATTACK).entrySet().stream()
            .filter(e -> e.getKey().get(Grouping.COUNTRY).equals(Optional.of(Country.of("IQ"))))
            .findFirst()
            .orElseThrow()
            .getValue());
    assertEquals(2, s.byMonth(Incident.Kind.ATTACK).size()); // October and November 2023
    assertEquals(s.rowsRead(), s.accepted());
    assertTrue(s.total(Incident.Kind.ATTACK).incidents().best() > 0);
  }

  @Test
  void strictModeThrowsAtTheFirstBadRowWithLineAndColumn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("attacks.csv");
    Files.writeString(f, "id,date_start,killed\na1,2023-10-17,2\na2,2023-10-18,lots\n", UTF_8);
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> CsvStream.summarize(f, ReadOptions.strict(), StreamQuery.all()));
    assertEquals(3, e.problem().line());
    assertEquals("killed", e.problem().column());
  }

  @Test
  void lenientModeCountsTheGoodRowsAndReportsTheBadOnes(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("attacks.csv");
    Files.writeString(f, "id,date_start,killed\na1,2023-10-17,2\na2,2023-10-18,lots\na1,2023-10-19,1\n", UTF_8);
    StreamSummary s = CsvStream.summarize(f, ReadOptions.lenient(), StreamQuery.all());
    assertEquals(3, s.rowsRead());
    assertEquals(1, s.accepted());
    assertEquals(2, s.problems().size());
    assertEquals("id", s.problems().get(1).column());
    assertEquals(4, s.problems().get(1).line());
    assertEquals(2.0, s.total(Incident.Kind.ATTACK).killed().best());
  }

  @Test
  void withoutIdChecksReferencesAndDuplicatesAreNotChecked(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("responses.csv");
    Files.writeString(f, "id,date_start,in_response_to\nr1,2023-10-17,a9\nr2,2023-10-18,\nr2,2023-10-19,\n", UTF_8);
    StreamSummary checked = CsvStream.summarize(f, ReadOptions.lenient(), StreamQuery.all());
    assertEquals(2, checked.problems().size());
    assertEquals("in_response_to", checked.problems().get(0).column());
    assertTrue(checked.problems().get(0).reason().contains("no attack with this id (there are none)"));
    assertEquals("id", checked.problems().get(1).column());
    StreamSummary unchecked =
        CsvStream.summarize(f, ReadOptions.lenient(), StreamQuery.all().withoutIdChecks());
    assertEquals(3, unchecked.accepted());
    assertEquals(3.0, unchecked.total(Incident.Kind.RESPONSE).incidents().best());
  }

  @Test
  void aFolderWithoutCanonicalFilesOrAMissingFileIsRefused(@TempDir Path dir) {
    assertThrows(
        DataFormatException.class,
        () -> CsvStream.summarize(dir, ReadOptions.lenient(), StreamQuery.all()));
    assertThrows(
        UncheckedIOException.class,
        () -> CsvStream.summarize(dir.resolve("attacks.csv"), ReadOptions.lenient(), StreamQuery.all()));
  }

  @Test
  void lenientModeReportsABadHeaderAndGoesOnAsTheLoaderDoes(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("attacks.csv"), "id,date_start\na1,2023-10-17\n", UTF_8);
    Files.writeString(dir.resolve("responses.csv"), "id,when\nr1,2023-10-18\n", UTF_8);
    LoadResult loaded = CanonicalCsv.read(dir, ReadOptions.lenient());
    StreamSummary s = CsvStream.summarize(dir, ReadOptions.lenient(), StreamQuery.all());
    assertEquals(loaded.problems(), s.problems());
    assertEquals(loaded.files(), s.files());
    assertEquals("date_start", s.problems().get(0).column());
    assertEquals(1.0, s.total(Incident.Kind.ATTACK).incidents().best());
  }
}
