package org.attackstats.testing;

import static org.attackstats.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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

  /** A maximum whose combiner marks the result as seen even when neither part saw anything. */
  private static final Collector<Long, long[], Optional<Long>> MAX_FORGETS_EMPTY =
      Collector.of(
          () -> new long[] {Long.MIN_VALUE, 0},
          (a, x) -> {
            a[0] = Math.max(a[0], x);
            a[1] = 1;
          },
          (a, b) -> new long[] {Math.max(a[0], b[0]), 1},
          a -> a[1] == 0 ? Optional.empty() : Optional.of(a[0]));

  /** Never empty: every input has 1 to 10 elements. */
  private static final Function<RandomGenerator, List<Long>> NON_EMPTY =
      rng -> Stream.generate(() -> rng.nextLong(100)).limit(rng.nextInt(1, 11)).toList();

  /** The elements of each part, so that a combiner can see what it was given. */
  private record Part(List<String> elements, boolean merged) {}

  /** Concatenates; {@code broken} returns a wrong result for some inputs only. */
  private static Collector<String, List<Part>, List<String>> parts(
      java.util.function.BinaryOperator<Part> combine) {
    return Collector.of(
        () -> new ArrayList<>(List.of(new Part(List.of(), false))),
        (a, s) -> {
          List<String> e = new ArrayList<>(a.get(0).elements());
          e.add(s);
          a.set(0, new Part(e, a.get(0).merged()));
        },
        (a, b) -> new ArrayList<>(List.of(combine.apply(a.get(0), b.get(0)))),
        a -> a.get(0).elements().stream().sorted().toList());
  }

  private static Part concat(Part a, Part b) {
    List<String> e = new ArrayList<>(a.elements());
    e.addAll(b.elements());
    return new Part(e, true);
  }

  @Test
  void aCombinerThatDropsTheLeftSideBreaksIdentityOnTheRight() {
    Collector<String, long[], Long> dropsLeft =
        Collector.of(() -> new long[1], (a, s) -> a[0]++, (a, b) -> b, a -> a[0]);
    LawViolation v = assertThrows(LawViolation.class, () -> CollectorLaws.of(dropsLeft, TEXTS).check());
    assertEquals(Law.IDENTITY, v.law());
    assertTrue(v.getMessage().contains("empty accumulator on the right"), v.getMessage());
  }

  @Test
  void twoEmptyAccumulatorsMustCombineToTheResultOfNoInput() {
    // inputs are never empty, so only combining two empty accumulators shows the fault
    LawViolation v =
        assertThrows(LawViolation.class, () -> CollectorLaws.of(MAX_FORGETS_EMPTY, NON_EMPTY).check());
    assertEquals(Law.IDENTITY, v.law());
    assertTrue(v.getMessage().contains("two empty accumulators"), v.getMessage());
    assertEquals("Optional.empty", v.expected());
    assertEquals("Optional[" + Long.MIN_VALUE + "]", v.actual());
  }

  @Test
  void threeWaySplitsCatchACombinerThatMishandlesAnEarlierCombination() {
    // both faults pass every split in two: only a part that is itself a combination shows them
    Collector<String, List<Part>, List<String>> losesMergedLeft =
        parts((a, b) -> a.merged() ? new Part(b.elements(), true) : concat(a, b));
    LawViolation left =
        assertThrows(LawViolation.class, () -> CollectorLaws.of(losesMergedLeft, TEXTS).check());
    assertEquals(Law.ASSOCIATIVITY, left.law());
    assertTrue(left.getMessage().contains(", (a+b)+c"), left.getMessage());

    Collector<String, List<Part>, List<String>> losesMergedRight =
        parts((a, b) -> b.merged() ? new Part(a.elements(), true) : concat(a, b));
    LawViolation right =
        assertThrows(LawViolation.class, () -> CollectorLaws.of(losesMergedRight, TEXTS).check());
    assertEquals(Law.ASSOCIATIVITY, right.law());
    assertTrue(right.getMessage().contains(", a+(b+c)"), right.getMessage());

    CollectorLaws.of(parts(CollectorLawsTest::concat), TEXTS).check();
  }

  @Test
  void shufflingCatchesAnAccumulatorThatDependsOnOrderWhenTheCombinerHidesIt() {
    // one pass keeps the order met, combining sorts: on sorted inputs every split agrees
    Collector<Integer, List<Integer>, List<Integer>> sortsOnlyWhenCombining =
        Collector.of(
            ArrayList::new,
            List::add,
            (a, b) -> {
              List<Integer> all = new ArrayList<>(a);
              all.addAll(b);
              all.sort(null);
              return all;
            },
            List::copyOf);
    Function<RandomGenerator, List<Integer>> sorted =
        rng -> rng.ints(rng.nextInt(2, 12), 0, 1000).distinct().sorted().boxed().toList();
    LawViolation v =
        assertThrows(LawViolation.class, () -> CollectorLaws.of(sortsOnlyWhenCombining, sorted).check());
    assertEquals(Law.ORDER_INDEPENDENCE, v.law());
    assertTrue(v.getMessage().contains("input shuffled"), v.getMessage());
    CollectorLaws.of(sortsOnlyWhenCombining, sorted).ordered().check();
  }

  @Test
  void everySplitOfAShortInputIsChecked() {
    // a combiner that is wrong only when its left part holds exactly k elements (ordered: the
    // splits with the right part first would find it too)
    for (int k = 1; k < 20; k++) {
      int wrongAt = k;
      Collector<String, List<Part>, List<String>> wrongForOneSize =
          parts((a, b) -> a.elements().size() == wrongAt && !b.elements().isEmpty()
              ? new Part(List.of(), true) : concat(a, b));
      LawViolation v =
          assertThrows(
              LawViolation.class,
              () -> CollectorLaws.of(wrongForOneSize, rng -> Collections.nCopies(20, "x"))
                  .ordered().withExamples(1).check(),
              "split at " + wrongAt);
      assertEquals(Law.ASSOCIATIVITY, v.law());
      assertTrue(v.getMessage().contains("split at " + wrongAt + ")"), v.getMessage());
    }
  }

  @Test
  void exampleIComesFromTheSeedPlusIAndThereAreExactlyAsManyAsAsked() {
    List<Long> firstDraws = new ArrayList<>();
    CollectorLaws.of(Collectors.counting(), rng -> {
          firstDraws.add(rng.nextLong());
          return List.of();
        })
        .withSeed(40)
        .withExamples(7)
        .check();
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      expected.add(new SplittableRandom(40 + i).nextLong());
    }
    assertEquals(expected, firstDraws);
  }

  @Test
  void settingsAreValidated() {
    assertRejected(() -> CollectorLaws.of(Collectors.counting(), TEXTS).withExamples(0), "examples must be at least 1, got 0");
    assertRejected(() -> MergeLaws.of(Long::sum, 0L, RandomGenerator::nextLong).withExamples(0), "examples must be at least 1, got 0");
    CollectorLaws.of(Collectors.counting(), TEXTS).withExamples(1).check();
  }
}
