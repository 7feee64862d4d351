package org.attackstats.stats;

import static org.attackstats.stats.Seed.CAMPAIGN;
import static org.attackstats.stats.Seed.IQ;
import static org.attackstats.stats.Seed.SY;
import static org.attackstats.stats.Seed.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;
import org.junit.jupiter.api.Test;

/** Records at the edges of a period, accumulators, tally series and lags. */
class AccumulatorsAndSeriesTest {

  private final Dataset seed = Seed.dataset();


  // ---- records at the first and last day of the period -------------------------------------

  @Test
  void aRecordOnTheFirstOrLastDayOfThePeriodIsInIt() {
    // a02 and a03 span 17-21 October: inside a period that starts and ends on those days
    Result october = Query.of(seed).attacks().period(LocalDate.of(2023, 10, 17), LocalDate.of(2023, 10, 21)).summarize();
    assertEquals(List.of("a02", "a03"), ids(october.recordsSurelyInside()));
    assertEquals(List.of("a02", "a03", "a05"), ids(october.records()));
    // a period from their last day: they may count, surely do not; a01 and a04 are on its last day
    Result rest = Query.of(seed).attacks().period(LocalDate.of(2023, 10, 21), Seed.AS_OF).summarize();
    assertEquals(List.of("a02", "a03", "a05", "a01", "a04"), ids(rest.records()));
    assertEquals(List.of("a01", "a04"), ids(rest.recordsSurelyInside()));
    // a period that ends the day before a01 and a04, and one that starts the day after a02 and a03
    assertEquals(List.of("a02", "a03", "a05"),
        ids(Query.of(seed).attacks().period(LocalDate.of(2023, 10, 21), LocalDate.of(2023, 11, 20)).summarize().records()));
    assertEquals(List.of("a05", "a01", "a04"),
        ids(Query.of(seed).attacks().period(LocalDate.of(2023, 10, 22), Seed.AS_OF).summarize().records()));
  }

  // ---- Engine.fillRange --------------------------------------------------------------------

  @Test
  void theFillRangeIsEmptyWhenNoIncidentMayLieInThePeriod() {
    long jan2021 = LocalDate.of(2021, 1, 1).toEpochDay();
    long feb2021 = LocalDate.of(2021, 2, 1).toEpochDay();
    // an open start, incidents after the end
    assertEquals(Optional.empty(),
        Engine.fillRange(Optional.of(DateSpan.of(DateSpan.MIN, LocalDate.of(2020, 12, 31))), jan2021, feb2021));
    // an open end, incidents before the start
    assertEquals(Optional.empty(),
        Engine.fillRange(Optional.of(DateSpan.of(LocalDate.of(2021, 3, 1), DateSpan.MAX)), jan2021, feb2021));
    assertEquals(Optional.empty(), Engine.fillRange(Optional.empty(), feb2021, jan2021));
    // otherwise the open ends reach as far as the incidents
    assertEquals(Optional.of(DateSpan.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 15))),
        Engine.fillRange(Optional.of(DateSpan.of(DateSpan.MIN, LocalDate.of(2021, 1, 15))), jan2021, feb2021));
    assertEquals(Optional.of(DateSpan.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 1))),
        Engine.fillRange(Optional.empty(), jan2021, feb2021));
    assertEquals(Optional.of(DateSpan.of(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30))),
        Engine.fillRange(Optional.of(DateSpan.of(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30))), jan2021, feb2021));
  }

  // ---- accumulators ------------------------------------------------------------------------

  @Test
  void summaryAccumulatorsOverDifferentPeriodsDoNotMerge() {
    SummaryAccumulator campaign = SummaryAccumulator.over(CAMPAIGN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> campaign.merge(SummaryAccumulator.over(DateSpan.ofMonth(YearMonth.of(2023, 10)))));
    assertEquals("cannot merge accumulators over different periods: 2023-10-17/2023-11-21 and 2023-10", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> campaign.merge(SummaryAccumulator.create()));
    assertThrows(IllegalArgumentException.class, () -> SummaryAccumulator.create().merge(campaign));
    // over the same period they add up
    SummaryAccumulator a = SummaryAccumulator.over(CAMPAIGN);
    SummaryAccumulator b = SummaryAccumulator.over(CAMPAIGN);
    seed.attacks().forEach(i -> (i.id().compareTo("a03") < 0 ? a : b).add(i));
    a.merge(b);
    assertEquals(Query.of(seed).attacks().period(CAMPAIGN).summarize().summary(), a.snapshot());
    assertEquals(Estimate.exact(5), a.snapshot().incidents());
  }

  @Test
  void anAccumulatorOfNothingGivesZero() {
    assertEquals(Summary.ZERO, SummaryAccumulator.create().snapshot());
    SummaryAccumulator nothingOverlaps = SummaryAccumulator.over(DateSpan.ofMonth(YearMonth.of(2019, 1)));
    seed.incidents().forEach(nothingOverlaps::add);
    assertEquals(Summary.ZERO, nothingOverlaps.snapshot());
  }

  @Test
  void groupAccumulatorsMergeOnlyWithTheSameGroupingsAndPeriod() {
    GroupAccumulator byCountry = GroupAccumulator.of(Optional.of(CAMPAIGN), List.of(Grouping.COUNTRY));
    assertThrows(IllegalArgumentException.class,
        () -> byCountry.merge(GroupAccumulator.of(Optional.of(CAMPAIGN), List.of(Grouping.KIND))));
    assertThrows(IllegalArgumentException.class,
        () -> byCountry.merge(GroupAccumulator.of(Optional.empty(), List.of(Grouping.COUNTRY))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> byCountry.merge(GroupAccumulator.of(Optional.of(DateSpan.ofMonth(YearMonth.of(2023, 11))), List.of(Grouping.COUNTRY))));
    assertTrue(e.getMessage().startsWith("cannot merge group accumulators of [country] over"), e.getMessage());
  }

  @Test
  void groupAccumulatorsSnapshotEveryGroupAndMergeTheirHalves() {
    GroupAccumulator a = GroupAccumulator.of(Optional.of(CAMPAIGN), List.of(Grouping.COUNTRY));
    GroupAccumulator b = GroupAccumulator.of(Optional.of(CAMPAIGN), List.of(Grouping.COUNTRY));
    seed.attacks().forEach(i -> (i.id().compareTo("a03") < 0 ? a : b).add(i));
    assertEquals(1, a.snapshot().size()); // a01, a02: Iraq
    a.merge(b);
    SortedMap<GroupKey, Summary> s = a.snapshot();
    assertEquals(
        List.of(GroupKey.of(Grouping.COUNTRY.value(IQ)), GroupKey.of(Grouping.COUNTRY.value(SY)), GroupKey.of(Grouping.COUNTRY.noValue())),
        List.copyOf(s.keySet()));
    assertEquals(Estimate.exact(3), s.get(GroupKey.of(Grouping.COUNTRY.value(IQ))).incidents());
    assertEquals(Estimate.exact(1), s.get(GroupKey.of(Grouping.COUNTRY.value(SY))).incidents());
    assertEquals(Estimate.exact(1), s.get(GroupKey.of(Grouping.COUNTRY.noValue())).incidents());
    // the collector agrees with the grouped query
    SortedMap<GroupKey, Summary> collected = seed.attacks().parallelStream()
        .collect(Summary.toSummaries(Optional.of(CAMPAIGN), List.of(Grouping.COUNTRY)));
    assertEquals(s, collected);
    GroupedResult g = Query.of(seed).attacks().period(CAMPAIGN).groupBy(Grouping.COUNTRY).summarize();
    assertEquals(g.rows().stream().map(GroupRow::summary).collect(Collectors.toList()), List.copyOf(collected.values()));
  }

  // ---- tally series ------------------------------------------------------------------------

  private static Tally tally(String id, Estimate value, LocalDate asOf) {
    return Tally.of(id, TallyMetric.ATTACKS, value).withPeriod(Seed.SINCE, asOf);
  }

  private static List<Reconciliation.SeriesStep> series(Tally... tallies) {
    Dataset.Builder d = Dataset.builder();
    for (Tally t : tallies) {
      d.add(t);
    }
    return Reconciliation.of(d.build()).series();
  }

  @Test
  void sameDayTalliesAreConsistentWhenTheirRangesTouch() {
    LocalDate day = LocalDate.of(2023, 11, 21);
    // 40..50 and 50..60 share 50
    Reconciliation.SeriesStep touching = series(tally("s1", Estimate.range(40, 50), day), tally("s2", Estimate.range(50, 60), day)).get(0);
    assertEquals(0, touching.days());
    assertTrue(touching.consistent());
    assertEquals(OptionalDouble.empty(), touching.weeklyRate());
    // 50..60 and 40..50, the other way round (ordered by id on the same day)
    assertTrue(series(tally("s1", Estimate.range(50, 60), day), tally("s2", Estimate.range(40, 50), day)).get(0).consistent());
    // a later tally below the earlier one on the same day contradicts it, even where a later date would not
    assertFalse(series(tally("s1", Estimate.range(50, 60), day), tally("s2", Estimate.range(40, 49), day)).get(0).consistent());
    assertFalse(series(tally("s1", Estimate.range(40, 49), day), tally("s2", Estimate.range(50, 60), day)).get(0).consistent());
    // on a later date a higher number is consistent, though the ranges do not meet
    Reconciliation.SeriesStep later = series(tally("s1", Estimate.range(40, 49), day), tally("s2", Estimate.range(50, 60), day.plusDays(7))).get(0);
    assertTrue(later.consistent());
    assertEquals(7, later.days());
  }

  @Test
  void aLaterTallyIsConsistentWhenItsHighReachesTheEarlierLow() {
    LocalDate day = LocalDate.of(2023, 11, 7);
    assertTrue(series(tally("s1", Estimate.exact(40), day), tally("s2", Estimate.exact(40), day.plusDays(14))).get(0).consistent());
    assertTrue(series(tally("s1", Estimate.range(40, 45), day), tally("s2", Estimate.range(30, 40), day.plusDays(14))).get(0).consistent());
    Reconciliation.SeriesStep lower = series(tally("s1", Estimate.range(40, 45), day), tally("s2", Estimate.range(30, 39), day.plusDays(14))).get(0);
    assertFalse(lower.consistent());
    assertEquals(-10, lower.increment()); // best values: the lows of the ranges
    assertEquals(OptionalDouble.of(-5.0), lower.weeklyRate());
  }

  // ---- lags and balances -------------------------------------------------------------------

  @Test
  void lagBoundsMustBeInOrder() {
    Attack a = seed.attack("a01").orElseThrow();
    Response r = seed.responses().get(0);
    assertEquals(5, new AttacksAndResponses.Lag(a, r, 5, 5, 5).days());
    assertEquals(0, new AttacksAndResponses.Lag(a, r, 0, 0, 3).minDays());
    assertThrows(IllegalArgumentException.class, () -> new AttacksAndResponses.Lag(a, r, 5, -1, 6));
    assertThrows(IllegalArgumentException.class, () -> new AttacksAndResponses.Lag(a, r, 5, 6, 7));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new AttacksAndResponses.Lag(a, r, 5, 4, 4));
    assertEquals("lag bounds must satisfy 0 <= min <= days <= max, got 4, 5, 4", e.getMessage());
  }

  @Test
  void aCountryWithNoAttackInThePeriodIsNotAttackedWithoutResponse() {
    DateSpan nov = DateSpan.ofMonth(YearMonth.of(2023, 11));
    Dataset d = Dataset.of(
        List.of(
            Attack.builder("lb", DateSpan.ofDay(LocalDate.of(2023, 11, 5))).place(Place.of(Country.of("LB"))).build(),
            Attack.builder("jo", DateSpan.ofDay(LocalDate.of(2023, 9, 5))).place(Place.of(Country.of("JO"))).build()),
        List.of(),
        List.of(),
        List.of());
    AttacksAndResponses ar = AttacksAndResponses.of(d, nov);
    assertEquals(List.of(Country.of("LB")), ar.attackedWithoutResponse());
    assertEquals(List.of(Country.of("JO"), Country.of("LB")), AttacksAndResponses.of(d).attackedWithoutResponse());
  }

  @Test
  void aTallyWithoutAnEndCoversTheDataUpToItsLastDayEvenWhenAllOfItIsOneDay() {
    LocalDate day = LocalDate.of(2023, 10, 20);
    Dataset oneDay = Dataset.builder()
        .add(Attack.builder("x1", DateSpan.ofDay(day)).place(Place.of(IQ)).build())
        .add(Tally.of("s", TallyMetric.ATTACKS, Estimate.exact(1)).withPeriod(LocalDate.of(2023, 10, 17), null))
        .build();
    Reconciliation.Check c = Reconciliation.of(oneDay).check("s").orElseThrow();
    assertEquals(Optional.of(DateSpan.of(LocalDate.of(2023, 10, 17), day)), c.period());
    assertEquals(Estimate.exact(1), c.computed());
  }
}
