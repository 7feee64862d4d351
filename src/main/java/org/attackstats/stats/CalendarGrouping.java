package org.attackstats.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.attackstats.model.DateSpan;

/**
 * A grouping that cuts time into buckets: {@link Grouping#DAY}, {@link Grouping#ISO_WEEK}, {@link
 * Grouping#weekStarting}, {@link Grouping#MONTH}, {@link Grouping#YEAR}. The values are the buckets
 * as {@link DateSpan}s. An incident whose date span crosses buckets is possibly in each of them:
 * each bucket counts it by the rules of {@link Summary} (low if inside the bucket, best in the
 * bucket of its first day, high in every bucket it overlaps).
 *
 * <p>Buckets never leave the supported years: the week holding {@link DateSpan#MAX} (9999-12-31,
 * a Friday) is cut at it, and so is a week that would start before {@link DateSpan#MIN}.
 *
 * <p>Immutable; equal to the calendar grouping of the same unit and first day of the week.
 */
public final class CalendarGrouping implements Grouping<DateSpan> {

  enum Unit {
    DAY,
    WEEK,
    MONTH,
    YEAR
  }

  static final String WEEK_FROM = "week_from_";

  private final Unit unit;
  private final DayOfWeek firstDay;

  CalendarGrouping(Unit unit, DayOfWeek firstDay) {
    this.unit = unit;
    this.firstDay = firstDay;
  }

  @Override
  public String name() {
    switch (unit) {
      case DAY:
        return "day";
      case WEEK:
        return firstDay == DayOfWeek.MONDAY
            ? "iso_week"
            : WEEK_FROM + firstDay.name().toLowerCase(Locale.ROOT);
      case MONTH:
        return "month";
      default:
        return "year";
    }
  }

  @Override
  public Comparator<? super DateSpan> order() {
    return Comparator.naturalOrder();
  }

  @Override
  public boolean isCalendar() {
    return true;
  }

  /**
   * The bucket holding a day, cut to the supported years.
   *
   * @param day the day, between {@link DateSpan#MIN} and {@link DateSpan#MAX}
   * @return the bucket: a day, a week (precision span), a month or a year
   * @throws IllegalArgumentException if the day is outside the supported years
   */
  public DateSpan bucketOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    switch (unit) {
      case DAY:
        return DateSpan.ofDay(day);
      case WEEK:
        LocalDate s = day.with(TemporalAdjusters.previousOrSame(firstDay));
        LocalDate e = s.plusDays(6);
        return DateSpan.of(
            s.isBefore(DateSpan.MIN) ? DateSpan.MIN : s, e.isAfter(DateSpan.MAX) ? DateSpan.MAX : e);
      case MONTH:
        return DateSpan.ofMonth(YearMonth.from(day));
      default:
        return DateSpan.ofYear(Year.from(day));
    }
  }

  /**
   * The buckets covering a range of days, in order; the first and last may reach beyond it.
   *
   * @param range the days
   * @return the buckets
   */
  public List<DateSpan> buckets(DateSpan range) {
    List<DateSpan> out = new ArrayList<>();
    LocalDate day = range.start();
    while (!day.isAfter(range.endInclusive())) {
      DateSpan b = bucketOf(day);
      out.add(b);
      day = b.endInclusive().plusDays(1);
    }
    return out;
  }

  /**
   * The name of a bucket: {@code 2023-10-17} for a day, {@code 2023-W43} for an ISO week (its
   * week-based year and week number), the first day for other weeks, {@code 2023-10} for a month,
   * {@code 2023} for a year.
   *
   * @param bucket one of this grouping's buckets
   * @return the label
   * @throws IllegalArgumentException if the span is not one of its buckets
   */
  public String label(DateSpan bucket) {
    LocalDate s = value(bucket).value().orElseThrow().start();
    switch (unit) {
      case WEEK:
        if (firstDay != DayOfWeek.MONDAY) {
          return s.toString();
        }
        return String.format(
            Locale.ROOT, "%04d-W%02d", s.get(IsoFields.WEEK_BASED_YEAR),
            s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return YearMonth.from(s).toString();
      case YEAR:
        return String.format(Locale.ROOT, "%04d", s.getYear());
      default:
        return s.toString();
    }
  }

  @Override
  public GroupKey.Part<DateSpan> value(DateSpan bucket) {
    return new GroupKey.Part<>(this, Optional.of(Objects.requireNonNull(bucket, "bucket")));
  }

  /**
   * The key part of the bucket holding a day, for example {@code Grouping.MONTH.at(LocalDate.of(2023,
   * 11, 1))} for November 2023.
   *
   * @param day the day
   * @return the part
   */
  public GroupKey.Part<DateSpan> at(LocalDate day) {
    return new GroupKey.Part<>(this, Optional.of(bucketOf(day)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CalendarGrouping c && c.unit == unit && c.firstDay == firstDay;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, firstDay);
  }

  /**
   * The name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name();
  }
}
