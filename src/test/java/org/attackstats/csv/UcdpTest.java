package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Coordinates;
import org.attackstats.model.Country;
import org.attackstats.model.DatePrecision;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.junit.jupiter.api.Test;

class UcdpTest {

  @Test
  void rowWithLineBreaksInQuotedCellsPinsEveryMappedField() {
    Attack a = Fixtures.read("ucdp-ged.csv").dataset().attack("100001").orElseThrow();
    assertEquals(DateSpan.ofDay(LocalDate.of(2017, 1, 3)), a.date());
    assertEquals(
        Place.of(Country.of("IQ"))
            .withAdmin1("Nineveh governorate")
            .withLocation("Mosul town")
            .withCoordinates(Coordinates.of(36.335, 43.11889)),
        a.place());
    assertEquals(Actor.of("Government of Iraq"), a.perpetrator().orElseThrow());
    assertEquals("IS", a.target().orElseThrow());
    assertEquals(Estimate.of(4, 5, 9), a.killed());
    assertEquals("5[4..9]", a.killed().toCell());
    assertTrue(a.injured().isUnknown());
    assertTrue(a.method().isEmpty());
    assertTrue(a.notes().isEmpty());
    assertEquals(Source.of("UCDP GED", null, "ucdp-ged.csv"), a.source());
    assertEquals(
        "\"Example Wire,2017-01-04,Clashes near Mosul\";\n"
            + "\"Example Daily,2017-01-05,Mosul fighting\"",
        a.extras().get("ucdp_source_article"));
    assertEquals("near the university,\nwest bank", a.extras().get("ucdp_where_description"));
    assertEquals("2017-01-03 00:00:00.000", a.extras().get("ucdp_date_start"));
    assertEquals("2", a.extras().get("ucdp_deaths_a"));
    assertEquals("3", a.extras().get("ucdp_deaths_b"));
    assertEquals("Iraq", a.extras().get("ucdp_country"));
    assertEquals(
        Fixtures.expectedExtras(
            Fixtures.csvRow("ucdp-ged.csv", "id", "100001"),
            "ucdp_",
            Set.of(
                "id",
                "adm_1",
                "where_coordinates",
                "latitude",
                "longitude",
                "side_a",
                "side_b",
                "best",
                "low",
                "high")),
        new TreeMap<>(a.extras()));
  }

  @Test
  void governmentOfTheUnitedStatesResponds() {
    Response r = Fixtures.read("ucdp-ged.csv").dataset().response("100002").orElseThrow();
    assertEquals(Actor.of("Government of United States of America"), r.responder().orElseThrow());
    assertEquals(Actor.of("IS"), r.targetActor().orElseThrow());
    assertEquals(
        DateSpan.of(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 5), DatePrecision.SPAN),
        r.date());
    assertEquals(Estimate.range(12, 30), r.killed());
    assertEquals(Country.of("SY"), r.place().country().orElseThrow());
  }

  @Test
  void historicalNamesWholeMonthsAndWholeYears() {
    LoadResult c = Fixtures.read("ucdp-ged.csv");
    Attack drc = c.dataset().attack("100003").orElseThrow();
    assertEquals(Country.of("CD"), drc.place().country().orElseThrow());
    assertEquals(DateSpan.parse("2016-05"), drc.date());
    assertEquals(DatePrecision.MONTH, drc.date().precision());
    Attack serbia = c.dataset().attack("100005").orElseThrow();
    assertEquals(Country.of("RS"), serbia.place().country().orElseThrow());
    assertEquals(DateSpan.parse("1999"), serbia.date());
    assertEquals(
        Country.of("RU"),
        c.dataset().attack("100006").orElseThrow().place().country().orElseThrow());
    assertEquals(Estimate.exact(2), c.dataset().attack("100006").orElseThrow().killed());
    assertEquals(
        Country.of("MM"),
        c.dataset().attack("100007").orElseThrow().place().country().orElseThrow());
    Attack bosnia = c.dataset().attack("100010").orElseThrow();
    assertEquals(Country.of("BA"), bosnia.place().country().orElseThrow());
    assertEquals(Estimate.of(0, 1.5, 3), bosnia.killed());
  }

  @Test
  void reportListsUnknownCountryDuplicateAndUnknownPrecisionAndWarnsOfTheWidenedEstimate() {
    LoadResult c = Fixtures.read("ucdp-ged.csv");
    FileReport r = Fixtures.file(c);
    assertEquals(10, r.rowsRead());
    assertEquals(7, c.dataset().attacks().size());
    assertEquals(1, c.dataset().responses().size());
    assertEquals(Map.of("duplicate id", 1L, "unknown country", 1L), r.rejectedByReason());
    List<DataProblem> p = c.report().problems();
    assertEquals(
        List.of(
            new DataProblem("ucdp-ged.csv", 11, 9, "country", "Atlantis", p.get(0).reason()),
            new DataProblem("ucdp-ged.csv", 12, 10, "id", "100001", p.get(1).reason())),
        p);
    assertEquals(Map.of("date_prec", Map.of("9", 1L)), r.unknownValues());
    // best 3 outside low 5 .. high 7: kept, the range widened to hold all three, best kept
    assertEquals(Map.of("estimate widened", 1L), r.warnings());
    DataProblem w = c.report().warnings().get(0);
    assertEquals(List.of("ucdp-ged.csv", 7L, 5L, "best", "3"), List.of(w.file(), w.line(), w.record(), w.column(), w.value()));
    assertTrue(w.reason().contains("best '3', low '5', high '7'"), w.reason());
    Attack yemen = c.dataset().attack("100004").orElseThrow();
    assertEquals(Estimate.of(3, 3, 7), yemen.killed());
    assertEquals("5", yemen.extras().get("ucdp_low"), "the cells as given stay in the extras");
    assertEquals("3", yemen.extras().get("ucdp_best"));
  }
}
