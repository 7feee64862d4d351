package org.attackstats.model;

import static org.attackstats.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The small value types and the records. */
class ModelTest {

  private static final DateSpan DAY = DateSpan.parse("2023-11-21");

  /**
   * Values used as hash-map keys (the loader shares equal values through a map, groupings count by
   * country) must spread: at least 90 % of distinct values get distinct hash codes.
   */
  static void assertHashCodesSpread(Collection<?> distinctValues) {
    long hashes = distinctValues.stream().mapToInt(Object::hashCode).distinct().count();
    assertTrue(
        hashes >= 0.9 * distinctValues.size(),
        hashes + " hash codes for " + distinctValues.size() + " distinct values");
  }

  @Test
  void countriesByEveryCode() {
    Country iq = Country.of("IQ");
    assertEquals("IQ", iq.code());
    assertEquals("IQ", iq.toString());
    assertEquals("Iraq", iq.name());
    assertEquals("IRQ", iq.alpha3());
    assertEquals(368, iq.numeric());
    assertEquals(iq, Country.of(" iq "));
    assertEquals(Optional.of(Country.of("SY")), Country.ofNumeric(760));
    assertEquals(Optional.of(Country.of("SY")), Country.ofAlpha3(" syr "));
    assertEquals("Kosovo", Country.of("XK").name());
    assertEquals(-1, Country.of("XK").numeric());
    assertEquals(Optional.empty(), Country.ofNumeric(-1), "XK has no numeric code to be found by");
    assertEquals(Optional.empty(), Country.find("ZZ"));
    assertEquals(Optional.empty(), Country.ofAlpha3("ZZZ"));
    assertEquals(250, Country.all().size());
    assertRejected(() -> Country.of("Iraq"), "'Iraq'", "alpha-2");
  }

  @Test
  void countriesAreOrderedAndEqualByCode() {
    List<Country> all = Country.all();
    for (int i = 1; i < all.size(); i++) {
      Country a = all.get(i - 1);
      Country b = all.get(i);
      assertTrue(a.code().compareTo(b.code()) < 0, "all() is ordered by code: " + a + ", " + b);
      assertTrue(a.compareTo(b) < 0 && b.compareTo(a) > 0, a + " sorts before " + b);
    }
    List<Country> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(1));
    Collections.sort(shuffled);
    assertEquals(all, shuffled);
    assertEquals(0, Country.of("IQ").compareTo(Country.of("iq")));
    new EqualsTester()
        .addEqualityGroup(
            Country.of("IQ"), Country.of(" iq "), Country.ofAlpha3("IRQ").get(),
            Country.ofNumeric(368).get())
        .addEqualityGroup(Country.of("SY"))
        .addEqualityGroup(Country.of("XK"))
        .testEquals();
    assertHashCodesSpread(all);
  }

  @Test
  void methodsAreNormalisedLowerCaseWords() {
    assertEquals(Method.DRONE_STRIKE, Method.of("Drone strike"));
    assertEquals(Method.DRONE_STRIKE, Method.of(" drone-strike "));
    assertEquals("small_arms", Method.of("SMALL ARMS").name());
    assertEquals("drone_strike", Method.DRONE_STRIKE.toString());
    for (String bad : new String[] {"", "  ", "drone!", "_drone", "rocket__fire"}) {
      assertRejected(() -> Method.of(bad), "invalid method '" + bad + "'", "expected a word");
    }
    assertRejected(() -> Method.of(null), "method name must not be null");
    List<Method> sorted = new ArrayList<>(List.of(Method.ROCKET, Method.AIRSTRIKE, Method.DRONE));
    Collections.sort(sorted);
    assertEquals(List.of(Method.AIRSTRIKE, Method.DRONE, Method.ROCKET), sorted);
  }

  @Test
  void actorsCollapseWhitespace() {
    assertEquals(Actor.of("Kata'ib Hezbollah"), Actor.of("  Kata'ib   Hezbollah "));
    assertEquals("Kata'ib Hezbollah", Actor.of(" Kata'ib\t\nHezbollah").toString());
    assertNotEquals(Actor.of("Kataeb Hezbollah"), Actor.of("Kata'ib Hezbollah"));
    assertRejected(() -> Actor.of(" "), "actor name must not be blank");
    assertRejected(() -> Actor.of(null), "actor name must not be blank");
    List<Actor> sorted =
        new ArrayList<>(List.of(Actor.of("Islamic State"), Actor.of("Hamas"), Actor.of("Iran")));
    Collections.sort(sorted);
    assertEquals(List.of(Actor.of("Hamas"), Actor.of("Iran"), Actor.of("Islamic State")), sorted);
  }

  @Test
  void coordinatesStayOnTheGlobe() {
    assertEquals(33.8, Coordinates.of(33.8, 42.44).latitude());
    assertEquals(42.44, Coordinates.of(33.8, 42.44).longitude());
    for (double lat : new double[] {-90, 90}) {
      for (double lon : new double[] {-180, 180}) {
        Coordinates corner = Coordinates.of(lat, lon);
        assertEquals(lat, corner.latitude());
        assertEquals(lon, corner.longitude());
      }
    }
    assertRejected(() -> Coordinates.of(90.5, 0), "latitude 90.5", "between -90 and 90");
    assertRejected(() -> Coordinates.of(-90.01, 0), "latitude -90.01");
    assertRejected(() -> Coordinates.of(0, 180.01), "longitude 180.01", "between -180 and 180");
    assertRejected(() -> Coordinates.of(0, -180.01), "longitude -180.01");
    assertRejected(() -> Coordinates.of(Double.NaN, 0), "latitude NaN");
    assertRejected(() -> Coordinates.of(0, Double.NaN), "longitude NaN");
  }

  @Test
  void negativeZeroIsTheSamePointAsZero() {
    // "-0.0" and "0" in a latitude cell are the same point: equal records, the same text
    assertEquals(Coordinates.of(0, 0), Coordinates.of(-0.0, -0.0));
    assertEquals("Coordinates[latitude=0.0, longitude=0.0]", Coordinates.of(-0.0, -0.0).toString());
  }

  @Test
  void placesTreatBlankAsUnknown() {
    Place p = Place.of(Country.of("IQ")).withAdmin1(" ").withLocation("Abu Ghraib");
    assertEquals(Optional.empty(), p.admin1());
    assertEquals(Optional.of("Abu Ghraib"), p.location());
    assertEquals(Place.unknown(), Place.unknown().withLocation(""));
    Place q = Place.unknown().withCountry(Country.of("SY")).withCoordinates(Coordinates.of(34.4, 40.9));
    assertEquals(Optional.of(Country.of("SY")), q.country());
    assertEquals(Optional.of(Coordinates.of(34.4, 40.9)), q.coordinates());
    assertEquals(Place.unknown(), q.withCountry(null).withCoordinates(null));
  }

  @Test
  void sourcesKeepWhatIsKnownAndTreatBlankAsUnknown() {
    LocalDate published = LocalDate.of(2023, 11, 21);
    Source s = Source.of("Shafaq News", published, "doc.txt");
    assertEquals(Optional.of("Shafaq News"), s.publisher());
    assertEquals(Optional.of(published), s.date());
    assertEquals(Optional.of("doc.txt"), s.document());
    assertFalse(s.isEmpty());
    assertTrue(Source.none().isEmpty());
    assertEquals(Source.none(), Source.of(null, null, null));
    assertEquals(Source.none(), Source.of(" ", null, ""));
    assertTrue(Source.of(null, null, null).withQuote(" ").isEmpty());
    Source quoted = s.withQuote("There were no reported casualties.");
    assertEquals(Optional.of("There were no reported casualties."), quoted.quote());
    assertEquals(OptionalInt.empty(), quoted.quoteStart());
    assertEquals(s.publisher(), quoted.publisher());
    assertFalse(Source.of(null, published, null).isEmpty());
  }

  @Test
  void sourceOffsetsComeInOrderedPairs() {
    Source s = Source.of("Shafaq News", LocalDate.of(2023, 11, 21), "doc.txt").withQuote("Q.", 10, 12);
    assertEquals(OptionalInt.of(10), s.quoteStart());
    assertEquals(OptionalInt.of(12), s.quoteEnd());
    // 0 <= start <= end: a quote at the very start, and an empty one
    assertEquals(OptionalInt.of(0), Source.none().withQuote("Q.", 0, 2).quoteStart());
    assertEquals(OptionalInt.of(7), Source.none().withQuote("", 7, 7).quoteEnd());
    assertRejected(
        () -> new Source(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            OptionalInt.of(1), OptionalInt.empty()),
        "quote offsets come in pairs");
    assertRejected(() -> Source.none().withQuote("x", 12, 10), "start 12, end 10", "0 <= start <= end");
    assertRejected(() -> Source.none().withQuote("x", -1, 3), "start -1, end 3");
  }

  @Test
  void attackBuilderSetsEveryFieldAndToBuilderKeepsThem() {
    Place place = Place.of(Country.of("IQ")).withLocation("Ain al-Asad");
    Source source = Source.of("AP", LocalDate.of(2023, 11, 21), "ap-1.txt");
    Attack a =
        Attack.builder("a01", DAY)
            .time(LocalTime.of(3, 30))
            .place(place)
            .baseId("ain-al-asad")
            .target("air base")
            .perpetrator(Actor.of("Islamic Resistance in Iraq"))
            .method(Method.ROCKET)
            .munitions(Estimate.exact(2))
            .injured(Estimate.ZERO)
            .killed(Estimate.ZERO)
            .victims("US personnel")
            .source(source)
            .notes("no damage")
            .extra("context", "campaign")
            .extra("tracker_id", "17")
            .build();
    Map<String, String> extras = new LinkedHashMap<>();
    extras.put("context", "campaign");
    extras.put("tracker_id", "17");
    assertEquals(
        new Attack(
            "a01", DAY, Optional.of(LocalTime.of(3, 30)), place, Optional.of("ain-al-asad"),
            Optional.of("air base"), Optional.of(Actor.of("Islamic Resistance in Iraq")),
            Optional.of(Method.ROCKET), Estimate.exact(2), Estimate.ZERO, Estimate.ZERO,
            Optional.of("US personnel"), source, Optional.of("no damage"), extras),
        a);
    assertEquals(List.of("context", "tracker_id"), List.copyOf(a.extras().keySet()), "column order");
    assertEquals(Incident.Kind.ATTACK, a.kind());

    Attack copy = a.toBuilder().build();
    assertEquals(a, copy);
    assertEquals(List.copyOf(a.extras().keySet()), List.copyOf(copy.extras().keySet()));
    DateSpan later = DateSpan.parse("2023-11-22");
    Attack moved = a.toBuilder().id("a02").date(later).build();
    assertEquals("a02", moved.id());
    assertEquals(later, moved.date());
    assertEquals(a.extras(), moved.extras());

    // null, and an empty extra value, clear a field
    Attack cleared =
        a.toBuilder().time(null).baseId(null).target(null).perpetrator(null).method(null)
            .victims(null).notes(null).extra("context", null).extra("tracker_id", "").build();
    assertEquals(
        Attack.builder("a01", DAY).place(place).munitions(Estimate.exact(2))
            .injured(Estimate.ZERO).killed(Estimate.ZERO).source(source).build(),
        cleared);
    assertEquals(
        new Attack(
            "x", DAY, Optional.empty(), Place.unknown(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Estimate.unknown(), Estimate.unknown(),
            Estimate.unknown(), Optional.empty(), Source.none(), Optional.empty(), Map.of()),
        Attack.builder("x", DAY).build(),
        "what a builder does not set is absent or unknown");
  }

  @Test
  void responseBuilderSetsEveryFieldAndToBuilderKeepsThemWithExtras() {
    Place place = Place.of(Country.of("IQ")).withLocation("Abu Ghraib");
    Source source = Source.of("Reuters", LocalDate.of(2023, 11, 21), "r-1.txt");
    Response r =
        Response.builder("r01", DAY)
            .time(LocalTime.of(23, 0))
            .place(place)
            .responder(Actor.of("United States"))
            .method(Method.DRONE_STRIKE)
            .munitions(Estimate.exact(1))
            .target("vehicle")
            .targetActor(Actor.of("Kata'ib Hezbollah"))
            .injured(Estimate.unknown())
            .killed(Estimate.atLeast(2))
            .inResponseTo(List.of("a2", "a1"))
            .source(source)
            .notes("self-defense strike")
            .extra("operation", "none named")
            .extra("tracker_id", "9")
            .build();
    Map<String, String> extras = new LinkedHashMap<>();
    extras.put("operation", "none named");
    extras.put("tracker_id", "9");
    assertEquals(
        new Response(
            "r01", DAY, Optional.of(LocalTime.of(23, 0)), place, Optional.of(Actor.of("United States")),
            Optional.of(Method.DRONE_STRIKE), Estimate.exact(1), Optional.of("vehicle"),
            Optional.of(Actor.of("Kata'ib Hezbollah")), Estimate.unknown(), Estimate.atLeast(2),
            List.of("a2", "a1"), source, Optional.of("self-defense strike"), extras),
        r);
    assertEquals(Incident.Kind.RESPONSE, r.kind());

    Response copy = r.toBuilder().build();
    assertEquals(r, copy);
    assertEquals(List.of("operation", "tracker_id"), List.copyOf(copy.extras().keySet()));
    assertEquals(List.of("a2", "a1"), copy.inResponseTo(), "in the order given");
    DateSpan later = DateSpan.parse("2023-11-22");
    Response moved = r.toBuilder().id("r02").date(later).build();
    assertEquals("r02", moved.id());
    assertEquals(later, moved.date());
    assertEquals(r.extras(), moved.extras());

    Response cleared =
        r.toBuilder().time(null).responder(null).method(null).target(null).targetActor(null)
            .inResponseTo(List.of()).notes(null).extra("operation", null).extra("tracker_id", "")
            .build();
    assertEquals(
        Response.builder("r01", DAY).place(place).munitions(Estimate.exact(1))
            .killed(Estimate.atLeast(2)).source(source).build(),
        cleared);
    assertEquals(
        new Response(
            "x", DAY, Optional.empty(), Place.unknown(), Optional.empty(), Optional.empty(),
            Estimate.unknown(), Optional.empty(), Optional.empty(), Estimate.unknown(),
            Estimate.unknown(), List.of(), Source.none(), Optional.empty(), Map.of()),
        Response.builder("x", DAY).build());
  }

  @Test
  void recordsRejectBadIdsNamingTheField() {
    for (String bad : new String[] {"", " a", "a|b", "|a", "a "}) {
      assertRejected(() -> Attack.builder(bad, DAY).build(), "invalid attack id '" + bad + "'");
      assertRejected(() -> Response.builder(bad, DAY).build(), "invalid response id '" + bad + "'");
      assertRejected(() -> Tally.of(bad, TallyMetric.ATTACKS, Estimate.ZERO), "invalid tally id '" + bad + "'");
      assertRejected(() -> Base.of(bad, "name", Place.unknown()), "invalid base id '" + bad + "'");
    }
    assertRejected(() -> Attack.builder("a", DAY).baseId("x|y").build(), "invalid base_id 'x|y'");
    // a cell "a1|a2" handed over as one id instead of two
    assertRejected(
        () -> Response.builder("r", DAY).inResponseTo(List.of("a1|a2")).build(),
        "invalid in_response_to id 'a1|a2'");
    assertRejected(
        () -> Response.builder("r", DAY).inResponseTo(List.of("a1", " a2")).build(),
        "invalid in_response_to id ' a2'");
    assertRejected(
        () -> Response.builder("r", DAY).inResponseTo(List.of("a1", "a1")).build(),
        "in_response_to lists an attack twice: [a1, a1]");
  }

  @Test
  void extraColumnsNeedCleanNamesAndValues() {
    // a byte-order mark read into the first header name is the case this check exists for
    for (String bad : new String[] {" ", "", " a", "a ", "\uFEFFid", "col\uFEFF"}) {
      assertRejected(
          () -> Attack.builder("a", DAY).extra(bad, "v").build(),
          "invalid extra column name '" + bad + "'");
    }
    Map<String, String> nullName = new HashMap<>();
    nullName.put(null, "v");
    assertRejected(
        () -> new Tally("t", TallyMetric.ATTACKS, Estimate.exact(1), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Source.none(), nullName),
        "invalid extra column name 'null'");
    for (String bad : new String[] {"", null}) {
      Map<String, String> emptyValue = new HashMap<>();
      emptyValue.put("confidence", bad);
      assertRejected(
          () -> new Base("b", "name", List.of(), Place.unknown(), Optional.empty(), Estimate.unknown(),
              Source.none(), Optional.empty(), emptyValue),
          "extra column 'confidence' must have a non-empty value");
    }
  }

  @Test
  void talliesCarryScopePeriodSubjectAndSource() {
    LocalDate since = LocalDate.of(2023, 10, 17);
    LocalDate asOf = LocalDate.of(2023, 11, 21);
    Source source = Source.of("AP", asOf, null);
    Tally t =
        Tally.of("t01", TallyMetric.ATTACKS, Estimate.exact(61))
            .withCountry(Country.of("IQ"))
            .withPeriod(since, asOf)
            .withSubject("attacks on US forces", "Pentagon")
            .withSource(source);
    assertEquals(
        new Tally(
            "t01", TallyMetric.ATTACKS, Estimate.exact(61), Optional.of(Country.of("IQ")),
            Optional.of(since), Optional.of(asOf), Optional.of("attacks on US forces"),
            Optional.of("Pentagon"), source, Map.of()),
        t);
    assertEquals(
        Tally.of("t01", TallyMetric.ATTACKS, Estimate.exact(61)),
        t.withCountry(null).withPeriod(null, null).withSubject(" ", null).withSource(Source.none()));
    assertEquals(Optional.of(asOf), t.withPeriod(asOf, asOf).since(), "a tally of one day");
    assertRejected(
        () -> t.withPeriod(asOf, since), "tally 't01'", "since 2023-11-21 is after as_of 2023-10-17");
  }

  @Test
  void basesNeedANameAndCleanAliases() {
    Place place = Place.of(Country.of("IQ")).withAdmin1("Al Anbar");
    assertEquals(
        new Base("b", "Ain al-Asad air base", List.of(), place, Optional.empty(), Estimate.unknown(),
            Source.none(), Optional.empty(), Map.of()),
        Base.of("b", "Ain al-Asad air base", place));
    assertEquals(Optional.empty(), Base.of("b", "n", place.withLocation("Hit")).place().location(),
        "the name says where a base is");
    assertRejected(() -> Base.of("b", " ", Place.unknown()), "base 'b' needs a name");
    assertRejected(() -> Base.of("b", null, Place.unknown()), "base 'b' needs a name");
    for (String alias : new String[] {" ", "Al Asad|Qadisiyah", "|Qadisiyah"}) {
      assertRejected(
          () -> new Base("b", "name", List.of("Al Asad", alias), Place.unknown(), Optional.empty(),
              Estimate.unknown(), Source.none(), Optional.empty(), Map.of()),
          "base 'b' has an invalid alias '" + alias + "'");
    }
  }

  @Test
  void metricsParseAndNameTheValidValues() {
    assertEquals(TallyMetric.INJURED, TallyMetric.parse("Injured"));
    assertRejected(
        () -> TallyMetric.parse("wounded"),
        "invalid metric 'wounded'", "[attacks, responses, injured, killed, personnel]");
  }

  @Test
  void vagueNumberPresetsDiffer() {
    assertEquals(Estimate.atLeast(12), VagueNumberPolicy.ACLED_LIKE.estimate(VagueQuantity.DOZENS));
    assertEquals(Estimate.atLeast(24), VagueNumberPolicy.CONSERVATIVE.estimate(VagueQuantity.DOZENS));
    for (VagueQuantity q : VagueQuantity.values()) {
      Estimate acled = VagueNumberPolicy.ACLED_LIKE.estimate(q);
      Estimate conservative = VagueNumberPolicy.CONSERVATIVE.estimate(q);
      assertFalse(acled.isBounded() || conservative.isBounded(), q + " has no upper bound");
      assertTrue(conservative.low() >= acled.low(), q + " is never lower when conservative");
    }
  }

  @Test
  void aCustomVagueNumberPolicyAnswersFromItsOwnTable() {
    Map<VagueQuantity, Estimate> table = new EnumMap<>(VagueQuantity.class);
    for (VagueQuantity q : VagueQuantity.values()) {
      table.put(q, Estimate.atLeast(5 * (q.ordinal() + 1)));
    }
    VagueNumberPolicy policy = VagueNumberPolicy.of(table);
    table.put(VagueQuantity.DOZENS, Estimate.ZERO);
    for (VagueQuantity q : VagueQuantity.values()) {
      assertEquals(Estimate.atLeast(5 * (q.ordinal() + 1)), policy.estimate(q), "a copy of the table: " + q);
    }
    assertThrows(NullPointerException.class, () -> policy.estimate(null));
    table.remove(VagueQuantity.SCORES);
    assertRejected(() -> VagueNumberPolicy.of(table), "vague number policy has no estimate for SCORES");
    assertRejected(() -> VagueNumberPolicy.of(Map.of()), "has no estimate for A_FEW");
  }

  @Test
  void publicFactoriesRejectNulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(DateSpan.class, DAY)
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
