package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attackstats.model.Actor;
import org.attackstats.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalReaderTest {

  private static final String UCDP_HEADER =
      "id,date_start,date_end,country,side_a,side_b,best,low,high\n";

  private static Conversion ucdp(String rows, ConversionOptions options) throws IOException {
    return ExternalReader.read(
        new StringReader(UCDP_HEADER + rows), "t.csv", ExternalFormat.UCDP_GED, options);
  }

  @Test
  void documentedColumnsAreNotUnknown() throws IOException {
    String gtd = String.join(",", GtdMapping.COLUMNS).toUpperCase(java.util.Locale.ROOT) + ",extra\n";
    Conversion g =
        ExternalReader.read(
            new StringReader(gtd), "g.csv", ExternalFormat.GTD, ConversionOptions.defaults());
    assertEquals(135, GtdMapping.COLUMNS.size());
    assertEquals(List.of("extra"), g.report().unknownColumns());
    assertEquals(0, g.report().rowsRead());
    String acled =
        String.join(",", AcledMapping.CURRENT_COLUMNS) + ",population_best,population_5km\n";
    Conversion a =
        ExternalReader.read(
            new StringReader(acled), "a.csv", ExternalFormat.ACLED, ConversionOptions.defaults());
    assertEquals(List.of(), a.report().unknownColumns());
    assertEquals(31, AcledMapping.CURRENT_COLUMNS.size());
  }

  @Test
  void strictModeThrowsAtTheFirstBadRow() throws IOException {
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> ExternalReader.read(Fixtures.path("gtd.csv"), Fixtures.strict()));
    assertEquals(
        new DataProblem("gtd.csv", 3, 3, "country_txt", "Yugoslavia", e.reason()), e.problem());
  }

  @Test
  void strictModeReadsAFileWithoutProblems() throws IOException {
    Conversion c = ExternalReader.read(Fixtures.path("acled-reordered.csv"), Fixtures.strict());
    assertEquals(5, c.report().accepted());
    assertEquals(0, c.report().rejected());
  }

  @Test
  void missingRequiredColumnFailsTheFile() {
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () ->
                ExternalReader.read(
                    new StringReader("eventid,iyear,imonth,iday\n1,2017,1,1\n"),
                    "g.csv",
                    ExternalFormat.GTD,
                    ConversionOptions.defaults()));
    assertEquals("country_txt", e.column());
    assertTrue(e.reason().contains("headers seen: [eventid, iyear, imonth, iday]"), e.reason());
  }

  @Test
  void wrongCellCountAndOverlongCellAreProblemsOfTheirRows() throws IOException {
    ConversionOptions opts =
        ConversionOptions.defaults().toBuilder()
            .readOptions(ReadOptions.lenient().toBuilder().maxCellLength(20).build())
            .build();
    Conversion c =
        ucdp(
            "1,2017-01-01,2017-01-01,Iraq,A,B,1,1,1\n"
                + "2,2017-01-01,2017-01-01,Iraq,A\n"
                + "3,2017-01-01,2017-01-01,Iraq,A very long name of a side,B,1,1,1\n",
            opts);
    assertEquals(3, c.report().rowsRead());
    assertEquals(1, c.report().attacks());
    assertEquals(
        Map.of("cell too long", 1L, "wrong number of cells", 1L), c.report().problemsByReason());
    assertEquals(3, c.report().problems().get(0).line());
    assertEquals("side_a", c.report().problems().get(1).column());
  }

  @Test
  void tooManyRowsFailsTheFile() {
    ConversionOptions opts =
        ConversionOptions.defaults().toBuilder()
            .readOptions(ReadOptions.lenient().toBuilder().maxRows(1).build())
            .build();
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> ucdp("1,2017-01-01,,Iraq,A,B,1,1,1\n2,2017-01-01,,Iraq,A,B,1,1,1\n", opts));
    assertTrue(e.reason().contains("maxRows"), e.reason());
  }

  @Test
  void tooManyProblemsFailsTheFileNamingTheLimit() throws IOException {
    ConversionOptions opts =
        ConversionOptions.defaults().toBuilder()
            .readOptions(ReadOptions.lenient().toBuilder().maxProblems(2).build())
            .build();
    String bad = "1,2017-01-01,,Iraq,A\n";
    assertEquals(2, ucdp(bad + bad, opts).report().rejected());
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> ucdp(bad + bad + bad, opts));
    assertEquals(
        "more than 2 problems (raise the limit with ReadOptions.maxProblems)", e.reason());
    assertEquals(4, e.line());
  }

  @Test
  void malformedCsvFailsWithItsLine() {
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () ->
                ucdp(
                    "1,2017-01-01,,Iraq,A,B,1,1,1\n2,\"2017-01-01,,Iraq\"x,B,1,1,1\n",
                    ConversionOptions.defaults()));
    assertTrue(e.reason().startsWith("malformed CSV"), e.reason());
    assertEquals(3, e.line());
  }

  @Test
  void notUtf8IsReportedWithTheCharsetSetting(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("gtd-latin1.csv");
    Files.write(
        f,
        "eventid,iyear,imonth,iday,country_txt,city\n1,2017,1,1,Iraq,S\u00e9tif\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> ExternalReader.read(f, ExternalFormat.GTD, ConversionOptions.defaults()));
    assertTrue(e.reason().contains("ConversionOptions.charset"), e.reason());
    Conversion c =
        ExternalReader.read(
            f,
            ExternalFormat.GTD,
            ConversionOptions.defaults().toBuilder().charset(StandardCharsets.ISO_8859_1).build());
    assertEquals(
        "S\u00e9tif", c.dataset().attack("1").orElseThrow().place().location().orElseThrow());
  }

  @Test
  void responderRuleAndReleaseAreConfigurable() throws IOException {
    String rows =
        "1,2017-01-01,,Iraq,Government of United States of America,IS,1,1,1\n"
            + "2,2017-01-01,,Iraq,Government of Iraq,IS,1,1,1\n";
    Conversion byDefault = ucdp(rows, ConversionOptions.defaults());
    assertEquals(1, byDefault.report().responses());
    Conversion none =
        ucdp(
            rows,
            ConversionOptions.defaults().toBuilder().responderRule(ResponderRule.none()).build());
    assertEquals(2, none.report().attacks());
    assertEquals(
        Actor.of("Government of United States of America"),
        none.dataset().attack("1").orElseThrow().perpetrator().orElseThrow());
    Conversion iraq =
        ucdp(
            rows,
            ConversionOptions.defaults().toBuilder()
                .responderRule(ResponderRule.actors(List.of("Government of Iraq")))
                .release("23.1")
                .build());
    assertEquals(List.of("2"), iraq.dataset().responses().stream().map(r -> r.id()).toList());
    assertEquals(
        Source.of("UCDP GED 23.1", null, "t.csv"),
        iraq.dataset().response("2").orElseThrow().source());
  }

  @Test
  void malformedJsonFailsWithItsLine() {
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () ->
                ExternalReader.read(
                    new StringReader("{\"data\": [\n{\"event_id_cnty\": \"X1\",\n}]}"),
                    "a.json",
                    ExternalFormat.ACLED_JSON,
                    ConversionOptions.defaults()));
    assertEquals(3, e.line());
    assertTrue(e.reason().startsWith("malformed JSON"), e.reason());
  }

  @Test
  void jsonWithoutDataArrayFails() {
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () ->
                ExternalReader.read(
                    new StringReader("{\"status\": 200}"),
                    "a.json",
                    ExternalFormat.ACLED_JSON,
                    ConversionOptions.defaults()));
    assertTrue(e.reason().contains("\"data\""), e.reason());
  }

  @Test
  void jsonEventsWithMissingIdsOrNestedValuesAreProblemsOfTheirOwn() throws IOException {
    String json =
        "{\"data\": [\n"
            + "  {\"event_id_cnty\": \"IRQ1\", \"event_date\": \"2023-10-17\", \"iso\": \"368\"},\n"
            + "  {\"event_date\": \"2023-10-17\", \"iso\": \"368\"},\n"
            + "  {\"event_id_cnty\": \"IRQ3\", \"event_date\": \"2023-10-17\", \"iso\": [368]},\n"
            + "  \"IRQ4\",\n"
            + "  {\"event_id_cnty\": \"IRQ5\", \"event_date\": \"2023-10-17\", \"iso\": 368,"
            + " \"notes\": null}\n"
            + "]}";
    Conversion c =
        ExternalReader.read(
            new StringReader(json),
            "a.json",
            ExternalFormat.ACLED_JSON,
            ConversionOptions.defaults());
    ConversionReport r = c.report();
    assertEquals(5, r.rowsRead());
    assertEquals(2, r.attacks());
    assertEquals(Map.of("malformed event", 2L, "missing value", 1L), r.problemsByReason());
    assertEquals(
        new DataProblem("a.json", 3, 2, "event_id_cnty", "", "required value is empty"),
        r.problems().get(0));
    assertEquals(4, r.problems().get(1).line());
    assertEquals(5, r.problems().get(2).line(), "an element that is not an object has its line");
  }

  @Test
  void deeplyNestedJsonFailsAtTheDepthLimitWithoutOverflowingTheStack() {
    String json = "{\"data\":\n" + "[".repeat(200_000) + "]".repeat(200_000) + "}";
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () ->
                ExternalReader.read(
                    new StringReader(json),
                    "deep.json",
                    ExternalFormat.ACLED_JSON,
                    ConversionOptions.defaults()));
    assertEquals("deep.json", e.file());
    assertEquals(2, e.line());
    assertTrue(e.reason().contains("nested more than 512 deep"), e.reason());
  }

  @Test
  void jsonNestedUpToTheLimitIsRead() throws IOException {
    String nested = "[".repeat(Json.MAX_DEPTH - 2) + "]".repeat(Json.MAX_DEPTH - 2);
    Conversion c =
        ExternalReader.read(
            new StringReader("{\"data\": [" + nested + "]}"),
            "a.json",
            ExternalFormat.ACLED_JSON,
            ConversionOptions.defaults());
    assertEquals(1, c.report().rowsRead());
    assertEquals(1, c.report().problems().get(0).line());
  }

  @Test
  void linesCountBlankLinesAndLineBreaksInsideCells() throws IOException {
    Conversion c =
        ucdp(
            "\n\n1,2017-01-01,2017-01-01,Iraq,A,B,1,1,1\n"
                + "\r\n"
                + "2,2017-01-01,2017-01-01,Iraq,\"A\nB\",B,x,1,1\n"
                + "\n"
                + "3,2017-01-01,2017-01-01,Iraq,A\n",
            ConversionOptions.defaults());
    assertEquals(3, c.report().rowsRead());
    List<DataProblem> p = c.report().problems();
    assertEquals(2, p.size(), p::toString);
    assertEquals(List.of(6L, 9L), List.of(p.get(0).line(), p.get(1).line()), p::toString);
  }
}
