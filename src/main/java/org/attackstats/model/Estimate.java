package org.attackstats.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collector;

/**
 * An uncertain, non-negative count: a lower bound, a best value and an upper bound that may be
 * unbounded, plus whether the source called it approximate.
 *
 * <p>Reports rarely give exact numbers. "Two" is {@code exact(2)}; "at least 60" is {@code
 * atLeast(60)} (best 60, no upper bound); "between 2 and 5" is {@code range(2, 5)} (best 2, the
 * conservative choice ACLED makes); a sourced best within bounds, as UCDP gives it, is {@code of(3,
 * 2, 7)}; "about 2,000" is {@code approximately(2000)}; a number nobody reported is {@link
 * #unknown()}, which is at least 0 with no upper bound and is never confused with 0.
 *
 * <p>The text form is one grammar, shared by {@link #toString()}, {@link #parse(CharSequence)} and
 * the canonical CSV cells:
 *
 * <table>
 *   <caption>Estimate grammar</caption>
 *   <tr><th>Text</th><th>low</th><th>best</th><th>high</th></tr>
 *   <tr><td>{@code 61}</td><td>61</td><td>61</td><td>61</td></tr>
 *   <tr><td>{@code >=60}</td><td>60</td><td>60</td><td>unbounded</td></tr>
 *   <tr><td>{@code 2..5}</td><td>2</td><td>2</td><td>5</td></tr>
 *   <tr><td>{@code 3[2..7]}</td><td>2</td><td>3</td><td>7</td></tr>
 *   <tr><td>{@code 3[2..]}</td><td>2</td><td>3</td><td>unbounded</td></tr>
 *   <tr><td>{@code ~900}</td><td>900</td><td>900</td><td>900 (approximate)</td></tr>
 *   <tr><td>empty or {@code >=0}</td><td>0</td><td>0</td><td>unbounded (unknown)</td></tr>
 * </table>
 *
 * <p>A leading {@code ~} may mark any form as approximate ({@code ~>=60}, {@code ~2..5}). Numbers
 * are plain non-negative decimals ({@code 1381.5}) with at most three decimal places, without sign,
 * exponent or thousands separators, and at most {@link #MAX_VALUE}. Values are held as exact
 * multiples of 0.001, so sums are exact and their order never matters. {@code toString()} picks the shortest form that parses back to an
 * equal estimate; for the unknown estimate it is {@code >=0}, while CSV writers use the empty cell.
 *
 * <p>Sums add each bound separately, so a total is never silently wrong: {@code
 * Estimate.parse("2").plus(Estimate.parse(">=60"))} is {@code >=62}. Instances are immutable.
 *
 * <p>Whatever factory makes them, the exact whole counts 0 to 255 and the unknown estimate are
 * shared instances, so that the millions of records of a large dataset holding them take no memory
 * for them; compare estimates with {@code equals}.
 */
public final class Estimate {

  /**
   * The largest value a bound may take: 10<sup>12</sup>, so that every value, in thousandths, is
   * an exact integer of a {@code double}.
   */
  public static final double MAX_VALUE = 1e12;

  /** Values are multiples of 1/SCALE. */
  private static final long SCALE = 1000;

  /** Exactly zero. */
  public static final Estimate ZERO = new Estimate(0, 0, 0, false);

  private static final Estimate UNKNOWN =
      new Estimate(0, 0, Double.POSITIVE_INFINITY, false);

  /** Shared exact counts 0 to 255. */
  private static final Estimate[] SMALL = new Estimate[256];

  /** Shared "at least n" for n from 0 to 255 ({@code AT_LEAST[0]} is the unknown estimate). */
  private static final Estimate[] AT_LEAST = new Estimate[256];

  /** The largest high bound of a shared range. */
  private static final int RANGE_LIMIT = 32;

  /**
   * Shared ranges {@code low..high} of whole numbers with {@code low < high <= RANGE_LIMIT}, at
   * {@code RANGES[high * (high - 1) / 2 + low]}: the small ranges that reports give most often.
   */
  private static final Estimate[] RANGES = new Estimate[RANGE_LIMIT * (RANGE_LIMIT + 1) / 2];

  static {
    SMALL[0] = ZERO;
    AT_LEAST[0] = UNKNOWN;
    for (int i = 1; i < SMALL.length; i++) {
      SMALL[i] = new Estimate(i, i, i, false);
      AT_LEAST[i] = new Estimate(i, i, Double.POSITIVE_INFINITY, false);
    }
    for (int high = 1; high <= RANGE_LIMIT; high++) {
      for (int low = 0; low < high; low++) {
        RANGES[high * (high - 1) / 2 + low] = new Estimate(low, low, high, false);
      }
    }
  }

  private final double low;
  private final double best;
  private final double high;
  private final boolean approximate;

  private Estimate(double low, double best, double high, boolean approximate) {
    this.low = low;
    this.best = best;
    this.high = high;
    this.approximate = approximate;
  }

  private static Estimate create(double low, double best, double high, boolean approximate) {
    low = checkValue("low", low);
    best = checkValue("best", best);
    if (high != Double.POSITIVE_INFINITY) {
      high = checkValue("high", high);
    }
    if (!(low <= best && best <= high)) {
      throw new IllegalArgumentException(
          "estimate bounds must satisfy low <= best <= high, got low="
              + format(low)
              + ", best="
              + format(best)
              + ", high="
              + format(high));
    }
    if (!approximate && low == best && low < SMALL.length && low == (int) low) {
      int l = (int) low;
      if (high == low) {
        return SMALL[l];
      }
      if (high == Double.POSITIVE_INFINITY) {
        return AT_LEAST[l];
      }
      if (high <= RANGE_LIMIT && high == (int) high) {
        int h = (int) high;
        return RANGES[h * (h - 1) / 2 + l];
      }
    }
    return new Estimate(low, best, high, approximate);
  }

  /**
   * The value as the nearest multiple of 0.001, or an exception if it is negative, too large, not
   * a number, or not within a rounding error of such a multiple.
   */
  private static double checkValue(String name, double value) {
    if (Double.isNaN(value) || value < 0 || value > MAX_VALUE) {
      throw new IllegalArgumentException(
          "estimate "
              + name
              + " must be a number between 0 and "
              + format(MAX_VALUE)
              + ", got "
              + value);
    }
    if (value == Math.rint(value)) {
      return value + 0.0; // a whole number is a multiple of 0.001 as it is (and -0.0 becomes 0.0)
    }
    double scaled = value * SCALE;
    double units = Math.rint(scaled);
    if (Math.abs(scaled - units) > 1e-6 * Math.max(1, units)) {
      throw new IllegalArgumentException(
          "estimate " + name + " must have at most three decimal places, got " + value);
    }
    return fromUnits((long) units);
  }

  private static long units(double value) {
    return Math.round(value * SCALE);
  }

  private static double fromUnits(long units) {
    return units / (double) SCALE;
  }

  private static double sum(long a, long b) {
    return fromUnits(a + b);
  }

  /**
   * An exact count.
   *
   * @param n the count, {@code 0 <= n <= MAX_VALUE}
   * @return the estimate {@code (n, n, n)}
   * @throws IllegalArgumentException if {@code n} is negative, not finite or too large
   */
  public static Estimate exact(double n) {
    return create(n, n, n, false);
  }

  /**
   * "At least {@code n}": best {@code n}, no upper bound.
   *
   * @param n the lower bound
   * @return the estimate {@code (n, n, unbounded)}
   */
  public static Estimate atLeast(double n) {
    return create(n, n, Double.POSITIVE_INFINITY, false);
  }

  /**
   * A range "{@code low} to {@code high}" whose best value is the conservative {@code low}.
   *
   * @param low the lower bound
   * @param high the upper bound, at least {@code low}
   * @return the estimate {@code (low, low, high)}
   */
  public static Estimate range(double low, double high) {
    return create(low, low, high, false);
  }

  /**
   * A best value within bounds, as UCDP reports deaths ({@code best}, {@code low}, {@code high}).
   *
   * <p>{@code Estimate.of(2, 3, 7)} is written {@code 3[2..7]}.
   *
   * @param low the lower bound
   * @param best the best value, {@code low <= best <= high}
   * @param high the upper bound; {@link Double#POSITIVE_INFINITY} for none
   * @return the estimate
   */
  public static Estimate of(double low, double best, double high) {
    return create(low, best, high, false);
  }

  /**
   * "About {@code n}": exact bounds, marked approximate.
   *
   * @param n the approximate count
   * @return the estimate {@code ~n}
   */
  public static Estimate approximately(double n) {
    return create(n, n, n, true);
  }

  /**
   * The count nobody reported: at least 0 with no upper bound. It is not zero.
   *
   * @return the unknown estimate
   */
  public static Estimate unknown() {
    return UNKNOWN;
  }

  /**
   * Parses the estimate grammar described in the class documentation. Surrounding whitespace is
   * ignored; the empty string is the unknown estimate.
   *
   * @param text the text, such as {@code "61"}, {@code ">=60"}, {@code "2..5"}, {@code "3[2..7]"}
   *     or {@code "~900"}
   * @return the estimate
   * @throws IllegalArgumentException naming the text and the valid forms if it does not parse
   */
  public static Estimate parse(CharSequence text) {
    String s = text.toString().strip();
    if (s.isEmpty()) {
      return UNKNOWN;
    }
    // ~? then N | >=N | A..B | C[A..B] | C[A..], N = \d+(\.\d+)? in ASCII digits, read from left to
    // right: after a number comes "..", '[', ']' or the end, so no choice ever has to be undone
    int n = s.length();
    boolean approx = s.charAt(0) == '~';
    int a0 = approx ? 1 : 0;
    boolean atLeast = s.startsWith(">=", a0);
    if (atLeast) {
      a0 += 2;
    }
    int a1 = numberEnd(s, a0);
    int b0 = -1; // the second and third numbers' bounds, -1 when absent
    int b1 = -1;
    int c0 = -1;
    int c1 = -1;
    boolean valid;
    if (a1 < 0 || a1 == n) {
      valid = a1 == n;
    } else if (atLeast) {
      valid = false;
    } else if (s.startsWith("..", a1)) {
      b0 = a1 + 2;
      b1 = numberEnd(s, b0);
      valid = b1 == n;
    } else if (s.charAt(a1) == '[') {
      b0 = a1 + 1;
      b1 = numberEnd(s, b0);
      valid = b1 > 0 && s.startsWith("..", b1) && s.charAt(n - 1) == ']';
      if (valid && b1 + 2 < n - 1) {
        c0 = b1 + 2;
        c1 = numberEnd(s, c0);
        valid = c1 == n - 1;
      } else {
        valid = valid && b1 + 2 == n - 1;
      }
    } else {
      valid = false;
    }
    if (!valid) {
      throw new IllegalArgumentException(
          "invalid estimate '"
              + text
              + "': expected N, >=N, A..B, C[A..B], C[A..] or ~ before any of them"
              + " (non-negative decimals without thousands separators), or empty for unknown");
    }
    try {
      double a = number(s, a0, a1);
      if (b0 < 0) {
        return create(a, a, atLeast ? Double.POSITIVE_INFINITY : a, approx);
      }
      double b = number(s, b0, b1);
      if (s.charAt(a1) == '.') {
        return create(a, a, b, approx); // A..B
      }
      return create(b, a, c0 < 0 ? Double.POSITIVE_INFINITY : number(s, c0, c1), approx); // C[A..B]
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid estimate '" + text + "': " + e.getMessage(), e);
    }
  }

  /** The end of the number {@code \d+(\.\d+)?} that starts at {@code from}, or -1 if none does. */
  private static int numberEnd(String s, int from) {
    int i = digitsEnd(s, from);
    if (i == from) {
      return -1;
    }
    if (i + 1 < s.length() && s.charAt(i) == '.') {
      int j = digitsEnd(s, i + 1);
      if (j > i + 1) {
        return j;
      }
    }
    return i;
  }

  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** The number {@code s[from, to)}: at most three decimal places, at most {@link #MAX_VALUE}. */
  private static double number(String s, int from, int to) {
    double d;
    if (to - from <= 15 && digitsEnd(s, from) == to) {
      long v = 0; // a whole number of at most 15 digits: exact in a double, as parseDouble reads it
      for (int i = from; i < to; i++) {
        v = v * 10 + (s.charAt(i) - '0');
      }
      d = v;
    } else {
      String digits = s.substring(from, to);
      int dot = digits.indexOf('.');
      if (dot >= 0 && digits.length() - dot - 1 > 3) {
        throw new IllegalArgumentException("number " + digits + " has more than three decimal places");
      }
      d = Double.parseDouble(digits);
    }
    if (d > MAX_VALUE) {
      throw new IllegalArgumentException(
          "number " + s.substring(from, to) + " is larger than the maximum " + format(MAX_VALUE));
    }
    return d;
  }

  /**
   * The sum of two estimates: bounds and best values add; the sum is approximate if either is.
   *
   * @param other the estimate to add
   * @return {@code this + other}
   * @throws IllegalArgumentException if a bound of the sum exceeds {@link #MAX_VALUE}
   */
  public Estimate plus(Estimate other) {
    if (other == ZERO) {
      return this;
    }
    if (this == ZERO) {
      return other;
    }
    double h =
        isBounded() && other.isBounded() ? sum(units(high), units(other.high)) : Double.POSITIVE_INFINITY;
    return create(
        sum(units(low), units(other.low)), sum(units(best), units(other.best)), h,
        approximate || other.approximate);
  }

  /**
   * The total of many estimates. The total of nothing is {@link #ZERO}: zero incidents carry zero
   * casualties, which is a known quantity, unlike {@link #unknown()}.
   *
   * <pre>{@code Estimate.total(List.of(Estimate.exact(29), Estimate.exact(32))) // 61}</pre>
   *
   * @param estimates the estimates to add, possibly none
   * @return their sum, or {@code ZERO} if there are none
   */
  public static Estimate total(Iterable<Estimate> estimates) {
    long lo = 0;
    long be = 0;
    long hi = 0;
    boolean bounded = true;
    boolean approx = false;
    for (Estimate e : estimates) {
      // MAX_VALUE in thousandths is 10^15: no long overflows before the check in create
      lo = Math.min(lo + units(e.low), Long.MAX_VALUE / 4);
      be = Math.min(be + units(e.best), Long.MAX_VALUE / 4);
      if (e.isBounded()) {
        hi = Math.min(hi + units(e.high), Long.MAX_VALUE / 4);
      } else {
        bounded = false;
      }
      approx |= e.approximate;
    }
    return create(fromUnits(lo), fromUnits(be), bounded ? fromUnits(hi) : Double.POSITIVE_INFINITY, approx);
  }

  /**
   * The total of the given estimates; see {@link #total(Iterable)}.
   *
   * @param estimates the estimates, possibly none
   * @return their sum, or {@code ZERO} if there are none
   */
  public static Estimate total(Estimate... estimates) {
    return total(java.util.Arrays.asList(estimates));
  }

  /**
   * A collector of the {@link #total(Iterable) total} of estimates; an empty stream gives {@link
   * #ZERO}.
   *
   * @return the collector
   */
  public static Collector<Estimate, ?, Estimate> toTotal() {
    return Collector.of(
        () -> new Estimate[] {ZERO},
        (acc, e) -> acc[0] = acc[0].plus(e),
        (a, b) -> new Estimate[] {a[0].plus(b[0])},
        acc -> acc[0],
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The lower bound.
   *
   * @return the lower bound, at least 0
   */
  public double low() {
    return low;
  }

  /**
   * The best value, between the bounds.
   *
   * @return the best value
   */
  public double best() {
    return best;
  }

  /**
   * The upper bound, or {@link Double#POSITIVE_INFINITY} when there is none.
   *
   * @return the upper bound
   * @see #highIfBounded()
   */
  public double high() {
    return high;
  }

  /**
   * The upper bound if there is one.
   *
   * @return the upper bound, or empty when unbounded
   */
  public OptionalDouble highIfBounded() {
    return isBounded() ? OptionalDouble.of(high) : OptionalDouble.empty();
  }

  /**
   * Whether the source called the number approximate ("about", "some", "nearly").
   *
   * @return true if approximate
   */
  public boolean isApproximate() {
    return approximate;
  }

  /**
   * Whether the upper bound is finite.
   *
   * @return true if bounded
   */
  public boolean isBounded() {
    return high != Double.POSITIVE_INFINITY;
  }

  /**
   * Whether low, best and high are equal and the number is not approximate.
   *
   * @return true if exact
   */
  public boolean isExact() {
    return !approximate && low == high;
  }

  /**
   * Whether this is the unknown estimate: at least 0, unbounded, not approximate.
   *
   * @return true if unknown
   */
  public boolean isUnknown() {
    return !approximate && low == 0 && best == 0 && !isBounded();
  }

  /**
   * Whether {@code value} lies within the bounds.
   *
   * @param value the value to test
   * @return {@code low <= value <= high}
   */
  public boolean contains(double value) {
    return low <= value && value <= high;
  }

  /**
   * This estimate marked approximate, or not.
   *
   * @param approximate the flag
   * @return an estimate with the same bounds and the given flag
   */
  public Estimate withApproximate(boolean approximate) {
    return approximate == this.approximate ? this : create(low, best, high, approximate);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Estimate)) {
      return false;
    }
    Estimate e = (Estimate) o;
    return low == e.low && best == e.best && high == e.high && approximate == e.approximate;
  }

  @Override
  public int hashCode() {
    int h = Double.hashCode(low);
    h = 31 * h + Double.hashCode(best);
    h = 31 * h + Double.hashCode(high);
    return 31 * h + (approximate ? 1 : 0);
  }

  /**
   * The canonical text form: the shortest form of the grammar that parses back to an equal
   * estimate, such as {@code 61}, {@code >=60}, {@code 2..5}, {@code 3[2..7]}, {@code ~900}; the
   * unknown estimate is {@code >=0}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    String prefix = approximate ? "~" : "";
    if (low == best && best == high) {
      return prefix + format(low);
    }
    if (low == best) {
      return isBounded()
          ? prefix + format(low) + ".." + format(high)
          : prefix + ">=" + format(low);
    }
    return prefix
        + format(best)
        + "["
        + format(low)
        + ".."
        + (isBounded() ? format(high) : "")
        + "]";
  }

  /**
   * The CSV cell form: {@link #toString()}, except the empty string for the unknown estimate.
   *
   * @return the cell text
   */
  public String toCell() {
    return isUnknown() ? "" : toString();
  }

  static String format(double d) {
    if (d == Double.POSITIVE_INFINITY) {
      return "unbounded";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e18) {
      return Long.toString((long) d);
    }
    String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    return s.toLowerCase(Locale.ROOT);
  }
}
