package org.attackstats.testing;

import java.util.Locale;

/**
 * Thrown by {@link CollectorLaws} and {@link MergeLaws} when an aggregate breaks a law: names the
 * law, the seed that regenerates the failing example, the input size, what was expected and what
 * came out.
 *
 * <p>It is an {@link AssertionError}, so test frameworks report it as a failed test.
 */
public final class LawViolation extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** The laws a mergeable aggregate must obey. */
  public enum Law {
    /** Splitting the input anywhere and combining the parts gives the one-pass result. */
    ASSOCIATIVITY,
    /** Combining the parts in swapped order gives the same result. */
    COMMUTATIVITY,
    /** Combining with an empty accumulator (or the identity value) changes nothing. */
    IDENTITY,
    /** Shuffling the input does not change the result. */
    ORDER_INDEPENDENCE
  }

  private final Law law;
  private final long seed;
  private final int inputSize;
  private final String expected;
  private final String actual;

  LawViolation(Law law, long seed, int inputSize, String how, Object expected, Object actual) {
    super(
        String.format(
            Locale.ROOT,
            "%s violated with seed %d (input of %d elements, %s): expected %s but got %s;"
                + " rerun this example with withSeed(%dL).withExamples(1)",
            law.name().toLowerCase(Locale.ROOT).replace('_', ' '),
            seed,
            inputSize,
            how,
            expected,
            actual,
            seed));
    this.law = law;
    this.seed = seed;
    this.inputSize = inputSize;
    this.expected = String.valueOf(expected);
    this.actual = String.valueOf(actual);
  }

  /**
   * The law that was broken.
   *
   * @return the law
   */
  public Law law() {
    return law;
  }

  /**
   * The seed that regenerates the failing example: the input generator was given {@code new
   * SplittableRandom(seed)}.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of input elements (for {@link MergeLaws}, the number of values merged).
   *
   * @return the size
   */
  public int inputSize() {
    return inputSize;
  }

  /**
   * The expected result, as text.
   *
   * @return {@code String.valueOf} the expected result
   */
  public String expected() {
    return expected;
  }

  /**
   * The result that broke the law, as text.
   *
   * @return {@code String.valueOf} the actual result
   */
  public String actual() {
    return actual;
  }
}
