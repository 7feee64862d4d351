package org.attackstats.model;

import static org.attackstats.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateSpanTest {

  private static LocalDate d(int m, int day) {
    return LocalDate.of(2023, m, day);
  }

  @Test
  void textFormsNameThePrecision() {
    assertEquals(DateSpan.ofDay(d(10, 17)), DateSpan.parse("2023-10-17"));
    assertEquals(DateSpan.of(d(10, 17), d(10, 21)), DateSpan.parse("2023-10-17/2023-10-21"));
    assertEquals(DateSpan.ofMonth(YearMonth.of(2020, 1)), DateSpan.parse("2020-01"));
    assertEquals(DateSpan.ofYear(Year.of(2020)), DateSpan.parse("2020"));
    assertEquals("2023-10-17/2023-10-21", DateSpan.of(d(10, 17), d(10, 21)).toString());
    assertEquals("2020-01", DateSpan.ofMonth(YearMonth.of(2020, 1)).toString());
    assertEquals(DatePrecision.SPAN, DateSpan.parse("2023-10-17/2023-10-21").precision());
    assertEquals(DatePrecision.DAY, DateSpan.of(d(10, 17), d(10, 17)).precision());
    assertEquals(LocalDate.of(2020, 1, 31), DateSpan.parse("2020-01").endInclusive());
    assertEquals(LocalDate.of(2024, 2, 29), DateSpan.parse("2024-02").endInclusive());
    assertEquals(366, DateSpan.parse("2024").lengthInDays());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-30", "2023-13", "23-10-17", "2023-10-21/2023-10-17", "Oct 17", "", "2023/10/17"})
  void invalidTextNamesTheValueAndTheValidForms(String text) {
    assertRejected(
        () -> DateSpan.parse(text),
        "invalid date span '" + text + "'", "expected yyyy-MM-dd, yyyy-MM-dd/yyyy-MM-dd, yyyy-MM or yyyy");
  }

  @Test
  void precisionMustFitTheDates() {
    String fit = "day needs start = end, month a whole calendar month, year a whole year";
    assertRejected(() -> DateSpan.of(d(10, 17), d(10, 18), DatePrecision.DAY),
        "dates 2023-10-17 to 2023-10-18 do not fit precision 'day'", fit);
    assertRejected(() -> DateSpan.of(d(10, 2), d(10, 31), DatePrecision.MONTH), "do not fit precision 'month'");
    assertRejected(() -> DateSpan.of(d(10, 1), d(10, 30), DatePrecision.MONTH), "do not fit precision 'month'");
    assertRejected(() -> DateSpan.of(d(10, 1), d(11, 30), DatePrecision.MONTH), "do not fit precision 'month'");
    assertRejected(() -> DateSpan.of(d(1, 1), d(12, 30), DatePrecision.YEAR), "do not fit precision 'year'");
    assertRejected(() -> DateSpan.of(d(1, 2), d(12, 31), DatePrecision.YEAR), "do not fit precision 'year'");
    assertRejected(() -> DateSpan.of(d(10, 21), d(10, 17)), "date span end 2023-10-17 is before its start 2023-10-21");
    assertEquals(DateSpan.ofMonth(YearMonth.of(2023, 10)), DateSpan.of(d(10, 1), d(10, 31), DatePrecision.MONTH));
    assertEquals(DateSpan.ofMonth(YearMonth.of(2024, 2)),
        DateSpan.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), DatePrecision.MONTH));
    assertEquals(DateSpan.ofYear(Year.of(2023)), DateSpan.of(d(1, 1), d(12, 31), DatePrecision.YEAR));
    assertEquals(DatePrecision.SPAN, DateSpan.of(d(10, 1), d(10, 31), DatePrecision.SPAN).precision());
    assertEquals(DatePrecision.SPAN, DateSpan.of(d(10, 17), d(10, 17), DatePrecision.SPAN).precision());
  }

  @Test
  void rangeVocabulary() {
    DateSpan initial = DateSpan.parse("2023-10-17/2023-10-21");
    assertTrue(initial.contains(d(10, 19)));
    assertFalse(initial.contains(d(10, 22)));
    assertTrue(DateSpan.parse("2023-10").encloses(initial));
    assertFalse(initial.encloses(DateSpan.parse("2023-10")));
    assertTrue(initial.overlaps(DateSpan.parse("2023-10-21/2023-11-01")));
    assertFalse(initial.overlaps(DateSpan.parse("2023-10-22/2023-11-01")));
    assertEquals(Optional.of(DateSpan.ofDay(d(10, 21))), initial.intersection(DateSpan.parse("2023-10-21/2023-11-01")));
    assertEquals(Optional.empty(), initial.intersection(DateSpan.parse("2023-11")));
    assertEquals(DateSpan.parse("2023-10-17/2023-11-30"), initial.span(DateSpan.parse("2023-11")));
    assertEquals(DateSpan.parse("2023-10"), DateSpan.parse("2023-10").span(initial));
    // a span enclosing the other is the answer as it is, its precision included
    assertEquals(DatePrecision.MONTH, DateSpan.parse("2023-10").span(initial).precision());
    assertEquals(DateSpan.parse("2023-10"), initial.span(DateSpan.parse("2023-10")));
    assertEquals(DatePrecision.YEAR, DateSpan.ofDay(d(3, 1)).span(DateSpan.parse("2023")).precision());
  }

  @Test
  void yearsAreFourDigitsAndBounded() {
    assertEquals("0001", DateSpan.ofYear(Year.of(1)).toString());
    assertEquals(DateSpan.ofYear(Year.of(1)), DateSpan.parse("0001"));
    assertEquals("0999-03", DateSpan.ofMonth(YearMonth.of(999, 3)).toString());
    assertEquals(DateSpan.ofMonth(YearMonth.of(999, 3)), DateSpan.parse("0999-03"));
    assertEquals(DateSpan.ofDay(DateSpan.MAX), DateSpan.parse("9999-12-31"));
    assertRejected(
        () -> DateSpan.ofDay(LocalDate.of(10000, 1, 1)),
        "date span +10000-01-01 to +10000-01-01 lies outside the supported years 0001 to 9999");
    assertRejected(() -> DateSpan.ofYear(Year.of(0)), "0000-01-01 to 0000-12-31", "0001 to 9999");
  }

  @Test
  void equalityIncludesPrecision() {
    new EqualsTester()
        .addEqualityGroup(DateSpan.parse("2023-10"), DateSpan.ofMonth(YearMonth.of(2023, 10)))
        .addEqualityGroup(DateSpan.parse("2023-10-01/2023-10-31"))
        .addEqualityGroup(DateSpan.ofDay(d(10, 17)), DateSpan.of(d(10, 17), d(10, 17)))
        .testEquals();
  }

  @Test
  void spansAreOrderedByStartThenEndThenPrecision() {
    List<DateSpan> expected =
        List.of(
            DateSpan.ofYear(Year.of(2022)),
            DateSpan.parse("2023-10-01"),
            DateSpan.of(d(10, 1), d(10, 2)),
            DateSpan.of(d(10, 1), d(10, 31)),
            DateSpan.parse("2023-10"),
            DateSpan.parse("2023-10-02"),
            DateSpan.of(d(10, 2), d(10, 3)));
    List<DateSpan> sorted = new ArrayList<>(expected);
    Collections.reverse(sorted);
    Collections.sort(sorted);
    assertEquals(expected, sorted);
    // the same days: precision in declaration order (day, span, month, year)
    assertTrue(DateSpan.parse("2023-10").compareTo(DateSpan.of(d(10, 1), d(10, 31))) > 0);
    assertTrue(DateSpan.parse("2023").compareTo(DateSpan.of(d(1, 1), d(12, 31))) > 0);
  }

  @Test
  void precisionNamesParseCaseInsensitively() {
    assertEquals(DatePrecision.MONTH, DatePrecision.parse("Month"));
    assertRejected(() -> DatePrecision.parse("week"), "'week'", "[day, span, month, year]");
  }
}
