package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attackstats.model.Actor;
import org.attackstats.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Third-party exports read through {@link Loader}: columns, limits, faults, options. */
class ExportsTest {

  private static final String UCDP_HEADER =
      "id,date_start,date_end,country,side_a,side_b,best,low,high\n";

  private static LoadResult read(String text, String name, ExternalFormat format, ReadOptions options) {
    return Fixtures.read(name, text.getBytes(UTF_8), InputFormat.of(format), options);
  }

  private static LoadResult ucdp(String rows, ReadOptions options) {
    return read(UCDP_HEADER + rows, "t.csv", ExternalFormat.UCDP_GED, options);
  }

  @Test
  void documentedColumnsAreNotUnknown() {
    String gtd = String.join(",", GtdMapping.COLUMNS).toUpperCase(java.util.Locale.ROOT) + ",extra\n";
    LoadResult g = read(gtd, "g.csv", ExternalFormat.GTD, ReadOptions.lenient());
    assertEquals(135, GtdMapping.COLUMNS.size());
    assertEquals(List.of("extra"), Fixtures.file(g).unknownColumns());
    assertEquals(0, g.report().rowsRead());
    String acled = String.join(",", AcledMapping.CURRENT_COLUMNS) + ",population_best,population_5km\n";
    LoadResult a = read(acled, "a.csv", ExternalFormat.ACLED, ReadOptions.lenient());
    assertEquals(List.of(), Fixtures.file(a).unknownColumns());
    assertEquals(31, AcledMapping.CURRENT_COLUMNS.size());
  }

  @Test
  void strictModeThrowsAtTheFirstBadRow() {
    DataFormatException e =
        assertThrows(DataFormatException.class,
            () -> Fixtures.read("ucdp-ged.csv", InputFormat.AUTO, ReadOptions.strict()));
    assertEquals(new DataProblem("ucdp-ged.csv", 11, 9, "country", "Atlantis", e.reason()), e.problem());
  }

  @Test
  void strictModeReadsAFileWithoutProblems() {
    LoadResult c = Fixtures.read("acled-reordered.csv", InputFormat.AUTO, ReadOptions.strict());
    assertEquals(5, c.report().accepted());
    assertEquals(0, c.report().rejected());
  }

  @Test
  void missingRequiredColumnFailsTheFileNamingTheColumnsFound() {
    LoadResult r = read("iyear,imonth,iday,country_txt\n2017,1,1,Iraq\n", "g.csv", ExternalFormat.GTD,
        ReadOptions.lenient());
    assertEquals(0, r.report().rowsRead());
    DataProblem p = r.report().problems().get(0);
    assertTrue(p.reason().startsWith("missing required column [eventid] for gtd"), p.reason());
    assertTrue(p.reason().contains("columns found: [iyear, imonth, iday, country_txt]"), p.reason());
    assertThrows(DataFormatException.class,
        () -> read("iyear,imonth,iday\n2017,1,1\n", "g.csv", ExternalFormat.GTD, ReadOptions.strict()));
  }

  @Test
  void wrongCellCountAndOverlongCellAreProblemsOfTheirRows() {
    LoadResult c =
        ucdp(
            "1,2017-01-01,2017-01-01,Iraq,A,B,1,1,1\n"
                + "2,2017-01-01,2017-01-01,Iraq,A\n"
                + "3,2017-01-01,2017-01-01,Iraq,A very long name of a side,B,1,1,1\n",
            ReadOptions.lenient().toBuilder().maxCellLength(20).build());
    assertEquals(3, c.report().rowsRead());
    assertEquals(1, c.dataset().attacks().size());
    assertEquals(Map.of("cell too long", 1L, "wrong number of cells", 1L), Fixtures.file(c).rejectedByReason());
    assertEquals(3, c.report().problems().get(0).line());
    assertEquals("side_a", c.report().problems().get(1).column());
  }

  @Test
  void tooManyRowsFailsTheFile() {
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> ucdp("1,2017-01-01,,Iraq,A,B,1,1,1\n2,2017-01-01,,Iraq,A,B,1,1,1\n",
                ReadOptions.lenient().toBuilder().maxRows(1).build()));
    assertTrue(e.reason().contains("ReadOptions.maxRows, or --max-rows"), e.reason());
  }

  @Test
  void tooManyProblemsFailsTheFileNamingTheLimit() {
    ReadOptions opts = ReadOptions.lenient().toBuilder().maxProblems(2).build();
    String bad = "1,2017-01-01,,Iraq,A\n";
    assertEquals(2, ucdp(bad + bad, opts).report().rejected());
    DataFormatException e = assertThrows(DataFormatException.class, () -> ucdp(bad + bad + bad, opts));
    assertEquals(
        "more than 2 problems, the limit (raise it with ReadOptions.maxProblems, or --max-problems on the command line)",
        e.reason());
    assertEquals(4, e.line());
  }

  @Test
  void malformedCsvEndsTheFileAtItsLine() {
    LoadResult r = ucdp("1,2017-01-01,,Iraq,A,B,1,1,1\n2,\"2017-01-01,,Iraq\"x,B,1,1,1\n", ReadOptions.lenient());
    assertEquals(1, r.report().accepted());
    DataProblem p = r.report().problems().get(0);
    assertTrue(p.reason().startsWith("malformed CSV"), p.reason());
    assertEquals(3, p.line());
  }

  @Test
  void notUtf8IsReportedAtItsLineWithTheCharsetOption(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("gtd-latin1.csv");
    Files.write(f, "eventid,iyear,imonth,iday,country_txt,city\n1,2017,1,1,Iraq,Ramadi\n2,2017,1,1,Iraq,S\u00e9tif\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    LoadResult bad = Loader.read(List.of(Input.of(f)), ReadOptions.lenient());
    assertEquals(1, bad.report().accepted(), "the row before the invalid byte is read");
    DataProblem p = bad.report().problems().get(0);
    assertEquals(3, p.line(), p::toString);
    assertTrue(p.reason().contains("ReadOptions.charset, or --charset on the command line"), p.reason());
    LoadResult c = Loader.read(List.of(Input.of(f)),
        ReadOptions.lenient().toBuilder().charset(StandardCharsets.ISO_8859_1).build());
    assertEquals("S\u00e9tif", c.dataset().attack("2").orElseThrow().place().location().orElseThrow());
  }

  @Test
  void responderRuleAndReleaseAreConfigurable() {
    String rows =
        "1,2017-01-01,,Iraq,Government of United States of America,IS,1,1,1\n"
            + "2,2017-01-01,,Iraq,Government of Iraq,IS,1,1,1\n";
    assertEquals(1, ucdp(rows, ReadOptions.lenient()).dataset().responses().size());
    LoadResult none = ucdp(rows, ReadOptions.lenient().toBuilder().responderRule(ResponderRule.none()).build());
    assertEquals(2, none.dataset().attacks().size());
    assertEquals(
        Actor.of("Government of United States of America"),
        none.dataset().attack("1").orElseThrow().perpetrator().orElseThrow());
    LoadResult iraq =
        ucdp(rows, ReadOptions.lenient().toBuilder()
            .responderRule(ResponderRule.actors(List.of("Government of Iraq"))).release("23.1").build());
    assertEquals(List.of("2"), iraq.dataset().responses().stream().map(r -> r.id()).toList());
    assertEquals(Source.of("UCDP GED 23.1", null, "t.csv"), iraq.dataset().response("2").orElseThrow().source());
  }

  @Test
  void malformedJsonEndsTheFileAtItsLine() {
    DataFormatException e =
        assertThrows(DataFormatException.class,
            () -> read("{\"data\": [\n{\"event_id_cnty\": \"X1\",\n}]}", "a.json", ExternalFormat.ACLED_JSON,
                ReadOptions.strict()));
    assertEquals(3, e.line());
    assertTrue(e.reason().startsWith("malformed JSON"), e.reason());
  }

  @Test
  void jsonWithoutDataArrayFails() {
    DataFormatException e =
        assertThrows(DataFormatException.class,
            () -> read("{\"status\": 200}", "a.json", ExternalFormat.ACLED_JSON, ReadOptions.strict()));
    assertTrue(e.reason().contains("\"data\""), e.reason());
  }

  @Test
  void jsonEventsWithMissingDatesOrNestedValuesAreProblemsOfTheirOwn() {
    String json =
        "{\"data\": [\n"
            + "  {\"event_id_cnty\": \"IRQ1\", \"event_date\": \"2023-10-17\", \"iso\": \"368\"},\n"
            + "  {\"event_id_cnty\": \"IRQ2\", \"iso\": \"368\"},\n"
            + "  {\"event_id_cnty\": \"IRQ3\", \"event_date\": \"2023-10-17\", \"iso\": [368]},\n"
            + "  \"IRQ4\",\n"
            + "  {\"event_id_cnty\": \"IRQ5\", \"event_date\": \"2023-10-17\", \"iso\": 368,"
            + " \"notes\": null}\n"
            + "]}";
    LoadResult c = read(json, "a.json", ExternalFormat.ACLED_JSON, ReadOptions.lenient());
    assertEquals(5, c.report().rowsRead());
    assertEquals(2, c.dataset().attacks().size());
    assertEquals(Map.of("malformed event", 2L, "missing value", 1L), Fixtures.file(c).rejectedByReason());
    assertEquals(new DataProblem("a.json", 3, 2, "event_date", "", "required value is empty"),
        c.report().problems().get(0));
    assertEquals(4, c.report().problems().get(1).line());
    assertEquals(5, c.report().problems().get(2).line(), "an element that is not an object has its line");
  }

  @Test
  void deeplyNestedJsonFailsAtTheDepthLimitWithoutOverflowingTheStack() {
    String json = "{\"data\":\n" + "[".repeat(200_000) + "]".repeat(200_000) + "}";
    DataFormatException e =
        assertThrows(DataFormatException.class,
            () -> read(json, "deep.json", ExternalFormat.ACLED_JSON, ReadOptions.strict()));
    assertEquals(e.problem(), read(json, "deep.json", ExternalFormat.ACLED_JSON, ReadOptions.lenient())
        .report().problems().get(0));
    assertEquals("deep.json", e.file());
    assertEquals(2, e.line());
    assertTrue(e.reason().contains("nested more than 512 deep"), e.reason());
  }

  @Test
  void jsonNestedUpToTheLimitIsRead() {
    String nested = "[".repeat(JsonTable.MAX_DEPTH - 2) + "]".repeat(JsonTable.MAX_DEPTH - 2);
    LoadResult c = read("{\"data\": [" + nested + "]}", "a.json", ExternalFormat.ACLED_JSON, ReadOptions.lenient());
    assertEquals(1, c.report().rowsRead());
    assertEquals(1, c.report().problems().get(0).line());
  }

  @Test
  void linesCountBlankLinesAndLineBreaksInsideCells() {
    LoadResult c =
        ucdp(
            "\n\n1,2017-01-01,2017-01-01,Iraq,A,B,1,1,1\n"
                + "\r\n"
                + "2,2017-01-01,2017-01-01,Iraq,\"A\nB\",B,x,1,1\n"
                + "\n"
                + "3,2017-01-01,2017-01-01,Iraq,A\n",
            ReadOptions.lenient());
    assertEquals(3, c.report().rowsRead());
    List<DataProblem> p = c.report().problems();
    assertEquals(2, p.size(), p::toString);
    assertEquals(List.of(6L, 9L), List.of(p.get(0).line(), p.get(1).line()), p::toString);
  }
}
