package org.attackstats.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Coordinates;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;

/**
 * Random, valid values of every model type and whole datasets, driven by a {@link RandomGenerator}
 * so that any test tool can use them: QuickTheories, jqwik or a plain seeded loop (see {@code
 * docs/testing.md}).
 *
 * <pre>{@code
 * RandomGenerator rng = new SplittableRandom(42);
 * Dataset d = Generators.dataset(rng, DatasetSettings.small());
 * Estimate injured = Generators.estimate(rng);
 * }</pre>
 *
 * <p>The values look like real data, with its awkward parts: numbers are mostly small exact counts
 * (zeros included, some in the hundreds or thousands, some halves such as {@code 1381.5}) and
 * otherwise at least, ranges, best within bounds, approximate or unknown; dates are mostly single
 * days between 1970 and 2030, and sometimes spans, months, years or extreme days in years 1 to
 * 9999; a few countries (IQ, SY, YE, LB) and actors dominate, as they do in conflict data; text
 * sometimes needs CSV quoting; some records carry one to three extra columns whose names never
 * collide with the canonical ones.
 *
 * <p>Every method is deterministic: the same generator state gives an equal value. Methods that take
 * no {@link DatasetSettings} use the probabilities of {@link DatasetSettings#small()}.
 */
public final class Generators {

  private static final DatasetSettings DEFAULTS = DatasetSettings.small();

  /** The columns of the canonical CSV files, which extra columns must not take. */
  private static final Set<String> CANONICAL_COLUMNS =
      Set.of(
          "id", "date_start", "date_end", "date_precision", "time", "country", "admin1",
          "location", "latitude", "longitude", "base_id", "target", "perpetrator", "method",
          "munitions", "injured", "killed", "victims", "source", "source_date", "source_url",
          "quote", "quote_start", "quote_end", "notes", "responder", "target_actor",
          "in_response_to", "name", "aliases", "operator", "personnel", "metric", "value", "since",
          "as_of", "subject", "attribution");

  private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);
  private static final LocalDate LAST_ORDINARY = LocalDate.of(2030, 12, 31);
  private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private static final Weighted<String> COUNTRIES =
      Weighted.of(
          "IQ", 32, "SY", 26, "YE", 14, "LB", 10, "IL", 3, "PS", 2, "JO", 2, "IR", 2, "SA", 2,
          "AF", 1, "SO", 1, "ML", 1, "NG", 1, "UA", 1, "XK", 1);

  private static final Weighted<String> PERPETRATORS =
      Weighted.of(
          "Islamic Resistance in Iraq", 30, "Kata'ib Hezbollah", 20, "Ansar Allah (Houthis)", 14,
          "Hezbollah", 10, "Harakat al-Nujaba", 6, "Kata'ib Sayyid al-Shuhada", 4,
          "Islamic State", 4, "Unidentified armed group", 4, "al-Shabaab", 2, "Hamas", 2);

  private static final Weighted<String> RESPONDERS =
      Weighted.of(
          "United States", 60, "Israel", 20, "United Kingdom", 8, "Iran", 5, "Iraq", 4,
          "Jordan", 3);

  private static final Weighted<Method> METHODS =
      Weighted.of(
          Method.DRONE, 30, Method.ROCKET, 25, Method.MISSILE, 8, Method.MORTAR, 6, Method.IED, 4,
          Method.SMALL_ARMS, 4, Method.AIRSTRIKE, 8, Method.DRONE_STRIKE, 6, Method.UNKNOWN, 9);

  private static final List<String> PUBLISHERS =
      List.of("Reuters", "AP", "AFP", "Shafaq News", "ACLED", "GTD", "UCDP GED", "Pentagon");

  private static final List<String> WORDS =
      List.of(
          "base", "convoy", "drone", "rocket", "strike", "Ain al-Asad", "al-Tanf", "Erbil",
          "Abu Kamal", "Mayadin", "Conoco", "Green Village", "patrol", "airfield", "depot",
          "injured", "minor", "traumatic brain injury", "reported", "claimed", "Deir ez-Zor",
          "Anbar", "Baghdad", "Hasakah", "Sanaa", "Hodeidah");

  private static final List<String> AWKWARD =
      List.of(
          "a, b", "\"quoted\"", "say \"\"twice\"\"", "line\nbreak", "crlf\r\nbreak", "semi;colon",
          "tab\there", "pipe | bar", "“curly” quotes", "em—dash", "it’s", "عين الأسد",
          "قاعدة التنف", "Ḥarakat", "emoji \uD83D\uDE80", "back\\slash", "'single'", "#hash");

  private static final List<String> FORMULA_PREFIXES = List.of("=", "+", "-", "@");

  private static final List<String> EXTRA_WORDS =
      List.of(
          "event", "tracker", "row", "batch", "origin", "confidence", "reviewer", "flag", "geo",
          "tag", "note", "code", "acled", "gtd", "ucdp", "import", "legacy", "fatality", "x");

  private Generators() {}

  /**
   * An estimate: mostly an exact count, otherwise at least, a range, best within bounds (with and
   * without upper bound), approximate ({@code ~N}, now and then another shape marked approximate,
   * such as {@code ~>=60}) or unknown.
   *
   * @param rng the source of randomness
   * @return the estimate
   */
  public static Estimate estimate(RandomGenerator rng) {
    return new Draw(rng, DEFAULTS).estimate();
  }

  /**
   * A date span: mostly a single day between 1970 and 2030, otherwise a span of up to 60 days, a
   * month or a year; about one in a hundred lies anywhere in years 1 to 9999.
   *
   * @param rng the source of randomness
   * @return the span
   */
  public static DateSpan dateSpan(RandomGenerator rng) {
    return new Draw(rng, DEFAULTS).dateSpan();
  }

  /**
   * A country, skewed as conflict data is: Iraq, Syria, Yemen and Lebanon make up most draws, a tail
   * of others the rest, and about one in twenty is any assigned country.
   *
   * @param rng the source of randomness
   * @return the country
   */
  public static Country country(RandomGenerator rng) {
    return new Draw(rng, DEFAULTS).country();
  }

  /**
   * A place: usually a country (absent in about one in twenty), sometimes a first-level division,
   * a location name and coordinates (in six decimals, now and then on a pole or the antimeridian).
   *
   * @param rng the source of randomness
   * @return the place
   */
  public static Place place(RandomGenerator rng) {
    return new Draw(rng, DEFAULTS).place();
  }

  /**
   * A perpetrator of attacks, skewed: a few armed groups dominate; sometimes a name in awkward text.
   *
   * @param rng the source of randomness
   * @return the actor
   */
  public static Actor actor(RandomGenerator rng) {
    return new Draw(rng, DEFAULTS).perpetrator();
  }

  /**
   * A method, skewed towards drones and rockets; sometimes a word outside the documented vocabulary.
   *
   * @param rng the source of randomness
   * @return the method
   */
  public static Method method(RandomGenerator rng) {
    return new Draw(rng, DEFAULTS).method();
  }

  /**
   * A source: sometimes {@link Source#none()}, usually a publisher, date and document, sometimes a
   * quote, with character offsets in most of those cases.
   *
   * @param rng the source of randomness
   * @return the source
   */
  public static Source source(RandomGenerator rng) {
    return new Draw(rng, DEFAULTS).source();
  }

  /**
   * Free text that is never blank: usually one to six plain words, sometimes text that needs CSV
   * quoting or escaping (commas, double quotes, CR/LF line breaks, a leading {@code =}, {@code +},
   * {@code -} or {@code @}, curly quotes and dashes, Arabic script, surrounding spaces), in up to
   * four pieces joined by spaces, commas, semicolons or line breaks.
   *
   * @param rng the source of randomness
   * @return the text
   */
  public static String text(RandomGenerator rng) {
    return new Draw(rng, DEFAULTS).text();
  }

  /**
   * An attack with every field drawn, no {@code base_id} (a lone attack has no bases to refer to).
   *
   * @param rng the source of randomness
   * @param id the attack's id
   * @return the attack
   * @throws IllegalArgumentException if the id is not a valid id
   */
  public static Attack attack(RandomGenerator rng, String id) {
    return new Draw(rng, DEFAULTS).attack(id, List.of());
  }

  /**
   * A response answering none, some or all of the given attacks (at most three).
   *
   * @param rng the source of randomness
   * @param id the response's id
   * @param attackIds ids of attacks it may answer, possibly none
   * @return the response
   * @throws IllegalArgumentException if an id is not a valid id
   */
  public static Response response(RandomGenerator rng, String id, List<String> attackIds) {
    return new Draw(rng, DEFAULTS).response(id, List.copyOf(attackIds));
  }

  /**
   * A base, with up to two distinct aliases.
   *
   * @param rng the source of randomness
   * @param id the base's id
   * @return the base
   * @throws IllegalArgumentException if the id is not a valid id
   */
  public static Base base(RandomGenerator rng, String id) {
    return new Draw(rng, DEFAULTS).base(id);
  }

  /**
   * A reported tally.
   *
   * @param rng the source of randomness
   * @param id the tally's id
   * @return the tally
   * @throws IllegalArgumentException if the id is not a valid id
   */
  public static Tally tally(RandomGenerator rng, String id) {
    return new Draw(rng, DEFAULTS).tally(id);
  }

  /**
   * A valid dataset of the size and messiness the settings give: unique ids ({@code a1}, {@code
   * r1}, {@code b1}, {@code t1}, ...), attacks whose {@code base_id} names one of its bases (the
   * first bases more often), responses whose {@code in_response_to} lists some of its attacks.
   *
   * @param rng the source of randomness
   * @param settings sizes and probabilities
   * @return the dataset
   */
  public static Dataset dataset(RandomGenerator rng, DatasetSettings settings) {
    return new Draw(rng, Objects.requireNonNull(settings, "settings")).dataset();
  }

  /** One generation run: the randomness and the settings that every draw consults. */
  private static final class Draw {
    private final RandomGenerator rng;
    private final DatasetSettings settings;

    Draw(RandomGenerator rng, DatasetSettings settings) {
      this.rng = Objects.requireNonNull(rng, "rng");
      this.settings = settings;
    }

    boolean chance(double p) {
      return rng.nextDouble() < p;
    }

    <T> T pick(List<T> values) {
      return values.get(rng.nextInt(values.size()));
    }

    int between(int min, int max) {
      return min == max ? min : rng.nextInt(min, max + 1);
    }

    /**
     * One of several categories, from one uniform draw: 0 below the first threshold, 1 below the
     * second, and so on; {@code thresholds.length} above the last.
     */
    int category(double... thresholds) {
      double r = rng.nextDouble();
      int i = 0;
      while (i < thresholds.length && r >= thresholds[i]) {
        i++;
      }
      return i;
    }

    /** A day from {@code first} to {@code last}, inclusive, uniformly. */
    LocalDate dayBetween(LocalDate first, LocalDate last) {
      return LocalDate.ofEpochDay(rng.nextLong(first.toEpochDay(), last.toEpochDay() + 1));
    }

    // ---- numbers ----

    double count() {
      switch (category(0.3, 0.8, 0.95)) {
        case 0:
          return 0;
        case 1:
          return rng.nextInt(1, 11);
        case 2:
          return rng.nextInt(11, 2001);
        default:
          return rng.nextInt(0, 5000) + 0.5;
      }
    }

    Estimate estimate() {
      if (!chance(settings.uncertainty())) {
        return Estimate.exact(count());
      }
      double a = count();
      double b = a + count();
      double c = b + count();
      Estimate e;
      switch (rng.nextInt(7)) {
        case 0:
          e = Estimate.atLeast(a);
          break;
        case 1:
          e = b > a ? Estimate.range(a, b) : Estimate.range(a, a + 1);
          break;
        case 2:
          e = Estimate.of(a, b, c);
          break;
        case 3:
          e = Estimate.of(a, b, Double.POSITIVE_INFINITY);
          break;
        case 4:
        case 5:
          e = Estimate.approximately(a);
          break;
        default:
          return Estimate.unknown();
      }
      return chance(0.1) ? e.withApproximate(true) : e;
    }

    // ---- dates ----

    LocalDate day() {
      if (chance(settings.extremeDates())) {
        switch (rng.nextInt(3)) {
          case 0:
            return FIRST;
          case 1:
            return LAST;
          default:
            return dayBetween(FIRST, LAST);
        }
      }
      return dayBetween(EPOCH, LAST_ORDINARY);
    }

    DateSpan dateSpan() {
      LocalDate d = day();
      switch (category(0.65, 0.85, 0.95)) {
        case 0:
          return DateSpan.ofDay(d);
        case 1:
          LocalDate end = d.plusDays(rng.nextInt(1, 61));
          return DateSpan.of(d, end.isAfter(LAST) ? LAST : end);
        case 2:
          return DateSpan.ofMonth(YearMonth.from(d));
        default:
          return DateSpan.ofYear(Year.from(d));
      }
    }

    // ---- places, actors, methods ----

    Country country() {
      if (chance(0.05)) {
        return pick(Country.all());
      }
      return Country.of(COUNTRIES.draw(rng));
    }

    Place place() {
      Place p = chance(0.95) ? Place.of(country()) : Place.unknown();
      if (chance(0.5)) {
        p = p.withAdmin1(name());
      }
      if (chance(0.5)) {
        p = p.withLocation(name());
      }
      if (chance(0.4)) {
        p = p.withCoordinates(coordinates());
      }
      return p;
    }

    Coordinates coordinates() {
      if (chance(0.02)) {
        return Coordinates.of(pick(List.of(-90.0, 0.0, 90.0)), pick(List.of(-180.0, 0.0, 180.0)));
      }
      return Coordinates.of(round6(rng.nextDouble(-90, 90)), round6(rng.nextDouble(-180, 180)));
    }

    static double round6(double d) {
      return Math.round(d * 1e6) / 1e6;
    }

    Actor perpetrator() {
      return Actor.of(chance(0.05) ? text() : PERPETRATORS.draw(rng));
    }

    Actor responder() {
      return Actor.of(chance(0.05) ? text() : RESPONDERS.draw(rng));
    }

    Method method() {
      if (chance(0.03)) {
        return Method.of(pick(EXTRA_WORDS) + "_" + pick(EXTRA_WORDS));
      }
      return METHODS.draw(rng);
    }

    // ---- text ----

    /** A short name: plain usually, awkward with the settings' probability. */
    String name() {
      return chance(settings.awkwardText()) ? awkward() : pick(WORDS);
    }

    /** Free text: plain words usually, awkward with the settings' probability. */
    String text() {
      if (chance(settings.awkwardText())) {
        return awkward();
      }
      int n = between(1, 6);
      StringBuilder sb = new StringBuilder(pick(WORDS));
      for (int i = 1; i < n; i++) {
        sb.append(' ').append(pick(WORDS));
      }
      return sb.toString();
    }

    String awkward() {
      StringBuilder sb = new StringBuilder();
      if (chance(0.3)) {
        sb.append(pick(FORMULA_PREFIXES));
      }
      sb.append(chance(0.5) ? pick(AWKWARD) : pick(WORDS));
      int n = between(0, 3);
      for (int i = 0; i < n; i++) {
        sb.append(pick(List.of(" ", ", ", "; ", "\n", "\r\n"))).append(chance(0.5) ? pick(AWKWARD) : pick(WORDS));
      }
      String s = sb.toString();
      return chance(0.2) ? "  " + s + " " : s;
    }

    Optional<String> maybeText(double p) {
      return chance(p) ? Optional.of(text()) : Optional.empty();
    }

    // ---- provenance and extras ----

    Source source() {
      if (chance(0.2)) {
        return Source.none();
      }
      String document =
          chance(0.5)
              ? "https://example.org/news/" + rng.nextInt(1_000_000)
              : String.format(Locale.ROOT, "%03d_%08x.txt", rng.nextInt(1000), rng.nextInt());
      Source s =
          Source.of(
              chance(0.8) ? pick(PUBLISHERS) : null,
              chance(0.7) ? day() : null,
              chance(0.9) ? document : null);
      if (chance(0.3)) {
        String quote = text();
        if (chance(0.7)) {
          int start = rng.nextInt(0, 20_000);
          s = s.withQuote(quote, start, start + quote.length());
        } else {
          s = s.withQuote(quote);
        }
      }
      return s;
    }

    Map<String, String> extras() {
      if (!chance(settings.extras())) {
        return Map.of();
      }
      Map<String, String> extras = new LinkedHashMap<>();
      int n = between(1, 3);
      while (extras.size() < n) {
        String column = extraColumn();
        if (!CANONICAL_COLUMNS.contains(column)) {
          extras.put(column, chance(0.5) ? Integer.toString(rng.nextInt(1000)) : text());
        }
      }
      return extras;
    }

    String extraColumn() {
      String column = pick(EXTRA_WORDS);
      return chance(0.7) ? column + "_" + pick(EXTRA_WORDS) : column;
    }

    // ---- records ----

    Optional<LocalTime> time() {
      return chance(0.2)
          ? Optional.of(LocalTime.of(rng.nextInt(24), rng.nextInt(60)))
          : Optional.empty();
    }

    Attack attack(String id, List<String> baseIds) {
      Attack.Builder b =
          Attack.builder(id, dateSpan())
              .time(time().orElse(null))
              .place(place())
              .target(maybeText(0.5).orElse(null))
              .perpetrator(chance(0.8) ? perpetrator() : null)
              .method(chance(0.85) ? method() : null)
              .munitions(estimate())
              .injured(estimate())
              .killed(estimate())
              .victims(maybeText(0.2).orElse(null))
              .source(source())
              .notes(maybeText(0.3).orElse(null));
      if (!baseIds.isEmpty() && chance(0.6)) {
        // the first bases are targeted more often: min of two uniform draws
        b.baseId(baseIds.get(Math.min(rng.nextInt(baseIds.size()), rng.nextInt(baseIds.size()))));
      }
      extras().forEach(b::extra);
      return b.build();
    }

    Response response(String id, List<String> attackIds) {
      List<String> answered = new ArrayList<>();
      if (!attackIds.isEmpty() && chance(0.6)) {
        Set<String> ids = new LinkedHashSet<>();
        int n = between(1, Math.min(3, attackIds.size()));
        while (ids.size() < n) {
          ids.add(pick(attackIds));
        }
        answered.addAll(ids);
      }
      Response.Builder b =
          Response.builder(id, dateSpan())
              .time(time().orElse(null))
              .place(place())
              .responder(chance(0.9) ? responder() : null)
              .method(chance(0.85) ? method() : null)
              .munitions(estimate())
              .target(maybeText(0.5).orElse(null))
              .targetActor(chance(0.6) ? perpetrator() : null)
              .injured(estimate())
              .killed(estimate())
              .inResponseTo(answered)
              .source(source())
              .notes(maybeText(0.3).orElse(null));
      extras().forEach(b::extra);
      return b.build();
    }

    Base base(String id) {
      List<String> aliases = new ArrayList<>();
      int n = between(0, 2);
      for (int i = 0; i < n; i++) {
        String alias = name().replace('|', '/').strip();
        if (!alias.isBlank() && !aliases.contains(alias)) {
          aliases.add(alias);
        }
      }
      return new Base(
          id,
          name() + " base",
          aliases,
          place(),
          chance(0.5) ? Optional.of(responder()) : Optional.empty(),
          estimate(),
          source(),
          maybeText(0.3),
          extras());
    }

    Tally tally(String id) {
      Tally t =
          Tally.of(id, pick(List.of(TallyMetric.values())), estimate())
              .withCountry(chance(0.6) ? country() : null)
              .withSubject(maybeText(0.5).orElse(null), chance(0.5) ? pick(PUBLISHERS) : null)
              .withSource(source());
      if (chance(0.7)) {
        LocalDate since = day();
        LocalDate asOf = since.plusDays(rng.nextInt(0, 400));
        t = t.withPeriod(chance(0.8) ? since : null, asOf.isAfter(LAST) ? LAST : asOf);
      }
      return new Tally(
          t.id(), t.metric(), t.value(), t.country(), t.since(), t.asOf(), t.subject(),
          t.attribution(), t.source(), extras());
    }

    Dataset dataset() {
      int bases = between(settings.minBases(), settings.maxBases());
      int attacks = between(settings.minAttacks(), settings.maxAttacks());
      int responses = between(settings.minResponses(), settings.maxResponses());
      int tallies = between(settings.minTallies(), settings.maxTallies());
      List<Base> baseList = new ArrayList<>(bases);
      List<String> baseIds = new ArrayList<>(bases);
      for (int i = 1; i <= bases; i++) {
        Base b = base("b" + i);
        baseList.add(b);
        baseIds.add(b.id());
      }
      List<Attack> attackList = new ArrayList<>(attacks);
      List<String> attackIds = new ArrayList<>(attacks);
      for (int i = 1; i <= attacks; i++) {
        Attack a = attack("a" + i, baseIds);
        attackList.add(a);
        attackIds.add(a.id());
      }
      List<Response> responseList = new ArrayList<>(responses);
      for (int i = 1; i <= responses; i++) {
        responseList.add(response("r" + i, attackIds));
      }
      List<Tally> tallyList = new ArrayList<>(tallies);
      for (int i = 1; i <= tallies; i++) {
        tallyList.add(tally("t" + i));
      }
      return Dataset.of(attackList, responseList, baseList, tallyList);
    }
  }

  /** A fixed list of values with integer weights, drawn in proportion to the weights. */
  static final class Weighted<T> {
    private final List<T> values;
    private final int[] cumulative;

    private Weighted(List<T> values, int[] cumulative) {
      this.values = values;
      this.cumulative = cumulative;
    }

    /** Alternating value, weight, value, weight, ... */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> of(Object... valuesAndWeights) {
      List<T> values = new ArrayList<>();
      int[] cumulative = new int[valuesAndWeights.length / 2];
      int total = 0;
      for (int i = 0; i < valuesAndWeights.length; i += 2) {
        values.add((T) valuesAndWeights[i]);
        total += (Integer) valuesAndWeights[i + 1];
        cumulative[i / 2] = total;
      }
      return new Weighted<>(List.copyOf(values), cumulative);
    }

    T draw(RandomGenerator rng) {
      int r = rng.nextInt(cumulative[cumulative.length - 1]);
      int i = 0;
      while (cumulative[i] <= r) {
        i++;
      }
      return values.get(i);
    }
  }
}
