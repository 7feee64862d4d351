package org.attackstats.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
