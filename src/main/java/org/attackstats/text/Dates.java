package org.attackstats.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attackstats.model.DateSpan;

/**
 * Finds dates and times in a token list and resolves them against the publication date: {@code Oct.
 * 17}, {@code October 17, 2023}, {@code on Tuesday}, {@code today}, {@code yesterday}, {@code
 * between Oct. 17 and 21}, {@code since Oct. 17}, {@code early January 2020}, {@code in 2011},
 * {@code 3:30 a.m.}. A date without a year takes the latest year that does not put it after the
 * publication date; a weekday is the latest such day on or before it.
 */
final class Dates {
  private Dates() {}

  /**
   * A date found in the text.
   *
   * @param from first token, inclusive
   * @param to last token, exclusive
   * @param span the days meant
   * @param since whether it opens a period ("since Oct. 17") rather than dating an event
   * @param qualifier a word that narrows a month ("early", "mid", "late"), or empty
   */
  record DateMention(int from, int to, DateSpan span, boolean since, String qualifier) {}

  /**
   * A time of day found in the text.
   *
   * @param from first token, inclusive
   * @param to last token, exclusive
   * @param time the time
   */
  record TimeMention(int from, int to, LocalTime time) {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2),
          Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4),
          Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
          Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
          Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
          Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
          Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
          "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY,
          "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

  static List<DateMention> find(List<Token> t, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int start = i;
      boolean since = false;
      if (is(t, i, "since")) {
        since = true;
        i++;
        if (is(t, i, "the")) {
          i++;
        }
      }
      DateMention m = at(t, i, published);
      if (m != null) {
        out.add(new DateMention(since ? start : m.from(), m.to(), m.span(), since, m.qualifier()));
        i = m.to();
      } else {
        i = start + 1;
      }
    }
    return out;
  }

  static List<TimeMention> times(List<Token> t) {
    List<TimeMention> out = new ArrayList<>();
    for (int i = 0; i + 1 < t.size(); i++) {
      Token a = t.get(i);
      String next = t.get(i + 1).norm();
      if (a.kind() == Token.Kind.NUMBER && (next.equals("am") || next.equals("pm"))) {
        String[] hm = a.text().split("[:.]", -1);
        try {
          int h = Integer.parseInt(hm[0]);
          int min = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
          if (h == 12) {
            h = 0;
          }
          if (next.equals("pm")) {
            h += 12;
          }
          out.add(new TimeMention(i, i + 2, LocalTime.of(h, min)));
        } catch (NumberFormatException | DateTimeException e) {
          // not a time: "99:99 a.m."
        }
      }
    }
    return out;
  }

  /** A date expression starting exactly at {@code i}, or null. */
  private static DateMention at(List<Token> t, int i, LocalDate pub) {
    if (i >= t.size() || !t.get(i).isWord() && t.get(i).kind() != Token.Kind.NUMBER) {
      return null;
    }
    String w = t.get(i).norm();
    try {
      switch (w) {
        case "today":
        case "tonight":
          return new DateMention(i, i + 1, DateSpan.ofDay(pub), false, "");
        case "yesterday":
          return new DateMention(i, i + 1, DateSpan.ofDay(pub.minusDays(1)), false, "");
        case "earlier":
        case "later":
          if (is(t, i + 1, "today")) {
            return new DateMention(i, i + 2, DateSpan.ofDay(pub), false, "");
          }
          return null;
        case "last":
        case "this":
          if (is(t, i + 1, "month")) {
            YearMonth ym = YearMonth.from(pub).minusMonths(w.equals("last") ? 1 : 0);
            return new DateMention(i, i + 2, DateSpan.ofMonth(ym), false, "");
          }
          if (is(t, i + 1, "year")) {
            return new DateMention(
                i, i + 2, DateSpan.ofYear(Year.of(pub.getYear() - (w.equals("last") ? 1 : 0))),
                false, "");
          }
          if (is(t, i + 1, "week")) {
            LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate from = w.equals("last") ? monday.minusWeeks(1) : monday;
            LocalDate to = w.equals("last") ? monday.minusDays(1) : pub;
            return new DateMention(i, i + 2, DateSpan.of(from, to), false, "");
          }
          if (w.equals("this")
              && (is(t, i + 1, "morning") || is(t, i + 1, "afternoon") || is(t, i + 1, "evening"))) {
            return new DateMention(i, i + 2, DateSpan.ofDay(pub), false, "");
          }
          if (w.equals("this")) {
            return null;
          }
          if (is(t, i + 1, "night")) {
            return new DateMention(i, i + 2, DateSpan.ofDay(pub.minusDays(1)), false, "");
          }
          if (i + 1 < t.size() && WEEKDAYS.containsKey(t.get(i + 1).norm())) {
            LocalDate d = pub.minusDays(1).with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(t.get(i + 1).norm())));
            return new DateMention(i, i + 2, DateSpan.ofDay(d), false, "");
          }
          return null;
        case "between":
        case "from":
          return range(t, i, pub);
        case "in":
          return inYear(t, i, pub);
        case "early":
        case "mid":
        case "late":
          {
            DateMention m = monthExpression(t, i + 1, pub);
            if (m != null && m.span().precision() == org.attackstats.model.DatePrecision.MONTH) {
              return new DateMention(i, m.to(), m.span(), false, w);
            }
            return null;
          }
        default:
          break;
      }
      if (t.get(i).isWord() && WEEKDAYS.containsKey(w) && t.get(i).isCapitalized()) {
        LocalDate d = pub.with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(w)));
        return new DateMention(i, i + 1, DateSpan.ofDay(d), false, "");
      }
      if (t.get(i).isWord() && t.get(i).isCapitalized() && MONTHS.containsKey(w)) {
        return monthExpression(t, i, pub);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /** "Oct. 17", "October 17, 2023", "January 2020" at {@code i} (a month name). */
  private static DateMention monthExpression(List<Token> t, int i, LocalDate pub) {
    if (i >= t.size() || !t.get(i).isCapitalized() || !MONTHS.containsKey(t.get(i).norm())) {
      return null;
    }
    int month = MONTHS.get(t.get(i).norm());
    int j = i + 1;
    if (j < t.size() && t.get(j).isPunct(".")) {
      j++;
    }
    int day = dayAt(t, j);
    if (day > 0) {
      int k = j + 1;
      int year = -1;
      int yk = k;
      if (yk < t.size() && t.get(yk).isPunct(",")) {
        yk++;
      }
      int y = yearAt(t, yk);
      if (y > 0) {
        year = y;
        k = yk + 1;
      }
      LocalDate d =
          year > 0 ? LocalDate.of(year, month, day) : inferYear(month, day, pub);
      return new DateMention(i, k, DateSpan.ofDay(d), false, "");
    }
    if (month == 5 && !t.get(i).text().equals("May")) {
      return null;
    }
    int y = yearAt(t, j);
    if (y > 0) {
      return new DateMention(i, j + 1, DateSpan.ofMonth(YearMonth.of(y, month)), false, "");
    }
    String before = i > 0 ? t.get(i - 1).norm() : "";
    if (Set.of("early", "mid", "late", "in", "since", "during", "until").contains(before)) {
      YearMonth ym = YearMonth.of(pub.getYear(), month);
      if (ym.atDay(1).isAfter(pub)) {
        ym = ym.minusYears(1);
      }
      return new DateMention(i, j, DateSpan.ofMonth(ym), false, "");
    }
    return null;
  }

  private static DateMention range(List<Token> t, int i, LocalDate pub) {
    DateMention a = monthExpression(t, i + 1, pub);
    if (a == null || a.span().precision() != org.attackstats.model.DatePrecision.DAY) {
      return null;
    }
    int j = a.to();
    if (!(is(t, j, "and") || is(t, j, "to") || is(t, j, "until") || is(t, j, "through"))) {
      return null;
    }
    j++;
    LocalDate start = a.span().start();
    LocalDate end;
    int to;
    int day = dayAt(t, j);
    if (day > 0) {
      end = start.withDayOfMonth(day);
      to = j + 1;
    } else {
      DateMention b = monthExpression(t, j, pub);
      if (b == null || b.span().precision() != org.attackstats.model.DatePrecision.DAY) {
        return null;
      }
      end = b.span().start();
      to = b.to();
    }
    if (end.isBefore(start)) {
      start = start.minusYears(1);
    }
    if (end.isAfter(pub) && !start.isAfter(pub)) {
      end = pub;
    }
    return new DateMention(i, to, DateSpan.of(start, end), false, "");
  }

  private static DateMention inYear(List<Token> t, int i, LocalDate pub) {
    DateMention m = monthExpression(t, i + 1, pub);
    if (m != null) {
      return new DateMention(i, m.to(), m.span(), false, "");
    }
    int y = yearAt(t, i + 1);
    if (y > 0 && y <= pub.getYear()) {
      return new DateMention(i, i + 2, DateSpan.ofYear(Year.of(y)), false, "");
    }
    return null;
  }

  private static int dayAt(List<Token> t, int j) {
    if (j < t.size() && t.get(j).kind() == Token.Kind.NUMBER && t.get(j).text().length() <= 2) {
      int d = Integer.parseInt(t.get(j).text());
      return d >= 1 && d <= 31 ? d : -1;
    }
    return -1;
  }

  private static int yearAt(List<Token> t, int j) {
    if (j < t.size() && t.get(j).kind() == Token.Kind.NUMBER && t.get(j).text().length() == 4
        && t.get(j).text().chars().allMatch(Character::isDigit)) {
      int y = Integer.parseInt(t.get(j).text());
      return y >= 1900 && y <= 2100 ? y : -1;
    }
    return -1;
  }

  /** The day of this month and day that is latest without being after {@code pub}. */
  static LocalDate inferYear(int month, int day, LocalDate pub) {
    for (int y = pub.getYear(); y >= pub.getYear() - 4; y--) {
      try {
        LocalDate d = LocalDate.of(y, month, day);
        if (!d.isAfter(pub)) {
          return d;
        }
      } catch (DateTimeException e) {
        // Feb. 29 in a year without it: try the year before
      }
    }
    throw new DateTimeException("no year for " + month + "/" + day);
  }

  private static boolean is(List<Token> t, int i, String norm) {
    return i < t.size() && t.get(i).isWord() && t.get(i).norm().equals(norm);
  }
}
