package org.attackstats.stats;

import static org.attackstats.stats.Seed.CAMPAIGN;
import static org.attackstats.stats.Seed.IQ;
import static org.attackstats.stats.Seed.SY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.junit.jupiter.api.Test;

class AttacksAndResponsesTest {

  private final AttacksAndResponses campaign = AttacksAndResponses.of(Seed.dataset(), CAMPAIGN);

  @Test
  void perCountryAttacksResponsesAndRatio() {
    List<AttacksAndResponses.Balance> b = campaign.byCountry();
    assertEquals(3, b.size());
    assertEquals(new AttacksAndResponses.Balance(Optional.of(IQ), Estimate.exact(3), Estimate.exact(1)), b.get(0));
    assertEquals(new AttacksAndResponses.Balance(Optional.of(SY), Estimate.exact(1), Estimate.exact(3)), b.get(1));
    assertEquals(new AttacksAndResponses.Balance(Optional.empty(), Estimate.exact(1), Estimate.ZERO), b.get(2));
    assertEquals(OptionalDouble.of(1.0 / 3), b.get(0).responsesPerAttack());
    assertEquals(OptionalDouble.of(3.0), b.get(1).responsesPerAttack());
    assertEquals(
        OptionalDouble.empty(),
        new AttacksAndResponses.Balance(Optional.of(IQ), Estimate.ZERO, Estimate.exact(1)).responsesPerAttack());
  }

  @Test
  void lagToTheNextResponseInTheSameCountry() {
    List<String> pairs =
        campaign.lags().stream()
            .map(l -> l.attack().id() + "->" + l.response().id() + ":" + l.minDays() + "/" + l.days() + "/" + l.maxDays())
            .collect(Collectors.toList());
    // a02 and a03 (17-21 Oct), a01 and a04 (21 Nov); r01 in SY on 27 Oct, r04 in IQ on 21 Nov
    assertEquals(List.of("a02->r04:31/35/35", "a03->r01:6/10/10", "a01->r04:0/0/0", "a04->r04:0/0/0"), pairs);
    LagDistribution d = campaign.lagDistribution();
    assertEquals(4, d.count());
    assertEquals(OptionalDouble.of(5.0), d.median());
    assertEquals(OptionalLong.of(0), d.min());
    assertEquals(OptionalLong.of(35), d.max());
    assertEquals(List.of(), campaign.attacksWithoutResponse());
  }

  @Test
  void theArticleSaysRetaliationOnlyInSyriaButTheDataHasAStrikeInIraq() {
    // "the U.S. has conducted retaliatory airstrikes only against locations in Syria"
    assertEquals(List.of(), campaign.attackedWithoutResponse());
    AttacksAndResponses.Balance iraq = campaign.byCountry().get(0);
    assertEquals(Estimate.exact(1), iraq.responses()); // r04, the drone strike near Abu Ghraib
  }

  @Test
  void responsesWithoutPriorAttack() {
    assertEquals(List.of(), campaign.responsesWithoutPriorAttack());
    // over all time, the January 2020 strike in Baghdad precedes every attack of the dataset
    assertEquals(
        List.of("r05"),
        AttacksAndResponses.of(Seed.dataset()).responsesWithoutPriorAttack().stream()
            .map(Incident::id)
            .collect(Collectors.toList()));
    // without the Iraq strike of 21 November, Iraq saw attacks but no response
    assertEquals(
        List.of(IQ),
        AttacksAndResponses.of(withoutResponse("r04"), CAMPAIGN).attackedWithoutResponse());
  }

  private static org.attackstats.dataset.Dataset withoutResponse(String id) {
    org.attackstats.dataset.Dataset seed = Seed.dataset();
    return org.attackstats.dataset.Dataset.of(
        seed.attacks(),
        seed.responses().stream().filter(r -> !r.id().equals(id)).collect(Collectors.toList()),
        seed.bases(),
        seed.tallies());
  }

  @Test
  void lagDistributionMergesLikeOnePass() {
    LagAccumulator a = LagAccumulator.create();
    LagAccumulator b = LagAccumulator.create();
    Stream.of(3L, 1L).forEach(a::add);
    Stream.of(2L, 10L).forEach(b::add);
    a.merge(b);
    LagDistribution one = Stream.of(1L, 2L, 3L, 10L).collect(LagDistribution.toLagDistribution());
    assertEquals(one, a.snapshot());
    assertEquals(OptionalDouble.of(2.5), one.median());
    assertEquals(OptionalDouble.empty(), LagDistribution.empty().median());
    assertThrows(IllegalArgumentException.class, () -> a.add(-1));
  }
}
