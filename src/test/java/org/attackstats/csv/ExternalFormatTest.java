package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExternalFormatTest {

  @ParameterizedTest
  @CsvSource({
    "acled.csv, acled-csv",
    "acled-reordered.csv, acled-csv",
    "acled-legacy.csv, acled-legacy",
    "acled-api.json, acled-json",
    "gtd.csv, gtd",
    "gtd-reduced.csv, gtd",
    "ucdp-ged.csv, ucdp-ged",
    "gdelt-events.export.CSV, gdelt",
  })
  void eachFixtureIsToldByItsContent(String file, String format) {
    assertEquals(format, Fixtures.file(Fixtures.read(file)).format());
  }

  @Test
  void headersDecideIgnoringCaseAndBom() {
    List<String> legacy = List.of("\uFEFFEVENT_ID_CNTY", "EVENT_DATE", "ISO3").stream().map(Binding::normalise).toList();
    assertEquals(Optional.of(ExternalFormat.ACLED_LEGACY), Resolver.match(legacy));
    assertEquals(Optional.of(ExternalFormat.GTD), Resolver.match(List.of("eventid", "iyear")));
    assertEquals(Optional.of(ExternalFormat.GTD), Resolver.match(List.of("eventid", "country_txt", "nkill")));
    assertEquals(Optional.of(ExternalFormat.UCDP_GED), Resolver.match(List.of("id", "date_start", "side_a")));
    assertEquals(Optional.empty(), Resolver.match(List.of("eventid")));
  }

  @Test
  void aFileOfNoKnownFormatIsAProblemNamingTheHeadersSeen() {
    LoadResult r = Fixtures.read("x.csv", "when,where\n2023-10-17,IQ\n".getBytes(UTF_8), InputFormat.AUTO,
        ReadOptions.lenient());
    DataProblem p = r.report().problems().get(0);
    assertEquals("x.csv", p.file());
    assertEquals(1, p.line());
    assertTrue(p.reason().startsWith("not a known format"), p.reason());
    assertTrue(p.reason().contains("--map"), p.reason());
    assertTrue(p.reason().endsWith("headers seen: [when, where]"), p.reason());
    assertThrows(DataFormatException.class,
        () -> Fixtures.read("x.csv", "when\n".getBytes(UTF_8), InputFormat.AUTO, ReadOptions.strict()));
  }

  @Test
  void anEmptyFileIsAProblem() {
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> Fixtures.read("empty.csv", new byte[0], InputFormat.AUTO, ReadOptions.strict()));
    assertTrue(e.reason().contains("empty"), e.reason());
  }

  @Test
  void namesAsACommandLineGivesThem() {
    assertEquals(ExternalFormat.ACLED_LEGACY, ExternalFormat.parse("acled-legacy"));
    assertEquals(ExternalFormat.ACLED, ExternalFormat.parse(" ACLED "));
    assertEquals(ExternalFormat.UCDP_GED, ExternalFormat.parse("ucdp"));
    assertEquals(ExternalFormat.UCDP_GED, ExternalFormat.parse("ucdp_ged"));
    for (ExternalFormat f : ExternalFormat.values()) {
      assertEquals(f, ExternalFormat.parse(f.toString()), "toString is the name parse reads");
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExternalFormat.parse("acled2"));
    assertTrue(e.getMessage().contains("'acled2'"), e.getMessage());
    assertEquals(InputFormat.of(ExternalFormat.GTD), InputFormat.parse("gtd"));
    assertEquals(InputFormat.TEXT, InputFormat.parse("TEXT"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("csv"))
        .getMessage().contains("auto, canonical, text, acled"));
  }

  @Test
  void datasetNames() {
    assertEquals("ACLED", ExternalFormat.ACLED_LEGACY.datasetName());
    assertEquals("GTD", ExternalFormat.GTD.datasetName());
    assertEquals("UCDP GED", ExternalFormat.UCDP_GED.datasetName());
    assertEquals(List.of("id", "date_start", "country"), ExternalFormat.UCDP_GED.requiredColumns());
  }
}
