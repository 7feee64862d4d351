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
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  /** The seed article's publication day, a Tuesday. */
  private static final LocalDate PUB = LocalDate.of(2023, 11, 21);

  private static List<Dates.DateMention> find(String text) {
    return Dates.find(Token.tokenize(text, 0, text.length()), PUB);
  }

  private static List<Dates.DateMention> find(String text, LocalDate published) {
    return Dates.find(Token.tokenize(text, 0, text.length()), published);
  }

  /** The one date of a text published on {@link Stages#PUB}, a Thursday. */
  private static DateSpan only(String text) {
    List<Dates.DateMention> d = find(text, Stages.PUB);
    assertEquals(1, d.size(), text + " -> " + d);
    return d.get(0).span();
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
        "this month | 2023-11-01/2023-11-21",
        "in November | 2023-11-01/2023-11-21",
        "this year | 2023-01-01/2023-11-21",
      })
  void resolvesAgainstThePublicationDate(String text, String expected) {
    List<Dates.DateMention> d = find(text);
    assertEquals(1, d.size(), text);
    assertEquals(DateSpan.parse(expected), d.get(0).span(), text);
    assertEquals(false, d.get(0).since(), text);
  }

  @Test
  void aDayAfterPublicationIsNotADate() {
    assertEquals(List.of(), find("elections on October 17, 2099"));
    assertEquals(List.of(), find("since Dec. 1, 2023"));
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "On 30 January 2024, gunmen attacked | 2024-01-30",
        "on 12 January | 2024-01-12",
        "On 3 May 2019, two men were killed | 2019-05-03",
        "30th January | 2024-01-30",
        "on 1st February | 2024-02-01",
        "the 3rd of January | 2024-01-03",
        "on 31 January, 2024 | 2024-01-31",
        "on 5 February | 2023-02-05",
      })
  void readsDayFirstDates(String text, String expected) {
    assertEquals(DateSpan.parse(expected), only(text), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "17 and 21 January | 2024-01-17/2024-01-21",
        "between 17 and 21 January | 2024-01-17/2024-01-21",
        "28–29 January | 2024-01-28/2024-01-29",
        "from 3 to 5 January | 2024-01-03/2024-01-05",
        "from 30 January to 1 February | 2024-01-30/2024-02-01",
        "between 30 January 2024 and 5 February 2024 | 2024-01-30/2024-02-01",
      })
  void readsDayFirstSpansAndCutsThemAtPublication(String text, String expected) {
    assertEquals(DateSpan.parse(expected), only(text), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "01/15/2016: Assailants attacked | 2016-01-15",
        "15/01/2016: Assailants attacked | 2016-01-15",
        "12/31/23: Gunmen opened fire | 2023-12-31",
        "a blast (22/01) in the market | 2024-01-22",
        "a blast [22/01] in the market | 2024-01-22",
      })
  void readsNumericDatesMonthFirstOrDayFirst(String text, String expected) {
    assertEquals(DateSpan.parse(expected), only(text), text);
  }

  @Test
  void anAmbiguousNumericDateTakesTheReadingClosestBeforePublication() {
    assertEquals(DateSpan.parse("2016-10-11"),
        find("10/11/2016: Gunmen raided", LocalDate.of(2016, 10, 12)).get(0).span(),
        "10 November is after publication");
    assertEquals(DateSpan.parse("2016-11-10"),
        find("10/11/2016: Gunmen raided", LocalDate.of(2016, 11, 12)).get(0).span(),
        "10 November is closer before publication than 11 October");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3/4 of the fighters", "won 2/1", "13/13/2023: gunmen",
      "2/30/2023: gunmen", "on 31 February"})
  void whatCannotBeADayIsNoDate(String text) {
    assertEquals(List.of(), find(text, Stages.PUB), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "on Tuesday night | 2024-01-30",
        "Thursday | 2024-02-01",
        "last Thursday | 2024-01-25",
        "early Friday | 2024-01-26",
        "late on Friday | 2024-01-26",
        "last Saturday night | 2024-01-27",
        "Sunday's attack | 2024-01-28",
        "on Monday morning | 2024-01-29",
        "this morning | 2024-02-01",
        "overnight | 2024-01-31",
        "this week | 2024-01-29/2024-02-01",
        "last week | 2024-01-22/2024-01-28",
      })
  void weekdaysAndRelativeWordsAreTheLatestSuchDayOnOrBeforePublication(String text,
      String expected) {
    assertEquals(DateSpan.parse(expected), only(text), text);
  }

  @Test
  void aDayWithoutItsYearTakesTheLatestYearThatIsNotAfterPublication() {
    assertEquals(DateSpan.parse("2024-01-31"), only("on Jan. 31"));
    assertEquals(DateSpan.parse("2023-02-02"), only("on Feb. 2"));
    assertEquals(DateSpan.parse("2020-02-29"), only("on 29 February"), "the last leap year");
    assertEquals(DateSpan.parse("2023-05"), only("in May"));
  }

  @Test
  void monthNamesThatAreWordsAreDatesOnlyWhenCapitalised() {
    assertEquals(List.of(), find("militants may attack again", Stages.PUB));
    assertEquals(List.of(), find("On 3 may, gunmen attacked", Stages.PUB));
    assertEquals(DateSpan.parse("2023-05-03"), only("On 3 May, gunmen attacked"));
  }

  @Test
  void sinceOpensAPeriodInDayFirstFormToo() {
    Dates.DateMention d = find("attacks since 1 January", Stages.PUB).get(0);
    assertEquals(true, d.since());
    assertEquals(LocalDate.of(2024, 1, 1), d.span().start());
  }

  @Test
  void aYearAfterPublicationIsNoDate() {
    assertEquals(List.of(), find("elections in 2025", Stages.PUB));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "at 10pm | 22:00",
        "at 7 a.m. | 07:00",
        "at 12 p.m. | 12:00",
        "at 12:30 a.m. | 00:30",
        "at 6am | 06:00",
      })
  void readsTimesOfDayWithTheirHalfOfTheDay(String text, String expected) {
    List<Dates.TimeMention> t = Dates.times(Stages.tokens(text));
    assertEquals(List.of(LocalTime.parse(expected)), t.stream().map(Dates.TimeMention::time).toList(),
        text);
  }

  @Test
  void aNumberBeforeAmOrPmThatIsNoHourIsNoTime() {
    assertEquals(List.of(), Dates.times(Stages.tokens("at 99:99 a.m. and 13 p.m.")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "On 22.01.2024, a bomb exploded. | 2024-01-22",
        "On 22.01.24, a bomb exploded. | 2024-01-22",
        // March 1 would be after publication: the day-first reading
        "On 3.1.2024, a bomb exploded. | 2024-01-03",
      })
  void readsDottedNumericDates(String text, String expected) {
    // the tokenizer keeps "22.01.2024" as one number: read as a numeric date, not as a count
    assertEquals(DateSpan.parse(expected), only(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"On 28-29 January, clashes erupted.",
      "On 28\u201329 January, clashes erupted."})
  void readsHyphenatedDaySpans(String text) {
    // a hyphen between two numbers is a dash, as the en dash
    assertEquals(DateSpan.parse("2024-01-28/2024-01-29"), only(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "at 10:30pm | 22:30",
        "at 10.30pm | 22:30",
        "at 9.45AM | 09:45",
      })
  void readsTimesWithMinutesGluedToAmOrPm(String text, String expected) {
    List<Dates.TimeMention> t = Dates.times(Stages.tokens(text));
    assertEquals(List.of(LocalTime.parse(expected)), t.stream().map(Dates.TimeMention::time).toList(),
        text);
  }
}
