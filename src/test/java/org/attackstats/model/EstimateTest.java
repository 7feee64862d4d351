package org.attackstats.model;

import static org.attackstats.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EstimateTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  private static void assertBounds(Estimate e, double low, double best, double high, boolean approx) {
    assertEquals(low, e.low(), "low of " + e);
    assertEquals(best, e.best(), "best of " + e);
    assertEquals(high, e.high(), "high of " + e);
    assertEquals(approx, e.isApproximate(), "approximate of " + e);
  }

  @Test
  void grammarFormsParseToTheDocumentedBounds() {
    assertBounds(Estimate.parse("61"), 61, 61, 61, false);
    assertBounds(Estimate.parse(">=60"), 60, 60, INF, false);
    assertBounds(Estimate.parse("2..5"), 2, 2, 5, false);
    assertBounds(Estimate.parse("3[2..7]"), 2, 3, 7, false);
    assertBounds(Estimate.parse("3[2..]"), 2, 3, INF, false);
    assertBounds(Estimate.parse("~900"), 900, 900, 900, true);
    assertBounds(Estimate.parse("~>=60"), 60, 60, INF, true);
    assertBounds(Estimate.parse("1381.5"), 1381.5, 1381.5, 1381.5, false);
    assertBounds(Estimate.parse(""), 0, 0, INF, false);
    assertBounds(Estimate.parse("  7 "), 7, 7, 7, false);
  }

  @Test
  void factoriesMatchTheGrammar() {
    assertEquals(Estimate.parse("61"), Estimate.exact(61));
    assertEquals(Estimate.parse(">=60"), Estimate.atLeast(60));
    assertEquals(Estimate.parse("2..5"), Estimate.range(2, 5));
    assertEquals(Estimate.parse("3[2..7]"), Estimate.of(2, 3, 7));
    assertEquals(Estimate.parse("3[2..]"), Estimate.of(2, 3, INF));
    assertEquals(Estimate.parse("~2000"), Estimate.approximately(2000));
    assertEquals(Estimate.parse(""), Estimate.unknown());
    assertEquals(Estimate.parse(">=0"), Estimate.unknown());
  }

  @Test
  void toStringIsTheShortestCanonicalForm() {
    assertEquals("61", Estimate.exact(61).toString());
    assertEquals(">=60", Estimate.atLeast(60).toString());
    assertEquals("2..5", Estimate.range(2, 5).toString());
    assertEquals("3[2..7]", Estimate.of(2, 3, 7).toString());
    assertEquals("3[2..]", Estimate.of(2, 3, INF).toString());
    assertEquals("~900", Estimate.approximately(900).toString());
    assertEquals("1381.5", Estimate.exact(1381.5).toString());
    assertEquals("4", Estimate.parse("4..4").toString());
    assertEquals("4", Estimate.parse("4[4..4]").toString());
    assertEquals(">=4", Estimate.parse("4[4..]").toString());
    assertEquals("2..5", Estimate.parse("2[2..5]").toString());
    assertEquals(">=0", Estimate.unknown().toString());
    assertEquals("", Estimate.unknown().toCell());
    assertEquals("0", Estimate.ZERO.toCell());
    assertEquals("12", Estimate.parse("012").toString());
    assertEquals("1.5", Estimate.parse("1.50").toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-1", "1,200", "1e5", "abc", ">60", "=>60", "5..2", "3[4..7]", "8[2..7]", "~", "1..", "..5",
        "2 .. 5", ">= 60", "NaN", "Infinity", "1.", ".5", "~~5", "3[2..7", "10000000000000000",
        "0.1234", "1000000000001"
      })
  void invalidTextIsRejectedWithTheValueAndTheValidForms(String text) {
    assertRejected(() -> Estimate.parse(text), "invalid estimate '" + text + "'");
  }

  @Test
  void boundsOutOfOrderNameAllThreeValues() {
    assertRejected(() -> Estimate.of(5, 3, 7), "low <= best <= high", "low=5, best=3, high=7");
    assertRejected(() -> Estimate.of(5, 3, INF), "low=5, best=3, high=unbounded");
    assertRejected(() -> Estimate.range(5, 2), "low=5, best=5, high=2");
    assertRejected(() -> Estimate.exact(-1), "estimate low must be a number between 0 and 1000000000000, got -1.0");
    assertRejected(() -> Estimate.exact(Double.NaN), "estimate low", "got NaN");
    assertRejected(() -> Estimate.exact(INF), "estimate low", "got Infinity");
    assertRejected(() -> Estimate.of(1, 2, 2.0001), "estimate high must have at most three decimal places, got 2.0001");
  }

  @Test
  void everyWholeCountIsAnExactEstimate() {
    for (int n = 0; n <= 1000; n++) {
      Estimate e = Estimate.exact(n);
      assertBounds(e, n, n, n, false);
      assertTrue(e.isExact(), e::toString);
      assertEquals(Integer.toString(n), e.toString());
      assertEquals(e, Estimate.parse(Integer.toString(n)));
      assertEquals(e, Estimate.range(n, n));
    }
  }

  @Test
  void smallWholeCountsAndTheUnknownEstimateAreSharedWhateverMadeThem() {
    for (int n = 0; n < 256; n++) {
      Estimate e = Estimate.exact(n);
      assertSame(e, Estimate.parse(Integer.toString(n)), "parse " + n);
      assertSame(e, Estimate.range(n, n), "range " + n);
      assertSame(e, Estimate.of(n, n, n), "of " + n);
      assertSame(e, Estimate.approximately(n).withApproximate(false), "withApproximate " + n);
    }
    assertSame(Estimate.ZERO, Estimate.total());
    assertSame(Estimate.exact(61), Estimate.exact(29).plus(Estimate.exact(32)));
    assertSame(Estimate.unknown(), Estimate.parse(">=0"));
    assertSame(Estimate.unknown(), Estimate.atLeast(0));
    assertSame(Estimate.unknown(), Estimate.of(0, 0, INF));
    assertSame(Estimate.unknown(), Estimate.unknown().withApproximate(true).withApproximate(false));
    assertSame(Estimate.unknown(), Estimate.ZERO.plus(Estimate.unknown()).plus(Estimate.unknown()));
  }

  @Test
  void valuesRunFromZeroToTheMaximumWithThreeDecimals() {
    Estimate max = Estimate.exact(Estimate.MAX_VALUE);
    assertEquals("1000000000000", max.toString());
    assertEquals(max, Estimate.parse("1000000000000"));
    assertEquals(Estimate.atLeast(Estimate.MAX_VALUE), Estimate.parse(">=1000000000000"));
    assertRejected(
        () -> Estimate.exact(Estimate.MAX_VALUE + 0.001),
        "between 0 and 1000000000000", "got 1.000000000000001E12");
    assertRejected(() -> Estimate.parse("1000000000000.001"), "'1000000000000.001'", "larger than the maximum 1000000000000");
    assertRejected(() -> Estimate.parse("1000000000001"), "larger than the maximum 1000000000000");
    assertEquals(Estimate.exact(1.5), Estimate.parse("1.500"));
    assertEquals(Estimate.exact(0.001), Estimate.parse("0.001"));
    // four decimals are refused even when they are zeros: the grammar allows three
    assertRejected(() -> Estimate.parse("1.0000"), "'1.0000'", "number 1.0000 has more than three decimal places");
    assertRejected(() -> Estimate.parse("0.1234"), "number 0.1234 has more than three decimal places");
    assertRejected(() -> Estimate.parse("2..5.0000"), "number 5.0000 has more than three decimal places");
  }

  @Test
  void unknownIsNotZero() {
    assertNotEquals(Estimate.ZERO, Estimate.unknown());
    assertTrue(Estimate.unknown().isUnknown());
    assertTrue(Estimate.atLeast(0).isUnknown());
    assertTrue(Estimate.parse("~>=0").withApproximate(false).isUnknown());
    assertFalse(Estimate.ZERO.isUnknown());
    assertFalse(Estimate.unknown().withApproximate(true).isUnknown(), "about unknown is a claim");
    assertFalse(Estimate.atLeast(1).isUnknown());
    assertFalse(Estimate.of(0, 1, INF).isUnknown());
    assertFalse(Estimate.range(0, 5).isUnknown());
    assertEquals("", Estimate.atLeast(0).toCell());
    assertEquals(">=1", Estimate.atLeast(1).toCell());
    assertTrue(Estimate.ZERO.isExact());
    assertFalse(Estimate.unknown().isBounded());
    assertEquals(OptionalDouble.empty(), Estimate.unknown().highIfBounded());
    assertEquals(OptionalDouble.of(5), Estimate.range(2, 5).highIfBounded());
  }

  @Test
  void sumsAddEachBoundAndStayHonest() {
    // "injured: at least 62": two known injuries plus "at least 60".
    assertEquals(Estimate.atLeast(62), Estimate.exact(2).plus(Estimate.atLeast(60)));
    assertEquals(Estimate.atLeast(2), Estimate.exact(2).plus(Estimate.unknown()));
    assertEquals(Estimate.exact(61), Estimate.exact(29).plus(Estimate.exact(32)));
    assertEquals(Estimate.parse("~2900"), Estimate.approximately(2000).plus(Estimate.approximately(900)));
    assertEquals(Estimate.parse("~902..905"), Estimate.approximately(900).plus(Estimate.range(2, 5)));
    assertEquals(Estimate.of(3, 4, 10), Estimate.of(1, 2, 3).plus(Estimate.of(2, 2, 7)));
    assertTrue(Estimate.exact(2).plus(Estimate.exact(3)).isExact());
  }

  @Test
  void totalOfNothingIsExactlyZero() {
    assertEquals(Estimate.ZERO, Estimate.total(List.of()));
    assertEquals(Estimate.ZERO, Estimate.total());
    assertEquals(Estimate.ZERO, Stream.<Estimate>empty().collect(Estimate.toTotal()));
    assertEquals(Estimate.exact(61), Estimate.total(Estimate.exact(29), Estimate.exact(32)));
    assertEquals(
        Estimate.atLeast(62),
        Stream.of(Estimate.exact(2), Estimate.atLeast(60)).parallel().collect(Estimate.toTotal()));
  }

  @Test
  void sumBeyondTheMaximumIsRejected() {
    assertRejected(
        () -> Estimate.exact(Estimate.MAX_VALUE).plus(Estimate.exact(Estimate.MAX_VALUE)),
        "estimate low must be a number between 0 and 1000000000000, got 2.0E12");
  }

  @Test
  void decimalSumsAreExactAndOrderFree() {
    Estimate a = Estimate.parse("0.1");
    Estimate b = Estimate.parse("0.2");
    Estimate c = Estimate.parse("0.3");
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    assertEquals("0.6", a.plus(b).plus(c).toString());
    assertEquals(Estimate.exact(0.6), Estimate.total(a, b, c));
    assertEquals("0.001", Estimate.parse("0.001").toString());
    assertRejected(() -> Estimate.exact(1 / 3.0), "three decimal places");
  }

  @Test
  void containsAndApproximateFlag() {
    assertTrue(Estimate.range(2, 5).contains(2), "an estimate contains its low bound");
    assertTrue(Estimate.range(2, 5).contains(5), "and its high bound");
    assertFalse(Estimate.range(2, 5).contains(1.999));
    assertFalse(Estimate.range(2, 5).contains(6));
    assertTrue(Estimate.atLeast(60).contains(60));
    assertFalse(Estimate.atLeast(60).contains(59));
    assertTrue(Estimate.atLeast(60).contains(1e9));
    assertTrue(Estimate.unknown().contains(0));
    assertEquals(Estimate.approximately(3), Estimate.exact(3).withApproximate(true));
    assertEquals(Estimate.exact(3), Estimate.approximately(3).withApproximate(false));
    assertFalse(Estimate.approximately(3).isExact());
  }

  @Test
  void equalityCoversEveryComponent() {
    new EqualsTester()
        .addEqualityGroup(Estimate.exact(3), Estimate.parse("3"), Estimate.parse("3.0"), Estimate.range(3, 3))
        .addEqualityGroup(Estimate.approximately(3))
        .addEqualityGroup(Estimate.atLeast(3))
        .addEqualityGroup(Estimate.range(3, 4))
        .addEqualityGroup(Estimate.of(3, 4, 4))
        .addEqualityGroup(Estimate.unknown(), Estimate.atLeast(0))
        .addEqualityGroup(Estimate.ZERO, Estimate.exact(-0.0))
        .addEqualityGroup(Estimate.exact(1000), Estimate.parse("1000"))
        .testEquals();
  }

  @Test
  void hashCodesSpreadOverEveryComponent() {
    // the loader shares equal estimates through a hash map: estimates differing in one component
    // (a bound, the best value, the approximate flag) must not pile up in one bucket
    Set<Estimate> distinct = new LinkedHashSet<>();
    for (int i = 0; i < 250; i++) {
      for (Estimate e : List.of(Estimate.exact(i), Estimate.atLeast(i), Estimate.range(i, i + 3), Estimate.of(i, i + 1, i + 3))) {
        distinct.add(e);
        distinct.add(e.withApproximate(true));
      }
    }
    assertEquals(2000, distinct.size());
    ModelTest.assertHashCodesSpread(distinct);
  }

  @Test
  void smallFormsAreSharedAndKeepTheirValues() {
    // one object for every small exact, at-least and range estimate, however it is made
    org.junit.jupiter.api.Assertions.assertSame(Estimate.atLeast(3), Estimate.parse(">=3"));
    org.junit.jupiter.api.Assertions.assertSame(Estimate.range(2, 5), Estimate.of(2, 2, 5));
    org.junit.jupiter.api.Assertions.assertSame(Estimate.unknown(), Estimate.atLeast(0));
    org.junit.jupiter.api.Assertions.assertSame(Estimate.range(31, 32), Estimate.parse("31..32"));
    for (int high = 1; high <= 40; high++) {
      for (int low = 0; low < high; low++) {
        Estimate r = Estimate.range(low, high);
        assertEquals(List.of((double) low, (double) low, (double) high), List.of(r.low(), r.best(), r.high()));
        assertEquals(r, Estimate.parse(low + ".." + high));
      }
      Estimate a = Estimate.atLeast(high);
      assertEquals(List.of((double) high, (double) high), List.of(a.low(), a.best()));
      assertFalse(a.isBounded());
    }
    // approximate, best within bounds and fractions are not among the shared ones, and stay right
    assertTrue(Estimate.parse("~2..5").isApproximate());
    assertEquals(3, Estimate.parse("3[2..7]").best());
    assertEquals(1381.5, Estimate.parse("1381.5").low());
    assertEquals(0.25, Estimate.parse("0.25..1").low());
  }
}
