package org.attackstats.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collector;
import org.attackstats.testing.LawViolation.Law;

/**
 * Checks that a {@link Collector} is a mergeable summary: that partial results from chunks, threads
 * or machines combine to the one-pass answer. Over many generated inputs it checks
 *
 * <ul>
 *   <li>{@linkplain Law#ASSOCIATIVITY associativity}: splitting the input at every point (or at 20
 *       random points for long inputs) and at random pairs of points, and combining the parts'
 *       accumulators in either grouping, gives the one-pass result;
 *   <li>{@linkplain Law#IDENTITY identity}: combining with an empty accumulator on either side
 *       changes nothing, and two empty accumulators give the result of no input;
 *   <li>{@linkplain Law#COMMUTATIVITY commutativity}: combining the parts in swapped order gives the
 *       same result;
 *   <li>{@linkplain Law#ORDER_INDEPENDENCE order independence}: a shuffled input gives the same
 *       result.
 * </ul>
 *
 * <p>The last two are skipped for {@link #ordered() ordered} collectors such as {@code toList()}.
 * The first violation throws a {@link LawViolation} naming the law and the seed of the example.
 *
 * <pre>{@code
 * CollectorLaws.of(
 *         Estimate.toTotal(),
 *         rng -> Stream.generate(() -> Generators.estimate(rng)).limit(rng.nextInt(40)).toList())
 *     .check();
 * }</pre>
 *
 * <p>Instances are immutable; each {@code with...} method returns a new checker. Example {@code i}
 * (counting from 0) uses the seed {@code seed + i}, so every run with the same settings checks the
 * same inputs.
 *
 * @param <T> the input element type
 * @param <R> the result type
 */
public final class CollectorLaws<T, R> {

  private static final int EVERY_SPLIT_UP_TO = 20;

  private final Collector<T, Object, R> collector;
  private final Function<RandomGenerator, List<T>> inputs;
  private final int examples;
  private final long seed;
  private final boolean ordered;
  private final BiPredicate<R, R> equivalence;

  private CollectorLaws(
      Collector<T, Object, R> collector,
      Function<RandomGenerator, List<T>> inputs,
      int examples,
      long seed,
      boolean ordered,
      BiPredicate<R, R> equivalence) {
    this.collector = collector;
    this.inputs = inputs;
    this.examples = examples;
    this.seed = seed;
    this.ordered = ordered;
    this.equivalence = equivalence;
  }

  /**
   * A checker for a collector, over 200 inputs from the given generator, seed 1, all four laws,
   * results compared with {@code equals}.
   *
   * @param collector the collector to check
   * @param inputs makes one input list from the randomness it is given; lists of varied length,
   *     including empty ones, find the most
   * @param <T> the input element type
   * @param <R> the result type
   * @return the checker
   */
  @SuppressWarnings("unchecked")
  public static <T, R> CollectorLaws<T, R> of(
      Collector<T, ?, R> collector, Function<RandomGenerator, List<T>> inputs) {
    return new CollectorLaws<>(
        (Collector<T, Object, R>) Objects.requireNonNull(collector, "collector"),
        Objects.requireNonNull(inputs, "inputs"),
        200,
        1,
        false,
        Objects::equals);
  }

  /**
   * This checker with another number of examples.
   *
   * @param examples the number of inputs to generate, at least 1
   * @return the new checker
   * @throws IllegalArgumentException if {@code examples} is less than 1
   */
  public CollectorLaws<T, R> withExamples(int examples) {
    if (examples < 1) {
      throw new IllegalArgumentException("examples must be at least 1, got " + examples);
    }
    return new CollectorLaws<>(collector, inputs, examples, seed, ordered, equivalence);
  }

  /**
   * This checker with another first seed.
   *
   * @param seed the seed of the first example; a {@link LawViolation}'s seed reruns that example
   * @return the new checker
   */
  public CollectorLaws<T, R> withSeed(long seed) {
    return new CollectorLaws<>(collector, inputs, examples, seed, ordered, equivalence);
  }

  /**
   * This checker for a collector whose result legitimately depends on encounter order (such as
   * {@code toList()} or {@code joining()}): commutativity and order independence are not checked.
   *
   * @return the new checker
   */
  public CollectorLaws<T, R> ordered() {
    return new CollectorLaws<>(collector, inputs, examples, seed, true, equivalence);
  }

  /**
   * This checker comparing results with another equivalence, for example a tolerance for sums of
   * doubles.
   *
   * @param equivalence whether two results count as equal
   * @return the new checker
   */
  public CollectorLaws<T, R> withEquivalence(BiPredicate<R, R> equivalence) {
    return new CollectorLaws<>(
        collector, inputs, examples, seed, ordered, Objects.requireNonNull(equivalence));
  }

  /**
   * Runs the checks.
   *
   * @throws LawViolation at the first example that breaks a law
   */
  public void check() {
    for (int i = 0; i < examples; i++) {
      long s = seed + i;
      SplittableRandom rng = new SplittableRandom(s);
      List<T> input = List.copyOf(inputs.apply(rng));
      checkOne(s, input, rng);
    }
  }

  private void checkOne(long s, List<T> input, RandomGenerator rng) {
    int n = input.size();
    R expected = finish(fold(input));

    expect(Law.IDENTITY, s, n, "empty accumulator on the right", expected,
        finish(combine(fold(input), collector.supplier().get())));
    expect(Law.IDENTITY, s, n, "empty accumulator on the left", expected,
        finish(combine(collector.supplier().get(), fold(input))));
    expect(Law.IDENTITY, s, n, "two empty accumulators", finish(fold(List.of())),
        finish(combine(collector.supplier().get(), collector.supplier().get())));

    for (int k : splitPoints(n, rng)) {
      List<T> left = input.subList(0, k);
      List<T> right = input.subList(k, n);
      expect(Law.ASSOCIATIVITY, s, n, "split at " + k, expected,
          finish(combine(fold(left), fold(right))));
      if (!ordered) {
        expect(Law.COMMUTATIVITY, s, n, "split at " + k + ", right part first", expected,
            finish(combine(fold(right), fold(left))));
      }
    }
    for (int t = 0; t < 5 && n > 1; t++) {
      int i = rng.nextInt(n + 1);
      int j = rng.nextInt(i, n + 1);
      List<T> a = input.subList(0, i);
      List<T> b = input.subList(i, j);
      List<T> c = input.subList(j, n);
      expect(Law.ASSOCIATIVITY, s, n, "split at " + i + " and " + j + ", (a+b)+c", expected,
          finish(combine(combine(fold(a), fold(b)), fold(c))));
      expect(Law.ASSOCIATIVITY, s, n, "split at " + i + " and " + j + ", a+(b+c)", expected,
          finish(combine(fold(a), combine(fold(b), fold(c)))));
    }
    if (!ordered && n > 1) {
      List<T> shuffled = new ArrayList<>(input);
      Collections.shuffle(shuffled, new Random(rng.nextLong()));
      expect(Law.ORDER_INDEPENDENCE, s, n, "input shuffled", expected, finish(fold(shuffled)));
    }
  }

  private List<Integer> splitPoints(int n, RandomGenerator rng) {
    List<Integer> points = new ArrayList<>();
    if (n <= EVERY_SPLIT_UP_TO) {
      for (int k = 0; k <= n; k++) {
        points.add(k);
      }
    } else {
      points.add(0);
      points.add(n);
      for (int t = 0; t < EVERY_SPLIT_UP_TO; t++) {
        points.add(rng.nextInt(n + 1));
      }
    }
    return points;
  }

  private Object fold(List<T> part) {
    Object acc = collector.supplier().get();
    for (T t : part) {
      collector.accumulator().accept(acc, t);
    }
    return acc;
  }

  private Object combine(Object a, Object b) {
    return collector.combiner().apply(a, b);
  }

  private R finish(Object acc) {
    return collector.finisher().apply(acc);
  }

  private void expect(Law law, long s, int n, String how, R expected, R actual) {
    if (!equivalence.test(expected, actual)) {
      throw new LawViolation(law, s, n, how, expected, actual);
    }
  }
}
