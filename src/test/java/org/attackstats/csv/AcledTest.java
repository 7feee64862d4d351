package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Coordinates;
import org.attackstats.model.Country;
import org.attackstats.model.DatePrecision;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.junit.jupiter.api.Test;

class AcledTest {

  private static final String US = "Military Forces of the United States (2021-)";

  @Test
  void currentExportPinsEveryMappedField() {
    LoadResult c = Fixtures.read("acled.csv");
    Attack expected =
        Attack.builder("IRQ90001", DateSpan.ofDay(LocalDate.of(2023, 10, 17)))
            .place(
                Place.of(Country.of("IQ"))
                    .withAdmin1("Al Anbar")
                    .withLocation("Ain al Asad Airbase")
                    .withCoordinates(Coordinates.of(33.7856, 42.4412)))
            .perpetrator(Actor.of("Islamic Resistance in Iraq"))
            .target(US)
            .method(Method.AIRSTRIKE)
            .killed(Estimate.exact(0))
            .source(Source.of("ACLED", null, "acled.csv"))
            .notes(
                "On 17 October 2023, drones targeted the \"Ain al Asad\" airbase, hosting US"
                    + " forces; no casualties.")
            .extra("acled_event_date", "2023-10-17")
            .extra("acled_year", "2023")
            .extra("acled_time_precision", "1")
            .extra("acled_disorder_type", "Political violence")
            .extra("acled_event_type", "Explosions/Remote violence")
            .extra("acled_sub_event_type", "Air/drone strike")
            .extra("acled_inter1", "Political militia")
            .extra("acled_inter2", "External/Other forces")
            .extra("acled_interaction", "Political militia-External/Other forces")
            .extra("acled_iso", "368")
            .extra("acled_region", "Middle East")
            .extra("acled_country", "Iraq")
            .extra("acled_admin2", "Heet")
            .extra("acled_admin3", "Al Baghdadi")
            .extra("acled_geo_precision", "1")
            .extra("acled_source", "Example Wire; Example Daily")
            .extra("acled_source_scale", "National-International")
            .extra("acled_timestamp", "1698105600")
            .build();
    assertEquals(expected, c.dataset().attack("IRQ90001").orElseThrow());
    // ACLED records no injuries: unknown, not zero
    assertTrue(c.dataset().attack("IRQ90001").orElseThrow().injured().isUnknown());
  }

  @Test
  void rowActedByTheUnitedStatesIsAResponseWithAMultiLineNote() {
    Response r = Fixtures.read("acled.csv").dataset().response("SYR90002").orElseThrow();
    assertEquals(Actor.of(US), r.responder().orElseThrow());
    assertEquals(
        Actor.of("Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"),
        r.targetActor().orElseThrow());
    assertEquals(DateSpan.ofDay(LocalDate.of(2023, 10, 27)), r.date());
    assertEquals(Country.of("SY"), r.place().country().orElseThrow());
    assertEquals("Deir ez Zor", r.place().admin1().orElseThrow());
    assertEquals("Abu Kamal", r.place().location().orElseThrow());
    assertEquals(Coordinates.of(34.4506, 40.9171), r.place().coordinates().orElseThrow());
    assertEquals(Method.AIRSTRIKE, r.method().orElseThrow());
    assertEquals(
        "US aircraft struck two facilities\nused by IRGC-affiliated groups.",
        r.notes().orElseThrow());
    assertTrue(r.killed().isUnknown(), "empty fatalities is unknown");
    assertTrue(r.target().isEmpty());
    assertEquals(List.of(), r.inResponseTo());
  }

  @Test
  void timePrecisionTwoIsAWeekAndThreeIsTheMonth() {
    LoadResult c = Fixtures.read("acled.csv");
    Attack week = c.dataset().attack("SYR90003").orElseThrow();
    assertEquals(
        DateSpan.of(LocalDate.of(2023, 10, 17), LocalDate.of(2023, 10, 23), DatePrecision.SPAN),
        week.date());
    assertEquals("2023-10-20", week.extras().get("acled_event_date"));
    assertEquals(Method.of("shelling"), week.method().orElseThrow());
    assertEquals(Estimate.exact(2), week.killed());
    Attack month = c.dataset().attack("IRQ90004").orElseThrow();
    assertEquals(DateSpan.parse("2023-11"), month.date());
    assertEquals(DatePrecision.MONTH, month.date().precision());
    assertTrue(month.method().isEmpty(), "an unknown sub-event type gives no method");
    assertEquals("Rocket barrage", month.extras().get("acled_sub_event_type"));
  }

  @Test
  void kosovoHasNoIsoNumericCodeAndIsFoundByName() {
    Attack k = Fixtures.read("acled.csv").dataset().attack("XKX90005").orElseThrow();
    assertEquals(Country.of("XK"), k.place().country().orElseThrow());
    assertEquals("0", k.extras().get("acled_iso"));
    assertEquals(Method.of("armed_clash"), k.method().orElseThrow());
    assertEquals(Estimate.exact(4), k.killed());
  }

  @Test
  void reportAccountsForEveryRow() {
    LoadResult c = Fixtures.read("acled.csv");
    FileReport r = Fixtures.file(c);
    assertEquals("acled-csv", r.format());
    assertEquals("acled.csv", r.file());
    assertEquals(7, r.rowsRead());
    assertEquals(5, r.accepted());
    assertEquals(4, c.dataset().attacks().size());
    assertEquals(1, c.dataset().responses().size());
    assertEquals(Map.of("duplicate id", 1L, "unknown country", 1L), r.rejectedByReason());
    assertEquals(Map.of("sub_event_type", Map.of("Rocket barrage", 1L)), r.unknownValues());
    assertEquals(List.of(), r.unknownColumns());
    // the second row's notes hold a line break, so physical lines and record numbers differ
    DataProblem country = c.report().problems().get(0);
    assertEquals(
        new DataProblem("acled.csv", 8, 7, "country", "Atlantis", country.reason()), country);
    assertTrue(country.reason().contains("country-names.csv"), country.reason());
    DataProblem dup = c.report().problems().get(1);
    assertEquals(
        new DataProblem("acled.csv", 9, 8, "event_id_cnty", "IRQ90001", dup.reason()), dup);
  }

  @Test
  void columnOrderAndExtraColumnsDoNotMatter() {
    LoadResult plain = Fixtures.read("acled.csv");
    LoadResult reordered = Fixtures.read("acled-reordered.csv");
    assertEquals(List.of("my_note"), Fixtures.file(reordered).unknownColumns());
    assertTrue(reordered.report().problems().isEmpty());
    assertEquals(5, reordered.dataset().incidents().size());
    for (var i : reordered.dataset().incidents()) {
      var same =
          plain.dataset().incidents().stream()
              .filter(p -> p.id().equals(i.id()))
              .findFirst()
              .orElseThrow();
      assertEquals("checked", i.extras().get("acled_my_note"));
      Map<String, String> extras =
          i.extras().entrySet().stream()
              .filter(e -> !e.getKey().equals("acled_my_note"))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      assertEquals(same.extras(), extras);
      assertEquals(same.date(), i.date());
      assertEquals(same.place(), i.place());
      assertEquals(same.killed(), i.killed());
      assertEquals(same.notes(), i.notes());
    }
  }

  @Test
  void legacyExportWithUpperCaseHeadersTwoDigitYearsAndIso3() {
    LoadResult c = Fixtures.read("acled-legacy.csv");
    assertEquals("acled-legacy", Fixtures.file(c).format());
    Attack a = c.dataset().attack("IRQ55001").orElseThrow();
    assertEquals(DateSpan.ofDay(LocalDate.of(2020, 5, 9)), a.date());
    assertEquals("9-May-20", a.extras().get("acled_event_date"));
    assertEquals("3", a.extras().get("acled_inter1"));
    assertEquals("7012345", a.extras().get("acled_data_id"));
    assertEquals("55001", a.extras().get("acled_event_id_no_cnty"));
    assertEquals("IRQ", a.extras().get("acled_iso3"));
    assertEquals(Country.of("IQ"), a.place().country().orElseThrow());
    assertEquals("Baghdad - Green Zone", a.place().location().orElseThrow());
    assertEquals(Actor.of("Unidentified Armed Group (Iraq)"), a.perpetrator().orElseThrow());
    assertEquals(Estimate.exact(0), a.killed());

    Response r = c.dataset().response("SYR55002").orElseThrow();
    assertEquals(
        Country.of("SY"), r.place().country().orElseThrow(), "from iso3 when iso is empty");
    assertEquals(
        DateSpan.of(LocalDate.of(2020, 1, 10), LocalDate.of(2020, 1, 16)), r.date(), "week span");
    assertEquals(
        Actor.of("Military Forces of the United States (2017-2021)"), r.responder().orElseThrow());
    assertEquals(Estimate.exact(3), r.killed());

    LoadReport report = c.report();
    assertEquals(3, report.rowsRead());
    assertEquals(
        List.of(
            new DataProblem(
                "acled-legacy.csv",
                4,
                4,
                "year",
                "2019",
                "year differs from event_date '2-Mar-20'")),
        report.problems());
    // "Remote violence" is an event type of the older codebook, and an incident
    assertEquals(Map.of(), Fixtures.file(c).unknownValues());
  }

  @Test
  void apiJsonWhereEveryValueIsAString() {
    LoadResult c = Fixtures.read("acled-api.json");
    LoadReport report = c.report();
    assertEquals("acled-json", Fixtures.file(c).format());
    assertEquals(3, report.rowsRead());
    assertEquals(2, c.dataset().attacks().size());
    assertEquals(1, c.dataset().responses().size());
    assertTrue(report.problems().isEmpty());

    Response r = c.dataset().response("IRQ77001").orElseThrow();
    assertEquals(DateSpan.ofDay(LocalDate.of(2023, 11, 21)), r.date());
    assertEquals(Actor.of("Kata'ib Hezbollah"), r.targetActor().orElseThrow());
    assertEquals(Estimate.exact(2), r.killed());
    assertEquals(
        "A US drone struck a vehicle near Abu Ghraib.\nTwo members killed.",
        r.notes().orElseThrow());
    assertEquals(Coordinates.of(33.2922, 44.0636), r.place().coordinates().orElseThrow());
    assertEquals(Source.of("ACLED", null, "acled-api.json"), r.source());

    Attack a = c.dataset().attack("SYR77002").orElseThrow();
    assertEquals("Example \u00c9dition", a.extras().get("acled_source"), "\\u escapes decoded");
    assertEquals(Coordinates.of(36.7, 40.83), a.place().coordinates().orElseThrow());

    Attack longDate = c.dataset().attack("IRQ77003").orElseThrow();
    assertEquals(DateSpan.ofDay(LocalDate.of(2023, 11, 21)), longDate.date());
    assertFalse(longDate.extras().containsKey("acled_tags"), "empty strings are absent");
    assertTrue(longDate.killed().isUnknown());
  }
}
