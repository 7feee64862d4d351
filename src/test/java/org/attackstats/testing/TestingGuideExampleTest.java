package org.attackstats.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.junit.jupiter.api.Test;

/** Keeps the examples of docs/testing.md compiling and passing; change both together. */
class TestingGuideExampleTest {

  // --- docs/testing.md, "Check your own aggregate in ten lines" ---
  @Test
  void injuredByCountryIsAMergeableSummary() {
    Collector<Attack, ?, Map<String, Estimate>> injuredByCountry =
        Collectors.groupingBy(
            a -> a.place().country().map(Country::code).orElse("unknown"),
            TreeMap::new,
            Collectors.mapping(Attack::injured, Estimate.toTotal()));

    CollectorLaws.of(injuredByCountry, rng -> Generators.dataset(rng, DatasetSettings.small()).attacks())
        .check();
  }
  // --- end of example ---

  // --- docs/testing.md, "Plain JUnit" ---
  @Test
  void everyDatasetCountsEachIncidentOnce() {
    for (long seed = 0; seed < 200; seed++) {
      Dataset d = Generators.dataset(new SplittableRandom(seed), DatasetSettings.small());
      assertEquals(d.attacks().size() + d.responses().size(), d.incidents().size(), "seed " + seed);
    }
  }
  // --- end of example ---

  @Test
  void theGuidesBrokenVariantIsCaught() {
    // the same aggregate with a hand-written combiner that forgets the right-hand map
    Collector<Attack, Map<String, Estimate>, Map<String, Estimate>> broken =
        Collector.of(
            TreeMap::new,
            (m, a) -> m.merge(a.place().country().map(Country::code).orElse("unknown"), a.injured(), Estimate::plus),
            (left, right) -> left);
    LawViolation v =
        assertThrows(
            LawViolation.class,
            () -> CollectorLaws.of(broken, rng -> Generators.dataset(rng, DatasetSettings.small()).attacks()).check());
    assertTrue(v.getMessage().startsWith("identity violated with seed"), v.getMessage());
  }
}
