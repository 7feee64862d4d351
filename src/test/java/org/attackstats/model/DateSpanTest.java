package org.attackstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
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
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateSpan.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'") && e.getMessage().contains("yyyy-MM-dd"), e.getMessage());
  }

  @Test
  void precisionMustFitTheDates() {
    assertThrows(IllegalArgumentException.class, () -> DateSpan.of(d(10, 17), d(10, 18), DatePrecision.DAY));
    assertThrows(IllegalArgumentException.class, () -> DateSpan.of(d(10, 2), d(10, 31), DatePrecision.MONTH));
    assertThrows(IllegalArgumentException.class, () -> DateSpan.of(d(1, 1), d(12, 30), DatePrecision.YEAR));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateSpan.of(d(10, 21), d(10, 17)));
    assertTrue(e.getMessage().contains("2023-10-21") && e.getMessage().contains("2023-10-17"), e.getMessage());
    assertEquals(DatePrecision.MONTH, DateSpan.of(d(10, 1), d(10, 31), DatePrecision.MONTH).precision());
    assertEquals(DatePrecision.SPAN, DateSpan.of(d(10, 1), d(10, 31), DatePrecision.SPAN).precision());
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
  }

  @Test
  void yearsAreFourDigitsAndBounded() {
    assertEquals("0001", DateSpan.ofYear(Year.of(1)).toString());
    assertEquals(DateSpan.ofYear(Year.of(1)), DateSpan.parse("0001"));
    assertEquals("0999-03", DateSpan.ofMonth(YearMonth.of(999, 3)).toString());
    assertEquals(DateSpan.ofMonth(YearMonth.of(999, 3)), DateSpan.parse("0999-03"));
    assertEquals(DateSpan.ofDay(DateSpan.MAX), DateSpan.parse("9999-12-31"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateSpan.ofDay(LocalDate.of(10000, 1, 1)));
    assertTrue(e.getMessage().contains("0001 to 9999"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DateSpan.ofYear(Year.of(0)));
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
  void precisionNamesParseCaseInsensitively() {
    assertEquals(DatePrecision.MONTH, DatePrecision.parse("Month"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatePrecision.parse("week"));
    assertTrue(e.getMessage().contains("[day, span, month, year]"), e.getMessage());
  }
}
