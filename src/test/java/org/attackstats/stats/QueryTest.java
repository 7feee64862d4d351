package org.attackstats.stats;

import static org.attackstats.stats.Seed.CAMPAIGN;
import static org.attackstats.stats.Seed.IQ;
import static org.attackstats.stats.Seed.SY;
import static org.attackstats.stats.Seed.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.junit.jupiter.api.Test;

class QueryTest {

  private final Dataset seed = Seed.dataset();


  @Test
  void attacksInIraqDuringTheCampaign() {
    Result r = Query.of(seed).attacks().country(IQ).period(CAMPAIGN).summarize();
    assertEquals(Estimate.exact(3), r.count());
    // a01 injured 0, a02 >=1, a04 2
    assertEquals(Estimate.atLeast(3), r.get(Measure.INJURED));
    // a01 killed 0, a02 and a04 unknown: unknown widens high, never counts as 0
    assertEquals(Estimate.unknown(), r.get(Measure.KILLED));
    assertEquals(List.of("a02", "a01", "a04"), ids(r.records()));
    assertTrue(r.records().stream().allMatch(i -> i.source().publisher().isPresent()));
  }

  @Test
  void spansCountSurelyOrPossibly() {
    // October 17-19: a02, a03 (17-21) and a05 (17 Oct - 21 Nov) overlap, none lies inside
    Result r = Query.of(seed).attacks().period(LocalDate.of(2023, 10, 17), LocalDate.of(2023, 10, 19)).summarize();
    assertEquals(Estimate.of(0, 3, 3), r.count());
    assertEquals(List.of(), r.recordsSurelyInside());
    assertEquals(List.of("a02", "a03", "a05"), ids(r.records()));
    // October 20 - November 20: they still overlap but none starts in it
    assertEquals(
        Estimate.range(0, 3),
        Query.of(seed).attacks().period(LocalDate.of(2023, 10, 20), LocalDate.of(2023, 11, 20)).count());
  }

  @Test
  void noPeriodCountsEverything() {
    assertEquals(Estimate.exact(10), Query.of(seed).count());
    assertEquals(Estimate.exact(5), Query.of(seed).responses().count());
    // r04 killed 1, r05 at least 2, r01-r03 unknown
    assertEquals(Estimate.atLeast(3), Query.of(seed).responses().summarize().get(Measure.KILLED));
  }

  @Test
  void filtersCombine() {
    Query attacks = Query.of(seed).attacks();
    assertEquals(Estimate.exact(2), attacks.base("ain-al-asad").count());
    assertEquals(Estimate.exact(1), attacks.admin1("al anbar").method(Method.DRONE).count());
    assertEquals(Estimate.exact(4), attacks.country(IQ, SY).count());
    assertEquals(Estimate.exact(1), attacks.country(IQ, SY).country(SY).count());
    assertEquals(Estimate.exact(1), attacks.target("al-tanf garrison").count());
    assertEquals(Estimate.ZERO, Query.of(seed).responses().base("ain-al-asad").count());
    assertEquals(
        Estimate.exact(4),
        Query.of(seed).responses().responder(org.attackstats.model.Actor.of("United States"))
            .period(CAMPAIGN).count());
    assertEquals(
        Estimate.exact(1),
        Query.of(seed).where(i -> i.extras().containsKey("context")).count());
  }

  @Test
  void groupByCountryAddsUpToTheTotalIncludingUnknownCountry() {
    GroupedResult g = Query.of(seed).attacks().period(CAMPAIGN).groupBy(Grouping.COUNTRY).summarize();
    assertEquals(
        List.of("country=IQ", "country=SY", "country=-"),
        g.rows().stream().map(r -> r.key().toString()).collect(Collectors.toList()));
    assertEquals(Estimate.exact(3), g.row(Grouping.COUNTRY.value(IQ)).orElseThrow().count());
    assertEquals(Estimate.exact(1), g.row(Grouping.COUNTRY.value(SY)).orElseThrow().count());
    assertEquals(Estimate.exact(1), g.row(Grouping.COUNTRY.noValue()).orElseThrow().count());
    assertEquals(Estimate.exact(5), g.total().incidents());
    assertEquals(List.of("a05"), ids(g.row(Grouping.COUNTRY.noValue()).orElseThrow().records()));
    assertEquals(g.rows(), Query.of(seed).attacks().period(CAMPAIGN).groupBy(Grouping.COUNTRY).summarize(false).rows());
  }

  @Test
  void countryByMonthIsZeroFilledAndCrossed() {
    GroupedResult g =
        Query.of(seed).period(CAMPAIGN).groupBy(Grouping.COUNTRY, Grouping.KIND, Grouping.MONTH).summarize();
    DateSpan oct = DateSpan.ofMonth(YearMonth.of(2023, 10));
    DateSpan nov = DateSpan.ofMonth(YearMonth.of(2023, 11));
    GroupRow iqResponsesOct = g.row(Grouping.COUNTRY.value(IQ), Grouping.KIND.value(Incident.Kind.RESPONSE), Grouping.MONTH.value(oct)).orElseThrow();
    assertEquals(Summary.ZERO, iqResponsesOct.summary());
    assertEquals(Optional.of(DateSpan.of(LocalDate.of(2023, 10, 17), LocalDate.of(2023, 10, 31))), iqResponsesOct.window());
    assertEquals(Estimate.exact(1), g.row(Grouping.COUNTRY.value(IQ), Grouping.KIND.value(Incident.Kind.RESPONSE), Grouping.MONTH.value(nov)).orElseThrow().count());
    assertEquals(Estimate.exact(2), g.row(Grouping.COUNTRY.value(SY), Grouping.KIND.value(Incident.Kind.RESPONSE), Grouping.MONTH.value(nov)).orElseThrow().count());
    // a05 spans both months: possibly in each, surely in neither, first day in October
    assertEquals(Estimate.of(0, 1, 1), g.row(Grouping.COUNTRY.noValue(), Grouping.KIND.value(Incident.Kind.ATTACK), Grouping.MONTH.value(oct)).orElseThrow().count());
    assertEquals(Estimate.range(0, 1), g.row(Grouping.COUNTRY.noValue(), Grouping.KIND.value(Incident.Kind.ATTACK), Grouping.MONTH.value(nov)).orElseThrow().count());
    assertEquals(2 * 2 * 2 + 2, g.rows().size()); // IQ, SY: two kinds x two months; unknown: attacks
  }

  @Test
  void weeksStartOnTheChosenDay() {
    GroupedResult iso = Query.of(seed).attacks().period(CAMPAIGN).groupBy(Grouping.ISO_WEEK).summarize();
    assertEquals(LocalDate.of(2023, 10, 16), iso.rows().get(0).key().get(Grouping.ISO_WEEK).orElseThrow().start());
    assertEquals(6, iso.rows().size());
    GroupedResult sunday =
        Query.of(seed).attacks().period(CAMPAIGN).groupBy(Grouping.weekStarting(DayOfWeek.SUNDAY)).summarize();
    assertEquals(LocalDate.of(2023, 10, 15), sunday.rows().get(0).key().get(Grouping.weekStarting(DayOfWeek.SUNDAY)).orElseThrow().start());
    // the last week holds 21 November: a01 and a04 surely, a05 possibly
    GroupRow last = sunday.rows().get(sunday.rows().size() - 1);
    assertEquals(Estimate.range(2, 3), last.count());
  }

  @Test
  void topAndCumulative() {
    GroupedResult byCountry = Query.of(seed).responses().period(CAMPAIGN).groupBy(Grouping.COUNTRY).summarize();
    assertEquals(
        List.of("country=SY", "country=IQ"),
        byCountry.top(2, Measure.INCIDENTS).stream().map(r -> r.key().toString()).collect(Collectors.toList()));
    GroupedResult daily = Query.of(seed).responses().country(SY).period(CAMPAIGN).groupBy(Grouping.DAY).summarize();
    assertEquals(36, daily.rows().size());
    List<GroupRow> cum = daily.cumulative();
    assertEquals(Estimate.ZERO, cum.get(9).count()); // to Oct 26
    assertEquals(Estimate.exact(1), cum.get(10).count()); // Oct 27
    assertEquals(Estimate.exact(3), cum.get(35).count());
    assertThrows(IllegalStateException.class, byCountry::cumulative);
  }

  @Test
  void groupingsAreValidated() {
    Query q = Query.of(seed);
    assertThrows(IllegalArgumentException.class, () -> q.groupBy());
    assertThrows(IllegalArgumentException.class, () -> q.groupBy(Grouping.COUNTRY, Grouping.COUNTRY));
    assertThrows(IllegalArgumentException.class, () -> q.groupBy(Grouping.DAY, Grouping.MONTH));
  }

  @Test
  void calendarWithoutPeriodSpansTheData() {
    GroupedResult years = Query.of(seed).responses().groupBy(Grouping.YEAR).summarize();
    assertEquals(List.of("year=2020", "year=2021", "year=2022", "year=2023"),
        years.rows().stream().map(r -> r.key().toString()).collect(Collectors.toList()));
    assertEquals(years.rows(), Query.of(seed).responses().groupBy(Grouping.YEAR).summarize(false).rows());
  }

  @Test
  void sinceAndUntilLeaveOneEndOpen() {
    LocalDate nov1 = LocalDate.of(2023, 11, 1);
    Query since = Query.of(seed).attacks().since(nov1);
    assertEquals(Optional.of(DateSpan.of(nov1, DateSpan.MAX)), since.period());
    // a01, a04 (21 Nov) surely; a05 (17 Oct - 21 Nov) possibly
    assertEquals(Estimate.range(2, 3), since.count());
    assertEquals(Query.of(seed).attacks().period(CAMPAIGN).count(),
        Query.of(seed).attacks().since(Seed.SINCE).until(Seed.AS_OF).count());
    assertEquals(Query.of(seed).attacks().period(CAMPAIGN).period(),
        Query.of(seed).attacks().until(Seed.AS_OF).since(Seed.SINCE).period());
    // buckets over an open end reach only as far as the data: November, not the year 9999
    for (boolean index : List.of(true, false)) {
      GroupedResult months = since.groupBy(Grouping.MONTH).summarize(index);
      assertEquals(List.of("month=2023-11"), months.rows().stream().map(r -> r.key().toString()).collect(Collectors.toList()));
      GroupedResult upTo = Query.of(seed).responses().until(LocalDate.of(2021, 6, 30)).groupBy(Grouping.YEAR).summarize(index);
      assertEquals(List.of("year=2020", "year=2021"), upTo.rows().stream().map(r -> r.key().toString()).collect(Collectors.toList()));
    }
    assertThrows(IllegalArgumentException.class, () -> Query.of(seed).until(Seed.SINCE).since(Seed.AS_OF));
  }

  @Test
  void countriesAndMethodsFromCollections() {
    Query attacks = Query.of(seed).attacks();
    assertEquals(attacks.country(IQ, SY).count(), attacks.country(List.of(IQ, SY)).count());
    assertEquals(Estimate.exact(4), attacks.country(java.util.Set.of(SY, IQ)).count());
    assertEquals(attacks.method(Method.DRONE).count(), attacks.method(List.of(Method.DRONE)).count());
    assertThrows(IllegalArgumentException.class, () -> attacks.country(List.of()));
  }

  @Test
  void withoutZeroFillMonthsAreThoseThatHoldIncidentsFarApartAsTheyMayBe() {
    Dataset d =
        Dataset.of(
            List.of(
                org.attackstats.model.Attack.builder("a1", DateSpan.parse("0001-01-05")).build(),
                org.attackstats.model.Attack.builder("a2", DateSpan.parse("2024-02")).build(),
                org.attackstats.model.Attack.builder("a3", DateSpan.parse("9999-12-31")).build()),
            List.of(),
            List.of(),
            List.of());
    GroupedQuery byMonth = Query.of(d).groupBy(Grouping.MONTH);
    List<DateSpan> months =
        List.of(DateSpan.parse("0001-01"), DateSpan.parse("2024-02"), DateSpan.parse("9999-12"));
    for (GroupedResult g : List.of(byMonth.withoutZeroFill().summarize(), byMonth.withoutZeroFill().summarize(false))) {
      assertEquals(months, g.rows().stream().map(r -> r.key().get(Grouping.MONTH).orElseThrow()).toList());
      assertEquals(Estimate.exact(3), g.total().incidents());
    }
    // zero-filled: every month from January of year 1 to December 9999
    assertEquals(9999 * 12, byMonth.summarize().rows().size());
    // by day since 2024, without zero fill: February 2024 (possibly, each day) and 9999-12-31
    GroupedResult days = Query.of(d).since(LocalDate.of(2024, 1, 1)).groupBy(Grouping.DAY).withoutZeroFill().summarize();
    assertEquals(29 + 1, days.rows().size());
    assertEquals(Estimate.of(0, 1, 1), days.rows().get(0).count()); // its first possible day
    assertEquals(Estimate.range(0, 1), days.rows().get(1).count());
    assertEquals(Estimate.exact(1), days.rows().get(29).count());
  }
}
