package org.attackstats.model;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link Estimate}. Generated values are multiples of 0.001 (GTD splits tolls into
 * halves; any three-decimal value is allowed), which estimates hold exactly, so the algebraic laws
 * hold exactly too.
 */
class EstimateProperties {

  /** Any estimate of the grammar, including unbounded, approximate and unknown ones. */
  static Gen<Estimate> estimates() {
    Gen<Double> halves = integers().between(0, 4_000_000).map(i -> i / 1000.0);
    Gen<Double> extra = integers().between(0, 400_000).map(i -> i / 1000.0);
    return halves
        .zip(extra, extra, (low, d1, d2) -> new double[] {low, low + d1, low + d1 + d2})
        .zip(integers().between(0, 5), booleans().all(), (b, shape, approx) -> {
          Estimate e;
          switch (shape) {
            case 0:
              e = Estimate.exact(b[0]);
              break;
            case 1:
              e = Estimate.atLeast(b[0]);
              break;
            case 2:
              e = Estimate.range(b[0], b[2]);
              break;
            case 3:
              e = Estimate.of(b[0], b[1], b[2]);
              break;
            case 4:
              e = Estimate.of(b[0], b[1], Double.POSITIVE_INFINITY);
              break;
            default:
              e = Estimate.unknown();
          }
          return e.withApproximate(approx && shape != 5);
        });
  }

  @Test
  void textFormParsesBackToAnEqualEstimate() {
    qt().forAll(estimates()).check(e -> Estimate.parse(e.toString()).equals(e));
  }

  @Test
  void csvCellParsesBackToAnEqualEstimate() {
    qt().forAll(estimates()).check(e -> Estimate.parse(e.toCell()).equals(e));
  }

  @Test
  void boundsAreOrdered() {
    qt().forAll(estimates(), estimates())
        .check((a, b) -> {
          Estimate s = a.plus(b);
          return s.low() <= s.best() && s.best() <= s.high();
        });
  }

  @Test
  void plusIsCommutativeAndAssociativeWithZeroAsIdentity() {
    qt().forAll(estimates(), estimates(), estimates())
        .check((a, b, c) ->
            a.plus(b).equals(b.plus(a))
                && a.plus(b).plus(c).equals(a.plus(b.plus(c)))
                && a.plus(Estimate.ZERO).equals(a));
  }

  @Test
  void totalEqualsRepeatedPlusAndTheParallelCollector() {
    qt().forAll(lists().of(estimates()).ofSizeBetween(0, 30))
        .check(list -> {
          Estimate folded = Estimate.ZERO;
          for (Estimate e : list) {
            folded = folded.plus(e);
          }
          List<Estimate> copy = new ArrayList<>(list);
          return Estimate.total(list).equals(folded)
              && copy.parallelStream().collect(Estimate.toTotal()).equals(folded);
        });
  }

  @Test
  void sumIsExactOnlyWhenEveryPartIs() {
    qt().forAll(estimates(), estimates())
        .check((a, b) -> a.plus(b).isExact() == (a.isExact() && b.isExact()));
  }

  @Test
  void unknownWidensButNeverLowers() {
    qt().forAll(estimates())
        .check(e -> {
          Estimate s = e.plus(Estimate.unknown());
          return s.low() == e.low() && s.best() == e.best() && !s.isBounded();
        });
  }
}
