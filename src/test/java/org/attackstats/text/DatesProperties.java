package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.attackstats.model.DateSpan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of date reading: no date is after publication, and a day written in any of the styles
 * reports use is read as that day.
 */
class DatesProperties {

  private static final List<String> WORDS =
      List.of("On", "on", "since", "between", "and", "to", "from", "in", "the", "of", "last",
          "this", "early", "mid", "late", "night", "Tuesday", "Friday", "Sunday", "today",
          "yesterday", "overnight", "earlier", "January", "February", "May", "June", "Oct.",
          "December", "Dec", "1", "3", "12", "17", "21", "29", "30", "31", "3rd", "21st", "30th",
          "2019", "2023", "2024", "2025", "2099", "/", ".", ",", ":", "(", ")", "--", "week",
          "month", "year", "10/11/2016", "22/01", "05/06/24", "killed", "gunmen");

  /** A publication day: mostly recent, sometimes at the edges of the years DateSpan holds. */
  private static Gen<LocalDate> publications() {
    return integers().between(-2, 20_000).map(d -> d == -2 ? LocalDate.of(1, 1, 3)
        : d == -1 ? LocalDate.of(9999, 12, 31) : LocalDate.of(1990, 1, 1).plusDays(d));
  }

  /** A publication day between 1991 and 2099. */
  private static Gen<LocalDate> recentPublications() {
    return integers().between(365, 39_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
  }

  private static Gen<String> texts() {
    return lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(0, 14)
        .map(idx -> {
          StringBuilder b = new StringBuilder();
          for (int i : idx) {
            b.append(WORDS.get(i)).append(' ');
          }
          return b.toString();
        });
  }

  @Test
  void noDateIsAfterPublicationAndMentionsStayInTheirSentence() {
    qt().withExamples(3000).forAll(texts(), publications()).checkAssert((text, pub) -> {
      List<Token> t = Stages.tokens(text);
      int last = 0;
      for (Dates.DateMention d : Dates.find(t, pub)) {
        assertTrue(!d.span().endInclusive().isAfter(pub), text + " on " + pub + ": " + d);
        assertTrue(d.from() >= last && d.from() < d.to() && d.to() <= t.size(), text + ": " + d);
        last = d.to();
      }
    });
  }

  private static final List<String> STYLES =
      List.of("On d MMMM yyyy, gunmen", "on MMMM d, yyyy", "MMMM d yyyy", "d MMMM, yyyy",
          "in the morning of d MMMM yyyy", "MMM. d, yyyy:");

  /** A day no later than publication, within four years of it. */
  private static Gen<Integer> daysBack() {
    return integers().between(0, 4 * 365);
  }

  @Test
  void aDayWrittenWithItsYearIsReadAsThatDay() {
    qt().withExamples(1000)
        .forAll(recentPublications(), daysBack(), integers().between(0, STYLES.size() - 1))
        .checkAssert((pub, back, style) -> {
          LocalDate day = pub.minusDays(back);
          String text = written(day, STYLES.get(style));
          assertEquals(List.of(DateSpan.ofDay(day)), spans(text, pub), text + " on " + pub);
        });
  }

  @Test
  void aDayWrittenWithoutItsYearWithinAYearBeforePublicationIsReadAsThatDay() {
    qt().withExamples(1000)
        .forAll(recentPublications(), integers().between(0, 364), integers().between(0, 2))
        .checkAssert((pub, back, style) -> {
          LocalDate day = pub.minusDays(back);
          String text = written(day, List.of("on d MMMM", "MMMM d", "the " + ordinal(day)
              + " of MMMM").get(style));
          assertEquals(List.of(DateSpan.ofDay(day)), spans(text, pub), text + " on " + pub);
        });
  }

  @Test
  void anUnambiguousNumericDateIsReadAsThatDay() {
    qt().withExamples(1000)
        .forAll(recentPublications(), integers().between(1, 47), integers().between(13, 31))
        .checkAssert((pub, months, dayOfMonth) -> {
          LocalDate month = pub.minusMonths(months);
          // a day of the month over 12 cannot be a month: one reading only
          LocalDate day = month.withDayOfMonth(Math.min(dayOfMonth, month.lengthOfMonth()));
          int style = dayOfMonth % 2;
          String text = written(day, style == 0 ? "MM/dd/yyyy: Assailants" : "dd/MM/yyyy");
          assertEquals(List.of(DateSpan.ofDay(day)), spans(text, pub), text + " on " + pub);
        });
  }

  @Test
  void aWeekdayIsTheLatestSuchDayOnOrBeforePublication() {
    qt().forAll(recentPublications(), integers().between(1, 7))
        .checkAssert((pub, d) -> {
          DayOfWeek w = DayOfWeek.of(d);
          String text = "on " + w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
          List<DateSpan> s = spans(text, pub);
          assertEquals(1, s.size(), text);
          LocalDate day = s.get(0).start();
          assertEquals(w, day.getDayOfWeek());
          assertTrue(!day.isAfter(pub) && day.isAfter(pub.minusDays(7)), text + " on " + pub);
        });
  }

  private static String ordinal(LocalDate d) {
    int n = d.getDayOfMonth();
    String suffix = n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd"
        : n % 10 == 3 && n != 13 ? "rd" : "th";
    return n + suffix;
  }

  private static String written(LocalDate d, String pattern) {
    return d.format(DateTimeFormatter.ofPattern(pattern.replace("the " + ordinal(d), "'the "
        + ordinal(d) + "'").replace("of", "'of'").replace("On", "'On'").replace("on ", "'on' ")
        .replace("gunmen", "'gunmen'").replace("Assailants", "'Assailants'")
        .replace("in the morning", "'in the morning'"), Locale.ENGLISH));
  }

  private static List<DateSpan> spans(String text, LocalDate pub) {
    return Dates.find(Stages.tokens(text), pub).stream().map(Dates.DateMention::span).toList();
  }
}
