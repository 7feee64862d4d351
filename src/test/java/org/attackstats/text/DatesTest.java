package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.attackstats.model.DatePrecision;
import org.attackstats.model.DateSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  /** The seed article's publication day, a Tuesday. */
  private static final LocalDate PUB = LocalDate.of(2023, 11, 21);

  private static List<Dates.DateMention> find(String text) {
    return Dates.find(Token.tokenize(text, 0, text.length()), PUB);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "On Oct. 27, jets struck | 2023-10-27",
        "on Nov. 8 | 2023-11-08",
        "on October 7, 2023 | 2023-10-07",
        "a source revealed on Tuesday | 2023-11-21",
        "on Monday | 2023-11-20",
        "last Tuesday | 2023-11-14",
        "earlier today | 2023-11-21",
        "At 3:30 a.m. Tuesday | 2023-11-21",
        "yesterday | 2023-11-20",
        "last night | 2023-11-20",
        "between Oct. 17 and 21 | 2023-10-17/2023-10-21",
        "from Oct. 30 to Nov. 2 | 2023-10-30/2023-11-02",
        "early January 2020 | 2020-01",
        "in mid-October | 2023-10",
        "last month | 2023-10",
        "in 2011 | 2011",
        "in March | 2023-03",
        "on Dec. 25 | 2022-12-25",
      })
  void resolvesAgainstThePublicationDate(String text, String expected) {
    List<Dates.DateMention> d = find(text);
    assertEquals(1, d.size(), text);
    assertEquals(DateSpan.parse(expected), d.get(0).span(), text);
    assertEquals(false, d.get(0).since(), text);
  }

  @Test
  void sinceOpensAPeriod() {
    List<Dates.DateMention> d = find("since Oct. 17");
    assertEquals(1, d.size());
    assertEquals(true, d.get(0).since());
    assertEquals(LocalDate.of(2023, 10, 17), d.get(0).span().start());
  }

  @Test
  void qualifiedMonthsKeepMonthPrecisionAndTheWord() {
    Dates.DateMention d = find("In early January 2020, the U.S. launched").get(0);
    assertEquals(DatePrecision.MONTH, d.span().precision());
    assertEquals("early", d.qualifier());
  }

  @Test
  void neverInTheFutureOfThePublication() {
    for (String text : List.of("Dec. 31", "Nov. 22", "Saturday", "between Nov. 20 and 25")) {
      for (Dates.DateMention d : find(text)) {
        assertEquals(false, d.span().endInclusive().isAfter(PUB), text);
      }
    }
  }

  @Test
  void readsTimesOfDay() {
    String text = "at 3:30 a.m. and 9 p.m. and 12:15 a.m.";
    List<Dates.TimeMention> t = Dates.times(Token.tokenize(text, 0, text.length()));
    assertEquals(
        List.of(LocalTime.of(3, 30), LocalTime.of(21, 0), LocalTime.of(0, 15)),
        t.stream().map(Dates.TimeMention::time).toList());
  }

  @Test
  void ignoresWhatIsNotADate() {
    assertEquals(List.of(), find("they may strike at the 35th-kilometer intersection, 64 kilometers away"));
  }
}
