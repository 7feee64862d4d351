package org.attackstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The hand-written parsers of the hot reading path ({@link Estimate#parse}, the normalisation of
 * {@link Method} and {@link Actor} names) against their definitions as regular expressions, the
 * code they replaced: on any text, both give equal values, or both refuse it with the same message.
 */
class ParseOracleProperties {

  /** Texts near the grammars: their symbols, digits, whitespace of every kind and a few others. */
  private static Gen<String> texts(String alphabet, int maxLength) {
    return lists()
        .of(integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(0, maxLength)
        .map(
            l -> {
              StringBuilder sb = new StringBuilder();
              l.forEach(i -> sb.append(alphabet.charAt(i)));
              return sb.toString();
            });
  }

  private static final String ESTIMATE_SYMBOLS = "0123456789012345.~>=[]..  \t-+e,x\u0663\uff11";
  private static final String NAME_SYMBOLS = "aZz09_- -\t\n\r\u000B\f\u00a0\u2003\u0130\u00c9!.";

  @Test
  void estimatesParseAsTheRegexGrammarParses() {
    qt().withExamples(20_000)
        .forAll(texts(ESTIMATE_SYMBOLS, 14))
        .check(t -> same(t, Estimate::parse, ParseOracleProperties::regexEstimate));
  }

  @Test
  void longNumbersAndDecimalsParseAsTheRegexGrammarParses() {
    Gen<String> digits = texts("0123456789", 20);
    qt().forAll(digits, digits, integers().between(0, 4))
        .check(
            (a, b, shape) -> {
              String t =
                  switch (shape) {
                    case 0 -> a;
                    case 1 -> a + "." + b;
                    case 2 -> a + ".." + b;
                    case 3 -> ">=" + a + "." + b;
                    default -> b + "[" + a + "..]";
                  };
              return same(t, Estimate::parse, ParseOracleProperties::regexEstimate);
            });
  }

  @Test
  void methodNamesNormaliseAsTheRegexesDo() {
    qt().withExamples(20_000)
        .forAll(texts(NAME_SYMBOLS, 8))
        .check(t -> same(t, Method::of, ParseOracleProperties::regexMethod));
  }

  @Test
  void actorNamesNormaliseAsTheRegexDoes() {
    qt().withExamples(20_000)
        .forAll(texts(NAME_SYMBOLS, 8))
        .check(t -> same(t, Actor::of, ParseOracleProperties::regexActor));
  }

  private static <T> boolean same(
      String text, Function<String, T> parse, Function<String, T> oracle) {
    Object expected;
    try {
      expected = oracle.apply(text);
    } catch (IllegalArgumentException e) {
      expected = e.getMessage();
    }
    Object actual;
    try {
      actual = parse.apply(text);
    } catch (IllegalArgumentException e) {
      actual = e.getMessage();
    }
    assertEquals(expected, actual, () -> "'" + text + "'");
    return true;
  }

  // ---- the definitions, as the code before the hand-written parsers had them ----

  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
  private static final Pattern GRAMMAR =
      Pattern.compile(
          "(~)?(?:" + NUMBER + "|>=" + NUMBER + "|" + NUMBER + "\\.\\." + NUMBER + "|" + NUMBER
              + "\\[" + NUMBER + "\\.\\." + NUMBER + "?\\])");

  private static Estimate regexEstimate(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Estimate.unknown();
    }
    Matcher m = GRAMMAR.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "invalid estimate '"
              + text
              + "': expected N, >=N, A..B, C[A..B], C[A..] or ~ before any of them"
              + " (non-negative decimals without thousands separators), or empty for unknown");
    }
    boolean approx = m.group(1) != null;
    try {
      Estimate e;
      if (m.group(2) != null) {
        double n = number(m.group(2));
        e = Estimate.of(n, n, n);
      } else if (m.group(3) != null) {
        double n = number(m.group(3));
        e = Estimate.of(n, n, Double.POSITIVE_INFINITY);
      } else if (m.group(4) != null) {
        double a = number(m.group(4));
        double b = number(m.group(5));
        e = Estimate.of(a, a, b);
      } else {
        double c = number(m.group(6));
        double a = number(m.group(7));
        double b = m.group(8) == null ? Double.POSITIVE_INFINITY : number(m.group(8));
        e = Estimate.of(a, c, b);
      }
      return e.withApproximate(approx);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid estimate '" + text + "': " + e.getMessage(), e);
    }
  }

  private static double number(String digits) {
    int dot = digits.indexOf('.');
    if (dot >= 0 && digits.length() - dot - 1 > 3) {
      throw new IllegalArgumentException(
          "number " + digits + " has more than three decimal places");
    }
    double d = Double.parseDouble(digits);
    if (d > Estimate.MAX_VALUE) {
      throw new IllegalArgumentException(
          "number " + digits + " is larger than the maximum 1000000000000");
    }
    return d;
  }

  private static Method regexMethod(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    if (!n.matches("[a-z0-9]+(?:_[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "invalid method '"
              + name
              + "': expected a word of lower-case letters and digits, words joined by '_'"
              + " (for example drone, rocket, airstrike, drone_strike)");
    }
    return Method.of(n);
  }

  private static Actor regexActor(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("actor name must not be blank");
    }
    return Actor.of(name.strip().replaceAll("\\s+", " "));
  }
}
