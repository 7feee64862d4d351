package org.attackstats.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.testing.LawViolation.Law;
import org.junit.jupiter.api.Test;

class MergeLawsTest {

  @Test
  void estimatePlusIsACommutativeMonoid() {
    MergeLaws.of(Estimate::plus, Estimate.ZERO, Generators::estimate).check();
  }

  @Test
  void maxIsACommutativeMonoid() {
    MergeLaws.of(Math::max, Integer.MIN_VALUE, rng -> rng.nextInt()).check();
  }

  @Test
  void concatenationPassesWhenDeclaredOrderedAndFailsOtherwise() {
    MergeLaws.of(String::concat, "", Generators::text).ordered().check();
    LawViolation v =
        assertThrows(LawViolation.class, () -> MergeLaws.of(String::concat, "", Generators::text).check());
    assertEquals(Law.COMMUTATIVITY, v.law());
  }

  @Test
  void subtractionBreaksIdentity() {
    LawViolation v =
        assertThrows(LawViolation.class, () -> MergeLaws.of((a, b) -> a - b, 0L, rng -> rng.nextLong(1, 100)).check());
    assertEquals(Law.IDENTITY, v.law());
    assertTrue(v.getMessage().contains("merge(identity, a)"), v.getMessage());
  }

  @Test
  void aNonAssociativeMergeBreaksAssociativity() {
    // commutative, 0 is its identity, but (ab+1)c+1 differs from a(bc+1)+1 when a != c
    LawViolation v =
        assertThrows(
            LawViolation.class,
            () ->
                MergeLaws.of(
                        (Long a, Long b) -> a == 0 ? b : b == 0 ? a : a * b + 1,
                        0L,
                        rng -> rng.nextLong(1, 10))
                    .check());
    assertEquals(Law.ASSOCIATIVITY, v.law());
  }

  @Test
  void dateSpanSpanHasNoIdentityValueSoAnArbitraryOneIsCaught() {
    // span is a semigroup: checking it with an arbitrary "identity" must fail on identity
    DateSpan day = DateSpan.parse("2023-10-17");
    LawViolation v =
        assertThrows(LawViolation.class, () -> MergeLaws.of(DateSpan::span, day, Generators::dateSpan).check());
    assertEquals(Law.IDENTITY, v.law());
  }

  @Test
  void aMergeKeepingOnlyItsRightArgumentBreaksIdentityOnTheRight() {
    LawViolation v =
        assertThrows(LawViolation.class, () -> MergeLaws.of((Long a, Long b) -> b, 0L, rng -> rng.nextLong(1, 100)).check());
    assertEquals(Law.IDENTITY, v.law());
    assertTrue(v.getMessage().contains("merge(a, identity)"), v.getMessage());
    assertEquals("0", v.actual());
  }

  @Test
  void exampleIDrawsItsThreeValuesFromTheSeedPlusI() {
    List<Long> draws = new ArrayList<>();
    MergeLaws.of(Long::sum, 0L, rng -> {
          long x = rng.nextLong();
          draws.add(x);
          return x;
        })
        .withSeed(-3)
        .withExamples(5)
        .check();
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      SplittableRandom rng = new SplittableRandom(-3 + i);
      for (int v = 0; v < 3; v++) {
        expected.add(rng.nextLong());
      }
    }
    assertEquals(expected, draws);
  }

  @Test
  void oneExampleIsEnough() {
    LawViolation v =
        assertThrows(LawViolation.class, () -> MergeLaws.of(String::concat, "", Generators::text).withSeed(9).withExamples(1).check());
    assertEquals(9, v.seed());
    assertEquals(2, v.inputSize());
  }
}
