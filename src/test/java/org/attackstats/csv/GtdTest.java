package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Source;
import org.junit.jupiter.api.Test;

class GtdTest {

  @Test
  void fullRowPinsEveryMappedField() {
    Attack a = Fixtures.read("gtd.csv").dataset().attack("201710170001").orElseThrow();
    assertEquals(DateSpan.ofDay(LocalDate.of(2017, 10, 17)), a.date());
    assertEquals(
        Place.of(Country.of("IQ"))
            .withAdmin1("Al Anbar")
            .withLocation("Ramadi")
            .withCoordinates(Coordinates.of(33.42, 43.3)),
        a.place());
    assertEquals(
        Actor.of("Islamic State of Iraq and the Levant (ISIL)"), a.perpetrator().orElseThrow());
    assertEquals("Checkpoint", a.target().orElseThrow());
    assertEquals(Method.of("explosive"), a.method().orElseThrow());
    assertEquals(Estimate.exact(3), a.killed());
    assertEquals(Estimate.exact(12), a.injured());
    assertTrue(a.munitions().isUnknown());
    assertEquals(Source.of("GTD", null, "gtd.csv"), a.source());
    assertEquals(
        "10/17/2017: An explosive device detonated near a checkpoint in Ramadi, Al Anbar, Iraq.",
        a.notes().orElseThrow());
    // consumed columns are not repeated; the others are kept verbatim, sentinels included
    for (String consumed :
        List.of(
            "eventid",
            "provstate",
            "city",
            "latitude",
            "longitude",
            "gname",
            "target1",
            "nkill",
            "nwound",
            "summary")) {
      assertFalse(a.extras().containsKey("gtd_" + consumed), consumed);
    }
    assertEquals("-9", a.extras().get("gtd_nwoundus"));
    assertEquals("0", a.extras().get("gtd_nkillus"));
    assertEquals("-99", a.extras().get("gtd_nperps"));
    assertEquals("Iraq", a.extras().get("gtd_country_txt"));
    assertEquals("95", a.extras().get("gtd_country"));
    assertEquals("Police", a.extras().get("gtd_targtype1_txt"));
    assertEquals("Bombing/Explosion", a.extras().get("gtd_attacktype1_txt"));
    assertEquals("START Primary Collection", a.extras().get("gtd_dbsource"));
    assertEquals(
        Fixtures.expectedExtras(
            Fixtures.csvRow("gtd.csv", "eventid", "201710170001"),
            "gtd_",
            Set.of(
                "eventid",
                "provstate",
                "city",
                "latitude",
                "longitude",
                "gname",
                "target1",
                "nkill",
                "nwound",
                "summary")),
        new TreeMap<>(a.extras()));
  }

  @Test
  void zeroMonthIsAYearSpanAndSentinelsAndUnknownAreAbsent() {
    Attack a = Fixtures.read("gtd.csv").dataset().attack("198000000003").orElseThrow();
    assertEquals(DateSpan.parse("1980"), a.date());
    assertEquals(Country.of("DE"), a.place().country().orElseThrow(), "West Germany (FRG)");
    assertTrue(a.perpetrator().isEmpty(), "gname Unknown is no perpetrator");
    assertEquals("Unknown", a.extras().get("gtd_gname"));
    assertTrue(a.target().isEmpty());
    assertEquals("Unknown", a.extras().get("gtd_target1"));
    assertTrue(a.killed().isUnknown(), "-99 is unknown");
    assertEquals("-99", a.extras().get("gtd_nkill"));
    assertTrue(a.injured().isUnknown(), "blank is unknown");
    assertFalse(a.extras().containsKey("gtd_nwound"));
    assertEquals(Method.of("explosive"), a.method().orElseThrow());
  }

  @Test
  void fractionalCasualtiesAreKeptExactly() {
    Attack a = Fixtures.read("gtd.csv").dataset().attack("200109110004").orElseThrow();
    assertEquals(Estimate.exact(1381.5), a.killed());
    assertEquals("1381.5", a.killed().toCell());
    assertEquals(Estimate.exact(4000), a.injured());
    assertEquals(Country.of("US"), a.place().country().orElseThrow());
    assertEquals(Method.of("vehicle"), a.method().orElseThrow());
    assertEquals("1327", a.extras().get("gtd_nkillus"));
  }

  @Test
  void ivoryCoastAndAnUnknownWeapon() {
    Attack a = Fixtures.read("gtd.csv").dataset().attack("201501010005").orElseThrow();
    assertEquals(Country.of("CI"), a.place().country().orElseThrow());
    assertTrue(a.method().isEmpty());
    assertEquals("Laser", a.extras().get("gtd_weaptype1_txt"));
    assertEquals(Estimate.ZERO, a.killed());
    assertEquals("1/3/2015", a.extras().get("gtd_resolution"));
  }

  @Test
  void reportListsMonthOnlyHistoricalCountryDuplicateAndImpossibleDay() {
    LoadResult c = Fixtures.read("gtd.csv");
    FileReport r = Fixtures.file(c);
    assertEquals(7, r.rowsRead());
    assertEquals(5, c.dataset().attacks().size());
    assertEquals(0, c.dataset().responses().size());
    assertEquals(Map.of("duplicate id", 1L, "invalid date", 1L), r.rejectedByReason());
    // a historical state is kept, without a country, with a warning naming the cell
    assertEquals(Map.of("no current country", 1L), r.warnings());
    DataProblem w = c.report().warnings().get(0);
    assertEquals(List.of("country_txt", "Yugoslavia", 3L), List.of(w.column(), w.value(), w.line()));
    assertTrue(w.reason().contains("has no single current ISO 3166 country"), w.reason());
    assertTrue(c.dataset().attack("199303150002").orElseThrow().place().country().isEmpty());
    assertEquals("Yugoslavia", c.dataset().attack("199303150002").orElseThrow().extras().get("gtd_country_txt"));
    List<DataProblem> p = c.report().problems();
    assertEquals(new DataProblem("gtd.csv", 7, 7, "eventid", "201710170001", p.get(0).reason()), p.get(0));
    assertEquals(
        new DataProblem(
            "gtd.csv",
            8,
            8,
            "iday",
            "31",
            "no such day in 2017-02: expected 1 to 28, or 0 for unknown"),
        p.get(1));
    assertEquals(Map.of("weaptype1_txt", Map.of("Laser", 1L)), r.unknownValues());
  }

  /** A row of these columns and cells. */
  static SourceRow row(String... columnsAndCells) {
    Binding b = new Binding("gtd_");
    String[] cells = new String[columnsAndCells.length / 2];
    for (int i = 0; i < cells.length; i++) {
      b.add(columnsAndCells[2 * i]);
      cells[i] = columnsAndCells[2 * i + 1];
    }
    return new SourceRow(b, cells, 2, 2);
  }

  @Test
  void monthOnlyDateIsAMonthSpan() {
    assertEquals(DateSpan.parse("1993-03"), GtdMapping.date(row("iyear", "1993", "imonth", "3", "iday", "0")));
  }

  @Test
  void reducedExtractWithOtherColumnOrderGivesTheSameMappedFields() {
    LoadResult full = Fixtures.read("gtd.csv");
    LoadResult reduced = Fixtures.read("gtd-reduced.csv");
    assertEquals(List.of("my_flag"), Fixtures.file(reduced).unknownColumns());
    assertEquals(5, reduced.report().rowsRead());
    assertEquals(5, reduced.dataset().attacks().size());
    for (Attack a : reduced.dataset().attacks()) {
      Attack f = full.dataset().attack(a.id()).orElseThrow();
      assertEquals(f.date(), a.date());
      assertEquals(f.place(), a.place());
      assertEquals(f.perpetrator(), a.perpetrator());
      assertEquals(f.method(), a.method());
      assertEquals(f.killed(), a.killed());
      assertEquals(f.injured(), a.injured());
      assertEquals(f.notes(), a.notes());
      assertEquals("x", a.extras().get("gtd_my_flag"));
      assertTrue(a.target().isEmpty(), "the extract has no target1");
    }
  }

  @Test
  void aSubsetWhoseOnlyDateIsTheEventIdIsReadWithAFileWarning() {
    String csv = "eventid,country_txt,gname,nkill\n"
        + "201710170001,Iraq,Unknown,3\n"
        + "201710000002,Iraq,Unknown,\n"
        + "201700000003,Iraq,Unknown,\n"
        + "2017101,Iraq,Unknown,\n";
    LoadResult r = Fixtures.read("subset.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        InputFormat.AUTO, ReadOptions.lenient());
    assertEquals("gtd", Fixtures.file(r).format());
    assertEquals(DateSpan.parse("2017-10-17"), r.dataset().attack("201710170001").orElseThrow().date());
    assertEquals(DateSpan.parse("2017-10"), r.dataset().attack("201710000002").orElseThrow().date());
    assertEquals(DateSpan.parse("2017"), r.dataset().attack("201700000003").orElseThrow().date());
    DataProblem p = r.report().problems().get(0);
    assertEquals(List.of("eventid", "2017101", 5L), List.of(p.column(), p.value(), p.line()));
    assertEquals(Map.of("date from eventid", 1L), Fixtures.file(r).warnings());
    assertEquals(1L, r.report().warnings().get(0).line(), "a warning about the file is at its header");
  }

  @Test
  void aDerivativeWithRenamedColumnsIsReadThroughAMappingOntoGtd() {
    String csv = "event_id,year,month,day,nation,group_name,deaths,wounded\n"
        + "201710170001,2017,10,17,Iraq,Islamic State of Iraq and the Levant (ISIL),3,12\n"
        + "199303150002,1993,3,0,Yugoslavia,Unknown,1,0\n";
    TableMapping m = TableMapping.parse(
        "eventid=event_id,iyear=year,imonth=month,iday=day,country_txt=nation,gname=group_name,nkill=deaths,nwound=wounded",
        ExternalFormat.GTD);
    LoadResult r = Fixtures.read("derived.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        InputFormat.mapped(m), ReadOptions.strict());
    LoadResult full = Fixtures.read("gtd.csv");
    Attack a = r.dataset().attack("201710170001").orElseThrow();
    Attack f = full.dataset().attack("201710170001").orElseThrow();
    assertEquals(f.date(), a.date());
    assertEquals(f.place().country(), a.place().country());
    assertEquals(f.perpetrator(), a.perpetrator());
    assertEquals(f.killed(), a.killed());
    assertEquals(f.injured(), a.injured());
    assertEquals(DateSpan.parse("1993-03"), r.dataset().attack("199303150002").orElseThrow().date());
    assertEquals(Source.of("GTD", null, "derived.csv"), a.source());
    assertTrue(Fixtures.file(r).format().startsWith("gtd["), Fixtures.file(r).format());
  }
}
