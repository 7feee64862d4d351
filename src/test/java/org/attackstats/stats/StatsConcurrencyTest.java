package org.attackstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.testing.DatasetSettings;
import org.attackstats.testing.Generators;
import org.junit.jupiter.api.Test;

/**
 * One dataset queried from many threads at once, while its index is built on first use: every
 * thread gets the answers one thread gets, and the summary collectors give the same result over
 * parallel and sequential streams.
 */
class StatsConcurrencyTest {

  private static final int THREADS = 16;
  private static final int TASKS = 64;

  /** The answers of one round of queries, as text so that they compare in one assertion. */
  private static String answers(Dataset d) {
    DateSpan period = DateSpan.of(LocalDate.of(1995, 1, 1), LocalDate.of(2025, 12, 31));
    StringBuilder sb = new StringBuilder();
    sb.append(Query.of(d).attacks().summarize().summary()).append('\n');
    sb.append(Query.of(d).period(period).groupBy(Grouping.COUNTRY, Grouping.YEAR).summarize().rows()).append('\n');
    sb.append(Query.of(d).attacks().country(Country.of("IQ")).period(period).count()).append('\n');
    sb.append(Query.of(d).groupBy(Grouping.METHOD).summarize().top(3, Measure.INJURED)).append('\n');
    sb.append(AttacksAndResponses.of(d).byCountry()).append('\n');
    sb.append(AttacksAndResponses.of(d).lagDistribution()).append('\n');
    sb.append(Reconciliation.of(d).checks().stream().map(c -> c.tally().id() + "=" + c.status()).toList());
    return sb.toString();
  }

  @Test
  void manyThreadsGetTheAnswersOfOne() throws Exception {
    Dataset shared = Generators.dataset(new SplittableRandom(7), DatasetSettings.ofSize(4_000));
    String expected = answers(Generators.dataset(new SplittableRandom(7), DatasetSettings.ofSize(4_000)));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<String>> tasks = new ArrayList<>();
      for (int i = 0; i < TASKS; i++) {
        tasks.add(() -> answers(shared));
      }
      for (Future<String> f : pool.invokeAll(tasks)) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void parallelAndSequentialCollectorsAgree() {
    Dataset d = Generators.dataset(new SplittableRandom(11), DatasetSettings.ofSize(20_000));
    List<Incident> incidents = d.incidents();
    Optional<DateSpan> period = Optional.of(DateSpan.of(LocalDate.of(2000, 1, 1), LocalDate.of(2020, 12, 31)));
    assertEquals(
        incidents.stream().collect(Summary.toSummary(period.get())),
        incidents.parallelStream().collect(Summary.toSummary(period.get())));
    SortedMap<GroupKey, Summary> sequential =
        incidents.stream().collect(Summary.toSummaries(period, List.of(Grouping.COUNTRY, Grouping.MONTH)));
    SortedMap<GroupKey, Summary> parallel =
        incidents.parallelStream().collect(Summary.toSummaries(period, List.of(Grouping.COUNTRY, Grouping.MONTH)));
    assertEquals(sequential, parallel);
  }
}
