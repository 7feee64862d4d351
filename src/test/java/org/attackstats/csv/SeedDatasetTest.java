package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Actor;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;
import org.junit.jupiter.api.Test;

/** What the seed article says, checked against the bundled seed dataset. */
class SeedDatasetTest {

  private static final Dataset SEED = CanonicalCsv.seedDataset();
  private static final Country IQ = Country.of("IQ");
  private static final Country SY = Country.of("SY");
  private static final LocalDate SINCE = LocalDate.of(2023, 10, 17);
  private static final LocalDate REPORT = LocalDate.of(2023, 11, 21);

  private static Tally tally(TallyMetric metric, Optional<Country> country, String attribution) {
    return SEED.tallies().stream()
        .filter(t -> t.metric() == metric && t.country().equals(country) && t.attribution().equals(Optional.ofNullable(attribution)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + metric + " tally for " + country + " by " + attribution));
  }

  @Test
  void bundledSeedEqualsTheSeedsFolder() {
    LoadResult folder = CanonicalCsv.read(Path.of("seeds/iraq-syria-2023"));
    assertEquals(SEED, folder.dataset());
    assertFalse(folder.report().hasProblems());
    assertEquals(folder.report().rowsRead(), folder.report().accepted());
  }

  @Test
  void sixtyOneReportedAttacksAreTwentyNineInIraqAndThirtyTwoInSyria() {
    Tally all = tally(TallyMetric.ATTACKS, Optional.empty(), "Pentagon");
    Tally iraq = tally(TallyMetric.ATTACKS, Optional.of(IQ), "Pentagon");
    Tally syria = tally(TallyMetric.ATTACKS, Optional.of(SY), "Pentagon");
    assertEquals(Estimate.exact(61), all.value());
    assertEquals(Estimate.exact(29), iraq.value());
    assertEquals(Estimate.exact(32), syria.value());
    assertEquals(all.value(), iraq.value().plus(syria.value()));
    for (Tally t : List.of(all, iraq, syria)) {
      assertEquals(Optional.of(SINCE), t.since());
      assertEquals(Optional.of(REPORT), t.asOf());
    }
  }

  @Test
  void atLeastSixtyUsPersonnelInjured() {
    Tally injured = tally(TallyMetric.INJURED, Optional.empty(), "Pentagon");
    assertEquals(Estimate.atLeast(60), injured.value());
    assertFalse(injured.value().isBounded());
  }

  @Test
  void usStrikesInSyriaOnOct27Nov8AndNov12() {
    List<LocalDate> syria =
        SEED.responses().stream()
            .filter(r -> r.place().country().equals(Optional.of(SY)))
            .filter(r -> r.responder().equals(Optional.of(Actor.of("United States"))))
            .map(r -> r.date().start())
            .sorted()
            .toList();
    assertEquals(List.of(LocalDate.of(2023, 10, 27), LocalDate.of(2023, 11, 8), LocalDate.of(2023, 11, 12)), syria);
  }

  @Test
  void usDroneStrikeNearAbuGhraibOnTheDayOfTheReport() {
    List<Response> strikes =
        SEED.responses().stream()
            .filter(r -> r.place().country().equals(Optional.of(IQ)))
            .filter(r -> r.date().equals(DateSpan.ofDay(REPORT)))
            .toList();
    assertEquals(1, strikes.size());
    Response r = strikes.get(0);
    assertEquals(Optional.of(Method.DRONE_STRIKE), r.method());
    assertEquals(Optional.of("Abu Ghraib"), r.place().location());
    assertEquals(Optional.of(Actor.of("United States")), r.responder());
    assertEquals(Estimate.exact(1), r.killed());
  }

  @Test
  void theArticleContradictsItselfOnRetaliationInIraq() {
    Tally onlySyria = tally(TallyMetric.RESPONSES, Optional.of(IQ), null);
    assertEquals(Estimate.ZERO, onlySyria.value());
    DateSpan period = DateSpan.of(onlySyria.since().orElseThrow(), onlySyria.asOf().orElseThrow());
    long inIraq =
        SEED.responses().stream()
            .filter(r -> r.place().country().equals(Optional.of(IQ)) && period.encloses(r.date()))
            .count();
    assertEquals(1, inIraq, "the Nov. 21 drone strike near Abu Ghraib contradicts 'only in Syria'");
  }

  @Test
  void rocketAttackOnAinAlAsadWithNoCasualties() {
    var a =
        SEED.attacks().stream()
            .filter(x -> x.baseId().equals(Optional.of("ain-al-asad")) && x.date().equals(DateSpan.ofDay(REPORT)))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of(Method.ROCKET), a.method());
    assertEquals(Estimate.exact(2), a.munitions());
    assertEquals(Estimate.ZERO, a.injured());
    assertEquals(Optional.of(java.time.LocalTime.of(3, 30)), a.time());
  }

  @Test
  void everyRowQuotesTheArticleAtItsOffsets() throws IOException {
    String article;
    try (InputStream in = CanonicalCsv.class.getResourceAsStream("/org/attackstats/seeds/000_cc793dff6a0669b7.txt")) {
      article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Source> sources = new ArrayList<>();
    SEED.attacks().forEach(a -> sources.add(a.source()));
    SEED.responses().forEach(r -> sources.add(r.source()));
    SEED.bases().forEach(b -> sources.add(b.source()));
    SEED.tallies().forEach(t -> sources.add(t.source()));
    assertEquals(21, sources.size());
    for (Source s : sources) {
      assertEquals(Optional.of("Shafaq News"), s.publisher());
      assertEquals(Optional.of(REPORT), s.date());
      String quote = s.quote().orElseThrow();
      assertEquals(quote, article.substring(s.quoteStart().orElseThrow(), s.quoteEnd().orElseThrow()));
      assertTrue(quote.endsWith(".") || quote.endsWith(".\"") || quote.endsWith("”"), quote);
    }
  }
}
