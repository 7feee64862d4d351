package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.Attack;
import org.attackstats.model.Coordinates;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalCsvTest {

  @TempDir Path dir;

  private static LoadResult read(String csv, RecordType type, ReadOptions options) {
    return Loader.read(List.of(Input.of("in.csv", csv.getBytes(UTF_8), InputFormat.canonical(type))), options);
  }

  private static LoadResult readBytes(byte[] csv, RecordType type, ReadOptions options) {
    return Loader.read(List.of(Input.of("in.csv", csv, InputFormat.canonical(type))), options);
  }

  private static DataFormatException strictFailure(String csv, RecordType type) {
    return assertThrows(DataFormatException.class, () -> read(csv, type, ReadOptions.strict()));
  }

  @Test
  void readsColumnsInAnyOrderWithBomCrlfAndQuoting() {
    String csv =
        "\uFEFFkilled,id,date_start,notes,country,injured,latitude,longitude\r\n"
            + "0,a1,2023-11-21,\"two lines,\r\nwith \"\"quotes\"\"\",IQ,>=60,33.8,42.44\r\n"
            + "\r\n"
            + ",a2,2023-10-17,,SY,,,\r\n";
    LoadResult r = read(csv, RecordType.ATTACK, ReadOptions.strict());
    Attack a1 = r.dataset().attack("a1").orElseThrow();
    assertEquals(Estimate.ZERO, a1.killed());
    assertEquals(Estimate.atLeast(60), a1.injured());
    assertEquals(Optional.of("two lines,\r\nwith \"quotes\""), a1.notes());
    assertEquals(Optional.of(Coordinates.of(33.8, 42.44)), a1.place().coordinates());
    assertEquals(Optional.of(Country.of("SY")), r.dataset().attack("a2").orElseThrow().place().country());
    assertEquals(Estimate.unknown(), r.dataset().attack("a2").orElseThrow().killed());
    assertEquals(List.of(List.of("in.csv", "canonical:attacks", 2L, 2L, 0L, 0L)),
        r.report().files().stream().map(CsvChecks::counts).toList());
  }

  @Test
  void datePrecisionDefaultsAndChecks() {
    String csv =
        "id,date_start,date_end,date_precision\n"
            + "a,2023-10-17,,\n"
            + "b,2023-10-17,2023-10-21,\n"
            + "c,2020-01-01,2020-01-31,month\n"
            + "d,2023-10-17,2023-10-17,day\n";
    Dataset d = read(csv, RecordType.ATTACK, ReadOptions.strict()).dataset();
    assertEquals(DateSpan.parse("2023-10-17"), d.attack("a").orElseThrow().date());
    assertEquals(DateSpan.parse("2023-10-17/2023-10-21"), d.attack("b").orElseThrow().date());
    assertEquals(DateSpan.parse("2020-01"), d.attack("c").orElseThrow().date());
    assertEquals(DateSpan.parse("2023-10-17"), d.attack("d").orElseThrow().date());
  }

  @Test
  void strictModeNamesFileLineRecordColumnValueAndReason() {
    DataFormatException e =
        strictFailure("id,date_start,injured\na1,2023-11-21,2\na2,2023-11-21,lots\n", RecordType.ATTACK);
    assertEquals("in.csv", e.file());
    assertEquals(3, e.line());
    assertEquals(3, e.record());
    assertEquals("injured", e.column());
    assertEquals("lots", e.value());
    assertTrue(e.reason().contains("expected N, >=N, A..B"), e.reason());
    assertTrue(e.getMessage().startsWith("in.csv:3, column injured, value 'lots': invalid estimate"), e.getMessage());
  }

  @Test
  void lineAndRecordNumbersDifferAfterMultiLineCells() {
    DataFormatException e =
        strictFailure(
            "id,date_start,notes,killed\na1,2023-11-21,\"one\ntwo\nthree\",1\n\na2,2023-11-21,,x\n",
            RecordType.ATTACK);
    assertEquals(6, e.line());
    assertEquals(3, e.record());
    assertTrue(e.getMessage().startsWith("in.csv:6 (record 3), column killed"), e.getMessage());
  }

  @Test
  void everyKindOfBadCellIsReportedWithItsColumn() {
    String csv =
        "id,date_start,date_end,date_precision,time,country,latitude,longitude,method,quote_start,quote_end,source_date\n"
            + "a1,2023-02-30,,,,,,,,,,\n" // impossible date
            + "a2,2023-10-21,2023-10-17,,,,,,,,,\n" // end before start
            + "a3,2023-10-17,2023-10-18,day,,,,,,,,\n" // precision mismatch
            + "a4,2023-10-17,,,25:00,,,,,,,\n" // bad time
            + "a5,2023-10-17,,,,Iraq,,,,,,\n" // country name, not code
            + "a6,2023-10-17,,,,,33.8,,,,,\n" // latitude without longitude
            + "a7,2023-10-17,,,,,95,40,,,,\n" // latitude out of range
            + "a8,2023-10-17,,,,,,,drone!,,,\n" // bad method
            + "a9,2023-10-17,,,,,,,,5,,\n" // half an offset pair
            + "a10,2023-10-17,,,,,,,,9,3,\n" // offsets reversed
            + ",2023-10-17,,,,,,,,,,\n" // missing id
            + "a12,,,,,,,,,,,\n" // missing date
            + "a13,2023-10-17,,week,,,,,,,,\n" // bad precision
            + "a14,2023-10-17,,,,,,,,,,21/11/2023\n" // bad source date
            + "a15,2023-10-17,,,,,,,,-1,3,\n" // negative offset
            + "ok,2023-10-17,,,,IQ,,,,,,\n";
    LoadResult r = read(csv, RecordType.ATTACK, ReadOptions.lenient());
    List<String> columns = r.report().problems().stream().map(DataProblem::column).toList();
    assertEquals(
        List.of("date_start", "date_end", "date_precision", "time", "country", "longitude", "latitude",
            "method", "quote_end", "quote_end", "id", "date_start", "date_precision", "source_date", "quote_start"),
        columns);
    assertEquals(16, r.report().rowsRead());
    assertEquals(1, r.report().accepted());
    assertEquals(15, r.report().rejected());
    assertEquals(List.of("ok"), r.dataset().attacks().stream().map(Attack::id).toList());
    for (DataProblem p : r.report().problems()) {
      assertTrue(p.line() >= 2 && p.record() == p.line() && !p.reason().isBlank(), p.toString());
    }
    assertEquals("Iraq", r.report().problems().get(4).value());
    assertTrue(r.report().problems().get(4).reason().contains("alpha-2"), r.report().problems().get(4).reason());
  }

  @Test
  void missingRequiredColumnFailsBeforeAnyRowNamingFoundAndExpected() {
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> read("id,country\na1,IQ\n", RecordType.ATTACK, ReadOptions.strict()));
    assertEquals("date_start", e.column());
    assertEquals(1, e.line());
    assertTrue(e.reason().contains("found [id, country]") && e.reason().contains("[id, date_start]"), e.reason());
    LoadResult lenient = read("id,country\na1,IQ\n", RecordType.ATTACK, ReadOptions.lenient());
    assertEquals(List.of(e.problem()), lenient.report().problems());
    assertEquals(0, lenient.report().rowsRead());
  }

  @Test
  void lenientReadingReportsABadHeaderAndGoesOnWithTheOtherFiles() throws IOException {
    Files.writeString(dir.resolve("attacks.csv"), "id,country\na1,IQ\n");
    Files.writeString(dir.resolve("tallies.csv"), "id,metric,value\nt1,attacks,61\nt2,wounded,3\n");
    LoadResult r = CanonicalCsv.read(dir, ReadOptions.lenient());
    assertEquals(2, r.report().problems().size(), r.report().problems().toString());
    assertEquals("date_start", r.report().problems().get(0).column());
    assertEquals("metric", r.report().problems().get(1).column());
    assertEquals(1, r.dataset().tallies().size());
  }

  @Test
  void headerProblemsFailTheFile() {
    DataFormatException dup = strictFailure("id,date_start,id\na,2023-01-01,b\n", RecordType.ATTACK);
    assertTrue(dup.reason().contains("duplicate column name"), dup.reason());
    DataFormatException empty = strictFailure("", RecordType.ATTACK);
    assertTrue(empty.reason().contains("empty"), empty.reason());
    DataFormatException blank = strictFailure("id,,date_start\n", RecordType.ATTACK);
    assertTrue(blank.reason().contains("header cell 2 is empty"), blank.reason());
    DataFormatException wide =
        assertThrows(
            DataFormatException.class,
            () -> read("id,date_start,x\n", RecordType.ATTACK, ReadOptions.strict().toBuilder().maxColumns(2).build()));
    assertTrue(wide.reason().contains("ReadOptions.maxColumns"), wide.reason());
  }

  @Test
  void raggedRowsAndHugeCellsAreRowProblems() {
    String csv = "id,date_start\na1,2023-01-01,extra\na2\na3,2023-01-01\na4,2023-01-01" + "x".repeat(50) + "\n";
    LoadResult r = read(csv, RecordType.ATTACK, ReadOptions.lenient().toBuilder().maxCellLength(40).build());
    assertEquals(4, r.report().rowsRead());
    assertEquals(1, r.report().accepted());
    assertTrue(r.report().problems().get(0).reason().contains("3 cells but the header has 2"), r.report().problems().get(0).reason());
    assertTrue(r.report().problems().get(1).reason().contains("1 cells but the header has 2"), r.report().problems().get(1).reason());
    assertTrue(r.report().problems().get(2).reason().contains("ReadOptions.maxCellLength"), r.report().problems().get(2).reason());
    assertEquals("date_start", r.report().problems().get(2).column());
  }

  @Test
  void malformedCsvAndInvalidUtf8AreReportedWithTheRowsBefore() {
    LoadResult quote = read("id,date_start\na1,2023-01-01\na2,\"2023-01-01\n", RecordType.ATTACK, ReadOptions.lenient());
    assertEquals(1, quote.report().accepted());
    assertEquals(1, quote.report().problems().size());
    assertTrue(quote.report().problems().get(0).reason().contains("malformed CSV"), quote.report().problems().get(0).reason());
    byte[] bad = "id,date_start,notes\na1,2023-01-01,caf\u00e9\n".getBytes(UTF_8);
    byte[] latin1 = java.util.Arrays.copyOf(bad, bad.length);
    latin1[latin1.length - 3] = (byte) 0xE9; // a lone Latin-1 byte
    latin1[latin1.length - 2] = (byte) '\n';
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> readBytes(java.util.Arrays.copyOf(latin1, latin1.length - 1), RecordType.ATTACK, ReadOptions.strict()));
    assertTrue(e.reason().contains("invalid UTF-8"), e.reason());
  }

  @Test
  void duplicateIdsAndBrokenReferencesAreRowProblemsInLenientMode() throws IOException {
    Files.writeString(dir.resolve("bases.csv"), "id,name\nb1,Base one\n");
    Files.writeString(dir.resolve("attacks.csv"), "id,date_start,base_id\na1,2023-01-01,b1\na1,2023-01-02,\na2,2023-01-01,b9\n");
    Files.writeString(dir.resolve("responses.csv"), "id,date_start,in_response_to\nr1,2023-01-03,a1|a2\nr2,2023-01-03,a1\n");
    LoadResult r = CanonicalCsv.read(dir, ReadOptions.lenient());
    assertEquals(6, r.report().rowsRead());
    assertEquals(3, r.report().accepted());
    assertEquals(3, r.report().problems().size());
    DataProblem dup = r.report().problems().get(0);
    assertEquals(dir.resolve("attacks.csv").toString(), dup.file());
    assertEquals(3, dup.line());
    assertEquals("id", dup.column());
    assertEquals("base_id", r.report().problems().get(1).column());
    assertEquals("b9", r.report().problems().get(1).value());
    assertEquals("in_response_to", r.report().problems().get(2).column());
    assertEquals("a2", r.report().problems().get(2).value());
    for (FileReport f : r.report().files()) {
      assertEquals(f.rowsRead(), f.accepted() + f.rejected());
    }
    DataFormatException strict = assertThrows(DataFormatException.class, () -> CanonicalCsv.read(dir));
    assertEquals(3, strict.line());
  }

  @Test
  void extraColumnsAreKeptAndWrittenBack() throws IOException {
    Files.writeString(dir.resolve("attacks.csv"), "id,date_start,context,Analyst Note\na1,2023-01-01,background,\na2,2023-01-01,,checked\n");
    Dataset d = CanonicalCsv.read(dir).dataset();
    assertEquals(Map.of("context", "background"), d.attack("a1").orElseThrow().extras());
    assertEquals(Map.of("Analyst Note", "checked"), d.attack("a2").orElseThrow().extras());
    Path out = dir.resolve("out");
    CanonicalCsv.write(d, out);
    String header = Files.readAllLines(out.resolve("attacks.csv")).get(0);
    assertTrue(header.endsWith(",notes,context,Analyst Note"), header);
    assertEquals(d, CanonicalCsv.read(out).dataset());
    assertTrue(Files.exists(out.resolve("bases.csv")));
    try (var files = Files.list(out)) {
      assertEquals(4, files.count(), "no temporary files are left behind");
    }
  }

  @Test
  void writtenFilesUseTheDocumentedColumnOrderAndLf() throws IOException {
    Attack a =
        Attack.builder("a01", DateSpan.parse("2023-10-17/2023-10-21"))
            .place(Place.of(Country.of("IQ")).withCoordinates(Coordinates.of(-33.5, 1e-5)))
            .method(Method.ROCKET)
            .injured(Estimate.atLeast(1))
            .notes("says \"hi\", twice")
            .build();
    Dataset d = Dataset.builder().add(a).add(Tally.of("t1", TallyMetric.ATTACKS, Estimate.unknown())).build();
    CanonicalCsv.write(d, dir);
    String text = Files.readString(dir.resolve("attacks.csv"));
    assertFalse(text.contains("\r"));
    assertEquals(
        String.join(",", Columns.ATTACKS) + "\n"
            + "a01,2023-10-17,2023-10-21,span,,IQ,,,-33.5,0.00001,,,,rocket,,>=1,,,,,,,,,\"says \"\"hi\"\", twice\"\n",
        text);
    assertTrue(Files.readString(dir.resolve("tallies.csv")).contains("t1,attacks,>=0,"));
    assertEquals(d, CanonicalCsv.read(dir).dataset());
  }

  @Test
  void extraColumnWithACanonicalNameIsRefusedOnWrite() {
    Attack a = Attack.builder("a01", DateSpan.parse("2023-10-17")).extra("country", "IQ").build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CanonicalCsv.write(Dataset.builder().add(a).build(), RecordType.ATTACK, new StringWriter(), WriteOptions.defaults()));
    assertTrue(e.getMessage().contains("attack 'a01'") && e.getMessage().contains("'country'"), e.getMessage());
  }

  @Test
  void formulaNeutralisationTouchesFreeTextOnly() {
    Attack a =
        Attack.builder("a01", DateSpan.parse("2023-10-17"))
            .place(Place.of(Country.of("IQ")).withLocation("=HYPERLINK(\"x\")").withCoordinates(Coordinates.of(-1.5, -2)))
            .notes("@SUM(A1)")
            .target("-fine")
            .build();
    StringWriter w = new StringWriter();
    CanonicalCsv.write(Dataset.builder().add(a).build(), RecordType.ATTACK, w, WriteOptions.defaults().neutralisingFormulas());
    String row = w.toString().split("\n")[1];
    assertTrue(row.contains("\"'=HYPERLINK(\"\"x\"\")\""), row);
    assertTrue(row.contains(",'@SUM(A1)"), row);
    assertTrue(row.contains(",'-fine,"), row);
    assertTrue(row.contains(",-1.5,-2,"), row);
    StringWriter plain = new StringWriter();
    CanonicalCsv.write(Dataset.builder().add(a).build(), RecordType.ATTACK, plain, WriteOptions.defaults());
    assertFalse(plain.toString().contains("'"));
  }

  @Test
  void singleFilesAreRecognisedByNameOrHeader() throws IOException {
    Path t = dir.resolve("my-tallies.csv");
    Files.writeString(t, "id,metric,value\nt1,attacks,61\n");
    assertEquals(1, CanonicalCsv.read(t).dataset().tallies().size());
    Path odd = dir.resolve("export.csv");
    Files.writeString(odd, "id,date_start,responder\nr1,2023-01-01,United States\n");
    assertEquals(1, CanonicalCsv.read(odd).dataset().responses().size());
    Path unknown = dir.resolve("other.csv");
    Files.writeString(unknown, "a,b\n1,2\n");
    DataFormatException e = assertThrows(DataFormatException.class, () -> CanonicalCsv.read(unknown));
    assertTrue(e.reason().contains("headers seen: [a, b]"), e.reason());
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThrows(DataFormatException.class, () -> CanonicalCsv.read(empty));
    assertThrows(UncheckedIOException.class, () -> CanonicalCsv.read(dir.resolve("missing.csv")));
  }

  @Test
  void rowLimitFailsTheFileNamingTheOption() {
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> read("id,metric,value\nt1,attacks,1\nt2,attacks,2\n", RecordType.TALLY,
                ReadOptions.lenient().toBuilder().maxRows(1).build()));
    assertTrue(e.reason().contains("ReadOptions.maxRows"), e.reason());
  }

  @Test
  void progressIsReportedEveryBlockOfRowsAndAtTheEndOfEachFile() {
    StringBuilder csv = new StringBuilder("id,metric,value\n");
    for (int i = 0; i < ReadProgress.EVERY + 10; i++) {
      csv.append('t').append(i).append(",attacks,").append(i % 7).append('\n');
    }
    byte[] bytes = csv.toString().getBytes(UTF_8);
    List<String> calls = new java.util.ArrayList<>();
    ReadProgress listener =
        new ReadProgress() {
          @Override
          public void update(String file, long bytesRead, long rowsRead) {
            calls.add("update " + file + " " + rowsRead + " " + (bytesRead > 0));
          }

          @Override
          public void finished(String file, long bytesRead, long rowsRead) {
            calls.add("finished " + file + " " + rowsRead + " " + bytesRead);
          }
        };
    LoadResult r = readBytes(bytes, RecordType.TALLY, ReadOptions.lenient().toBuilder().progress(listener).build());
    assertEquals(ReadProgress.EVERY + 10, r.report().rowsRead());
    assertEquals(
        List.of("update in.csv " + ReadProgress.EVERY + " true", "finished in.csv " + (ReadProgress.EVERY + 10) + " " + bytes.length),
        calls);
  }

  @Test
  void repeatedValuesAreSharedBetweenTheRecordsOfOneLoad() {
    String csv =
        "id,date_start,country,admin1,location,perpetrator,method,injured,source,source_date,quote\n"
            + "a1,2023-10-17,IQ,Al Anbar,Ain al-Asad,Kata'ib Hezbollah,drone,>=60,AP,2023-11-21,one\n"
            + "a2,2023-10-17,IQ,Al Anbar,Ain al-Asad,Kata'ib Hezbollah,drone,>=60,AP,2023-11-21,two\n";
    Dataset d = read(csv, RecordType.ATTACK, ReadOptions.strict()).dataset();
    Attack a1 = d.attack("a1").orElseThrow();
    Attack a2 = d.attack("a2").orElseThrow();
    org.junit.jupiter.api.Assertions.assertSame(a1.place(), a2.place());
    org.junit.jupiter.api.Assertions.assertSame(a1.date(), a2.date());
    org.junit.jupiter.api.Assertions.assertSame(a1.perpetrator().get(), a2.perpetrator().get());
    org.junit.jupiter.api.Assertions.assertSame(a1.injured(), a2.injured());
    org.junit.jupiter.api.Assertions.assertSame(a1.source().publisher().get(), a2.source().publisher().get());
    assertEquals(Optional.of("one"), a1.source().quote());
    assertEquals(Optional.of("two"), a2.source().quote());
  }

  @Test
  void optionsValidateTheirLimits() {
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.strict().toBuilder().maxCellLength(0).build());
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.strict().toBuilder().maxRows(-1).build());
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.strict().toBuilder().threads(0).build());
    assertEquals(Runtime.getRuntime().availableProcessors(), ReadOptions.strict().threads());
    assertEquals(1, ReadOptions.strict().toBuilder().threads(1).build().threads());
    assertTrue(ReadOptions.lenient().isLenient());
  }
}
