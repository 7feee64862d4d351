package org.attackstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The small value types and the records. */
class ModelTest {

  @Test
  void countriesByEveryCode() {
    Country iq = Country.of("IQ");
    assertEquals("Iraq", iq.name());
    assertEquals("IRQ", iq.alpha3());
    assertEquals(368, iq.numeric());
    assertEquals(iq, Country.of(" iq "));
    assertEquals(Optional.of(Country.of("SY")), Country.ofNumeric(760));
    assertEquals(Optional.of(Country.of("SY")), Country.ofAlpha3("syr"));
    assertEquals("Kosovo", Country.of("XK").name());
    assertEquals(Optional.empty(), Country.find("ZZ"));
    assertEquals(250, Country.all().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Country.of("Iraq"));
    assertTrue(e.getMessage().contains("'Iraq'") && e.getMessage().contains("alpha-2"), e.getMessage());
  }

  @Test
  void methodsAreNormalisedLowerCaseWords() {
    assertEquals(Method.DRONE_STRIKE, Method.of("Drone strike"));
    assertEquals(Method.DRONE_STRIKE, Method.of(" drone-strike "));
    assertEquals("small_arms", Method.of("SMALL ARMS").name());
    for (String bad : new String[] {"", "  ", "drone!", "_drone", "rocket__fire"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Method.of(bad));
      assertTrue(e.getMessage().contains("expected a word"), e.getMessage());
    }
  }

  @Test
  void actorsCollapseWhitespace() {
    assertEquals(Actor.of("Kata'ib Hezbollah"), Actor.of("  Kata'ib   Hezbollah "));
    assertNotEquals(Actor.of("Kataeb Hezbollah"), Actor.of("Kata'ib Hezbollah"));
    assertThrows(IllegalArgumentException.class, () -> Actor.of(" "));
  }

  @Test
  void coordinatesStayOnTheGlobe() {
    assertEquals(33.8, Coordinates.of(33.8, 42.44).latitude());
    assertThrows(IllegalArgumentException.class, () -> Coordinates.of(90.5, 0));
    assertThrows(IllegalArgumentException.class, () -> Coordinates.of(0, -180.01));
    assertThrows(IllegalArgumentException.class, () -> Coordinates.of(Double.NaN, 0));
  }

  @Test
  void placesTreatBlankAsUnknown() {
    Place p = Place.of(Country.of("IQ")).withAdmin1(" ").withLocation("Abu Ghraib");
    assertEquals(Optional.empty(), p.admin1());
    assertEquals(Optional.of("Abu Ghraib"), p.location());
    assertEquals(Place.unknown(), Place.unknown().withLocation(""));
  }

  @Test
  void sourceOffsetsComeInOrderedPairs() {
    Source s = Source.of("Shafaq News", LocalDate.of(2023, 11, 21), "doc.txt").withQuote("Q.", 10, 12);
    assertEquals(OptionalInt.of(10), s.quoteStart());
    assertTrue(Source.none().isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Source(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.of(1), OptionalInt.empty()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Source.none().withQuote("x", 12, 10));
    assertTrue(e.getMessage().contains("12") && e.getMessage().contains("10"), e.getMessage());
  }

  @Test
  void attackBuilderRoundTripsThroughToBuilder() {
    Attack a =
        Attack.builder("a01", DateSpan.parse("2023-11-21"))
            .time(LocalTime.of(3, 30))
            .place(Place.of(Country.of("IQ")).withLocation("Ain al-Asad"))
            .baseId("ain-al-asad")
            .method(Method.ROCKET)
            .munitions(Estimate.exact(2))
            .injured(Estimate.ZERO)
            .killed(Estimate.ZERO)
            .extra("context", "campaign")
            .build();
    assertEquals(a, a.toBuilder().build());
    assertEquals(Incident.Kind.ATTACK, a.kind());
    assertEquals(Map.of("context", "campaign"), a.extras());
    assertEquals(Estimate.unknown(), Attack.builder("x", a.date()).build().injured());
    assertNotEquals(a, a.toBuilder().extra("context", null).build());
  }

  @Test
  void recordsRejectBadIdsAndExtras() {
    DateSpan day = DateSpan.parse("2023-11-21");
    for (String bad : new String[] {"", " a", "a|b", "a "}) {
      assertThrows(IllegalArgumentException.class, () -> Attack.builder(bad, day).build(), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> Attack.builder("a", day).baseId("x|y").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Response.builder("r", day).inResponseTo(List.of("a1", "a1")).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Tally("t", TallyMetric.ATTACKS, Estimate.exact(1), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Source.none(), Map.of(" ", "v")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Tally.of("t", TallyMetric.ATTACKS, Estimate.exact(1))
            .withPeriod(LocalDate.of(2023, 11, 21), LocalDate.of(2023, 10, 17)));
    assertThrows(IllegalArgumentException.class, () -> Base.of("b", " ", Place.unknown()));
  }

  @Test
  void metricsParseAndNameTheValidValues() {
    assertEquals(TallyMetric.INJURED, TallyMetric.parse("Injured"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TallyMetric.parse("wounded"));
    assertTrue(e.getMessage().contains("[attacks, responses, injured, killed, personnel]"), e.getMessage());
  }

  @Test
  void vagueNumberPresetsDiffer() {
    assertEquals(Estimate.atLeast(12), VagueNumberPolicy.ACLED_LIKE.estimate(VagueQuantity.DOZENS));
    assertEquals(Estimate.atLeast(24), VagueNumberPolicy.CONSERVATIVE.estimate(VagueQuantity.DOZENS));
    assertThrows(IllegalArgumentException.class, () -> VagueNumberPolicy.of(Map.of()));
  }

  @Test
  void publicFactoriesRejectNulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(DateSpan.class, DateSpan.parse("2023-11-21"))
            .setDefault(Estimate.class, Estimate.ZERO)
            .setDefault(Place.class, Place.unknown())
            .setDefault(Source.class, Source.none())
            .setDefault(String.class, "x");
    t.testAllPublicStaticMethods(Estimate.class);
    t.testAllPublicStaticMethods(DateSpan.class);
    t.testAllPublicStaticMethods(Country.class);
    t.testAllPublicConstructors(Place.class);
    t.testAllPublicConstructors(Attack.class);
    t.testAllPublicConstructors(Response.class);
  }
}
