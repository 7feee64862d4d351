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
import org.attackstats.model.DatePrecision;
import org.attackstats.model.DateSpan;

/**
 * Finds dates and times in a token list and resolves them against the publication date P:
 * month-first ({@code Oct. 17}, {@code October 17, 2023}, {@code January 30th}), day-first
 * ({@code 30 January 2024}, {@code 12 January}, {@code the 3rd of May}), numeric ({@code
 * 10/11/2016}, {@code 22.01.2024}, {@code 22/01}), weekdays ({@code on Tuesday}, {@code Thursday
 * night}, {@code early Friday}), relative words ({@code today}, {@code earlier today}, {@code
 * yesterday}, {@code last night}, {@code overnight}), spans ({@code between Oct. 17 and 21},
 * {@code 17 and 21 June}, {@code 28-29 January}), periods ({@code since Oct. 17}), months and
 * years ({@code early January 2020}, {@code in 2011}) and times of day ({@code 3:30 a.m.}, {@code
 * 10pm}, {@code 10:30pm}). A date without a year takes the latest year that does not put it
 * after P; a weekday is the latest such day on or before P; a numeric date that could be read
 * either way ({@code 05/06/2016}) takes the reading closest before P, month first on a tie. No
 * date is after P.
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

  private static final Set<String> MONTH_CONTEXT =
      Set.of("early", "mid", "late", "in", "since", "during", "until", "throughout", "of", "end");

  /** Words a date can start with (besides numbers and ordinals); any other word is skipped. */
  private static final Set<String> STARTS = new java.util.HashSet<>();

  static {
    STARTS.addAll(MONTHS.keySet());
    STARTS.addAll(WEEKDAYS.keySet());
    STARTS.addAll(List.of("since", "today", "tonight", "yesterday", "overnight", "earlier",
        "later", "last", "this", "between", "from", "in", "the", "early", "mid", "late"));
  }

  static List<DateMention> find(List<Token> t, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Token tok = t.get(i);
      if (tok.kind() != Token.Kind.NUMBER && !(tok.isWord() && (STARTS.contains(tok.norm())
          || !tok.norm().isEmpty() && Character.isDigit(tok.norm().charAt(0))))) {
        i++;
        continue;
      }
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
        DateSpan span = m.span();
        if (!span.start().isAfter(published)) {
          // a month or year not over by publication ("this month") is cut at it
          if (span.endInclusive().isAfter(published)) {
            span = DateSpan.of(span.start(), published);
          }
          out.add(new DateMention(since ? start : m.from(), m.to(), span, since, m.qualifier()));
        } // else a day after publication, in the text ("October 17, 2099"): not an event's date
        i = m.to();
      } else {
        i = start + 1;
      }
    }
    return out;
  }

  static List<TimeMention> times(List<Token> t) {
    List<TimeMention> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Token a = t.get(i);
      if (a.kind() == Token.Kind.NUMBER && i + 1 < t.size()) {
        String next = t.get(i + 1).norm();
        if (next.equals("am") || next.equals("pm")) {
          LocalTime time = time(a.text(), next.equals("pm"));
          if (time != null) {
            out.add(new TimeMention(i, i + 2, time));
          }
        }
      } else if (a.isWord() && (a.norm().endsWith("am") || a.norm().endsWith("pm"))
          && a.text().length() <= 7 && Character.isDigit(a.text().charAt(0))) {
        // "10pm", "3am", "10:30pm", "10.30pm"
        String digits = a.text().substring(0, a.text().length() - 2);
        LocalTime time = time(digits, a.norm().endsWith("pm"));
        if (time != null) {
          out.add(new TimeMention(i, i + 1, time));
        }
      }
    }
    return out;
  }

  private static LocalTime time(String text, boolean pm) {
    String[] hm = text.split("[:.]", -1);
    try {
      int h = Integer.parseInt(hm[0]);
      int min = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
      if (h < 1 || h > 12) {
        return null;
      }
      if (h == 12) {
        h = 0;
      }
      if (pm) {
        h += 12;
      }
      return LocalTime.of(h, min);
    } catch (NumberFormatException | DateTimeException e) {
      return null; // not a time: "99:99 a.m."
    }
  }

  /** A date expression starting exactly at {@code i}, or null. */
  private static DateMention at(List<Token> t, int i, LocalDate pub) {
    if (i >= t.size() || !t.get(i).isWord() && t.get(i).kind() != Token.Kind.NUMBER) {
      return null;
    }
    String w = t.get(i).norm();
    try {
      if (t.get(i).kind() == Token.Kind.NUMBER) {
        DateMention m = numeric(t, i, pub);
        return m != null ? m : dayFirst(t, i, pub);
      }
      switch (w) {
        case "today":
        case "tonight":
          return day(i, i + 1, pub);
        case "yesterday":
          return day(i, i + 1, pub.minusDays(1));
        case "overnight":
          return is(t, i + 1, "on") || is(t, i + 1, "into") ? null : day(i, i + 1, pub.minusDays(1));
        case "earlier":
        case "later":
          if (is(t, i + 1, "today")) {
            return day(i, i + 2, pub);
          }
          return null;
        case "last":
        case "this":
          return lastOrThis(t, i, w.equals("last"), pub);
        case "between":
        case "from":
          return range(t, i, pub);
        case "in":
          return inYear(t, i, pub);
        case "the":
          // "the 3rd of May"
          return is(t, i + 1, "night") || is(t, i + 1, "morning") ? null : ordinalOf(t, i + 1, pub, i);
        case "early":
        case "mid":
        case "late":
          {
            DateMention m = monthExpression(t, i + 1, pub);
            if (m != null && m.span().precision() == DatePrecision.MONTH) {
              return new DateMention(i, m.to(), m.span(), false, w);
            }
            int wd = weekdayAt(t, i + 1);
            if (wd > 0) {
              // "early Friday", "late Tuesday"
              return day(i, i + 2, weekday(pub, WEEKDAYS.get(t.get(i + 1).norm())));
            }
            return null;
          }
        default:
          break;
      }
      if (t.get(i).isWord() && WEEKDAYS.containsKey(w) && t.get(i).isCapitalized()) {
        return day(i, i + 1, weekday(pub, WEEKDAYS.get(w)));
      }
      if (t.get(i).isWord() && t.get(i).isCapitalized() && MONTHS.containsKey(w)) {
        return monthExpression(t, i, pub);
      }
      if (t.get(i).isWord() && ordinal(t.get(i).norm()) > 0) {
        return dayFirst(t, i, pub);
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      // no such day ("Feb. 30"), or a day outside the years 0001 to 9999 that DateSpan holds
      return null;
    }
    return null;
  }

  private static DateMention day(int from, int to, LocalDate d) {
    return new DateMention(from, to, DateSpan.ofDay(d), false, "");
  }

  /** The latest such weekday on or before {@code pub}. */
  private static LocalDate weekday(LocalDate pub, DayOfWeek d) {
    return pub.with(TemporalAdjusters.previousOrSame(d));
  }

  private static int weekdayAt(List<Token> t, int i) {
    return i < t.size() && t.get(i).isWord() && t.get(i).isCapitalized()
        && WEEKDAYS.containsKey(t.get(i).norm()) ? 1 : 0;
  }

  private static DateMention lastOrThis(List<Token> t, int i, boolean last, LocalDate pub) {
    if (is(t, i + 1, "month")) {
      YearMonth ym = YearMonth.from(pub).minusMonths(last ? 1 : 0);
      return new DateMention(i, i + 2, DateSpan.ofMonth(ym), false, "");
    }
    if (is(t, i + 1, "year")) {
      return new DateMention(i, i + 2, DateSpan.ofYear(Year.of(pub.getYear() - (last ? 1 : 0))),
          false, "");
    }
    if (is(t, i + 1, "week")) {
      LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate from = last ? monday.minusWeeks(1) : monday;
      LocalDate to = last ? monday.minusDays(1) : pub;
      return new DateMention(i, i + 2, DateSpan.of(from, to), false, "");
    }
    if (!last && (is(t, i + 1, "morning") || is(t, i + 1, "afternoon") || is(t, i + 1, "evening"))) {
      return day(i, i + 2, pub);
    }
    if (!last) {
      return null;
    }
    if (is(t, i + 1, "night")) {
      return day(i, i + 2, pub.minusDays(1));
    }
    if (i + 1 < t.size() && WEEKDAYS.containsKey(t.get(i + 1).norm())) {
      return day(i, i + 2,
          pub.minusDays(1).with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(t.get(i + 1).norm()))));
    }
    return null;
  }

  /**
   * "10/11/2016", "22/01", "(22/01/15)", "22.01.2024": the reading (month first or day first)
   * closest before publication; a first number over 12 is a day.
   */
  private static DateMention numeric(List<Token> t, int i, LocalDate pub) {
    String a = t.get(i).text();
    int dot = a.indexOf('.');
    if (dot > 0 && a.indexOf('.', dot + 1) > 0) {
      // "22.01.2024": the tokenizer keeps a dotted date as one number
      int dot2 = a.indexOf('.', dot + 1);
      String x = a.substring(0, dot);
      String y = a.substring(dot + 1, dot2);
      String ys = a.substring(dot2 + 1);
      if (x.length() > 2 || y.length() > 2 || !allDigits(x) || !allDigits(y) || !allDigits(ys)
          || ys.length() != 2 && ys.length() != 4) {
        return null;
      }
      int year = ys.length() == 4 ? Integer.parseInt(ys) : 2000 + Integer.parseInt(ys);
      LocalDate d = reading(year, Integer.parseInt(x), Integer.parseInt(y), pub);
      return d == null ? null : day(i, i + 1, d);
    }
    if (a.length() > 2 || !allDigits(a) || !(sep(t, i + 1, "/") || sep(t, i + 1, "."))
        || !number(t, i + 2, 2)) {
      return null;
    }
    String s = t.get(i + 1).text();
    int x = Integer.parseInt(a);
    int y = Integer.parseInt(t.get(i + 2).text());
    int year = -1;
    int to = i + 3;
    if (sep(t, i + 3, s) && i + 4 < t.size() && t.get(i + 4).kind() == Token.Kind.NUMBER) {
      String ys = t.get(i + 4).text();
      if (ys.length() == 4 && allDigits(ys)) {
        year = Integer.parseInt(ys);
        to = i + 5;
      } else if (ys.length() == 2 && allDigits(ys)) {
        year = 2000 + Integer.parseInt(ys);
        to = i + 5;
      }
    }
    if (year < 0 && !inBrackets(t, i, to)) {
      return null; // "3/4" outside brackets is more likely a fraction or a score
    }
    LocalDate d = reading(year, x, y, pub);
    return d == null ? null : day(i, to, d);
  }

  /**
   * The day that numbers {@code x} and {@code y} name, month first or day first, whichever is
   * closest before publication (month first on a tie); null if neither is a day.
   */
  private static LocalDate reading(int year, int x, int y, LocalDate pub) {
    LocalDate monthFirst = numericDay(year, x, y, pub);
    LocalDate dayFirst = numericDay(year, y, x, pub);
    if (monthFirst == null) {
      return dayFirst;
    } else if (dayFirst == null) {
      return monthFirst;
    }
    return dayFirst.isAfter(monthFirst) ? dayFirst : monthFirst;
  }

  /** The day of (month, dayOfMonth) in {@code year} (or the latest year), not after pub; or null. */
  private static LocalDate numericDay(int year, int month, int dayOfMonth, LocalDate pub) {
    if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
      return null;
    }
    try {
      LocalDate d = year > 0 ? LocalDate.of(year, month, dayOfMonth) : inferYear(month, dayOfMonth, pub);
      return d.isAfter(pub) ? null : d;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean inBrackets(List<Token> t, int from, int to) {
    return from > 0 && (t.get(from - 1).isPunct("(") || t.get(from - 1).isPunct("["))
        && to < t.size() && (t.get(to).isPunct(")") || t.get(to).isPunct("]"));
  }

  /** "30 January 2024", "12 January", "30th January", "17 and 21 June". */
  private static DateMention dayFirst(List<Token> t, int i, LocalDate pub) {
    int day = dayAt(t, i);
    if (day <= 0) {
      return null;
    }
    int j = i + 1;
    if (is(t, j, "of")) {
      j++;
    }
    int secondDay = -1;
    if ((is(t, j, "and") || is(t, j, "to") || j < t.size() && t.get(j).isPunct("--")) && dayAt(t, j + 1) > 0
        && monthAt(t, j + 2) > 0) {
      secondDay = dayAt(t, j + 1);
      j += 2;
    }
    int month = monthAt(t, j);
    if (month <= 0) {
      return null;
    }
    int k = j + 1;
    if (k < t.size() && t.get(k).isPunct(".")) {
      k++;
    }
    int year = -1;
    int yk = k < t.size() && t.get(k).isPunct(",") ? k + 1 : k;
    if (yearAt(t, yk) > 0) {
      year = yearAt(t, yk);
      k = yk + 1;
    }
    LocalDate d = year > 0 ? LocalDate.of(year, month, day) : inferYear(month, day, pub);
    if (secondDay > 0) {
      LocalDate e = d.withDayOfMonth(secondDay);
      if (e.isBefore(d)) {
        return null;
      }
      if (e.isAfter(pub)) {
        e = pub;
      }
      return new DateMention(i, k, DateSpan.of(d, e), false, "");
    }
    return day(i, k, d);
  }

  /** "the 3rd of May" at {@code i} (after "the"). */
  private static DateMention ordinalOf(List<Token> t, int i, LocalDate pub, int from) {
    DateMention m = dayFirst(t, i, pub);
    return m == null ? null : new DateMention(from, m.to(), m.span(), false, "");
  }

  private static int monthAt(List<Token> t, int j) {
    if (j < t.size() && t.get(j).isWord() && t.get(j).isCapitalized()) {
      Integer m = MONTHS.get(t.get(j).norm());
      if (m != null && (m != 5 || t.get(j).text().equals("May"))) {
        return m;
      }
    }
    return -1;
  }

  /** "Oct. 17", "October 17, 2023", "January 30th", "January 2020" at {@code i} (a month name). */
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
    if (day > 0 && !(j + 1 < t.size() && MONTHS.containsKey(t.get(j + 1).norm()))) {
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
      LocalDate d = year > 0 ? LocalDate.of(year, month, day) : inferYear(month, day, pub);
      return day(i, k, d);
    }
    if (month == 5 && !t.get(i).text().equals("May")) {
      return null;
    }
    int y = yearAt(t, j);
    if (y > 0) {
      return new DateMention(i, j + 1, DateSpan.ofMonth(YearMonth.of(y, month)), false, "");
    }
    String before = i > 0 ? t.get(i - 1).norm() : "";
    if (MONTH_CONTEXT.contains(before)) {
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
    if (a == null) {
      a = dayFirst(t, i + 1, pub);
    }
    if (a == null || a.span().precision() != DatePrecision.DAY) {
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
    DateMention b = monthExpression(t, j, pub);
    if (b == null) {
      b = dayFirst(t, j, pub);
    }
    if (b != null && b.span().precision() == DatePrecision.DAY) {
      end = b.span().start();
      to = b.to();
    } else if (dayAt(t, j) > 0) {
      end = start.withDayOfMonth(dayAt(t, j));
      to = j + 1;
    } else {
      return null;
    }
    if (end.isBefore(start)) {
      start = start.minusYears(1);
      if (end.isBefore(start)) {
        return null;
      }
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

  /** A day of the month at {@code j}: "17", "17th", "1st". */
  private static int dayAt(List<Token> t, int j) {
    if (j >= t.size()) {
      return -1;
    }
    Token tok = t.get(j);
    if (tok.kind() == Token.Kind.NUMBER && tok.text().length() <= 2 && allDigits(tok.text())) {
      int d = Integer.parseInt(tok.text());
      return d >= 1 && d <= 31 ? d : -1;
    }
    if (tok.isWord()) {
      return ordinal(tok.norm());
    }
    return -1;
  }

  /** "1st" to 1, "30th" to 30; -1 otherwise. */
  private static int ordinal(String w) {
    if (w.length() < 3 || w.length() > 4) {
      return -1;
    }
    String suffix = w.substring(w.length() - 2);
    if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
      return -1;
    }
    String digits = w.substring(0, w.length() - 2);
    if (!allDigits(digits)) {
      return -1;
    }
    int d = Integer.parseInt(digits);
    return d >= 1 && d <= 31 ? d : -1;
  }

  private static int yearAt(List<Token> t, int j) {
    if (j < t.size() && t.get(j).kind() == Token.Kind.NUMBER && t.get(j).text().length() == 4
        && allDigits(t.get(j).text())) {
      int y = Integer.parseInt(t.get(j).text());
      return y >= 1900 && y <= 2100 ? y : -1;
    }
    return -1;
  }

  private static boolean number(List<Token> t, int j, int maxDigits) {
    return j < t.size() && t.get(j).kind() == Token.Kind.NUMBER
        && t.get(j).text().length() <= maxDigits && allDigits(t.get(j).text());
  }

  private static boolean sep(List<Token> t, int j, String p) {
    return j < t.size() && t.get(j).kind() == Token.Kind.PUNCT && t.get(j).text().equals(p);
  }

  private static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
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
