package org.attackstats.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
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
import org.attackstats.model.Tally;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for our own property tests, built on {@link Generators}: each draws a
 * seed from QuickTheories and hands a {@link SplittableRandom} seeded with it to the generator
 * function, so a failing example is reproduced by QuickTheories' printed seed.
 *
 * <pre>{@code
 * qt().forAll(Qt.datasets(DatasetSettings.small())).check(d -> ...);
 * }</pre>
 */
public final class Qt {

  private Qt() {}

  /**
   * Any value a generator function makes, from a random seed.
   *
   * @param generator for example {@code Generators::estimate}
   * @param <T> the value type
   * @return the QuickTheories generator
   */
  public static <T> Gen<T> from(Function<RandomGenerator, T> generator) {
    return longs().all().map(seed -> generator.apply(new SplittableRandom(seed)));
  }

  /**
   * Datasets within the settings. The numbers of attacks and responses are drawn by QuickTheories,
   * so a failing dataset shrinks towards fewer incidents; the rest comes from a seed.
   *
   * @param settings sizes and probabilities
   * @return the generator
   */
  public static Gen<Dataset> datasets(DatasetSettings settings) {
    return integers()
        .between(settings.minAttacks(), settings.maxAttacks())
        .zip(
            integers().between(settings.minResponses(), settings.maxResponses()),
            longs().all(),
            (attacks, responses, seed) ->
                Generators.dataset(
                    new SplittableRandom(seed),
                    settings.toBuilder().attacks(attacks).responses(responses).build()))
        .describedAs(Dataset::toString);
  }

  /**
   * Small datasets, see {@link DatasetSettings#small()}.
   *
   * @return the generator
   */
  public static Gen<Dataset> datasets() {
    return datasets(DatasetSettings.small());
  }

  /** @return estimates, see {@link Generators#estimate} */
  public static Gen<Estimate> estimates() {
    return from(Generators::estimate);
  }

  /** @return date spans, see {@link Generators#dateSpan} */
  public static Gen<DateSpan> dateSpans() {
    return from(Generators::dateSpan);
  }

  /** @return countries, see {@link Generators#country} */
  public static Gen<Country> countries() {
    return from(Generators::country);
  }

  /** @return places, see {@link Generators#place} */
  public static Gen<Place> places() {
    return from(Generators::place);
  }

  /** @return actors, see {@link Generators#actor} */
  public static Gen<Actor> actors() {
    return from(Generators::actor);
  }

  /** @return methods, see {@link Generators#method} */
  public static Gen<Method> methods() {
    return from(Generators::method);
  }

  /** @return sources, see {@link Generators#source} */
  public static Gen<Source> sources() {
    return from(Generators::source);
  }

  /** @return free text, see {@link Generators#text} */
  public static Gen<String> texts() {
    return from(Generators::text);
  }

  /** @return attacks with id {@code a1} */
  public static Gen<Attack> attacks() {
    return from(rng -> Generators.attack(rng, "a1"));
  }

  /** @return responses with id {@code r1} that may answer attacks {@code a1} and {@code a2} */
  public static Gen<Response> responses() {
    return from(rng -> Generators.response(rng, "r1", List.of("a1", "a2")));
  }

  /** @return bases with id {@code b1} */
  public static Gen<Base> bases() {
    return from(rng -> Generators.base(rng, "b1"));
  }

  /** @return tallies with id {@code t1} */
  public static Gen<Tally> tallies() {
    return from(rng -> Generators.tally(rng, "t1"));
  }
}
