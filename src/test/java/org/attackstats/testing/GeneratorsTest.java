package org.attackstats.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Coordinates;
import org.attackstats.model.Country;
import org.attackstats.model.DatePrecision;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.attackstats.model.Tally;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");
  private static final Set<String> CANONICAL =
      Set.of(
          "id", "date_start", "date_end", "date_precision", "time", "country", "admin1",
          "location", "latitude", "longitude", "base_id", "target", "perpetrator", "method",
          "munitions", "injured", "killed", "victims", "source", "source_date", "source_url",
          "quote", "quote_start", "quote_end", "notes", "responder", "target_actor",
          "in_response_to", "name", "aliases", "operator", "personnel", "metric", "value", "since",
          "as_of", "subject", "attribution");

  @Test
  void everyGeneratedDatasetIsValidWithIntactReferences() {
    for (long seed = 0; seed < 300; seed++) {
      DatasetSettings settings = seed % 10 == 0 ? DatasetSettings.medium() : DatasetSettings.small();
      Dataset d = Generators.dataset(new SplittableRandom(seed), settings);
      // Dataset.of validates already; check the references independently of it as well
      for (Attack a : d.attacks()) {
        a.baseId().ifPresent(b -> assertTrue(d.base(b).isPresent(), "attack " + a.id() + " -> " + b));
      }
      for (Response r : d.responses()) {
        for (String a : r.inResponseTo()) {
          assertTrue(d.attack(a).isPresent(), "response " + r.id() + " -> " + a);
        }
      }
      assertTrue(d.attacks().size() <= settings.maxAttacks());
      assertTrue(d.responses().size() <= settings.maxResponses());
      assertTrue(d.bases().size() <= settings.maxBases());
      assertTrue(d.tallies().size() <= settings.maxTallies());
    }
  }

  @Test
  void smallDatasetsVaryInSizeAndIncludeEmptyOnes() {
    Set<Integer> sizes =
        Stream.iterate(0L, s -> s + 1)
            .limit(300)
            .map(s -> Generators.dataset(new SplittableRandom(s), DatasetSettings.small()))
            .map(d -> d.incidents().size())
            .collect(Collectors.toSet());
    assertTrue(sizes.contains(0) || sizes.contains(1), "sizes " + sizes);
    assertTrue(sizes.size() > 15, "sizes " + sizes);
    assertTrue(sizes.stream().allMatch(n -> n <= 30), "sizes " + sizes);
  }

  @Test
  void ofSizeGivesExactlyThatManyIncidents() {
    Dataset d = Generators.dataset(new SplittableRandom(7), DatasetSettings.ofSize(250));
    assertEquals(250, d.incidents().size());
    assertEquals(50, d.responses().size());
    assertEquals(13, d.bases().size(), "one base per 20 incidents, and one");
    assertEquals(6, d.tallies().size(), "one tally per 50 incidents, and one");
    assertTrue(Generators.dataset(new SplittableRandom(7), DatasetSettings.ofSize(0)).isEmpty());
  }

  @Test
  void sameSeedGivesEqualDatasetsAndOtherSeedsDiffer() {
    for (long seed = 0; seed < 20; seed++) {
      DatasetSettings s = DatasetSettings.ofSize(200);
      Dataset a = Generators.dataset(new SplittableRandom(seed), s);
      Dataset b = Generators.dataset(new SplittableRandom(seed), s);
      assertEquals(a, b);
      assertEquals(a.attacks(), b.attacks()); // same order too
      assertNotEquals(a, Generators.dataset(new SplittableRandom(seed + 1000), s));
    }
  }

  @Test
  void aFewCountriesAndActorsDominate() {
    Dataset d = Generators.dataset(new SplittableRandom(1), DatasetSettings.ofSize(10_000));
    Map<String, Long> byCountry =
        d.incidents().stream()
            .filter(i -> i.place().country().isPresent())
            .collect(
                Collectors.groupingBy(
                    i -> i.place().country().get().code(), TreeMap::new, Collectors.counting()));
    Map.Entry<String, Long> top =
        byCountry.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    assertTrue(Set.of("IQ", "SY", "YE", "LB").contains(top.getKey()), "top " + top);
    assertTrue(top.getValue() > 0.2 * d.incidents().size(), "top " + top + " of " + byCountry);
    long fourShare =
        Stream.of("IQ", "SY", "YE", "LB").mapToLong(c -> byCountry.getOrDefault(c, 0L)).sum();
    assertTrue(fourShare > 0.6 * d.incidents().size(), "IQ+SY+YE+LB " + fourShare);
    long absent = d.incidents().stream().filter(i -> i.place().country().isEmpty()).count();
    assertTrue(absent > 0 && absent < 0.15 * d.incidents().size(), "no country: " + absent);

    Map<String, Long> byActor =
        d.attacks().stream()
            .filter(a -> a.perpetrator().isPresent())
            .collect(Collectors.groupingBy(a -> a.perpetrator().get().name(), Collectors.counting()));
    long topActor = byActor.values().stream().mapToLong(Long::longValue).max().orElse(0);
    assertTrue(topActor > 0.15 * d.attacks().size(), "top actor " + topActor);
  }

  @Test
  void estimatesCoverEveryShape() {
    SplittableRandom rng = new SplittableRandom(3);
    List<Estimate> es = Stream.generate(() -> Generators.estimate(rng)).limit(5_000).toList();
    assertTrue(es.stream().anyMatch(e -> e.equals(Estimate.ZERO)), "zero");
    assertTrue(es.stream().anyMatch(Estimate::isUnknown), "unknown");
    assertTrue(es.stream().anyMatch(e -> e.isExact() && e.best() > 0 && e.best() <= 10), "small");
    assertTrue(es.stream().anyMatch(e -> e.best() != Math.rint(e.best())), "half");
    assertTrue(es.stream().anyMatch(e -> !e.isBounded() && !e.isUnknown() && e.low() == e.best()), ">=N");
    assertTrue(es.stream().anyMatch(e -> e.isBounded() && e.low() == e.best() && e.best() < e.high()), "A..B");
    assertTrue(es.stream().anyMatch(e -> e.isBounded() && e.low() < e.best() && e.best() < e.high()), "C[A..B]");
    assertTrue(es.stream().anyMatch(e -> !e.isBounded() && e.low() < e.best()), "C[A..]");
    assertTrue(es.stream().anyMatch(Estimate::isApproximate), "~");
    long exact = es.stream().filter(Estimate::isExact).count();
    assertTrue(exact > es.size() / 2, "mostly exact: " + exact);
    es.forEach(e -> assertEquals(e, Estimate.parse(e.toString()), "round trip " + e));
  }

  @Test
  void dateSpansCoverEveryPrecisionWithinYearsOneTo9999() {
    SplittableRandom rng = new SplittableRandom(4);
    List<DateSpan> spans = Stream.generate(() -> Generators.dateSpan(rng)).limit(5_000).toList();
    Set<DatePrecision> precisions = EnumSet.noneOf(DatePrecision.class);
    spans.forEach(s -> precisions.add(s.precision()));
    assertEquals(EnumSet.allOf(DatePrecision.class), precisions);
    long ordinary =
        spans.stream()
            .filter(s -> s.start().getYear() >= 1970 && s.endInclusive().getYear() <= 2031)
            .count();
    assertTrue(ordinary > 0.95 * spans.size(), "between 1970 and 2030: " + ordinary);
    assertTrue(ordinary < spans.size(), "some extreme dates");
    spans.forEach(
        s -> {
          assertFalse(s.start().isBefore(LocalDate.of(1, 1, 1)), s::toString);
          assertFalse(s.endInclusive().isAfter(LocalDate.of(9999, 12, 31)), s::toString);
        });
  }

  @Test
  void textIsNeverBlankAndIsSometimesAwkward() {
    SplittableRandom rng = new SplittableRandom(5);
    List<String> texts = Stream.generate(() -> Generators.text(rng)).limit(5_000).toList();
    texts.forEach(t -> assertFalse(t.isBlank(), "blank text"));
    for (String awkward : List.of(",", "\"", "\n", "\r\n", "“", "’", "—", "ع")) {
      assertTrue(texts.stream().anyMatch(t -> t.contains(awkward)), "no text with " + awkward);
    }
    for (String prefix : List.of("=", "+", "-", "@", " ")) {
      assertTrue(texts.stream().anyMatch(t -> t.startsWith(prefix)), "no text starting " + prefix);
    }
  }

  @Test
  void extraColumnsAreSnakeCaseNonCanonicalAndNonEmpty() {
    Dataset d = Generators.dataset(new SplittableRandom(6), DatasetSettings.ofSize(2_000));
    List<Map<String, String>> extras =
        Stream.of(
                d.attacks().stream().map(Attack::extras),
                d.responses().stream().map(Response::extras),
                d.bases().stream().map(b -> b.extras()),
                d.tallies().stream().map(t -> t.extras()))
            .flatMap(Function.identity())
            .filter(m -> !m.isEmpty())
            .toList();
    assertTrue(extras.size() > 100, "records with extras: " + extras.size());
    extras.forEach(
        m ->
            m.forEach(
                (k, v) -> {
                  assertTrue(SNAKE.matcher(k).matches(), k);
                  assertFalse(CANONICAL.contains(k), k);
                  assertFalse(v.isBlank(), k);
                }));
  }

  @Test
  void recordGeneratorsMakeValidRecords() {
    SplittableRandom rng = new SplittableRandom(8);
    for (int i = 0; i < 500; i++) {
      Incident a = Generators.attack(rng, "a" + i);
      assertEquals("a" + i, a.id());
      Response r = Generators.response(rng, "r" + i, List.of("a1", "a2"));
      assertTrue(List.of("a1", "a2").containsAll(r.inResponseTo()));
      assertEquals("b" + i, Generators.base(rng, "b" + i).id());
      assertEquals("t" + i, Generators.tally(rng, "t" + i).id());
      Generators.place(rng);
      Generators.actor(rng);
      Generators.method(rng);
      Generators.source(rng);
      Generators.country(rng);
    }
  }

  /** Some values have the feature and some do not: neither branch of the generator is dead. */
  private static <T> void sometimes(String feature, Collection<T> values, Predicate<? super T> has) {
    long n = values.stream().filter(has).count();
    assertTrue(n > 0 && n < values.size(), feature + ": " + n + " of " + values.size());
  }

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z -]+");

  @Test
  void everyOptionalFieldIsSometimesThereAndSometimesNot() {
    Dataset d = Generators.dataset(new SplittableRandom(11), DatasetSettings.ofSize(10_000));
    List<Attack> attacks = d.attacks();
    sometimes("attack time", attacks, a -> a.time().isPresent());
    sometimes("attack method", attacks, a -> a.method().isPresent());
    sometimes("attack base_id", attacks, a -> a.baseId().isPresent());
    sometimes("attack target", attacks, a -> a.target().isPresent());
    sometimes("attack victims", attacks, a -> a.victims().isPresent());
    sometimes("attack extras", attacks, a -> !a.extras().isEmpty());
    List<Response> responses = d.responses();
    sometimes("responder", responses, r -> r.responder().isPresent());
    sometimes("response method", responses, r -> r.method().isPresent());
    sometimes("target actor", responses, r -> r.targetActor().isPresent());
    sometimes("in_response_to", responses, r -> !r.inResponseTo().isEmpty());
    sometimes("in_response_to of several attacks", responses, r -> r.inResponseTo().size() > 1);
    assertTrue(responses.stream().allMatch(r -> r.inResponseTo().size() <= 3), "at most three");
    sometimes("response extras", responses, r -> !r.extras().isEmpty());
    List<Base> bases = d.bases();
    sometimes("base aliases", bases, b -> !b.aliases().isEmpty());
    sometimes("two aliases", bases, b -> b.aliases().size() == 2);
    for (Base b : bases) {
      assertTrue(b.aliases().size() <= 2 && Set.copyOf(b.aliases()).size() == b.aliases().size(), b::toString);
    }
    sometimes("base operator", bases, b -> b.operator().isPresent());
    List<Tally> tallies = d.tallies();
    sometimes("tally country", tallies, t -> t.country().isPresent());
    sometimes("tally attribution", tallies, t -> t.attribution().isPresent());
    sometimes("tally period", tallies, t -> t.asOf().isPresent());
    sometimes("tally since", tallies.stream().filter(t -> t.asOf().isPresent()).toList(), t -> t.since().isPresent());
    sometimes("tally extras", tallies, t -> !t.extras().isEmpty());

    List<Place> places = d.incidents().stream().map(Incident::place).toList();
    sometimes("country", places, p -> p.country().isPresent());
    sometimes("admin1", places, p -> p.admin1().isPresent());
    sometimes("location", places, p -> p.location().isPresent());
    sometimes("coordinates", places, p -> p.coordinates().isPresent());
    sometimes(
        "awkward location",
        places.stream().flatMap(p -> p.location().stream()).toList(),
        l -> !PLAIN.matcher(l).matches());

    List<Source> sources = d.incidents().stream().map(Incident::source).toList();
    long none = sources.stream().filter(Source::isEmpty).count();
    assertTrue(none > 0.1 * sources.size() && none < 0.3 * sources.size(), "about one source in five is none: " + none);
    List<Source> known = sources.stream().filter(s -> !s.isEmpty()).toList();
    sometimes("publisher", known, s -> s.publisher().isPresent());
    sometimes("source date", known, s -> s.date().isPresent());
    sometimes("document", known, s -> s.document().isPresent());
    sometimes(
        "a URL, otherwise a file name",
        known.stream().flatMap(s -> s.document().stream()).toList(),
        doc -> doc.startsWith("https://"));
    sometimes("quote", known, s -> s.quote().isPresent());
    sometimes(
        "quote offsets",
        known.stream().filter(s -> s.quote().isPresent()).toList(),
        s -> s.quoteStart().isPresent());

    List<Map<String, String>> extras =
        Stream.of(
                attacks.stream().map(Attack::extras),
                responses.stream().map(Response::extras),
                bases.stream().map(Base::extras),
                tallies.stream().map(Tally::extras))
            .flatMap(Function.identity())
            .filter(m -> !m.isEmpty())
            .toList();
    assertTrue(extras.stream().allMatch(m -> m.size() <= 3), "one to three extra columns");
    sometimes("several extra columns", extras, m -> m.size() > 1);
    sometimes("numeric extra values", extras.stream().flatMap(m -> m.values().stream()).toList(), v -> v.matches("\\d+"));
    sometimes("two-word extra names", extras.stream().flatMap(m -> m.keySet().stream()).toList(), k -> k.contains("_"));
  }

  @Test
  void drawsReachBeyondTheirSkewedTables() {
    SplittableRandom rng = new SplittableRandom(12);
    Set<Country> countries = Stream.generate(() -> Generators.country(rng)).limit(5_000).collect(Collectors.toSet());
    assertTrue(countries.size() > 40, "any assigned country now and then: " + countries.size());
    Set<Actor> actors = Stream.generate(() -> Generators.actor(rng)).limit(5_000).collect(Collectors.toSet());
    assertTrue(actors.size() > 20, "names in awkward text now and then: " + actors.size());
    List<Method> methods = Stream.generate(() -> Generators.method(rng)).limit(5_000).toList();
    sometimes("a method outside the vocabulary", methods, m -> !VOCABULARY.contains(m));
    Dataset d = Generators.dataset(rng, DatasetSettings.ofSize(5_000));
    long responders = d.responses().stream().flatMap(r -> r.responder().stream()).distinct().count();
    assertTrue(responders > 10, "responders in awkward text now and then: " + responders);

    List<Coordinates> points =
        Stream.generate(() -> Generators.place(rng)).limit(5_000).flatMap(p -> p.coordinates().stream()).toList();
    sometimes("a pole or the antimeridian", points,
        c -> Math.abs(c.latitude()) == 90 || Math.abs(c.longitude()) == 180);
    sometimes("inside the globe, off its axes", points, c -> Math.abs(c.latitude()) > 1
        && Math.abs(c.latitude()) < 89 && Math.abs(c.longitude()) > 1 && Math.abs(c.longitude()) < 179);
    for (Coordinates c : points) {
      for (double x : new double[] {c.latitude(), c.longitude()}) {
        assertEquals(Math.rint(x * 1e6), x * 1e6, 1e-3, "six decimals: " + c);
      }
    }
  }

  private static final Set<Method> VOCABULARY =
      Set.of(Method.DRONE, Method.ROCKET, Method.MISSILE, Method.MORTAR, Method.IED, Method.AIRSTRIKE,
          Method.DRONE_STRIKE, Method.SMALL_ARMS, Method.UNKNOWN);

  @Test
  void numbersAndDatesHaveEveryDocumentedShapeInTheDocumentedProportions() {
    SplittableRandom rng = new SplittableRandom(13);
    List<Estimate> es = Stream.generate(() -> Generators.estimate(rng)).limit(5_000).toList();
    sometimes(
        "exact counts in the hundreds or thousands",
        es.stream().filter(Estimate::isExact).toList(),
        e -> e.best() > 10 && e.best() == Math.rint(e.best()));
    sometimes(
        "ranges wider than one",
        es.stream().filter(e -> e.isBounded() && e.low() == e.best() && e.best() < e.high()).toList(),
        e -> e.high() - e.low() > 1);
    sometimes("approximate at least", es, e -> e.isApproximate() && !e.isBounded());
    // every uncertain shape is common, as in real data: at least one in twenty uncertain estimates
    List<Estimate> uncertain = es.stream().filter(e -> !e.isExact()).toList();
    Map<String, Predicate<Estimate>> shapes = new LinkedHashMap<>();
    shapes.put(">=N", e -> !e.isBounded() && e.low() == e.best() && !e.isUnknown());
    shapes.put("A..B wider than one", e -> e.isBounded() && e.low() == e.best() && e.high() - e.low() > 1);
    shapes.put("C[A..B]", e -> e.isBounded() && e.low() < e.best());
    shapes.put("C[A..]", e -> !e.isBounded() && e.low() < e.best());
    shapes.put("~N", e -> e.isApproximate() && e.low() == e.high());
    shapes.put("unknown", Estimate::isUnknown);
    shapes.forEach((shape, is) -> {
      long n = uncertain.stream().filter(is).count();
      assertTrue(n >= 0.05 * uncertain.size(), shape + ": " + n + " of " + uncertain.size());
    });
    List<DateSpan> spans = Stream.generate(() -> Generators.dateSpan(rng)).limit(5_000).toList();
    long days = spans.stream().filter(s -> s.precision() == DatePrecision.DAY).count();
    assertTrue(days > 0.5 * spans.size() && days < spans.size(), "mostly single days: " + days);
  }

  @Test
  void textMixesPlainWordsAndAwkwardPiecesInUpToFourParts() {
    SplittableRandom rng = new SplittableRandom(14);
    List<String> texts = Stream.generate(() -> Generators.text(rng)).limit(5_000).toList();
    List<String> plain = texts.stream().filter(t -> PLAIN.matcher(t).matches()).toList();
    long severalWords = plain.stream().filter(t -> t.chars().filter(c -> c == ' ').count() >= 3).count();
    assertTrue(severalWords > 0.1 * texts.size(), "plain texts of several words: " + severalWords);
    sometimes("pieces joined by a semicolon", texts, t -> t.contains("; "));
    sometimes("an awkward first piece", texts, t -> t.strip().matches("(?s)[=+@-]?\".*"));
    sometimes("an awkward later piece", texts, t -> t.matches("(?s).*(; |, |\n)\".*"));
    sometimes("a plain last piece", texts, t -> t.strip().matches("(?s).+; [a-z]+"));
  }

  @Test
  void tallyPeriodsStayWithinTheSupportedYears() {
    SplittableRandom rng = new SplittableRandom(15);
    LocalDate first = LocalDate.of(1, 1, 1);
    LocalDate last = LocalDate.of(9999, 12, 31);
    List<Tally> tallies = Stream.iterate(1, i -> i + 1).limit(20_000).map(i -> Generators.tally(rng, "t" + i)).toList();
    for (Tally t : tallies) {
      for (LocalDate day : Stream.concat(t.since().stream(), t.asOf().stream()).toList()) {
        assertFalse(day.isBefore(first) || day.isAfter(last), t::toString);
      }
    }
    sometimes("a period ending on the last day", tallies, t -> t.asOf().equals(java.util.Optional.of(last)));
  }

  @Test
  void weightedTablesDrawEachValueInProportionToItsWeight() {
    Generators.Weighted<String> w = Generators.Weighted.of("a", 3, "b", 1, "c", 2);
    // a generator that runs through every value below the bound in turn
    RandomGenerator everyValue =
        new RandomGenerator() {
          private int next;

          @Override
          public long nextLong() {
            throw new UnsupportedOperationException();
          }

          @Override
          public int nextInt(int bound) {
            return next++ % bound;
          }
        };
    List<String> drawn = Stream.generate(() -> w.draw(everyValue)).limit(12).toList();
    assertEquals(List.of("a", "a", "a", "b", "c", "c", "a", "a", "a", "b", "c", "c"), drawn);
  }
}
