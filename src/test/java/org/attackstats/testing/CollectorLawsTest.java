package org.attackstats.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attackstats.model.Estimate;
import org.attackstats.testing.LawViolation.Law;
import org.junit.jupiter.api.Test;

class CollectorLawsTest {

  private static final Function<RandomGenerator, List<Estimate>> ESTIMATES =
      rng -> Stream.generate(() -> Generators.estimate(rng)).limit(rng.nextInt(40)).toList();

  private static final Function<RandomGenerator, List<String>> TEXTS =
      rng -> Stream.generate(() -> Generators.text(rng)).limit(rng.nextInt(30)).toList();

  /** Counts, but the combiner drops its right side. */
  private static final Collector<String, long[], Long> DROPS_RIGHT =
      Collector.of(() -> new long[1], (a, s) -> a[0]++, (a, b) -> a, a -> a[0]);

  /** Counts, but adds one whenever two non-empty parts are combined. */
  private static final Collector<String, long[], Long> COUNTS_SPLITS =
      Collector.of(
          () -> new long[1],
          (a, s) -> a[0]++,
          (a, b) -> new long[] {a[0] + b[0] + (a[0] > 0 && b[0] > 0 ? 1 : 0)},
          a -> a[0]);

  /** The first element in encounter order: legitimately ordered. */
  private static final Collector<String, List<String>, Optional<String>> FIRST =
      Collector.of(
          ArrayList::new,
          (a, s) -> {
            if (a.isEmpty()) {
              a.add(s);
            }
          },
          (a, b) -> a.isEmpty() ? b : a,
          a -> a.stream().findFirst());

  @Test
  void estimateSummingObeysEveryLaw() {
    CollectorLaws.of(Estimate.toTotal(), ESTIMATES).check();
  }

  @Test
  void countingObeysEveryLaw() {
    CollectorLaws.of(Collectors.counting(), TEXTS).withExamples(300).check();
  }

  @Test
  void orderedCollectorsPassWhenDeclaredOrdered() {
    CollectorLaws.of(Collectors.toList(), TEXTS).ordered().check();
    CollectorLaws.of(FIRST, TEXTS).ordered().check();
  }

  @Test
  void aCombinerThatDropsTheRightSideBreaksIdentity() {
    LawViolation v =
        assertThrows(LawViolation.class, () -> CollectorLaws.of(DROPS_RIGHT, TEXTS).check());
    // the right empty accumulator is dropped harmlessly; the left one swallows the input
    assertEquals(Law.IDENTITY, v.law());
    assertTrue(v.inputSize() > 0);
    assertEquals("0", v.actual());
    assertEquals(Integer.toString(v.inputSize()), v.expected());
    assertTrue(v.getMessage().contains("identity violated with seed " + v.seed()), v.getMessage());
    assertTrue(v.getMessage().contains("empty accumulator on the left"), v.getMessage());
  }

  @Test
  void aCombinerThatIsNotAssociativeBreaksAssociativity() {
    LawViolation v =
        assertThrows(LawViolation.class, () -> CollectorLaws.of(COUNTS_SPLITS, TEXTS).check());
    assertEquals(Law.ASSOCIATIVITY, v.law());
    assertTrue(v.inputSize() >= 2, "needs two non-empty parts: " + v.inputSize());
    assertTrue(v.getMessage().contains("split at"), v.getMessage());
  }

  @Test
  void anOrderDependentCollectorBreaksCommutativity() {
    LawViolation v = assertThrows(LawViolation.class, () -> CollectorLaws.of(FIRST, TEXTS).check());
    assertEquals(Law.COMMUTATIVITY, v.law());
    LawViolation list =
        assertThrows(LawViolation.class, () -> CollectorLaws.of(Collectors.toList(), TEXTS).check());
    assertEquals(Law.COMMUTATIVITY, list.law());
  }

  @Test
  void aCollectorKeepingTheLastElementIsCaught() {
    // keeps the last element; combining keeps the greater of the two parts' last elements
    Collector<String, String[], String> lastThenMax =
        Collector.of(
            () -> new String[] {""},
            (a, s) -> a[0] = s,
            (a, b) -> new String[] {a[0].compareTo(b[0]) >= 0 ? a[0] : b[0]},
            a -> a[0]);
    LawViolation v =
        assertThrows(LawViolation.class, () -> CollectorLaws.of(lastThenMax, TEXTS).check());
    // one pass keeps the last element, a split may keep a greater one
    assertTrue(v.law() == Law.ASSOCIATIVITY || v.law() == Law.ORDER_INDEPENDENCE, v.getMessage());
  }

  @Test
  void theReportedSeedRerunsTheFailingExample() {
    LawViolation v =
        assertThrows(LawViolation.class, () -> CollectorLaws.of(COUNTS_SPLITS, TEXTS).withSeed(77).check());
    LawViolation again =
        assertThrows(
            LawViolation.class,
            () -> CollectorLaws.of(COUNTS_SPLITS, TEXTS).withSeed(v.seed()).withExamples(1).check());
    assertEquals(v.seed(), again.seed());
    assertEquals(v.getMessage(), again.getMessage());
  }

  @Test
  void anEquivalenceCanTolerateRounding() {
    Function<RandomGenerator, List<Double>> doubles =
        rng -> Stream.generate(() -> rng.nextDouble() * 1e6).limit(rng.nextInt(50)).toList();
    Collector<Double, ?, Double> sum = Collectors.summingDouble(d -> d);
    CollectorLaws.of(sum, doubles)
        .withEquivalence((a, b) -> Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a)))
        .check();
  }

  @Test
  void settingsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> CollectorLaws.of(Collectors.counting(), TEXTS).withExamples(0));
    assertThrows(IllegalArgumentException.class, () -> MergeLaws.of(Long::sum, 0L, RandomGenerator::nextLong).withExamples(0));
  }
}
