package org.attackstats.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.Set;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Estimate;
import org.junit.jupiter.api.Test;

class QtProperties {

  @Test
  void datasetsStayWithinTheirSettings() {
    DatasetSettings s = DatasetSettings.medium();
    qt().withExamples(50)
        .forAll(Qt.datasets(s))
        .check(
            d ->
                d.attacks().size() <= s.maxAttacks()
                    && d.responses().size() <= s.maxResponses()
                    && d.bases().size() <= s.maxBases()
                    && d.tallies().size() <= s.maxTallies());
  }

  @Test
  void datasetsRebuildFromTheirRecords() {
    qt().forAll(Qt.datasets())
        .check(d -> d.equals(Dataset.of(d.attacks(), d.responses(), d.bases(), d.tallies())));
  }

  @Test
  void responsesAnswerOnlyGivenAttacksAndNoneTwice() {
    qt().forAll(Qt.responses())
        .check(
            r ->
                Set.of("a1", "a2").containsAll(r.inResponseTo())
                    && new HashSet<>(r.inResponseTo()).size() == r.inResponseTo().size());
  }

  @Test
  void estimateSumsAreAtLeastTheirParts() {
    qt().forAll(Qt.estimates(), Qt.estimates())
        .check(
            (a, b) -> {
              Estimate sum = a.plus(b);
              return sum.low() >= a.low() && sum.high() >= a.high() && sum.best() >= b.best();
            });
  }

  @Test
  void singleValueGeneratorsGiveValidValues() {
    qt().forAll(Qt.texts(), Qt.places(), Qt.sources(), Qt.tallies())
        .check(
            (text, place, source, tally) ->
                !text.isBlank()
                    && place.admin1().map(a -> !a.isBlank()).orElse(true)
                    && source.quoteEnd().orElse(0) >= source.quoteStart().orElse(0)
                    && tally.id().equals("t1"));
    qt().forAll(Qt.dateSpans(), Qt.countries(), Qt.actors(), Qt.methods())
        .check((span, country, actor, method) -> span.lengthInDays() >= 1
            && country.code().length() == 2 && !actor.name().isBlank() && !method.name().isEmpty());
    qt().forAll(Qt.attacks(), Qt.bases())
        .check((attack, base) -> attack.baseId().isEmpty() && base.id().equals("b1"));
  }

  @Test
  void aFailingPropertyShrinksToTheSmallestFailingSize() {
    // the adapter must let QuickTheories find and report a counterexample
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> qt().forAll(Qt.datasets()).check(d -> d.attacks().size() < 3));
    if (!e.getMessage().contains("Dataset[attacks=3")) {
      throw new AssertionError("expected the smallest failing size 3, got: " + e.getMessage());
    }
  }
}
