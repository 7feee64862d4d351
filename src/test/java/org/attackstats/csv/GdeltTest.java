package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Coordinates;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.junit.jupiter.api.Test;

/** The GDELT reader on a fixture of invented events written in GDELT 2.0's layout. */
class GdeltTest {
  private static final String FIXTURE = "gdelt-events.export.CSV";

  @Test
  void everyRowOfTheFixtureIsAccountedFor() {
    LoadResult c = Fixtures.read(FIXTURE);
    FileReport r = Fixtures.file(c);
    assertEquals("gdelt", r.format());
    // 15 lines, one blank
    assertEquals(14, r.rowsRead());
    assertEquals(7, r.accepted());
    assertEquals(
        Map.of("not an incident: CAMEO 04 (consult)", 1L, "not an incident: CAMEO 14 (protest)", 1L),
        r.leftOut());
    assertEquals(
        Map.of("duplicate id", 1L, "invalid date", 1L, "invalid value", 1L, "unknown country", 1L,
            "wrong number of cells", 1L),
        r.rejectedByReason());
    assertEquals(r.rowsRead(), r.accepted() + r.leftOutCount() + r.rejected());
    assertEquals(6, c.dataset().attacks().size());
    assertEquals(1, c.dataset().responses().size());
    assertEquals(Map.of("no current country", 1L), r.warnings());
    assertEquals(Map.of("eventcode", Map.of("199", 1L), "quadclass", Map.of("9", 1L)), r.unknownValues());
    assertEquals(List.of(), r.unknownColumns());
    List<DataProblem> p = c.report().problems();
    assertEquals(
        List.of("9 actiongeo_countrycode QQ", "10 globaleventid 900000001", "11 sqldate 20231341",
            "14  ", "15 eventbasecode 180"),
        p.stream().map(d -> d.line() + " " + d.column() + " " + (d.line() == 14 ? "" : d.value())).toList());
    p.forEach(d -> assertEquals(d.line(), d.record(), "no header: a line is its record"));
    assertTrue(p.get(0).reason().contains("not a FIPS 10-4 country code"), p.get(0)::reason);
    assertTrue(p.get(3).reason().contains("expected 61 cells as in the first line (GDELT 2.0 events), found 60"),
        p.get(3)::reason);
  }

  @Test
  void anAttackPinsEveryMappedFieldAndKeepsTheRestAsExtras() {
    Attack a = Fixtures.read(FIXTURE).dataset().attack("900000001").orElseThrow();
    assertEquals(DateSpan.ofDay(LocalDate.of(2023, 10, 17)), a.date());
    assertEquals(
        Place.of(Country.of("IQ"))
            .withLocation("Baghdad, Baghdad, Iraq")
            .withCoordinates(Coordinates.of(33.3406, 44.4009)),
        a.place());
    assertEquals(Actor.of("MILITIA"), a.perpetrator().orElseThrow());
    assertEquals("UNITED STATES", a.target().orElseThrow());
    assertTrue(a.method().isEmpty(), "CAMEO 190 names no method");
    assertTrue(a.injured().isUnknown(), "GDELT has no casualty figures: unknown, not 0");
    assertTrue(a.killed().isUnknown());
    assertTrue(a.munitions().isUnknown());
    assertEquals(Source.of("GDELT", null, "https://news.example.org/20231017/story-900000001"), a.source());
    Set<String> consumed =
        Set.of("globaleventid", "actor1name", "actor2name", "actiongeo_fullname", "actiongeo_lat",
            "actiongeo_long", "sourceurl");
    assertEquals(expectedExtras(line(1), consumed), new TreeMap<>(a.extras()));
    assertEquals("IZ", a.extras().get("gdelt_actiongeo_countrycode"), "the FIPS code as GDELT gave it");
  }

  @Test
  void eventCodesGiveMethodsAndTheResponderRuleGivesResponses() {
    LoadResult c = Fixtures.read(FIXTURE);
    Attack bomb = c.dataset().attack("900000002").orElseThrow();
    assertEquals(Method.of("suicide_bomb"), bomb.method().orElseThrow());
    assertTrue(bomb.perpetrator().isEmpty(), "no Actor1: no perpetrator");
    assertEquals(Country.of("SY"), bomb.place().country().orElseThrow());
    assertEquals(Method.of("small_arms"), c.dataset().attack("900000007").orElseThrow().method().orElseThrow());
    Response strike = c.dataset().response("900000006").orElseThrow();
    assertEquals(Actor.of("UNITED STATES"), strike.responder().orElseThrow());
    assertEquals(Actor.of("IRAN"), strike.targetActor().orElseThrow());
    assertEquals(Method.of("airstrike"), strike.method().orElseThrow());
    assertTrue(strike.killed().isUnknown());
  }

  @Test
  void noPlaceAndDisputedPlaceAreKeptWithoutACountryAndNoUrlFallsBackToTheFile() {
    LoadResult c = Fixtures.read(FIXTURE);
    assertEquals(Place.unknown(), c.dataset().attack("900000007").orElseThrow().place());
    Attack spratly = c.dataset().attack("900000011").orElseThrow();
    assertTrue(spratly.place().country().isEmpty());
    assertEquals("PG", spratly.extras().get("gdelt_actiongeo_countrycode"));
    assertEquals(Source.of("GDELT", null, FIXTURE), spratly.source());
    DataProblem w = c.report().warnings().get(0);
    assertEquals(13, w.line());
    assertTrue(w.reason().contains("Spratly Islands"), w::reason);
  }

  @Test
  void leftOutRowsAreReadWhenAsked() {
    LoadResult c =
        Fixtures.read(FIXTURE, InputFormat.AUTO, ReadOptions.lenient().toBuilder().includeNonIncidents(true).build());
    assertEquals(9, c.report().accepted());
    assertTrue(c.dataset().attack("900000004").orElseThrow().method().isEmpty());
  }

  @Test
  void strictModeStopsAtTheFirstBadLine() {
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> Fixtures.read(FIXTURE, InputFormat.AUTO, ReadOptions.strict()));
    assertEquals(9, e.problem().line());
  }

  @Test
  void gdelt1DailyAndHistoricalLayoutsAreToldByTheirCellCount() {
    List<String> v2 = GdeltMapping.COLUMNS;
    for (List<String> layout : List.of(GdeltMapping.V1_COLUMNS, GdeltMapping.V1_HISTORICAL_COLUMNS)) {
      List<String> cells = Arrays.asList(line(1).split("\t", -1));
      String v1 = layout.stream().map(name -> cells.get(v2.indexOf(name))).collect(Collectors.joining("\t"));
      LoadResult c = Fixtures.read("events.csv", (v1 + "\n").getBytes(StandardCharsets.UTF_8), InputFormat.AUTO,
          ReadOptions.strict());
      Attack a = c.dataset().attack("900000001").orElseThrow();
      assertEquals(Country.of("IQ"), a.place().country().orElseThrow());
      assertEquals(layout.contains("sourceurl") ? "https://news.example.org/20231017/story-900000001" : "events.csv",
          a.source().document().orElseThrow());
    }
  }

  @Test
  void aLineOfAnotherLayoutIsNotGdelt() {
    byte[] bytes = "1\t20231017\tthree\n".getBytes(StandardCharsets.UTF_8);
    LoadResult c = Fixtures.read("events.csv", bytes, InputFormat.of(ExternalFormat.GDELT), ReadOptions.lenient());
    DataProblem p = c.report().problems().get(0);
    assertEquals(0, c.report().rowsRead());
    assertTrue(p.reason().startsWith("not GDELT events: the first line has 3 tab-separated cells; expected 61"),
        p::reason);
    LoadResult asGtd = Fixtures.read(FIXTURE, InputFormat.of(ExternalFormat.GTD), ReadOptions.lenient());
    assertTrue(asGtd.report().problems().get(0).reason().endsWith("it is gdelt (use --input-format gdelt)"),
        () -> asGtd.report().problems().toString());
  }

  @Test
  void aGdeltFileHasNoHeaderToMap() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TableMapping.parse("killed=deaths", ExternalFormat.GDELT));
    assertTrue(e.getMessage().contains("no header"), e::getMessage);
    assertEquals(ExternalFormat.GDELT, ExternalFormat.parse("gdelt"));
  }

  @Test
  void everyFipsCodeOfTheTableMapsToACountryOrSaysWhyNot() {
    List<String> warnings = new ArrayList<>();
    Mapping.Context context = new Mapping.Context(ResponderRule.none(), Source.of("GDELT", null, "t"), "t",
        (column, value) -> warnings.add(value));
    assertEquals(Country.of("IQ"), FipsCountries.resolve("c", "IZ", context));
    assertEquals(Country.of("DE"), FipsCountries.resolve("c", "gm", context));
    assertEquals(Country.of("PS"), FipsCountries.resolve("c", "GZ", context));
    assertEquals(null, FipsCountries.resolve("c", "", context));
    assertEquals(null, FipsCountries.resolve("c", "YI", context));
    assertEquals(1, context.warnings.size());
    assertThrows(CellException.class, () -> FipsCountries.resolve("c", "IQ", context));
  }

  /** A line of the fixture, 1-based. */
  private static String line(int n) {
    return new String(Fixtures.bytes(FIXTURE), StandardCharsets.UTF_8).split("\n", -1)[n - 1];
  }

  /** Every non-blank cell of a 2.0 line but the consumed ones, as {@code gdelt_} extras. */
  private static Map<String, String> expectedExtras(String line, Set<String> consumed) {
    String[] cells = line.split("\t", -1);
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i < cells.length; i++) {
      String name = GdeltMapping.COLUMNS.get(i);
      if (!cells[i].isBlank() && !consumed.contains(name)) {
        m.put("gdelt_" + name, cells[i]);
      }
    }
    return m;
  }
}
