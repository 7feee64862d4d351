package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.Response;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;
import org.attackstats.model.VagueNumberPolicy;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.csv.LoadResult;
import org.attackstats.stats.Reconciliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article's numbers, reproduced from the extracted dataset. */
class ExtractorSeedTest {
  private static final Country IQ = Country.of("IQ");
  private static final Country SY = Country.of("SY");
  private static final NewsDocument SEED = ExtractorGoldTest.load("/org/attackstats/seeds/000_cc793dff6a0669b7.txt");
  private static final Dataset D = Extractor.withDefaults().extract(SEED).dataset();

  private static Tally tally(TallyMetric metric, Country country) {
    return D.tallies().stream()
        .filter(t -> t.metric() == metric && t.country().equals(Optional.ofNullable(country)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theOfficialTalliesAddUp() {
    Tally all = D.tallies().stream()
        .filter(t -> t.metric() == TallyMetric.ATTACKS && t.value().equals(Estimate.exact(61)))
        .findFirst().orElseThrow();
    assertEquals(Optional.of("Pentagon"), all.attribution());
    assertEquals("2023-10-17", all.since().orElseThrow().toString());
    assertEquals("2023-11-21", all.asOf().orElseThrow().toString());
    assertEquals(
        all.value(), tally(TallyMetric.ATTACKS, IQ).value().plus(tally(TallyMetric.ATTACKS, SY).value()));
    assertEquals(Estimate.atLeast(60), tally(TallyMetric.INJURED, null).value());
    assertEquals(Estimate.approximately(2000), tally(TallyMetric.PERSONNEL, IQ).value());
    assertEquals(Estimate.approximately(900), tally(TallyMetric.PERSONNEL, SY).value());
  }

  @Test
  void theArticleContradictsItselfOnStrikesInIraq() {
    assertEquals(Estimate.ZERO, tally(TallyMetric.RESPONSES, IQ).value());
    List<Response> inIraq2023 = D.responses().stream()
        .filter(r -> r.place().country().equals(Optional.of(IQ)))
        .filter(r -> !"background".equals(r.extras().get("context")))
        .toList();
    assertEquals(1, inIraq2023.size());
    Response abuGhraib = inIraq2023.get(0);
    assertEquals(Optional.of("Abu Ghraib"), abuGhraib.place().location());
    assertEquals(Optional.of(Method.DRONE_STRIKE), abuGhraib.method());
    assertEquals(Estimate.exact(1), abuGhraib.killed());
    assertEquals(Optional.of(Actor.of("Kata'ib Hezbollah")), abuGhraib.targetActor());
    assertTrue(abuGhraib.notes().orElseThrow().contains("Fadhel al-Maksousi"));
    assertEquals(3, D.responses().stream().filter(r -> r.place().country().equals(Optional.of(SY))).count());
  }

  @Test
  void reconciliationFindsTheContradictionAndTheSum(@TempDir Path dir) {
    Reconciliation rec = Reconciliation.of(D);
    Tally zeroInIraq = tally(TallyMetric.RESPONSES, IQ);
    assertEquals(Reconciliation.Status.EXCEEDING, rec.check(zeroInIraq.id()).orElseThrow().status());
    assertTrue(rec.partsChecks().stream()
        .anyMatch(p -> p.whole().value().equals(Estimate.exact(61))
            && p.status() == Reconciliation.PartsStatus.ADDS_UP));
    CanonicalCsv.write(D, dir);
    LoadResult back = CanonicalCsv.read(dir);
    assertEquals(List.of(), back.report().problems());
    assertEquals(D, back.dataset());
  }

  @Test
  void strikesInSyriaAreUsResponsesOnTheirDays() {
    List<String> days = D.responses().stream()
        .filter(r -> r.place().country().equals(Optional.of(SY)))
        .map(r -> r.date() + " " + r.place().location().orElseThrow() + " " + r.responder().orElseThrow().name())
        .toList();
    assertEquals(
        List.of("2023-10-27 Abu Kamal United States", "2023-11-08 Maysulun United States",
            "2023-11-12 Mayadin United States"),
        days);
  }

  @Test
  void theRocketAttackHasItsTimeMunitionsAndNoCasualties() {
    Attack a = D.attacks().stream().filter(x -> x.time().isPresent()).findFirst().orElseThrow();
    assertEquals(LocalTime.of(3, 30), a.time().orElseThrow());
    assertEquals(Optional.of("ain-al-asad"), a.baseId());
    assertEquals(Estimate.exact(2), a.munitions());
    assertEquals(Estimate.ZERO, a.injured());
    assertEquals(Estimate.ZERO, a.killed());
    assertEquals(2, D.bases().size());
  }

  @Test
  void theTwentyTwentyStrikeIsBackground() {
    Response r = D.responses().stream()
        .filter(x -> "background".equals(x.extras().get("context"))).findFirst().orElseThrow();
    assertEquals("2020-01", r.date().toString());
    assertTrue(r.notes().orElseThrow().contains("early January"));
  }

  @Test
  void everyRecordHasAConfidenceBetweenZeroAndOne() {
    D.incidents().forEach(i -> {
      double c = Double.parseDouble(i.extras().get("confidence"));
      assertTrue(c >= 0 && c <= 1, i.id() + " " + c);
    });
    D.tallies().forEach(t -> {
      double c = Double.parseDouble(t.extras().get("confidence"));
      assertTrue(c >= 0 && c <= 1, t.id() + " " + c);
    });
  }

  @Test
  void everyCountryIsReadAndAScopeIsAnOption() {
    // by default the attacks the article names in Israel and Gaza are records too
    assertTrue(D.attacks().stream().anyMatch(a -> a.place().country().equals(Optional.of(Country.of("IL")))));
    Extraction scoped = Extractor.builder()
        .countries(List.of(IQ, SY, Country.of("JO"), Country.of("YE"))).build().extract(SEED);
    DocumentReport report = scoped.reports().get(0);
    assertTrue(report.notes().stream().anyMatch(n -> n.contains("Israel") && n.contains("outside the scope")),
        report.notes().toString());
    assertTrue(scoped.dataset().attacks().stream()
        .allMatch(a -> a.place().country().isEmpty() || Set.of(IQ, SY).contains(a.place().country().get())));
    assertTrue(D.responses().size() + D.attacks().size()
        > scoped.dataset().responses().size() + scoped.dataset().attacks().size());
  }

  @Test
  void theVagueNumberPolicyIsPluggable() {
    NewsDocument redSea = ExtractorGoldTest.load("wire/red-sea.txt");
    assertEquals(Estimate.atLeast(12),
        Extractor.withDefaults().extract(redSea).dataset().tallies().get(0).value());
    assertEquals(Estimate.atLeast(24),
        Extractor.builder().policy(VagueNumberPolicy.CONSERVATIVE).build()
            .extract(redSea).dataset().tallies().get(0).value());
  }

  @Test
  void aCorrectedTollReplacesTheFirstFigure() {
    Dataset d = Extractor.withDefaults().extract(ExtractorGoldTest.load("wire/tower-22.txt")).dataset();
    Attack tower = d.attacks().get(0);
    assertEquals(Estimate.exact(3), tower.killed());
    assertEquals(Estimate.atLeast(41), tower.injured());
    Dataset red = Extractor.withDefaults().extract(ExtractorGoldTest.load("wire/red-sea.txt")).dataset();
    assertEquals(Estimate.exact(3), red.attacks().get(0).killed());
    assertEquals(Optional.of(Actor.of("Houthis")), red.attacks().get(0).perpetrator());
  }

  @Test
  void twoEventsInOneSentenceAreTwoIncidents() {
    Dataset d = Extractor.withDefaults().extract(NewsDocument.of("x", java.time.LocalDate.of(2024, 1, 30), "W",
        "Two rockets hit Erbil air base on Monday, and a drone struck al-Tanf on Tuesday, wounding"
            + " one soldier.")).dataset();
    assertEquals(List.of("2024-01-29 Erbil air base 2", "2024-01-30 al-Tanf 1"),
        d.attacks().stream()
            .map(a -> a.date() + " " + a.place().location().orElseThrow() + " "
                + (a.munitions().isUnknown() ? a.injured() : a.munitions()))
            .toList());
  }

  @Test
  void strikesInTwoCountriesAndTheEventTheyAnswer() {
    Dataset d = Extractor.withDefaults().extract(ExtractorGoldTest.load("wire/al-qaim.txt")).dataset();
    Response qaim = d.responses().stream()
        .filter(r -> r.place().location().equals(Optional.of("Al-Qaim"))).findFirst().orElseThrow();
    assertEquals(Estimate.exact(16), qaim.killed());
    assertEquals(2, d.responses().size());
    Attack jordan = d.attacks().stream()
        .filter(a -> a.place().country().equals(Optional.of(Country.of("JO")))).findFirst().orElseThrow();
    assertEquals(Estimate.atLeast(1), jordan.killed());
    assertEquals("2024-01-04/2024-02-03", jordan.date().toString());
  }
}
