package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.junit.jupiter.api.Test;

/** Rows kept with a repair, each with a warning quoting the cells: never a row lost for a fixable reason. */
class RepairsTest {

  private static LoadResult read(String name, String text, ReadOptions options) {
    return Fixtures.read(name, text.getBytes(UTF_8), InputFormat.AUTO, options);
  }

  @Test
  void aMissingAcledEventIdFallsBackToDataIdThenToTheFileAndLine() {
    String csv = "event_id_cnty,data_id,event_date,country,iso3\n"
        + "IRQ1,11,2020-05-09,Iraq,IRQ\n"
        + ",12,2020-05-09,Iraq,IRQ\n"
        + ",,2020-05-09,Iraq,IRQ\n";
    LoadResult r = read("acled.csv", csv, ReadOptions.strict());
    assertEquals(List.of("IRQ1", "12", "acled.csv:4"), r.dataset().attacks().stream().map(a -> a.id()).toList());
    assertEquals(Map.of("id from data_id", 1L, "id from the line", 1L), Fixtures.file(r).warnings());
    DataProblem w = r.report().warnings().get(0);
    assertEquals(List.of(3L, "event_id_cnty"), List.of(w.line(), w.column()));
    assertTrue(w.reason().contains("event_id_cnty is empty: the id is data_id '12'"), w.reason());
    assertTrue(r.report().warnings().get(1).reason().contains("the id is the file and line 'acled.csv:4'"));
  }

  @Test
  void aUcdpEstimateWithAMissingBoundIsCompletedNotRejected() {
    String csv = "id,date_start,country,best,low,high\n"
        + "1,2017-01-01,Iraq,4,,\n"
        + "2,2017-01-01,Iraq,,2,6\n"
        + "3,2017-01-01,Iraq,3,2,2\n";
    LoadResult r = read("ged.csv", csv, ReadOptions.strict());
    assertEquals(Estimate.exact(4), r.dataset().attack("1").orElseThrow().killed());
    assertEquals(Estimate.of(2, 2, 6), r.dataset().attack("2").orElseThrow().killed());
    assertEquals(Estimate.of(2, 3, 3), r.dataset().attack("3").orElseThrow().killed());
    assertEquals(Map.of("estimate completed", 2L, "estimate widened", 1L), Fixtures.file(r).warnings());
    assertTrue(r.report().warnings().get(2).reason().contains("best '3', low '2', high '2'"));
  }

  @Test
  void historicalStatesAreKeptWithoutACountryAndCountedAsWarningsNotRejections() {
    String csv = "eventid,iyear,imonth,iday,country_txt\n"
        + "198501010001,1985,1,1,Soviet Union\n"
        + "198501010002,1985,1,1,West Germany (FRG)\n"
        + "198501010003,1985,1,1,Atlantis\n";
    LoadResult r = read("gtd.csv", csv, ReadOptions.lenient());
    assertEquals(2, r.report().accepted());
    assertEquals(1, r.report().rejected());
    assertEquals(1, r.report().warningCount());
    assertTrue(r.dataset().attack("198501010001").orElseThrow().place().country().isEmpty());
    assertEquals(Country.of("DE"), r.dataset().attack("198501010002").orElseThrow().place().country().orElseThrow());
    assertTrue(r.report().warnings().get(0).reason().contains("dissolved into fifteen countries"),
        r.report().warnings().get(0).reason());
  }

  @Test
  void warningsDoNotFailAStrictRead() {
    String csv = "id,date_start,country,best,low,high\n1,2017-01-01,Yugoslavia,3,5,7\n";
    LoadResult r = read("ged.csv", csv, ReadOptions.strict());
    assertEquals(1, r.report().accepted());
    assertEquals(2, r.report().warningCount());
    assertTrue(r.report().problems().isEmpty());
  }

  @Test
  void warningsPastTheProblemLimitAreCountedNotListed() {
    StringBuilder csv = new StringBuilder("id,date_start,country,best,low,high\n");
    for (int i = 0; i < 5; i++) {
      csv.append(i).append(",2017-01-01,Iraq,3,5,7\n");
    }
    LoadResult r = read("ged.csv", csv.toString(), ReadOptions.lenient().toBuilder().maxProblems(2).build());
    assertEquals(5, r.report().accepted());
    assertEquals(2, r.report().warnings().size());
    assertEquals(3, r.report().warningsNotListed());
    assertEquals(5, r.report().warningCount());
    assertEquals(Map.of("estimate widened", 5L), Fixtures.file(r).warnings());
  }
}
