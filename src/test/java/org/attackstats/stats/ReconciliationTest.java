package org.attackstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;
import org.attackstats.stats.Reconciliation.Check;
import org.attackstats.stats.Reconciliation.PartsStatus;
import org.attackstats.stats.Reconciliation.Status;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

  private final Reconciliation seed = Reconciliation.of(Seed.dataset());

  private Check check(String id) {
    return seed.check(id).orElseThrow();
  }

  @Test
  void twentyNinePlusThirtyTwoIsSixtyOne() {
    Reconciliation.PartsCheck t01 =
        seed.partsChecks().stream().filter(p -> p.whole().id().equals("t01")).findFirst().orElseThrow();
    assertEquals(List.of("t02", "t03"), t01.parts().stream().map(Tally::id).collect(Collectors.toList()));
    assertEquals(Estimate.exact(61), t01.sum());
    assertEquals(PartsStatus.ADDS_UP, t01.status());
    // "more than five dozen" (>=61) is consistent with the parts, the critics' 60 is not
    assertEquals(
        List.of("t01:ADDS_UP", "t05:ADDS_UP", "t06:EXCEEDS"),
        seed.partsChecks().stream().map(p -> p.whole().id() + ":" + p.status()).collect(Collectors.toList()));
  }

  @Test
  void theDataCoversOnlyAFewOfTheSixtyOneAttacks() {
    Check all = check("t01");
    assertEquals(Status.MISSING, all.status());
    assertEquals(Estimate.exact(5), all.computed());
    assertEquals(56, all.shortfall());
    assertEquals(Optional.of(Seed.CAMPAIGN), all.period());
    assertEquals(5, all.records().size());
    assertTrue(all.records().stream().allMatch(i -> i.source().quote().isPresent()));
    assertEquals(Estimate.exact(3), check("t02").computed());
    assertEquals(26, check("t02").shortfall());
    assertEquals(Estimate.exact(1), check("t03").computed());
    assertEquals(31, check("t03").shortfall());
  }

  @Test
  void noResponsesInIraqIsContradictedByTheAbuGhraibStrike() {
    Check t09 = check("t09");
    assertEquals(Status.EXCEEDING, t09.status());
    assertEquals(Estimate.exact(1), t09.computed());
    assertEquals(1, t09.excess());
    assertEquals(List.of("r04"), t09.records().stream().map(Incident::id).collect(Collectors.toList()));
    assertEquals("Shafaq News", t09.records().get(0).source().publisher().orElseThrow());
  }

  @Test
  void injuriesAndPersonnel() {
    Check injured = check("t04");
    assertEquals(Status.MISSING, injured.status());
    // a01 0, a02 >=1, a03 >=1, a04 2, a05 unknown
    assertEquals(Estimate.atLeast(4), injured.computed());
    assertEquals(56, injured.shortfall());
    Check personnel = check("t07");
    assertEquals(Estimate.unknown(), personnel.computed());
    assertEquals(Status.MISSING, personnel.status());
  }

  @Test
  void coveredWhenTheDataAccountsForTheTally() {
    Dataset d =
        Seed.dataset().toBuilder()
            .add(Tally.of("t10", TallyMetric.RESPONSES, Estimate.atLeast(3)).withCountry(Seed.SY)
                .withPeriod(Seed.SINCE, Seed.AS_OF))
            .build();
    assertEquals(Status.COVERED, Reconciliation.of(d).check("t10").orElseThrow().status());
  }

  @Test
  void cumulativeSeriesNeverDecreases() {
    Tally first = Tally.of("s1", TallyMetric.ATTACKS, Estimate.exact(40)).withPeriod(Seed.SINCE, LocalDate.of(2023, 11, 7));
    Tally second = Tally.of("s2", TallyMetric.ATTACKS, Estimate.exact(61)).withPeriod(Seed.SINCE, LocalDate.of(2023, 11, 21));
    Tally third = Tally.of("s3", TallyMetric.ATTACKS, Estimate.exact(55)).withPeriod(Seed.SINCE, LocalDate.of(2023, 11, 28));
    Dataset d = Dataset.builder().add(first).add(second).add(third).build();
    List<Reconciliation.SeriesStep> steps = Reconciliation.of(d).series();
    assertEquals(2, steps.size());
    assertEquals(21, steps.get(0).increment());
    assertEquals(14, steps.get(0).days());
    assertEquals(OptionalDouble.of(10.5), steps.get(0).weeklyRate());
    assertTrue(steps.get(0).consistent());
    assertFalse(steps.get(1).consistent());
    assertEquals(-6, steps.get(1).increment());
  }

  @Test
  void sameDayTalliesConflictWhenTheirRangesDoNotMeet() {
    // t01 61, t05 >=61, t06 60: all attacks, since 17 Oct, as of 21 Nov
    List<String> steps =
        seed.series().stream()
            .filter(s -> s.earlier().metric() == TallyMetric.ATTACKS && s.earlier().country().isEmpty())
            .map(s -> s.earlier().id() + "-" + s.later().id() + ":" + s.consistent())
            .collect(Collectors.toList());
    assertEquals(List.of("t01-t05:true", "t05-t06:false"), steps);
  }
}
