package org.attackstats.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.attackstats.model.Attack;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;
import org.attackstats.testing.CollectorLaws;
import org.attackstats.testing.Generators;
import org.junit.jupiter.api.Test;

/**
 * The testkit's collector law checker (associativity, identity, commutativity, order
 * independence) over the statistics collectors.
 */
class CollectorProperties {

  /** Incidents from the testkit generators, two in three moved into 2023 so that a period catches some. */
  private static List<Incident> incidents(RandomGenerator rng) {
    int n = rng.nextInt(30);
    List<Incident> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean attack = rng.nextBoolean();
      Incident x =
          attack ? Generators.attack(rng, "a" + i) : Generators.response(rng, "r" + i, List.of());
      if (rng.nextInt(3) != 0) {
        LocalDate start = LocalDate.of(2023, 1, 1).plusDays(rng.nextInt(365));
        DateSpan d =
            rng.nextInt(4) == 0
                ? DateSpan.of(start, start.plusDays(1 + rng.nextInt(60)))
                : DateSpan.ofDay(start);
        x = attack ? ((Attack) x).toBuilder().date(d).build() : ((Response) x).toBuilder().date(d).build();
      }
      out.add(x);
    }
    return out;
  }

  private static final DateSpan PERIOD = DateSpan.parse("2023-03-01/2023-08-15");

  @Test
  void summaryCollectorIsAMergeableSummary() {
    CollectorLaws.of(Summary.toSummary(PERIOD), CollectorProperties::incidents).check();
    CollectorLaws.of(Summary.toSummary(), CollectorProperties::incidents).check();
  }

  @Test
  void groupCollectorIsAMergeableSummary() {
    CollectorLaws.of(
            Summary.toSummaries(
                Optional.of(PERIOD), List.of(Grouping.COUNTRY, Grouping.KIND, Grouping.MONTH)),
            CollectorProperties::incidents)
        .check();
  }

  @Test
  void lagCollectorIsAMergeableSummary() {
    CollectorLaws.of(
            LagDistribution.toLagDistribution(),
            rng -> {
              List<Long> lags = new ArrayList<>();
              for (int i = rng.nextInt(20); i > 0; i--) {
                lags.add((long) rng.nextInt(60));
              }
              return lags;
            })
        .check();
  }
}
