package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalFormatTest {

  @Test
  void detectsEachFixtureByItsHeader() throws IOException {
    assertEquals(ExternalFormat.ACLED, ExternalFormat.detect(Fixtures.path("acled.csv")));
    assertEquals(ExternalFormat.ACLED, ExternalFormat.detect(Fixtures.path("acled-reordered.csv")));
    assertEquals(
        ExternalFormat.ACLED_LEGACY, ExternalFormat.detect(Fixtures.path("acled-legacy.csv")));
    assertEquals(ExternalFormat.ACLED_JSON, ExternalFormat.detect(Fixtures.path("acled-api.json")));
    assertEquals(ExternalFormat.GTD, ExternalFormat.detect(Fixtures.path("gtd.csv")));
    assertEquals(ExternalFormat.GTD, ExternalFormat.detect(Fixtures.path("gtd-reduced.csv")));
    assertEquals(ExternalFormat.UCDP_GED, ExternalFormat.detect(Fixtures.path("ucdp-ged.csv")));
  }

  @Test
  void headersDecideIgnoringCaseAndBom() {
    assertEquals(
        ExternalFormat.ACLED_LEGACY,
        ExternalFormat.fromHeader(List.of("\uFEFFEVENT_ID_CNTY", "EVENT_DATE", "ISO3"), "f"));
    assertEquals(ExternalFormat.GTD, ExternalFormat.fromHeader(List.of("eventid", "iyear"), "f"));
    assertEquals(
        ExternalFormat.UCDP_GED,
        ExternalFormat.fromHeader(List.of("id", "date_start", "side_a"), "f"));
  }

  @Test
  void unknownHeaderFailsNamingTheHeadersSeen(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("attacks.csv");
    Files.writeString(f, "id,date_start,country\na1,2023-10-17,IQ\n");
    DataFormatException e = assertThrows(DataFormatException.class, () -> ExternalFormat.detect(f));
    assertEquals("attacks.csv", e.file());
    assertEquals(1, e.line());
    assertEquals("id,date_start,country", e.value());
    assertTrue(e.reason().contains("headers seen: [id, date_start, country]"), e.reason());
  }

  @Test
  void emptyFileFails(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("empty.csv");
    Files.writeString(f, "");
    DataFormatException e = assertThrows(DataFormatException.class, () -> ExternalFormat.detect(f));
    assertTrue(e.reason().contains("empty"), e.reason());
  }

  @Test
  void namesAsACommandLineGivesThem() {
    assertEquals(ExternalFormat.ACLED_LEGACY, ExternalFormat.parse("acled-legacy"));
    assertEquals(ExternalFormat.ACLED, ExternalFormat.parse(" ACLED "));
    assertEquals(ExternalFormat.UCDP_GED, ExternalFormat.parse("ucdp"));
    assertEquals(ExternalFormat.UCDP_GED, ExternalFormat.parse("ucdp_ged"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExternalFormat.parse("acled2"));
    assertTrue(e.getMessage().contains("'acled2'"), e.getMessage());
  }

  @Test
  void datasetNames() {
    assertEquals("ACLED", ExternalFormat.ACLED_LEGACY.datasetName());
    assertEquals("GTD", ExternalFormat.GTD.datasetName());
    assertEquals("UCDP GED", ExternalFormat.UCDP_GED.datasetName());
    assertEquals(List.of("id", "date_start", "country"), ExternalFormat.UCDP_GED.requiredColumns());
  }
}
