package org.attackstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.OptionalDouble;
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
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Estimate.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("invalid estimate"), e.getMessage());
  }

  @Test
  void boundsOutOfOrderNameAllThreeValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Estimate.of(5, 3, 7));
    assertTrue(e.getMessage().contains("low=5") && e.getMessage().contains("best=3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Estimate.exact(-1));
    assertThrows(IllegalArgumentException.class, () -> Estimate.exact(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Estimate.exact(INF));
    assertThrows(IllegalArgumentException.class, () -> Estimate.range(5, 2));
  }

  @Test
  void unknownIsNotZero() {
    assertNotEquals(Estimate.ZERO, Estimate.unknown());
    assertTrue(Estimate.unknown().isUnknown());
    assertFalse(Estimate.ZERO.isUnknown());
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
    assertThrows(
        IllegalArgumentException.class,
        () -> Estimate.exact(Estimate.MAX_VALUE).plus(Estimate.exact(Estimate.MAX_VALUE)));
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
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Estimate.exact(1 / 3.0));
    assertTrue(e.getMessage().contains("three decimal places"), e.getMessage());
  }

  @Test
  void containsAndApproximateFlag() {
    assertTrue(Estimate.range(2, 5).contains(5));
    assertFalse(Estimate.range(2, 5).contains(6));
    assertTrue(Estimate.atLeast(60).contains(1e9));
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
