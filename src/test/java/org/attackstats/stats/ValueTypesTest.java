package org.attackstats.stats;

import static org.attackstats.stats.Seed.CAMPAIGN;
import static org.attackstats.stats.Seed.IQ;
import static org.attackstats.stats.Seed.SY;
import static org.attackstats.stats.Seed.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Place;
import org.junit.jupiter.api.Test;

/** The public value types of the stats API: equality, order, hashing and text forms. */
class ValueTypesTest {

  private final Dataset seed = Seed.dataset();


  private static List<String> keys(List<GroupRow> rows) {
    return rows.stream().map(r -> r.key().toString()).collect(Collectors.toList());
  }

  // ---- GroupKey ----------------------------------------------------------------------------

  @Test
  void groupKeysOrderPartByPartWithNoValueLastAndShorterKeysFirst() {
    GroupKey iq = GroupKey.of(Grouping.COUNTRY.value(IQ));
    GroupKey sy = GroupKey.of(Grouping.COUNTRY.value(SY));
    GroupKey none = GroupKey.of(Grouping.COUNTRY.noValue());
    assertTrue(iq.compareTo(sy) < 0);
    assertTrue(sy.compareTo(iq) > 0);
    assertTrue(sy.compareTo(none) < 0, "no value sorts last");
    assertTrue(none.compareTo(iq) > 0);
    // equal keys compare as 0, consistent with equals
    GroupKey iqAgain = GroupKey.of(Grouping.COUNTRY.value(Country.of("IQ")));
    assertEquals(0, iq.compareTo(iqAgain));
    assertEquals(0, none.compareTo(GroupKey.of(Grouping.COUNTRY.noValue())));
    assertEquals(iq, iqAgain);

    // the first part decides before the second
    GroupKey iqResponse =
        GroupKey.of(Grouping.COUNTRY.value(IQ), Grouping.KIND.value(Incident.Kind.RESPONSE));
    GroupKey syAttack =
        GroupKey.of(Grouping.COUNTRY.value(SY), Grouping.KIND.value(Incident.Kind.ATTACK));
    GroupKey iqAttack =
        GroupKey.of(Grouping.COUNTRY.value(IQ), Grouping.KIND.value(Incident.Kind.ATTACK));
    assertTrue(iqResponse.compareTo(syAttack) < 0);
    assertTrue(iqAttack.compareTo(iqResponse) < 0);
    assertEquals(
        0,
        iqAttack.compareTo(
            GroupKey.of(Grouping.COUNTRY.value(IQ), Grouping.KIND.value(Incident.Kind.ATTACK))));

    // a key that is a prefix of another sorts before it, and the two are not equal
    assertTrue(iq.compareTo(iqAttack) < 0);
    assertTrue(iqAttack.compareTo(iq) > 0);
    assertNotEquals(iq, iqAttack);

    List<GroupKey> sorted = new ArrayList<>(List.of(none, iqResponse, sy, iqAttack, iq, syAttack));
    sorted.sort(Comparator.naturalOrder());
    assertEquals(List.of(iq, iqAttack, iqResponse, sy, syAttack, none), sorted);
  }

  @Test
  void groupKeysAreEqualOnlyWithTheSameGroupingsAndValues() {
    GroupKey iq = GroupKey.of(Grouping.COUNTRY.value(IQ));
    assertEquals(iq, GroupKey.of(Grouping.COUNTRY.value(IQ)));
    assertEquals(iq.hashCode(), GroupKey.of(Grouping.COUNTRY.value(IQ)).hashCode());
    // another value
    assertNotEquals(iq, GroupKey.of(Grouping.COUNTRY.value(SY)));
    assertNotEquals(iq, GroupKey.of(Grouping.COUNTRY.noValue()));
    // the same value under another grouping
    GroupKey admin1 = GroupKey.of(Grouping.ADMIN1.value("x"));
    GroupKey base = GroupKey.of(Grouping.BASE.value("x"));
    assertNotEquals(admin1, base);
    assertEquals(admin1, GroupKey.of(Grouping.ADMIN1.value("x")));
    // a longer key, the parts in another order, and other types
    GroupKey month = GroupKey.of(Grouping.COUNTRY.value(IQ), Grouping.MONTH.at(LocalDate.of(2023, 11, 1)));
    assertNotEquals(iq, month);
    assertNotEquals(month, GroupKey.of(Grouping.MONTH.at(LocalDate.of(2023, 11, 1)), Grouping.COUNTRY.value(IQ)));
    assertNotEquals(month, GroupKey.of(Grouping.COUNTRY.value(IQ), Grouping.MONTH.at(LocalDate.of(2023, 10, 1))));
    assertNotEquals(iq, (Object) "country=IQ");
    assertNotEquals(iq, null);
  }

  @Test
  void distinctGroupKeysSpreadOverHashCodes() {
    Set<GroupKey> keys = new HashSet<>();
    for (String c : List.of("IQ", "SY", "JO", "LB", "TR", "IR")) {
      for (Incident.Kind k : Incident.Kind.values()) {
        keys.add(GroupKey.of(Grouping.COUNTRY.value(Country.of(c)), Grouping.KIND.value(k)));
      }
    }
    assertEquals(12, keys.size());
    Set<Integer> hashes = keys.stream().map(GroupKey::hashCode).collect(Collectors.toSet());
    assertTrue(hashes.size() > 1, "every key has the same hash code: " + hashes);
  }

  @Test
  void aGroupingOutsideTheKeyIsRefusedWithItsName() {
    GroupKey key = GroupKey.of(Grouping.COUNTRY.value(IQ), Grouping.MONTH.at(LocalDate.of(2023, 11, 5)));
    assertEquals(Optional.of(IQ), key.get(Grouping.COUNTRY));
    assertEquals(Optional.of(DateSpan.ofMonth(YearMonth.of(2023, 11))), key.get(Grouping.MONTH));
    assertEquals(Optional.empty(), GroupKey.of(Grouping.COUNTRY.noValue()).get(Grouping.COUNTRY));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> key.get(Grouping.KIND));
    assertTrue(
        e.getMessage().contains("grouping 'kind' is not part of this key; its groupings are [country, month]"),
        e.getMessage());
    // a calendar grouping of another unit is another grouping
    assertThrows(IllegalArgumentException.class, () -> key.get(Grouping.YEAR));
  }

  @Test
  void keysAndPartsPrintAsNameEqualsValue() {
    assertEquals("country=IQ", Grouping.COUNTRY.value(IQ).toString());
    assertEquals("country=-", Grouping.COUNTRY.noValue().toString());
    assertEquals("month=2023-11", Grouping.MONTH.at(LocalDate.of(2023, 11, 5)).toString());
    assertEquals("kind=RESPONSE", Grouping.KIND.value(Incident.Kind.RESPONSE).toString());
    assertEquals(
        "country=- month=2023-11",
        GroupKey.of(Grouping.COUNTRY.noValue(), Grouping.MONTH.at(LocalDate.of(2023, 11, 5))).toString());
  }

  // ---- groupings ---------------------------------------------------------------------------

  @Test
  void calendarGroupingsAreNamedByTheirUnitAndPrintTheirName() {
    assertEquals("day", Grouping.DAY.name());
    assertEquals("iso_week", Grouping.ISO_WEEK.name());
    assertEquals("month", Grouping.MONTH.name());
    assertEquals("year", Grouping.YEAR.name());
    assertEquals("week_from_sunday", Grouping.weekStarting(DayOfWeek.SUNDAY).name());
    assertEquals("week_from_saturday", Grouping.weekStarting(DayOfWeek.SATURDAY).name());
    assertEquals("day", Grouping.DAY.toString());
    assertEquals("iso_week", Grouping.ISO_WEEK.toString());
    assertEquals("month", Grouping.MONTH.toString());
    assertEquals("year", Grouping.YEAR.toString());
    assertEquals("week_from_sunday", Grouping.weekStarting(DayOfWeek.SUNDAY).toString());
  }

  @Test
  void calendarGroupingsEqualWhenTheyCutTimeAlikeAndHashAccordingly() {
    CalendarGrouping sunday = Grouping.weekStarting(DayOfWeek.SUNDAY);
    CalendarGrouping sundayAgain = Grouping.weekStarting(DayOfWeek.SUNDAY);
    assertEquals(sunday, sundayAgain);
    assertEquals(sunday.hashCode(), sundayAgain.hashCode());
    assertNotEquals(sunday, Grouping.ISO_WEEK);
    assertNotEquals(Grouping.DAY, Grouping.MONTH);
    List<CalendarGrouping> all = new ArrayList<>(List.of(Grouping.DAY, Grouping.MONTH, Grouping.YEAR));
    for (DayOfWeek d : DayOfWeek.values()) {
      all.add(Grouping.weekStarting(d));
    }
    assertEquals(10, new HashSet<>(all).size());
    Set<Integer> hashes = all.stream().map(CalendarGrouping::hashCode).collect(Collectors.toSet());
    assertTrue(hashes.size() > 1, "every calendar grouping has the same hash code: " + hashes);
  }

  @Test
  void categoricalGroupingsPrintTheirName() {
    assertEquals("country", Grouping.COUNTRY.toString());
    assertEquals("admin1", Grouping.ADMIN1.toString());
    assertEquals("kind", Grouping.KIND.toString());
    assertEquals("mine", Grouping.by("mine", i -> Optional.of(1), Comparator.<Integer>naturalOrder()).toString());
    assertEquals("[country, month]", List.of(Grouping.COUNTRY, Grouping.MONTH).toString());
  }

  @Test
  void builtInCategoricalGroupingsReadTheRecord() {
    Incident a01 = seed.attack("a01").orElseThrow();
    Incident a03 = seed.attack("a03").orElseThrow();
    Incident a05 = seed.attack("a05").orElseThrow();
    Incident r01 = seed.incidents().stream().filter(i -> i.id().equals("r01")).findFirst().orElseThrow();
    assertEquals(Optional.of("Al Anbar"), Grouping.ADMIN1.valueOf(a01));
    assertEquals(Optional.of("Homs"), Grouping.ADMIN1.valueOf(a03));
    assertEquals(Optional.of("Deir ez-Zor"), Grouping.ADMIN1.valueOf(r01));
    assertEquals(Optional.empty(), Grouping.ADMIN1.valueOf(a05));
    assertEquals(Optional.of("ain-al-asad"), Grouping.BASE.valueOf(a01));
    assertEquals(Optional.of("al-tanf"), Grouping.BASE.valueOf(a03));
    assertEquals(Optional.empty(), Grouping.BASE.valueOf(r01));
    assertEquals(Optional.of("Ain al-Asad air base"), Grouping.TARGET.valueOf(a01));
    assertEquals(Optional.of("two weapons and ammunition storage sites"), Grouping.TARGET.valueOf(r01));
    // and both engines group by them (a04 and a05 have no base)
    for (boolean index : List.of(true, false)) {
      GroupedResult byAdmin1 = Query.of(seed).attacks().groupBy(Grouping.ADMIN1).summarize(index);
      assertEquals(List.of("admin1=Al Anbar", "admin1=Homs", "admin1=-"), keys(byAdmin1.rows()));
      assertEquals(Estimate.exact(3), byAdmin1.row(Grouping.ADMIN1.value("Al Anbar")).orElseThrow().count());
      GroupedResult byBase = Query.of(seed).attacks().groupBy(Grouping.BASE).summarize(index);
      assertEquals(List.of("base=ain-al-asad", "base=al-tanf", "base=-"), keys(byBase.rows()));
      assertEquals(Estimate.exact(2), byBase.row(Grouping.BASE.value("ain-al-asad")).orElseThrow().count());
      assertEquals(Estimate.exact(2), byBase.row(Grouping.BASE.noValue()).orElseThrow().count());
      GroupedResult byTarget = Query.of(seed).responses().groupBy(Grouping.TARGET).summarize(index);
      assertEquals(5, byTarget.rows().size());
      assertEquals(
          Estimate.exact(1),
          byTarget.row(Grouping.TARGET.value("weapons storage facility")).orElseThrow().count());
    }
  }

  // ---- Summary, LagDistribution ------------------------------------------------------------

  @Test
  void summariesPrintEachMeasure() {
    Summary s = new Summary(Estimate.exact(1), Estimate.atLeast(2), Estimate.exact(0), Estimate.range(1, 3));
    assertEquals("incidents=1 injured=>=2 killed=0 munitions=1..3", s.toString());
    assertEquals("incidents=0 injured=0 killed=0 munitions=0", Summary.ZERO.toString());
  }

  @Test
  void lagDistributionsEqualByHistogram() {
    LagDistribution a = Stream.of(3L, 1L, 1L).collect(LagDistribution.toLagDistribution());
    LagDistribution b = Stream.of(1L, 3L, 1L).collect(LagDistribution.toLagDistribution());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Stream.of(3L, 1L).collect(LagDistribution.toLagDistribution()));
    assertNotEquals(a, Stream.of(3L, 1L, 2L).collect(LagDistribution.toLagDistribution()));
    assertNotEquals(a, LagDistribution.empty());
    assertNotEquals(a, (Object) a.histogram());
    assertEquals(LagDistribution.empty(), Stream.<Long>empty().collect(LagDistribution.toLagDistribution()));
    assertEquals("{1=2, 3=1}", a.toString());
    assertEquals(new TreeMap<>(Map.of(1L, 2L, 3L, 1L)), a.histogram());
    // hash codes spread over distributions (not required by equals, but what hashing relies on)
    assertNotEquals(a.hashCode(), Stream.of(3L, 1L).collect(LagDistribution.toLagDistribution()).hashCode());
  }

  @Test
  void theEmptyLagDistributionHasNoMinimumOrMaximum() {
    assertEquals(OptionalLong.empty(), LagDistribution.empty().min());
    assertEquals(OptionalLong.empty(), LagDistribution.empty().max());
    assertEquals(0, LagDistribution.empty().count());
    LagDistribution d = Stream.of(10L, 0L, 35L, 0L).collect(LagDistribution.toLagDistribution());
    assertEquals(OptionalLong.of(0), d.min());
    assertEquals(OptionalLong.of(35), d.max());
  }

  // ---- Reconciliation.Check ----------------------------------------------------------------

  @Test
  void checksAreEqualWhenTheyCheckTheSameTallyAlike() {
    Reconciliation one = Reconciliation.of(seed);
    Reconciliation two = Reconciliation.of(Seed.dataset());
    Reconciliation.Check t02 = one.check("t02").orElseThrow();
    assertEquals(t02, two.check("t02").orElseThrow());
    assertEquals(t02.hashCode(), two.check("t02").orElseThrow().hashCode());
    assertNotEquals(t02, one.check("t03").orElseThrow());
    assertNotEquals(t02, one.check("t01").orElseThrow());
    assertNotEquals(t02, (Object) t02.tally());
    assertNotEquals(t02, null);
    assertNotEquals(t02.hashCode(), one.check("t03").orElseThrow().hashCode());
  }

  // ---- Result, GroupRow, GroupedResult -----------------------------------------------------

  @Test
  void recordsSurelyInsideAreThoseWhoseSpanLiesInThePeriod() {
    // 20 October - 21 November: a01 and a04 (21 Nov) lie inside; a02, a03, a05 start on 17 October
    Result r = Query.of(seed).attacks().period(LocalDate.of(2023, 10, 20), Seed.AS_OF).summarize();
    assertEquals(List.of("a01", "a04"), ids(r.recordsSurelyInside()));
    assertEquals(List.of("a02", "a03", "a05", "a01", "a04"), ids(r.records()));
    assertEquals(Estimate.range(2, 5), r.count());
    GroupRow iq =
        Query.of(seed).attacks().period(LocalDate.of(2023, 10, 20), Seed.AS_OF)
            .groupBy(Grouping.COUNTRY).summarize().row(Grouping.COUNTRY.value(IQ)).orElseThrow();
    assertEquals(List.of("a01", "a04"), ids(iq.recordsSurelyInside()));
    assertEquals(List.of("a02", "a01", "a04"), ids(iq.records()));
  }

  @Test
  void groupRowsAreEqualByKeyWindowAndSummary() {
    GroupedResult byCountry = Query.of(seed).attacks().period(CAMPAIGN).groupBy(Grouping.COUNTRY).summarize();
    GroupRow iq = byCountry.row(Grouping.COUNTRY.value(IQ)).orElseThrow();
    GroupRow sy = byCountry.row(Grouping.COUNTRY.value(SY)).orElseThrow();
    // the same group computed again, and by the scanning engine
    GroupRow iqAgain = Query.of(seed).attacks().period(CAMPAIGN).groupBy(Grouping.COUNTRY).summarize(false)
        .row(Grouping.COUNTRY.value(IQ)).orElseThrow();
    assertEquals(iq, iqAgain);
    assertEquals(iq.hashCode(), iqAgain.hashCode());
    // another key, summary and records
    assertNotEquals(iq, sy);
    assertNotEquals(iq.hashCode(), sy.hashCode());
    // the same key and window, another summary
    GroupRow iqResponses = Query.of(seed).responses().period(CAMPAIGN).groupBy(Grouping.COUNTRY).summarize()
        .row(Grouping.COUNTRY.value(IQ)).orElseThrow();
    assertEquals(iq.key(), iqResponses.key());
    assertEquals(iq.window(), iqResponses.window());
    assertNotEquals(iq, iqResponses);
    // the same key and summary, another window
    GroupRow iqLonger = Query.of(seed).attacks().period(LocalDate.of(2023, 10, 1), Seed.AS_OF)
        .groupBy(Grouping.COUNTRY).summarize().row(Grouping.COUNTRY.value(IQ)).orElseThrow();
    assertEquals(iq.summary(), iqLonger.summary());
    assertNotEquals(iq, iqLonger);
    assertNotEquals(iq, (Object) iq.summary());
  }

  @Test
  void groupRowsPrintKeyWindowAndSummary() {
    GroupRow iq = Query.of(seed).attacks().period(CAMPAIGN).groupBy(Grouping.COUNTRY).summarize()
        .row(Grouping.COUNTRY.value(IQ)).orElseThrow();
    assertEquals(
        "country=IQ [2023-10-17/2023-11-21]: incidents=3 injured=>=3 killed=" + Estimate.unknown()
            + " munitions=" + iq.get(Measure.MUNITIONS),
        iq.toString());
    GroupRow noPeriod = Query.of(seed).attacks().groupBy(Grouping.COUNTRY).summarize()
        .row(Grouping.COUNTRY.value(SY)).orElseThrow();
    assertEquals("country=SY: " + noPeriod.summary(), noPeriod.toString());
    assertTrue(noPeriod.toString().startsWith("country=SY: incidents=1 "), noPeriod.toString());
  }

  @Test
  void aRowIsLookedUpWithExactlyOnePartPerGrouping() {
    GroupedResult byCountry = Query.of(seed).attacks().period(CAMPAIGN).groupBy(Grouping.COUNTRY).summarize();
    assertEquals(Estimate.exact(3), byCountry.row(Grouping.COUNTRY.value(IQ)).orElseThrow().count());
    // an extra part for a grouping the result does not have
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> byCountry.row(Grouping.COUNTRY.value(IQ), Grouping.KIND.value(Incident.Kind.ATTACK)));
    assertTrue(e.getMessage().startsWith("expected one part for each of [country], got"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> byCountry.row(Grouping.KIND.value(Incident.Kind.ATTACK)));
    assertThrows(IllegalArgumentException.class, () -> byCountry.row());
  }

  @Test
  void topRanksByBestThenHighThenLowThenKey() {
    DateSpan nov = DateSpan.ofMonth(YearMonth.of(2023, 11));
    LocalDate nov10 = LocalDate.of(2023, 11, 10);
    List<Attack> attacks = List.of(
        // IR: two inside November: 2
        attack("ir1", DateSpan.ofDay(nov10), "IR"),
        attack("ir2", DateSpan.ofDay(nov10), "IR"),
        // JO: one inside, one from October into November: best 1, high 2
        attack("jo1", DateSpan.ofDay(nov10), "JO"),
        attack("jo2", DateSpan.of(LocalDate.of(2023, 10, 25), nov10), "JO"),
        // IQ, LB, TR: one inside each: exactly 1
        attack("iq1", DateSpan.ofDay(nov10), "IQ"),
        attack("lb1", DateSpan.ofDay(nov10), "LB"),
        attack("tr1", DateSpan.ofDay(nov10), "TR"),
        // SY: one from November into December: best 1, low 0
        attack("sy1", DateSpan.of(nov10, LocalDate.of(2023, 12, 5)), "SY"));
    Dataset d = Dataset.of(attacks, List.of(), List.of(), List.of());
    for (boolean index : List.of(true, false)) {
      GroupedResult g = Query.of(d).period(nov).groupBy(Grouping.COUNTRY).summarize(index);
      assertEquals(Estimate.of(1, 1, 2), g.row(Grouping.COUNTRY.value(Country.of("JO"))).orElseThrow().count());
      assertEquals(Estimate.of(0, 1, 1), g.row(Grouping.COUNTRY.value(Country.of("SY"))).orElseThrow().count());
      assertEquals(
          List.of("country=IR", "country=JO", "country=IQ", "country=LB", "country=TR", "country=SY"),
          keys(g.top(10, Measure.INCIDENTS)));
      assertEquals(List.of("country=IR", "country=JO"), keys(g.top(2, Measure.INCIDENTS)));
      assertEquals(List.of(), g.top(0, Measure.INCIDENTS));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> g.top(-1, Measure.INCIDENTS));
      assertEquals("top needs n >= 0, got -1", e.getMessage());
    }
  }

  private static Attack attack(String id, DateSpan date, String country) {
    return Attack.builder(id, date).place(Place.of(Country.of(country))).build();
  }
}
