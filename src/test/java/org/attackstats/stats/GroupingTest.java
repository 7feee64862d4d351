package org.attackstats.stats;

import static org.attackstats.stats.Seed.CAMPAIGN;
import static org.attackstats.stats.Seed.IQ;
import static org.attackstats.stats.Seed.SY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Place;
import org.junit.jupiter.api.Test;

/** The grouping API: kinds, identity, names, buckets at the ends of time, typed keys. */
class GroupingTest {

  private final Dataset seed = Seed.dataset();

  private static List<String> keys(GroupedResult g) {
    return g.rows().stream().map(r -> r.key().toString()).collect(Collectors.toList());
  }

  @Test
  void aUserGroupingNamedLikeABuiltInOneIsComputedWithItsOwnFunction() {
    // before: groupings were equal by name and the engine answered the built-in COUNTRY from its index
    CategoricalGrouping<String> all = Grouping.by("country", i -> Optional.of("ALL"), Comparator.naturalOrder());
    GroupedResult g = Query.of(seed).attacks().period(CAMPAIGN).groupBy(all).summarize();
    assertEquals(List.of("country=ALL"), keys(g));
    assertEquals(Estimate.exact(5), g.row(all.value("ALL")).orElseThrow().count());
    assertNotEquals(Grouping.COUNTRY, all);
    assertNotEquals(all, Grouping.by("country", i -> Optional.of("ALL"), Comparator.naturalOrder()));
    // and crossing it with a calendar grouping takes the same path
    GroupedResult byMonth = Query.of(seed).attacks().period(CAMPAIGN).groupBy(all, Grouping.MONTH).summarize();
    assertEquals(List.of("country=ALL month=2023-10", "country=ALL month=2023-11"), keys(byMonth));
  }

  @Test
  void categoricalAndCalendarGroupingsAreDistinctTypes() {
    Grouping<?> country = Grouping.COUNTRY;
    Grouping<?> month = Grouping.MONTH;
    assertTrue(country instanceof CategoricalGrouping<?> && !country.isCalendar());
    assertTrue(month instanceof CalendarGrouping && month.isCalendar());
    assertEquals(Optional.of(IQ), Grouping.COUNTRY.valueOf(seed.attack("a01").orElseThrow()));
    assertEquals(DateSpan.ofMonth(YearMonth.of(2023, 10)), Grouping.MONTH.bucketOf(LocalDate.of(2023, 10, 17)));
    CategoricalGrouping<String> nulls = Grouping.by("broken", i -> null, Comparator.naturalOrder());
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Query.of(seed).groupBy(nulls).summarize());
    assertTrue(e.getMessage().contains("grouping 'broken' gave null"), e.getMessage());
  }

  @Test
  void builtInGroupingsParseByName() {
    for (Grouping<?> g : Grouping.builtIns()) {
      assertSame(g, Grouping.parse(g.name()));
    }
    assertSame(Grouping.ISO_WEEK, Grouping.parse("week"));
    assertSame(Grouping.COUNTRY, Grouping.parse(" Country "));
    assertEquals(Grouping.weekStarting(DayOfWeek.SUNDAY), Grouping.parse("week_from_sunday"));
    assertEquals("week_from_sunday", Grouping.weekStarting(DayOfWeek.SUNDAY).name());
    assertSame(Grouping.ISO_WEEK, Grouping.weekStarting(DayOfWeek.MONDAY));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Grouping.parse("colour"));
    assertTrue(e.getMessage().contains("unknown grouping 'colour': expected one of country, admin1, base"), e.getMessage());
  }

  @Test
  void groupingsThatCannotBeCrossedAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Grouping.validate(List.of()));
    assertThrows(IllegalArgumentException.class, () -> Grouping.validate(List.of(Grouping.DAY, Grouping.MONTH)));
    CategoricalGrouping<String> mine = Grouping.by("country", i -> Optional.of("x"), Comparator.naturalOrder());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> Query.of(seed).groupBy(Grouping.COUNTRY, mine));
    assertTrue(twice.getMessage().contains("'country' is given twice"), twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Grouping.by(" ", i -> Optional.empty(), Comparator.<String>naturalOrder()));
  }

  @Test
  void rowsAreFoundByTypedParts() {
    GroupedResult g = Query.of(seed).period(CAMPAIGN).groupBy(Grouping.COUNTRY, Grouping.MONTH).summarize();
    GroupRow a = g.row(Grouping.COUNTRY.value(SY), Grouping.MONTH.at(LocalDate.of(2023, 11, 12))).orElseThrow();
    GroupRow b = g.row(Grouping.MONTH.value(DateSpan.ofMonth(YearMonth.of(2023, 11))), Grouping.COUNTRY.value(SY)).orElseThrow();
    assertEquals(a, b);
    assertEquals(Estimate.exact(2), a.count()); // r02, r03
    assertEquals(Optional.empty(), g.row(Grouping.COUNTRY.value(org.attackstats.model.Country.of("JO")), Grouping.MONTH.at(LocalDate.of(2023, 11, 1))));
    assertThrows(IllegalArgumentException.class, () -> g.row(Grouping.COUNTRY.value(SY)));
    assertThrows(IllegalArgumentException.class, () -> g.row(Grouping.COUNTRY.value(SY), Grouping.KIND.value(Incident.Kind.ATTACK)));
    // a month bucket is a whole month, precision included
    assertThrows(IllegalArgumentException.class, () -> Grouping.MONTH.value(DateSpan.of(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30))));
    assertEquals(List.of(Grouping.COUNTRY.value(SY), Grouping.MONTH.at(LocalDate.of(2023, 11, 1))), a.key().parts());
    assertEquals(a.key(), GroupKey.of(Grouping.COUNTRY.value(SY), Grouping.MONTH.at(LocalDate.of(2023, 11, 30))));
  }

  @Test
  void bucketsAtTheEndsOfTheSupportedYearsAreCutThere() {
    // before: the ISO week of 9999-12-31 ran to +10000-01-02 and the query failed
    Attack late = Attack.builder("late", DateSpan.ofDay(LocalDate.of(9999, 12, 30))).place(Place.of(IQ)).build();
    Attack early = Attack.builder("early", DateSpan.ofDay(DateSpan.MIN)).place(Place.of(SY)).build();
    Dataset d = Dataset.of(List.of(early, late), List.of(), List.of(), List.of());
    for (boolean index : List.of(true, false)) {
      GroupedResult weeks = Query.of(d).period(LocalDate.of(9999, 12, 1), DateSpan.MAX)
          .groupBy(Grouping.COUNTRY, Grouping.ISO_WEEK).summarize(index);
      GroupRow last = weeks.rows().get(weeks.rows().size() - 1);
      assertEquals(DateSpan.of(LocalDate.of(9999, 12, 27), DateSpan.MAX), last.key().get(Grouping.ISO_WEEK).orElseThrow());
      assertEquals(Estimate.exact(1), last.count());
      GroupedResult sundays = Query.of(d).until(LocalDate.of(1, 1, 20))
          .groupBy(Grouping.weekStarting(DayOfWeek.SUNDAY)).summarize(index);
      assertEquals(DateSpan.of(DateSpan.MIN, LocalDate.of(1, 1, 6)), sundays.rows().get(0).key().get(Grouping.weekStarting(DayOfWeek.SUNDAY)).orElseThrow());
      assertEquals(3, sundays.rows().size(), keys(sundays).toString());
    }
    assertEquals("9999-W52", Grouping.ISO_WEEK.label(DateSpan.of(LocalDate.of(9999, 12, 27), DateSpan.MAX)));
  }

  @Test
  void bucketLabels() {
    assertEquals("2023-W42", Grouping.ISO_WEEK.label(Grouping.ISO_WEEK.bucketOf(LocalDate.of(2023, 10, 17))));
    assertEquals("2020-W53", Grouping.ISO_WEEK.label(Grouping.ISO_WEEK.bucketOf(LocalDate.of(2021, 1, 3))));
    assertEquals("2023-10", Grouping.MONTH.label(DateSpan.ofMonth(YearMonth.of(2023, 10))));
    assertEquals("2023", Grouping.YEAR.label(Grouping.YEAR.bucketOf(LocalDate.of(2023, 5, 1))));
    assertEquals("2023-10-15", Grouping.weekStarting(DayOfWeek.SUNDAY).label(
        Grouping.weekStarting(DayOfWeek.SUNDAY).bucketOf(LocalDate.of(2023, 10, 17))));
    assertThrows(IllegalArgumentException.class, () -> Grouping.DAY.label(DateSpan.ofMonth(YearMonth.of(2023, 10))));
  }

  @Test
  void measuresParseByNameAndAnUnknownNameIsAnError() {
    for (Measure m : Measure.values()) {
      assertEquals(m, Measure.parse(m.toString()));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Measure.parse("deaths"));
    assertTrue(e.getMessage().contains("expected one of incidents, injured, killed, munitions"), e.getMessage());
    Summary s = new Summary(Estimate.exact(1), Estimate.exact(2), Estimate.exact(3), Estimate.exact(4));
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0),
        List.of(Measure.values()).stream().map(m -> s.get(m).best()).collect(Collectors.toList()));
    assertThrows(NullPointerException.class, () -> s.get(null));
  }
}
