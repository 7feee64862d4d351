package org.attackstats.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.csv.ReadOptions;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One dataset shared by many threads: loading, lookups and estimate totals give the same answers
 * as on one thread, and parallel streams agree with sequential ones. Estimates are multiples of
 * 0.5, so that sums are exact whatever the order of addition.
 */
class DatasetConcurrencyTest {

  private static final int THREADS = 16;
  private static final int TASKS = 64;
  private static final List<Country> COUNTRIES =
      List.of(Country.of("IQ"), Country.of("SY"), Country.of("JO"), Country.of("US"));

  @TempDir Path dir;

  /** 100 bases, 10,000 attacks and 3,000 responses, with uncertain numbers of every shape. */
  static Dataset large() {
    return generated(10_000, 3_000);
  }

  static Dataset generated(int attacks, int responses) {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < 100; i++) {
      b.add(Base.of("b" + i, "Base " + i, Place.of(COUNTRIES.get(i % COUNTRIES.size()))));
    }
    for (int i = 0; i < attacks; i++) {
      DateSpan day = DateSpan.parse(String.format("2023-%02d-%02d", 1 + i % 12, 1 + i % 28));
      b.add(
          Attack.builder("a" + i, day)
              .baseId("b" + i % 100)
              .place(Place.of(COUNTRIES.get(i % COUNTRIES.size())))
              .killed(estimate(i))
              .injured(estimate(i * 7 + 3))
              .build());
    }
    for (int i = 0; i < responses; i++) {
      DateSpan day = DateSpan.parse(String.format("2023-%02d-%02d", 1 + i % 12, 1 + i % 28));
      b.add(
          Response.builder("r" + i, day)
              .inResponseTo(List.of("a" + i, "a" + (i + attacks / 2)))
              .killed(estimate(i * 3 + 1))
              .build());
    }
    return b.build();
  }

  private static Estimate estimate(int i) {
    double n = (i % 41) / 2.0;
    switch (i % 5) {
      case 0:
        return Estimate.exact(n);
      case 1:
        return Estimate.range(n, n + 3.5);
      case 2:
        return Estimate.approximately(n);
      case 3:
        return i % 10 == 3 ? Estimate.unknown() : Estimate.of(n, n + 1, n + 2);
      default:
        return Estimate.atLeast(n);
    }
  }

  /** Every query answered from one dataset, as one comparable value. */
  static List<Object> answers(Dataset d) {
    List<Object> out = new ArrayList<>();
    long found = 0;
    for (int i = 0; i < 10_000; i++) {
      Attack a = d.attack("a" + i).orElseThrow();
      found += d.base(a.baseId().orElseThrow()).isPresent() ? 1 : 0;
    }
    for (int i = 0; i < 3_000; i++) {
      for (String id : d.response("r" + i).orElseThrow().inResponseTo()) {
        found += d.attack(id).isPresent() ? 1 : 0;
      }
    }
    out.add(found);
    out.add(d.incidents().size());
    out.add(Estimate.total(d.incidents().stream().map(Incident::killed).toList()));
    out.add(d.attacks().stream().map(Attack::injured).collect(Estimate.toTotal()));
    out.add(byCountry(d.incidents(), false));
    return out;
  }

  private static Map<String, Estimate> byCountry(List<Incident> incidents, boolean parallel) {
    return (parallel ? incidents.parallelStream() : incidents.stream())
        .collect(
            Collectors.groupingBy(
                i -> i.place().country().map(Country::toString).orElse("unknown"),
                TreeMap::new,
                Collectors.mapping(Incident::killed, Estimate.toTotal())));
  }

  private static <T> List<T> concurrently(int tasks, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void manyThreadsQueryingOneDatasetGetTheSameAnswersAsOne() throws Exception {
    Dataset d = large();
    List<Object> expected = answers(d);
    assertEquals(16_000L, expected.get(0));
    for (List<Object> got : concurrently(TASKS, () -> answers(d))) {
      assertEquals(expected, got);
    }
  }

  @Test
  void manyThreadsLoadingOneFolderGetEqualDatasets() throws Exception {
    Dataset d = generated(2_000, 600);
    CanonicalCsv.write(d, dir);
    for (Dataset loaded : concurrently(THREADS, () -> CanonicalCsv.read(dir, ReadOptions.strict()).dataset())) {
      assertEquals(d, loaded);
    }
    for (Dataset seed : concurrently(TASKS, CanonicalCsv::seedDataset)) {
      assertEquals(CanonicalCsv.seedDataset(), seed);
    }
  }

  @Test
  void parallelAndSequentialStreamsAgree() {
    Dataset d = large();
    List<Incident> incidents = d.incidents();
    for (int round = 0; round < 20; round++) {
      assertEquals(
          incidents.stream().map(Incident::killed).collect(Estimate.toTotal()),
          incidents.parallelStream().map(Incident::killed).collect(Estimate.toTotal()));
      assertEquals(
          Estimate.total(d.attacks().stream().map(Attack::injured).toList()),
          d.attacks().parallelStream().map(Attack::injured).reduce(Estimate.ZERO, Estimate::plus));
      assertEquals(byCountry(incidents, false), byCountry(incidents, true));
      assertEquals(
          incidents.stream().filter(i -> i.killed().isUnknown()).count(),
          incidents.parallelStream().filter(i -> i.killed().isUnknown()).count());
    }
  }
}
