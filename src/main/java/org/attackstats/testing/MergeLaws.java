package org.attackstats.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.attackstats.testing.LawViolation.Law;

/**
 * Checks that a merge of immutable results, with an identity value, is a commutative monoid: for
 * generated values {@code a}, {@code b}, {@code c},
 *
 * <ul>
 *   <li>{@linkplain Law#ASSOCIATIVITY associativity}: {@code merge(merge(a, b), c)} equals {@code
 *       merge(a, merge(b, c))};
 *   <li>{@linkplain Law#IDENTITY identity}: {@code merge(a, identity)} and {@code merge(identity,
 *       a)} equal {@code a};
 *   <li>{@linkplain Law#COMMUTATIVITY commutativity}: {@code merge(a, b)} equals {@code merge(b,
 *       a)}, unless the checker is {@link #ordered() ordered}.
 * </ul>
 *
 * <pre>{@code
 * MergeLaws.of(Estimate::plus, Estimate.ZERO, Generators::estimate).check();
 * }</pre>
 *
 * <p>Instances are immutable. Example {@code i} draws its three values from {@code new
 * SplittableRandom(seed + i)}.
 *
 * @param <R> the result type
 */
public final class MergeLaws<R> {

  private final BinaryOperator<R> merge;
  private final R identity;
  private final Function<RandomGenerator, R> values;
  private final int examples;
  private final long seed;
  private final boolean ordered;

  private MergeLaws(
      BinaryOperator<R> merge,
      R identity,
      Function<RandomGenerator, R> values,
      int examples,
      long seed,
      boolean ordered) {
    this.merge = merge;
    this.identity = identity;
    this.values = values;
    this.examples = examples;
    this.seed = seed;
    this.ordered = ordered;
  }

  /**
   * A checker over 200 examples, seed 1, all three laws, results compared with {@code equals}.
   *
   * @param merge the merge
   * @param identity the value that merges to no change (the result of no input)
   * @param values makes one value from the randomness it is given
   * @param <R> the result type
   * @return the checker
   */
  public static <R> MergeLaws<R> of(
      BinaryOperator<R> merge, R identity, Function<RandomGenerator, R> values) {
    return new MergeLaws<>(
        Objects.requireNonNull(merge, "merge"),
        Objects.requireNonNull(identity, "identity"),
        Objects.requireNonNull(values, "values"),
        200,
        1,
        false);
  }

  /**
   * This checker with another number of examples.
   *
   * @param examples the number of examples, at least 1
   * @return the new checker
   * @throws IllegalArgumentException if {@code examples} is less than 1
   */
  public MergeLaws<R> withExamples(int examples) {
    if (examples < 1) {
      throw new IllegalArgumentException("examples must be at least 1, got " + examples);
    }
    return new MergeLaws<>(merge, identity, values, examples, seed, ordered);
  }

  /**
   * This checker with another first seed.
   *
   * @param seed the seed of the first example
   * @return the new checker
   */
  public MergeLaws<R> withSeed(long seed) {
    return new MergeLaws<>(merge, identity, values, examples, seed, ordered);
  }

  /**
   * This checker for a merge that legitimately depends on order: commutativity is not checked.
   *
   * @return the new checker
   */
  public MergeLaws<R> ordered() {
    return new MergeLaws<>(merge, identity, values, examples, seed, true);
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
      R a = values.apply(rng);
      R b = values.apply(rng);
      R c = values.apply(rng);
      expect(Law.IDENTITY, s, 1, "merge(a, identity)", a, merge.apply(a, identity));
      expect(Law.IDENTITY, s, 1, "merge(identity, a)", a, merge.apply(identity, a));
      expect(Law.ASSOCIATIVITY, s, 3, "merge(merge(a, b), c) against merge(a, merge(b, c))",
          merge.apply(merge.apply(a, b), c), merge.apply(a, merge.apply(b, c)));
      if (!ordered) {
        expect(Law.COMMUTATIVITY, s, 2, "merge(a, b) against merge(b, a)",
            merge.apply(a, b), merge.apply(b, a));
      }
    }
  }

  private static <R> void expect(Law law, long s, int n, String how, R expected, R actual) {
    if (!Objects.equals(expected, actual)) {
      throw new LawViolation(law, s, n, how, expected, actual);
    }
  }
}
