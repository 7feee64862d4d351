package org.attackstats.stats;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;

/**
 * A small random dataset generator for the statistics laws: few countries, admin1s, methods and
 * actors so that groups collide; dates of every precision; estimates of every shape.
 */
public final class StatsGen {

  static final LocalDate FIRST = LocalDate.of(2023, 9, 1);
  static final int DAYS = 240;
  static final List<Country> COUNTRIES = List.of(Country.of("IQ"), Country.of("SY"), Country.of("JO"));
  private static final List<String> ADMIN1 = List.of("Al Anbar", "Baghdad", "Homs");
  private static final List<Method> METHODS = List.of(Method.DRONE, Method.ROCKET, Method.AIRSTRIKE);
  private static final List<String> BASES = List.of("b1", "b2");

  private StatsGen() {}

  /**
   * A random dataset of at most {@code maxIncidents} attacks and responses.
   *
   * @param seed the seed
   * @param maxIncidents the most incidents
   * @return the dataset
   */
  public static Dataset dataset(long seed, int maxIncidents) {
    Random rng = new Random(seed);
    int n = rng.nextInt(maxIncidents + 1);
    List<Attack> attacks = new ArrayList<>();
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DateSpan date = span(rng);
      Place place = place(rng);
      Optional<Method> method = rng.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(rng, METHODS));
      if (rng.nextBoolean()) {
        Attack.Builder b =
            Attack.builder("a" + i, date)
                .place(place)
                .method(method.orElse(null))
                .injured(estimate(rng))
                .killed(estimate(rng))
                .munitions(estimate(rng))
                .source(Source.of("gen", null, "doc" + i));
        if (rng.nextBoolean()) {
          b.baseId(pick(rng, BASES));
        }
        if (rng.nextBoolean()) {
          b.perpetrator(Actor.of(rng.nextBoolean() ? "Group A" : "Group B"));
        }
        attacks.add(b.build());
      } else {
        responses.add(
            Response.builder("r" + i, date)
                .place(place)
                .method(method.orElse(null))
                .responder(rng.nextInt(3) == 0 ? null : Actor.of("United States"))
                .injured(estimate(rng))
                .killed(estimate(rng))
                .munitions(estimate(rng))
                .build());
      }
    }
    List<Base> bases = new ArrayList<>();
    for (String id : BASES) {
      bases.add(
          new Base(id, id, List.of(), Place.of(COUNTRIES.get(0)), Optional.empty(),
              Estimate.unknown(), Source.none(), Optional.empty(), Map.of()));
    }
    return Dataset.of(attacks, responses, bases, List.of());
  }

  static <T> T pick(Random rng, List<T> values) {
    return values.get(rng.nextInt(values.size()));
  }

  static LocalDate day(Random rng) {
    return FIRST.plusDays(rng.nextInt(DAYS));
  }

  static DateSpan span(Random rng) {
    LocalDate d = day(rng);
    switch (rng.nextInt(6)) {
      case 0:
        return DateSpan.of(d, d.plusDays(1 + rng.nextInt(40)));
      case 1:
        return DateSpan.of(d, d.plusDays(1 + rng.nextInt(6)));
      case 2:
        return DateSpan.ofMonth(YearMonth.from(d));
      case 3:
        return rng.nextInt(4) == 0 ? DateSpan.ofYear(Year.from(d)) : DateSpan.ofDay(d);
      default:
        return DateSpan.ofDay(d);
    }
  }

  /** A period inside or around the generated dates. */
  static DateSpan period(Random rng) {
    LocalDate a = FIRST.minusDays(20).plusDays(rng.nextInt(DAYS + 40));
    return DateSpan.of(a, a.plusDays(rng.nextInt(rng.nextBoolean() ? 10 : 150)));
  }

  private static Place place(Random rng) {
    if (rng.nextInt(6) == 0) {
      return Place.unknown();
    }
    Place p = Place.of(pick(rng, COUNTRIES));
    return rng.nextBoolean() ? p.withAdmin1(pick(rng, ADMIN1)) : p;
  }

  static Estimate estimate(Random rng) {
    int a = rng.nextInt(5);
    int b = a + rng.nextInt(4);
    switch (rng.nextInt(6)) {
      case 0:
        return Estimate.unknown();
      case 1:
        return Estimate.atLeast(a);
      case 2:
        return Estimate.range(a, b);
      case 3:
        return Estimate.approximately(a);
      case 4:
        return Estimate.of(a, b, b + rng.nextInt(3));
      default:
        return Estimate.exact(a);
    }
  }

  /**
   * A larger dataset of many incidents in few partitions and shapes (one or two countries, mostly
   * single days over {@link #DAYS} days), so that one span class holds thousands of rows: the
   * shape in which the index counts estimates by code before adding them. Values are few or many
   * (then codes need more than a byte): injured from 4 or from 600 values, targets from 3 or from
   * 400 texts.
   *
   * @param seed the seed
   * @param maxIncidents the most incidents
   * @return the dataset
   */
  public static Dataset denseDataset(long seed, int maxIncidents) {
    Random rng = new Random(seed);
    int n = rng.nextInt(maxIncidents + 1);
    List<Country> countries = COUNTRIES.subList(0, 1 + rng.nextInt(2));
    boolean responses = rng.nextBoolean();
    int injuredValues = rng.nextBoolean() ? 4 : 600;
    int targets = rng.nextBoolean() ? 3 : 400;
    List<Attack> attacks = new ArrayList<>();
    List<Response> rs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate d = day(rng);
      DateSpan date = rng.nextInt(10) == 0 ? span(rng) : DateSpan.ofDay(d);
      Place place = Place.of(pick(rng, countries));
      if (rng.nextBoolean()) {
        place = place.withAdmin1(pick(rng, ADMIN1));
      }
      Method method = rng.nextInt(5) == 0 ? null : pick(rng, METHODS);
      Estimate injured =
          rng.nextInt(8) == 0 ? Estimate.atLeast(rng.nextInt(3)) : Estimate.exact(rng.nextInt(injuredValues));
      Estimate killed = rng.nextInt(6) == 0 ? Estimate.unknown() : Estimate.exact(rng.nextInt(3));
      String target = rng.nextInt(3) == 0 ? null : "target " + rng.nextInt(targets);
      if (!responses || rng.nextInt(4) != 0) {
        attacks.add(
            Attack.builder("a" + i, date)
                .place(place)
                .method(method)
                .target(target)
                .perpetrator(rng.nextBoolean() ? Actor.of("Group " + rng.nextInt(3)) : null)
                .injured(injured)
                .killed(killed)
                .munitions(Estimate.exact(rng.nextInt(2)))
                .build());
      } else {
        rs.add(
            Response.builder("r" + i, date)
                .place(place)
                .method(method)
                .target(target)
                .responder(Actor.of("United States"))
                .injured(injured)
                .killed(killed)
                .build());
      }
    }
    return Dataset.of(attacks, rs, List.of(), List.of());
  }
}
