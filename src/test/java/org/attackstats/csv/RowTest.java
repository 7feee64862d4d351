package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.Attack;
import org.junit.jupiter.api.Test;

/** Reading cells: each distinct value parsed once and shared, every bad cell still reported. */
class RowTest {

  private static LoadResult read(String csv, ReadOptions options) {
    return Loader.read(
        List.of(Input.of("in.csv", csv.getBytes(UTF_8), InputFormat.canonical(RecordType.ATTACK))),
        options);
  }

  @Test
  void rowsWithEqualCellsShareTheirValues() {
    StringBuilder csv = new StringBuilder("id,date_start,method,perpetrator,killed,country,source\n");
    for (int i = 0; i < 3; i++) {
      csv.append("a").append(i).append(",2023-10-17,drone,Group X,3..5,IQ,Reuters\n");
    }
    csv.append("b,2023-10-17,drone,Group X,3..5,IQ,Reuters,\n".replace(",\n", "\n"));
    List<Attack> a = read(csv.toString(), ReadOptions.strict()).dataset().attacks();
    for (int i = 1; i < a.size(); i++) {
      assertSame(a.get(0).method().orElseThrow(), a.get(i).method().orElseThrow());
      assertSame(a.get(0).perpetrator().orElseThrow(), a.get(i).perpetrator().orElseThrow());
      assertSame(a.get(0).killed(), a.get(i).killed());
      assertSame(a.get(0).date(), a.get(i).date());
      assertSame(a.get(0).place(), a.get(i).place());
      assertSame(a.get(0).source(), a.get(i).source());
    }
  }

  @Test
  void aColumnOfUniqueCellsIsReadAlikeOnceItsMemoGaveUp() {
    StringBuilder csv = new StringBuilder("id,date_start,country,latitude,longitude,source_url\n");
    int n = Memo.KEEPING + 1000;
    for (int i = 0; i < n; i++) {
      csv.append("a").append(i).append(",2023-10-17,IQ,33.").append(i).append(",44.2,")
          .append("https://example.org/").append(i).append('\n');
    }
    List<Attack> a = read(csv.toString(), ReadOptions.strict()).dataset().attacks();
    assertEquals(n, a.size());
    for (int i = 0; i < n; i++) {
      Attack x = a.get(i);
      assertEquals("a" + i, x.id());
      assertEquals(Double.parseDouble("33." + i), x.place().coordinates().orElseThrow().latitude());
      assertEquals("https://example.org/" + i, x.source().document().orElseThrow());
    }
  }

  @Test
  void anEqualBadCellIsReportedOnEveryRowItIsOn() {
    String csv =
        "id,date_start,killed\n"
            + "a1,2023-02-30,1\n"
            + "a2,2023-10-17,x\n"
            + "a3,2023-02-30,1\n"
            + "a4,2023-10-17,x\n";
    LoadReport r = read(csv, ReadOptions.lenient()).report();
    assertEquals(4, r.rejected());
    List<DataProblem> p = r.problems();
    assertEquals(List.of(2L, 3L, 4L, 5L), p.stream().map(DataProblem::line).toList());
    assertEquals(p.get(0).reason(), p.get(2).reason());
    assertEquals(p.get(1).reason(), p.get(3).reason());
    assertEquals("date_start", p.get(2).column());
    assertEquals("invalid date: expected an ISO date yyyy-MM-dd such as 2023-10-17", p.get(2).reason());
    assertEquals("killed", p.get(3).column());
  }

  @Test
  void datesParseAsTheJdkParsesThem() {
    String alphabet = "0123456789-+0129-";
    qt().withExamples(20_000)
        .forAll(
            lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 12),
            integers().between(0, 2))
        .check(
            (l, shape) -> {
              StringBuilder sb = new StringBuilder();
              l.forEach(i -> sb.append(alphabet.charAt(i)));
              if (shape == 0 && sb.length() >= 8) { // most texts near yyyy-MM-dd
                sb.setLength(10);
                sb.setCharAt(4, '-');
                sb.setCharAt(7, '-');
                for (int i = 0; i < 10; i++) {
                  if (sb.charAt(i) == 0) {
                    sb.setCharAt(i, '1');
                  }
                }
              }
              String s = sb.toString();
              Object expected;
              try {
                expected = LocalDate.parse(s);
              } catch (DateTimeException e) {
                expected = "refused";
              }
              Object actual;
              try {
                actual = Cells.localDate(s);
              } catch (DateTimeException e) {
                actual = "refused";
              }
              assertEquals(expected, actual, s);
              return true;
            });
  }
}
