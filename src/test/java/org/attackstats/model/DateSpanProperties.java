package org.attackstats.model;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of {@link DateSpan}, with Guava's {@link Range} as the oracle for the range vocabulary. */
class DateSpanProperties {

  private static final long BASE = LocalDate.of(2023, 1, 1).toEpochDay();

  static Gen<DateSpan> spans() {
    return integers().between(-800, 800)
        .zip(integers().between(0, 60), integers().between(0, 3), (start, len, shape) -> {
          LocalDate s = LocalDate.ofEpochDay(BASE + start);
          switch (shape) {
            case 0:
              return DateSpan.ofDay(s);
            case 1:
              return DateSpan.of(s, s.plusDays(len));
            case 2:
              return DateSpan.ofMonth(YearMonth.from(s));
            default:
              return DateSpan.ofYear(Year.from(s));
          }
        });
  }

  private static Range<LocalDate> range(DateSpan s) {
    return Range.closed(s.start(), s.endInclusive());
  }

  @Test
  void textFormParsesBack() {
    qt().forAll(spans()).check(s -> DateSpan.parse(s.toString()).equals(s));
  }

  @Test
  void overlapsAndEnclosesAgreeWithGuavaRange() {
    qt().forAll(spans(), spans())
        .check((a, b) ->
            a.overlaps(b) == range(a).isConnected(range(b))
                && a.encloses(b) == range(a).encloses(range(b)));
  }

  @Test
  void intersectionAndSpanAgreeWithGuavaRange() {
    qt().forAll(spans(), spans())
        .check((a, b) ->
            a.intersection(b).map(DateSpanProperties::range).equals(
                    a.overlaps(b) ? java.util.Optional.of(range(a).intersection(range(b))) : java.util.Optional.empty())
                && range(a.span(b)).equals(range(a).span(range(b))));
  }

  @Test
  void containsAgreesWithGuavaRange() {
    qt().forAll(spans(), integers().between(-900, 900))
        .check((s, d) -> {
          LocalDate day = LocalDate.ofEpochDay(BASE + d);
          return s.contains(day) == range(s).contains(day);
        });
  }

  /** The documented order, written out as a reference: start, then end, then precision. */
  private static final Comparator<DateSpan> BY_START_END_PRECISION =
      Comparator.comparing(DateSpan::start)
          .thenComparing(DateSpan::endInclusive)
          .thenComparing(DateSpan::precision);

  @Test
  void orderAgreesWithTheReferenceAndWithEquals() {
    qt().forAll(spans(), spans())
        .check((a, b) ->
            Integer.signum(a.compareTo(b)) == Integer.signum(BY_START_END_PRECISION.compare(a, b))
                && (a.compareTo(b) == 0) == a.equals(b)
                && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)));
  }

  @Test
  void hashCodesSpread() {
    Set<DateSpan> distinct = new HashSet<>();
    qt().withExamples(2000).forAll(spans()).checkAssert(distinct::add);
    ModelTest.assertHashCodesSpread(distinct);
  }

  @Test
  void lengthCountsTheDays() {
    qt().forAll(spans())
        .check(s -> s.lengthInDays() == s.endInclusive().toEpochDay() - s.start().toEpochDay() + 1);
  }

  @Test
  void epochDaysAreTheDatesDays() {
    qt().forAll(spans())
        .check(
            s ->
                s.startEpochDay() == s.start().toEpochDay()
                    && s.endEpochDay() == s.endInclusive().toEpochDay()
                    && DateSpan.of(s.start(), s.endInclusive(), s.precision()).equals(s)
                    && DateSpan.of(s.start(), s.endInclusive(), s.precision()).hashCode() == s.hashCode());
  }

  @Test
  void supportedEndsKeepTheirDays() {
    DateSpan all = DateSpan.of(DateSpan.MIN, DateSpan.MAX);
    org.junit.jupiter.api.Assertions.assertEquals(DateSpan.MIN, all.start());
    org.junit.jupiter.api.Assertions.assertEquals(DateSpan.MAX, all.endInclusive());
    org.junit.jupiter.api.Assertions.assertEquals(
        DateSpan.MAX.toEpochDay() - DateSpan.MIN.toEpochDay() + 1, all.lengthInDays());
  }
}
