package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any incident table, read through a column mapping with the validation and account of a built-in format. */
class TableMappingTest {

  private static final String NEWSROOM =
      "Day,Country Name,Place,Group,Weapon,Deaths,Wounded,Link,Remarks\n"
          + "17/10/2023,Iraq,Ain al-Asad,Islamic Resistance in Iraq,drone,0,>=2,https://example.org/1,first\n"
          + "18/10/2023,SY,al-Tanf,,rocket,,1,https://example.org/2,\n"
          + "19/10/2023,Syrian Arab Republic,,Unknown,rocket,many,,,\n"
          + "31/02/2023,Iraq,,,,,,,\n"
          + "20/10/2023,Syria,,Military Forces of the United States,drone,0,0,,\n";

  private static final TableMapping MAPPING =
      TableMapping.parse(
          "date=day, country=country name, location=place, perpetrator=group, method=weapon,"
              + " killed=deaths, injured=wounded, source_url=link, date_format=dd/MM/yyyy, publisher=Newsroom");

  private static LoadResult read(String csv, TableMapping m, ReadOptions options) {
    return Fixtures.read("strikes.csv", csv.getBytes(UTF_8), InputFormat.mapped(m), options);
  }

  @Test
  void aNewsroomListIsReadWithTheValidationAndAccountOfABuiltInFormat() {
    LoadResult r = read(NEWSROOM, MAPPING, ReadOptions.lenient());
    FileReport f = Fixtures.file(r);
    assertEquals(5, f.rowsRead());
    assertEquals(3, f.accepted());
    assertEquals(Map.of("invalid date", 1L, "invalid number", 1L), f.rejectedByReason());
    Attack a = r.dataset().attack("strikes.csv:2").orElseThrow();
    assertEquals(DateSpan.ofDay(LocalDate.of(2023, 10, 17)), a.date());
    assertEquals(Optional.of(Country.of("IQ")), a.place().country());
    assertEquals(Optional.of("Ain al-Asad"), a.place().location());
    assertEquals(Optional.of(Actor.of("Islamic Resistance in Iraq")), a.perpetrator());
    assertEquals(Optional.of(Method.DRONE), a.method());
    assertEquals(Estimate.ZERO, a.killed());
    assertEquals(Estimate.atLeast(2), a.injured());
    assertEquals(Source.of("Newsroom", null, "https://example.org/1"), a.source());
    assertEquals(Map.of("remarks", "first", "country name", "Iraq"), a.extras(),
        "unmapped columns are kept under their names, and so is a country name (the code alone is held)");
    assertEquals(Optional.of(Country.of("SY")), r.dataset().attack("strikes.csv:3").orElseThrow().place().country());
    assertEquals(Source.of("Newsroom", null, "https://example.org/2"),
        r.dataset().attack("strikes.csv:3").orElseThrow().source());
    assertEquals(Source.of("Newsroom", null, "strikes.csv"), r.dataset().responses().get(0).source(),
        "without a link, the file");
    DataProblem many = r.report().problems().get(0);
    assertEquals(List.of(4L, "deaths (killed)", "many"), List.of(many.line(), many.column(), many.value()));
    DataProblem date = r.report().problems().get(1);
    assertEquals(List.of(5L, "day (date_start)", "31/02/2023"), List.of(date.line(), date.column(), date.value()));
    assertEquals(1, r.dataset().responses().size(), "the responder rule applies as to every format");
    assertEquals(Map.of("id from the line", 1L), f.warnings(), "no id column: one warning for the file");
    assertTrue(f.format().startsWith("table["), f.format());
  }

  @Test
  void aMappingThatNamesAColumnTheFileLacksFailsBeforeAnyRowNamingTheColumnsFound() {
    TableMapping m = TableMapping.parse("date=day,killed=fatalities");
    DataFormatException e = assertThrows(DataFormatException.class, () -> read(NEWSROOM, m, ReadOptions.strict()));
    assertEquals(1, e.line());
    assertTrue(e.reason().startsWith("the mapping takes killed from column 'fatalities', which the file does not have;"
        + " columns found: [day, country name, place, group, weapon, deaths, wounded, link, remarks]"), e.reason());
    LoadResult lenient = read(NEWSROOM, m, ReadOptions.lenient());
    assertEquals(0, lenient.report().rowsRead());
    assertEquals(1, lenient.report().problems().size());
  }

  @Test
  void aTableWithoutADateColumnFails() {
    DataProblem p = read("when,killed\n2023-10-17,1\n", TableMapping.parse("injured=killed"), ReadOptions.lenient())
        .report().problems().get(0);
    assertTrue(p.reason().startsWith("missing required column [date_start] for a mapped table"), p.reason());
  }

  @Test
  void columnsNamedLikeFieldsNeedNoMappingAndIsoDatesMonthsAndYearsAreDefaults() {
    String csv = "id,date,country,killed\nn1,2023-10-17,IQ,2\nn2,2023-10,IRQ,\nn3,2023,Iraq,1..3\n";
    LoadResult r = read(csv, TableMapping.parse("publisher=Official list"), ReadOptions.strict());
    assertEquals(DateSpan.parse("2023-10"), r.dataset().attack("n2").orElseThrow().date());
    assertEquals(DateSpan.parse("2023"), r.dataset().attack("n3").orElseThrow().date());
    assertEquals(Estimate.range(1, 3), r.dataset().attack("n3").orElseThrow().killed());
    assertEquals(0, r.report().warningCount());
  }

  @Test
  void anUnmappedColumnWithACanonicalNameNeedsAPrefix() {
    String csv = "day,country,country_name\n2023-10-17,x,Iraq\n";
    DataProblem p = read(csv, TableMapping.parse("date=day,country=country_name"), ReadOptions.lenient())
        .report().problems().get(0);
    assertTrue(p.reason().contains("set a prefix for extras in the mapping (prefix=src_)"), p.reason());
    LoadResult ok = read(csv, TableMapping.parse("date=day,country=country_name,prefix=src_"), ReadOptions.strict());
    assertEquals(Map.of("src_country", "x", "src_country_name", "Iraq"), ok.dataset().attacks().get(0).extras());
  }

  @Test
  void badMappingsAreRefusedWhenParsed() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TableMapping.parse("kills=deaths"))
        .getMessage().startsWith("unknown field 'kills' in the mapping: expected one of [admin1, country"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TableMapping.parse("date"))
        .getMessage().contains("expected field=column"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TableMapping.parse("date=a,date_start=b"))
        .getMessage().contains("mapped twice"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TableMapping.parse("date=a,date_format=dd/MM/yyyy{"))
        .getMessage().startsWith("invalid date_format"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TableMapping.parse("killed=x", ExternalFormat.GTD))
        .getMessage().contains("(the columns of gtd)"));
  }

  @Test
  void aMappingFileHoldsOnePairALineWithComments(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("strikes.map");
    Files.writeString(f, "# the official list\ndate = day\nkilled = deaths\n\ncountry=country name\n");
    TableMapping m = TableMapping.read(f, Optional.empty());
    assertEquals(Map.of("date_start", "day", "killed", "deaths", "country", "country name"), m.columns());
    assertEquals(m, TableMapping.parse("date=day,killed=deaths,country=country name"));
  }
}
