package org.attackstats.bench;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
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
 * A generated dataset shaped like a conflict-event export: 20 countries of unequal weight, ten
 * years of dates (85% exact days, 8% short spans, 5% months, 2% years), casualty numbers of every
 * estimate shape, 80% attacks and 20% responses. Deterministic for a seed. Places, sources, small
 * estimates and the ids attacks give of their bases are shared between records, as the canonical
 * CSV loader shares repeated values.
 */
final class BenchData {

  static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
  static final int DAYS = 3652;
  static final List<Country> COUNTRIES =
      List.of("IQ", "SY", "YE", "AF", "SO", "NG", "ML", "LY", "UA", "PK", "SD", "CD", "BF", "MZ",
              "LB", "IL", "JO", "IR", "TR", "EG")
          .stream()
          .map(Country::of)
          .toList();
  private static final List<Method> METHODS =
      List.of(Method.DRONE, Method.ROCKET, Method.MISSILE, Method.MORTAR, Method.IED,
          Method.AIRSTRIKE, Method.DRONE_STRIKE, Method.SMALL_ARMS);
  private static final String[] ADMIN1 = {"North", "South", "East", "West", "Capital", "Coast"};

  private BenchData() {}

  static Dataset generate(int n, long seed) {
    return new Chunks(seed).next(n);
  }

  /**
   * The same incidents as {@link #generate(int, long)}, in consecutive chunks, so that a file larger
   * than the heap can be written a chunk at a time: the chunks of sizes n1, n2, ... hold, together,
   * the dataset {@code generate(n1 + n2 + ..., seed)}; each chunk holds the 50 bases.
   */
  static final class Chunks {
    private final SplittableRandom rng;
    private final List<Actor> actors = new ArrayList<>();
    private final Actor us = Actor.of("United States");
    private final Source source = Source.of("generated", FIRST, "bench");
    private final List<Base> bases = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private int first;

    Chunks(long seed) {
      rng = new SplittableRandom(seed);
      for (int i = 0; i < 12; i++) {
        actors.add(Actor.of("Group " + i));
      }
      for (int i = 0; i < 50; i++) {
        bases.add(new Base("base" + i, "Base " + i, List.of(), Place.of(COUNTRIES.get(i % 20)),
            Optional.empty(), Estimate.unknown(), Source.none(), Optional.empty(), Map.of()));
      }
      for (Country c : COUNTRIES) {
        for (String a : ADMIN1) {
          places.add(Place.of(c).withAdmin1(c.code() + " " + a));
        }
      }
    }

    /** The next n incidents, numbered on from the previous chunk, with the bases. */
    Dataset next(int n) {
      List<Attack> attacks = new ArrayList<>(n);
      List<Response> responses = new ArrayList<>(n / 4);
      for (int i = first; i < first + n; i++) {
        // skewed country choice: the first countries are the most frequent
        int c = (int) (COUNTRIES.size() * Math.pow(rng.nextDouble(), 2));
        Place place = places.get(c * ADMIN1.length + rng.nextInt(ADMIN1.length));
        DateSpan date = span(rng);
        Method method = METHODS.get(rng.nextInt(METHODS.size()));
        if (rng.nextInt(5) != 0) {
          attacks.add(
              Attack.builder("a" + i, date)
                  .place(place)
                  .baseId(rng.nextInt(4) == 0 ? bases.get(rng.nextInt(50)).id() : null)
                  .perpetrator(rng.nextInt(3) == 0 ? null : actors.get(rng.nextInt(actors.size())))
                  .method(method)
                  .injured(estimate(rng))
                  .killed(estimate(rng))
                  .munitions(estimate(rng))
                  .source(source)
                  .build());
        } else {
          responses.add(
              Response.builder("r" + i, date)
                  .place(place)
                  .responder(us)
                  .method(method)
                  .injured(estimate(rng))
                  .killed(estimate(rng))
                  .munitions(estimate(rng))
                  .source(source)
                  .build());
        }
      }
      first += n;
      return Dataset.of(attacks, responses, bases, List.of());
    }
  }

  private static DateSpan span(SplittableRandom rng) {
    LocalDate d = FIRST.plusDays(rng.nextInt(DAYS));
    int p = rng.nextInt(100);
    if (p < 85) {
      return DateSpan.ofDay(d);
    } else if (p < 93) {
      return DateSpan.of(d, d.plusDays(1 + rng.nextInt(6)));
    } else if (p < 98) {
      return DateSpan.ofMonth(YearMonth.from(d));
    }
    return DateSpan.ofYear(Year.from(d));
  }

  private static Estimate estimate(SplittableRandom rng) {
    int a = rng.nextInt(6);
    int p = rng.nextInt(10);
    if (p < 6) {
      return Estimate.exact(a);
    } else if (p < 8) {
      return Estimate.unknown();
    } else if (p < 9) {
      return Estimate.atLeast(a);
    }
    return Estimate.range(a, a + 1 + rng.nextInt(5));
  }
}
