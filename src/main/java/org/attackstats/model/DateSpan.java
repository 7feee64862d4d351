package org.attackstats.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The days on which an incident may have happened: an inclusive range of dates with the {@link
 * DatePrecision} the source gave.
 *
 * <p>The text form names the precision by its shape and parses back: {@code 2023-10-17} (a day),
 * {@code 2023-10-17/2023-10-21} (a span, ISO 8601 interval), {@code 2023-10} (a month), {@code
 * 2023} (a year).
 *
 * <pre>{@code
 * DateSpan initial = DateSpan.parse("2023-10-17/2023-10-21");
 * initial.contains(LocalDate.of(2023, 10, 19));  // true
 * initial.overlaps(DateSpan.ofMonth(YearMonth.of(2023, 10)));  // true
 * }</pre>
 *
 * <p>Dates lie between {@link #MIN} (0001-01-01) and {@link #MAX} (9999-12-31), so that every
 * span has a four-digit text form. Instances are immutable and hold their days as epoch days
 * ({@link #startEpochDay()}, {@link #endEpochDay()}), so a span costs one small object whatever its
 * dates; {@link #start()} and {@link #endInclusive()} make the {@code LocalDate}s when asked.
 * Counting over a period uses two questions: does the period {@link #encloses enclose} the span
 * (surely inside), and does it {@link #overlaps overlap} it (possibly inside).
 */
public final class DateSpan implements Comparable<DateSpan> {

  /** The earliest day a span may include: 0001-01-01. */
  public static final LocalDate MIN = LocalDate.of(1, 1, 1);

  /** The latest day a span may include: 9999-12-31. */
  public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

  /** The first and last possible days, as epoch days. */
  private final int start;

  private final int end;
  private final DatePrecision precision;

  private DateSpan(LocalDate start, LocalDate end, DatePrecision precision) {
    if (start.isBefore(MIN) || end.isAfter(MAX)) {
      throw new IllegalArgumentException(
          "date span " + start + " to " + end + " lies outside the supported years 0001 to 9999");
    }
    this.start = (int) start.toEpochDay();
    this.end = (int) end.toEpochDay();
    this.precision = precision;
  }

  /**
   * A span with an explicit precision, validated against it: {@code DAY} needs start = end, {@code
   * MONTH} a whole calendar month, {@code YEAR} a whole calendar year, {@code SPAN} start &lt;= end.
   *
   * @param start the first possible day
   * @param endInclusive the last possible day
   * @param precision the precision
   * @return the span
   * @throws IllegalArgumentException naming both dates if they do not fit the precision
   */
  public static DateSpan of(LocalDate start, LocalDate endInclusive, DatePrecision precision) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endInclusive, "endInclusive");
    Objects.requireNonNull(precision, "precision");
    if (endInclusive.isBefore(start)) {
      throw new IllegalArgumentException(
          "date span end " + endInclusive + " is before its start " + start);
    }
    boolean ok;
    switch (precision) {
      case DAY:
        ok = start.equals(endInclusive);
        break;
      case MONTH:
        ok = start.getDayOfMonth() == 1 && endInclusive.equals(YearMonth.from(start).atEndOfMonth());
        break;
      case YEAR:
        ok = start.getDayOfYear() == 1 && endInclusive.equals(Year.from(start).atMonth(12).atEndOfMonth());
        break;
      default:
        ok = true;
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "dates "
              + start
              + " to "
              + endInclusive
              + " do not fit precision '"
              + precision
              + "': day needs start = end, month a whole calendar month, year a whole year");
    }
    return new DateSpan(start, endInclusive, precision);
  }

  /**
   * A span from start to end inclusive, with precision {@code DAY} if they are equal and {@code
   * SPAN} otherwise.
   *
   * @param start the first possible day
   * @param endInclusive the last possible day, not before start
   * @return the span
   */
  public static DateSpan of(LocalDate start, LocalDate endInclusive) {
    return of(start, endInclusive, start.equals(endInclusive) ? DatePrecision.DAY : DatePrecision.SPAN);
  }

  /** The span of two epoch days within the supported years, precision as {@link #of(LocalDate, LocalDate)}. */
  private static DateSpan ofDays(int start, int end) {
    return of(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end));
  }

  /**
   * A single day.
   *
   * @param day the day
   * @return the span of that day with precision {@code DAY}
   */
  public static DateSpan ofDay(LocalDate day) {
    return new DateSpan(Objects.requireNonNull(day, "day"), day, DatePrecision.DAY);
  }

  /**
   * A whole calendar month.
   *
   * @param month the month
   * @return the span with precision {@code MONTH}
   */
  public static DateSpan ofMonth(YearMonth month) {
    return new DateSpan(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
  }

  /**
   * A whole calendar year.
   *
   * @param year the year
   * @return the span with precision {@code YEAR}
   */
  public static DateSpan ofYear(Year year) {
    return new DateSpan(year.atDay(1), year.atMonth(12).atEndOfMonth(), DatePrecision.YEAR);
  }

  /**
   * Parses the text form: {@code yyyy-MM-dd}, {@code yyyy-MM-dd/yyyy-MM-dd}, {@code yyyy-MM} or
   * {@code yyyy}.
   *
   * @param text the text
   * @return the span
   * @throws IllegalArgumentException naming the text and the valid forms
   */
  public static DateSpan parse(CharSequence text) {
    String s = text.toString().strip();
    try {
      int slash = s.indexOf('/');
      if (slash >= 0) {
        return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)), DatePrecision.SPAN);
      }
      if (s.length() == 4 && s.chars().allMatch(Character::isDigit)) {
        return ofYear(Year.parse(s));
      }
      if (s.length() == 7) {
        return ofMonth(YearMonth.parse(s));
      }
      return ofDay(LocalDate.parse(s));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid date span '"
              + text
              + "': expected yyyy-MM-dd, yyyy-MM-dd/yyyy-MM-dd, yyyy-MM or yyyy ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  /**
   * The first possible day.
   *
   * @return the start, inclusive
   */
  public LocalDate start() {
    return LocalDate.ofEpochDay(start);
  }

  /**
   * The first possible day as an epoch day ({@code start().toEpochDay()}), without making a {@code
   * LocalDate}.
   *
   * @return the start, inclusive, in days since 1970-01-01
   */
  public long startEpochDay() {
    return start;
  }

  /**
   * The last possible day as an epoch day ({@code endInclusive().toEpochDay()}), without making a
   * {@code LocalDate}.
   *
   * @return the end, inclusive, in days since 1970-01-01
   */
  public long endEpochDay() {
    return end;
  }

  /**
   * The last possible day.
   *
   * @return the end, inclusive
   */
  public LocalDate endInclusive() {
    return LocalDate.ofEpochDay(end);
  }

  /**
   * The precision the source gave.
   *
   * @return the precision
   */
  public DatePrecision precision() {
    return precision;
  }

  /**
   * The number of days in the span; 1 for a single day.
   *
   * @return the length in days
   */
  public long lengthInDays() {
    return (long) end - start + 1;
  }

  /**
   * Whether {@code day} is one of the possible days.
   *
   * @param day the day
   * @return {@code start <= day <= end}
   */
  public boolean contains(LocalDate day) {
    long d = day.toEpochDay();
    return start <= d && d <= end;
  }

  /**
   * Whether every day of {@code other} lies within this span.
   *
   * @param other the other span
   * @return true if this span encloses the other
   */
  public boolean encloses(DateSpan other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Whether the two spans share at least one day.
   *
   * @param other the other span
   * @return true if they overlap
   */
  public boolean overlaps(DateSpan other) {
    return start <= other.end && other.start <= end;
  }

  /**
   * The days common to both spans.
   *
   * @param other the other span
   * @return the intersection, or empty if they do not overlap
   */
  public Optional<DateSpan> intersection(DateSpan other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    return Optional.of(ofDays(Math.max(start, other.start), Math.min(end, other.end)));
  }

  /**
   * The smallest span enclosing both.
   *
   * @param other the other span
   * @return the span from the earlier start to the later end
   */
  public DateSpan span(DateSpan other) {
    if (encloses(other)) {
      return this;
    }
    if (other.encloses(this)) {
      return other;
    }
    return ofDays(Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * Orders by start, then end, then precision.
   *
   * @param o the other span
   * @return a negative, zero or positive number
   */
  @Override
  public int compareTo(DateSpan o) {
    int c = Integer.compare(start, o.start);
    if (c == 0) {
      c = Integer.compare(end, o.end);
    }
    return c != 0 ? c : precision.compareTo(o.precision);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DateSpan)) {
      return false;
    }
    DateSpan d = (DateSpan) o;
    return start == d.start && end == d.end && precision == d.precision;
  }

  @Override
  public int hashCode() {
    return (start * 31 + end) * 31 + precision.hashCode();
  }

  /**
   * The text form: {@code 2023-10-17}, {@code 2023-10-17/2023-10-21}, {@code 2023-10} or {@code 2023}.
   *
   * @return the text that {@link #parse} reads back
   */
  @Override
  public String toString() {
    switch (precision) {
      case DAY:
        return start().toString();
      case MONTH:
        return YearMonth.from(start()).toString();
      case YEAR:
        return String.format(java.util.Locale.ROOT, "%04d", start().getYear());
      default:
        return start() + "/" + endInclusive();
    }
  }
}
