package org.attackstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.attackstats.testing.DatasetSettings;
import org.attackstats.testing.Qt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of the statistics engine, over random datasets and queries. Every law runs on two
 * sources of datasets: the testkit's {@link Qt#datasets} (realistic: dates over decades, awkward
 * text, extra columns) and {@link StatsGen} (dense: few countries, methods and months, so that
 * groups collide and spans cross bucket boundaries often).
 */
class StatsProperties {

  private static final int EXAMPLES = 100;

  private static final DatasetSettings SETTINGS =
      DatasetSettings.builder().attacks(0, 40).responses(0, 15).extremeDates(0.0).build();

  /** A law over a dataset and a random generator for the query. */
  private interface Law {
    void check(Dataset dataset, Random rng);
  }

  private static void holds(Law law) {
    List<Gen<Dataset>> sources =
        List.of(Qt.datasets(SETTINGS), longs().all().map(seed -> StatsGen.dataset(seed, 60)));
    for (Gen<Dataset> datasets : sources) {
      qt().withExamples(EXAMPLES)
          .forAll(datasets, longs().all())
          .checkAssert((d, seed) -> law.check(d, new Random(seed)));
    }
  }

  private static final List<List<Grouping<?>>> GROUPINGS =
      List.of(
          List.of(Grouping.COUNTRY),
          List.of(Grouping.KIND),
          List.of(Grouping.COUNTRY, Grouping.KIND),
          List.of(Grouping.MONTH),
          List.of(Grouping.COUNTRY, Grouping.ISO_WEEK),
          List.of(Grouping.weekStarting(DayOfWeek.SATURDAY), Grouping.KIND),
          List.of(Grouping.DAY),
          List.of(Grouping.YEAR),
          List.of(Grouping.METHOD),
          List.of(Grouping.ADMIN1, Grouping.KIND),
          List.of(Grouping.BASE, Grouping.MONTH),
          List.of(Grouping.ACTOR),
          // every column of the index, alone, crossed with each other and with calendar buckets
          // in every position
          List.of(Grouping.PERPETRATOR),
          List.of(Grouping.RESPONDER, Grouping.KIND),
          List.of(Grouping.TARGET),
          List.of(Grouping.METHOD, Grouping.MONTH),
          List.of(Grouping.MONTH, Grouping.ACTOR),
          List.of(Grouping.COUNTRY, Grouping.METHOD, Grouping.ISO_WEEK),
          List.of(Grouping.ADMIN1, Grouping.BASE, Grouping.PERPETRATOR),
          List.of(Grouping.KIND, Grouping.YEAR, Grouping.TARGET),
          // a grouping of the user's named like a built-in one: never answered as the built-in
          List.of(Grouping.by("country", i -> Optional.of("ALL"), java.util.Comparator.naturalOrder())),
          List.of(Grouping.by("kind", i -> i.method().map(Object::toString), java.util.Comparator.naturalOrder()),
              Grouping.MONTH));

  /** A random query: maybe one kind, maybe countries, maybe a period, closed or open at one end. */
  private static Query query(Dataset d, Random rng) {
    return query(d, rng, d);
  }

  /** A random query over {@code d}, with a period near the data of {@code periodSource}. */
  private static Query query(Dataset d, Random rng, Dataset periodSource) {
    Query q = Query.of(d);
    switch (rng.nextInt(3)) {
      case 0:
        q = q.attacks();
        break;
      case 1:
        q = q.responses();
        break;
      default:
        break;
    }
    if (rng.nextInt(3) == 0) {
      q = q.country(StatsGen.pick(rng, StatsGen.COUNTRIES), StatsGen.pick(rng, StatsGen.COUNTRIES));
    }
    q = columnFilters(q, periodSource, rng);
    if (rng.nextInt(4) != 0) {
      DateSpan p = period(periodSource, rng);
      switch (rng.nextInt(4)) {
        case 0 -> q = q.since(p.start());
        case 1 -> q = q.until(p.endInclusive());
        default -> q = q.period(p);
      }
    }
    return q;
  }

  /**
   * Maybe filters on the columns of the index (admin1, method, perpetrator, responder, base,
   * target), with values of random incidents of {@code source} (admin1 and target in another
   * case, which they ignore), or a value no incident has.
   */
  private static Query columnFilters(Query q, Dataset source, Random rng) {
    List<Incident> all = source.incidents();
    if (all.isEmpty()) {
      return q;
    }
    Incident i = all.get(rng.nextInt(all.size()));
    switch (rng.nextInt(9)) {
      case 0 -> q = q.admin1(i.place().admin1().map(a -> a.toUpperCase(java.util.Locale.ROOT)).orElse("nowhere"));
      case 1 -> q = q.method(i.method().orElse(Method.MORTAR), rng.nextBoolean() ? Method.DRONE : Method.IED);
      case 2 -> q = q.perpetrator(Grouping.PERPETRATOR.valueOf(i).orElse(org.attackstats.model.Actor.of("nobody")));
      case 3 -> q = q.responder(Grouping.RESPONDER.valueOf(i).orElse(org.attackstats.model.Actor.of("nobody")));
      case 4 -> q = q.base(Grouping.BASE.valueOf(i).orElse("no-base"));
      case 5 -> q = q.target(Grouping.TARGET.valueOf(i).map(t -> t.toLowerCase(java.util.Locale.ROOT)).orElse("nothing"));
      default -> {
        // no filter
      }
    }
    return q;
  }

  /** A period near the data: around a random incident's first day, 1 to 150 days long. */
  private static DateSpan period(Dataset d, Random rng) {
    List<Incident> all = d.incidents();
    if (all.isEmpty()) {
      return StatsGen.period(rng);
    }
    java.time.LocalDate start =
        all.get(rng.nextInt(all.size())).date().start().minusDays(rng.nextInt(30));
    java.time.LocalDate end = start.plusDays(rng.nextInt(rng.nextBoolean() ? 10 : 150));
    // within the supported years, for datasets with dates at their ends
    java.time.LocalDate first = start.isBefore(DateSpan.MIN) ? DateSpan.MIN : start;
    java.time.LocalDate last = end.isAfter(DateSpan.MAX) ? DateSpan.MAX : end.isBefore(first) ? first : end;
    return DateSpan.of(first, last);
  }

  /** Groupings for a query: days and weeks only over a closed period, to keep buckets few. */
  private static List<Grouping<?>> groupings(Query q, Random rng) {
    List<Grouping<?>> gs = StatsGen.pick(rng, GROUPINGS);
    boolean fine = gs.stream().anyMatch(g -> g.isCalendar() && !g.equals(Grouping.YEAR) && !g.equals(Grouping.MONTH));
    boolean open = q.period().map(p -> p.start().equals(DateSpan.MIN) || p.endInclusive().equals(DateSpan.MAX)).orElse(true);
    return fine && open ? List.of(Grouping.COUNTRY, Grouping.MONTH) : gs;
  }

  private static List<Incident> matching(Query q) {
    return q.dataset().incidents().stream().filter(q::matches).collect(Collectors.toList());
  }

  private static SortedMap<GroupKey, Summary> summaries(GroupedResult g) {
    return new java.util.TreeMap<>(
        g.rows().stream().collect(Collectors.toMap(GroupRow::key, GroupRow::summary)));
  }

  private static Summary plus(Summary a, Summary b) {
    return new Summary(
        a.incidents().plus(b.incidents()),
        a.injured().plus(b.injured()),
        a.killed().plus(b.killed()),
        a.munitions().plus(b.munitions()));
  }

  @Test
  void indexedFastPathEqualsScanAndNaiveReference() {
    holds(
        (d, rng) -> {
          Query q = query(d, rng);
          Summary reference = Reference.summary(matching(q), q.period());
          assertEquals(reference, q.summarize().summary(), "index " + q);
          assertEquals(reference, Engine.summary(q, Optional.empty(), q.period(), false), "scan");
          List<Grouping<?>> gs = groupings(q, rng);
          GroupedQuery g = q.groupBy(gs.toArray(new Grouping<?>[0]));
          Map<GroupKey, Summary> expected = Reference.groups(matching(q), q.period(), gs);
          assertEquals(expected, summaries(g.summarize()), "index " + gs + " " + q);
          assertEquals(expected, summaries(g.summarize(false)), "scan " + gs + " " + q);
          assertEquals(g.summarize(false).rows(), g.summarize().rows(), "windows " + gs + " " + q);
          Map<GroupKey, Summary> nonEmpty = new java.util.TreeMap<>(expected);
          nonEmpty.values().removeIf(v -> v.incidents().high() == 0);
          assertEquals(nonEmpty, summaries(g.withoutZeroFill().summarize()), "non-empty " + gs + " " + q);
          assertEquals(nonEmpty, summaries(g.withoutZeroFill().summarize(false)), "non-empty scan");
          if (gs.stream().anyMatch(Grouping::isCalendar)) {
            assertEquals(
                g.summarize(false).cumulative(), g.summarize().cumulative(), "cumulative " + gs + " " + q);
          }
        });
  }

  /**
   * Over thousands of rows in one span class, where the index counts estimates by code before
   * adding them (and codes may need more than a byte; the counts of classes and partitions with
   * the same key part and bucket added up together), the columns give what the scan and the
   * reference give, with and without filters.
   */
  @Test
  void columnsOverLargeClassesEqualScanAndReference() {
    List<List<Grouping<?>>> groupings =
        List.of(
            List.of(Grouping.METHOD),
            List.of(Grouping.ADMIN1),
            List.of(Grouping.TARGET),
            List.of(Grouping.ACTOR),
            List.of(Grouping.KIND, Grouping.METHOD),
            List.of(Grouping.COUNTRY, Grouping.METHOD),
            List.of(Grouping.METHOD, Grouping.ADMIN1),
            List.of(Grouping.COUNTRY, Grouping.MONTH),
            List.of(Grouping.METHOD, Grouping.MONTH));
    qt().withExamples(30)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (seed, querySeed) -> {
              Dataset d = StatsGen.denseDataset(seed, 6000);
              Random rng = new Random(querySeed);
              Query q = rng.nextBoolean() ? Query.of(d) : Query.of(d).attacks();
              q = columnFilters(q, d, rng);
              if (rng.nextBoolean()) {
                q = q.period(period(d, rng));
              }
              List<Grouping<?>> gs = StatsGen.pick(rng, groupings);
              Map<GroupKey, Summary> expected =
                  Reference.nonEmptyGroups(matching(q), q.period(), gs);
              GroupedQuery g = q.groupBy(gs).withoutZeroFill();
              assertEquals(expected, summaries(g.summarize()), "index " + gs + " " + q);
              assertEquals(expected, summaries(g.summarize(false)), "scan " + gs + " " + q);
              assertEquals(Reference.summary(matching(q), q.period()), q.summarize().summary());
            });
  }

  /**
   * Without zero-filling, dates anywhere in years 1 to 9999 (a tenth of them) cost only the
   * buckets they reach: index, scan and the reference agree on every grouping, calendar ones
   * included, with periods open, closed or none.
   */
  @Test
  void nonEmptyGroupsOverExtremeDatesEqualScanAndReference() {
    DatasetSettings extreme =
        DatasetSettings.builder().attacks(0, 40).responses(0, 15).extremeDates(0.1).build();
    qt().withExamples(EXAMPLES)
        .forAll(Qt.datasets(extreme), longs().all())
        .checkAssert(
            (d, seed) -> {
              Random rng = new Random(seed);
              Query q = query(d, rng);
              List<Grouping<?>> gs = StatsGen.pick(rng, GROUPINGS);
              GroupedQuery g = q.groupBy(gs).withoutZeroFill();
              Map<GroupKey, Summary> expected = Reference.nonEmptyGroups(matching(q), q.period(), gs);
              assertEquals(expected, summaries(g.summarize()), "index " + gs + " " + q);
              assertEquals(expected, summaries(g.summarize(false)), "scan " + gs + " " + q);
              assertEquals(Reference.summary(matching(q), q.period()), q.summarize().summary());
            });
  }

  @Test
  void categoricalGroupsAddUpToTheTotal() {
    holds(
        (d, rng) -> {
          Query q = query(d, rng);
          List<Grouping<?>> gs =
              StatsGen.pick(
                  rng,
                  GROUPINGS.stream()
                      .filter(l -> l.stream().noneMatch(Grouping::isCalendar))
                      .collect(Collectors.toList()));
          GroupedResult g = q.groupBy(gs.toArray(new Grouping<?>[0])).summarize();
          Summary sum =
              g.rows().stream().map(GroupRow::summary).reduce(Summary.ZERO, StatsProperties::plus);
          assertEquals(g.total(), sum);
          assertEquals(q.summarize().summary(), g.total());
        });
  }

  @Test
  void calendarBucketsAddUpInBestAndBoundTheTotal() {
    holds(
        (d, rng) -> {
          Query q = query(d, rng).period(period(d, rng));
          Grouping<?> cal =
              StatsGen.pick(
                  rng, List.of(Grouping.DAY, Grouping.ISO_WEEK, Grouping.MONTH, Grouping.YEAR));
          GroupedResult g = q.groupBy(cal).summarize();
          Estimate total = g.total().incidents();
          double low = 0;
          double best = 0;
          double high = 0;
          for (GroupRow r : g.rows()) {
            low += r.count().low();
            best += r.count().best();
            high += r.count().high();
          }
          assertTrue(low <= total.low(), "low");
          assertEquals(total.best(), best, "best");
          assertTrue(high >= total.high(), "high");
        });
  }

  @Test
  void adjacentPeriodsAddUpLowAndHighSeparately() {
    holds(
        (d, rng) -> {
          Query q = query(d, rng);
          DateSpan whole = period(d, rng);
          if (whole.lengthInDays() < 2) {
            return;
          }
          int cut = 1 + rng.nextInt((int) whole.lengthInDays() - 1);
          DateSpan a = DateSpan.of(whole.start(), whole.start().plusDays(cut - 1));
          DateSpan b = DateSpan.of(whole.start().plusDays(cut), whole.endInclusive());
          Estimate ca = q.period(a).count();
          Estimate cb = q.period(b).count();
          Estimate cw = q.period(whole).count();
          // incidents possibly on both sides of the cut
          List<Incident> crossing =
              matching(q).stream()
                  .filter(i -> i.date().overlaps(a) && i.date().overlaps(b))
                  .collect(Collectors.toList());
          long crossingInside = crossing.stream().filter(i -> whole.encloses(i.date())).count();
          assertEquals(cw.low(), ca.low() + cb.low() + crossingInside, "low");
          assertEquals(cw.best(), ca.best() + cb.best(), "best");
          assertEquals(cw.high(), ca.high() + cb.high() - crossing.size(), "high");
          assertTrue(cw.low() <= cw.best() && cw.best() <= cw.high());
        });
  }

  @Test
  void filteringThenCountingEqualsTheFilteredGroup() {
    holds(
        (d, rng) -> {
          Query q = query(d, rng);
          for (GroupRow r : q.groupBy(Grouping.COUNTRY).summarize().rows()) {
            Optional<Country> c = r.key().get(Grouping.COUNTRY);
            Query filtered =
                c.isPresent() ? q.country(c.get()) : q.where(i -> i.place().country().isEmpty());
            assertEquals(r.summary(), filtered.summarize().summary(), r.key().toString());
          }
          for (GroupRow r : q.groupBy(Grouping.METHOD).summarize().rows()) {
            Optional<Method> m = r.key().get(Grouping.METHOD);
            Query filtered = m.isPresent() ? q.method(m.get()) : q.where(i -> i.method().isEmpty());
            assertEquals(r.summary(), filtered.summarize().summary(), r.key().toString());
            assertEquals((long) r.count().high(), r.records().size());
            assertEquals((long) r.count().low(), r.recordsSurelyInside().size());
          }
        });
  }

  @Test
  void mergeInAnyOrderAndPartitionEqualsOnePass() {
    holds(
        (d, rng) -> {
          List<Incident> incidents = new ArrayList<>(d.incidents());
          Optional<DateSpan> period =
              rng.nextBoolean() ? Optional.of(period(d, rng)) : Optional.empty();
          List<Grouping<?>> gs = groupings(period.isPresent() ? Query.of(d).period(period.get()) : Query.of(d), rng);
          SummaryAccumulator one = SummaryAccumulator.over(period);
          GroupAccumulator oneGroups = GroupAccumulator.of(period, gs);
          incidents.forEach(one::add);
          incidents.forEach(oneGroups::add);
          int k = 1 + rng.nextInt(5);
          List<SummaryAccumulator> parts = new ArrayList<>();
          List<GroupAccumulator> groupParts = new ArrayList<>();
          for (int p = 0; p < k; p++) {
            parts.add(SummaryAccumulator.over(period));
            groupParts.add(GroupAccumulator.of(period, gs));
          }
          for (Incident i : incidents) {
            int p = rng.nextInt(k);
            parts.get(p).add(i);
            groupParts.get(p).add(i);
          }
          Collections.shuffle(parts, rng);
          Collections.shuffle(groupParts, rng);
          SummaryAccumulator merged = SummaryAccumulator.over(period);
          GroupAccumulator mergedGroups = GroupAccumulator.of(period, gs);
          parts.forEach(merged::merge);
          groupParts.forEach(mergedGroups::merge);
          assertEquals(one.snapshot(), merged.snapshot());
          assertEquals(oneGroups.snapshot(), mergedGroups.snapshot());
          Summary parallel =
              incidents.parallelStream()
                  .collect(period.map(Summary::toSummary).orElseGet(Summary::toSummary));
          assertEquals(one.snapshot(), parallel);
          assertEquals(
              oneGroups.snapshot(),
              incidents.parallelStream().collect(Summary.toSummaries(period, gs)));
          LagAccumulator lags = LagAccumulator.create();
          incidents.forEach(i -> lags.add(i.date().lengthInDays()));
          assertEquals(
              lags.snapshot(),
              incidents.parallelStream()
                  .map(i -> i.date().lengthInDays())
                  .collect(LagDistribution.toLagDistribution()));
        });
  }

  @Test
  void resultsDoNotDependOnInputOrder() {
    holds(
        (d, rng) -> {
          List<org.attackstats.model.Attack> attacks = new ArrayList<>(d.attacks());
          List<org.attackstats.model.Response> responses = new ArrayList<>(d.responses());
          Collections.shuffle(attacks, rng);
          Collections.shuffle(responses, rng);
          Dataset shuffled = Dataset.of(attacks, responses, d.bases(), d.tallies());
          long querySeed = rng.nextLong();
          Query q1 = query(d, new Random(querySeed));
          Query q2 = query(shuffled, new Random(querySeed), d);
          List<Grouping<?>> gs = groupings(q1, rng);
          GroupedResult g1 = q1.groupBy(gs.toArray(new Grouping<?>[0])).summarize();
          GroupedResult g2 = q2.groupBy(gs.toArray(new Grouping<?>[0])).summarize();
          assertEquals(g1.rows(), g2.rows());
          assertEquals(g1.top(3, Measure.INJURED), g2.top(3, Measure.INJURED));
          assertEquals(q1.summarize().records(), q2.summarize().records());
        });
  }

  /**
   * A cumulative row is its partition's answer (the incidents with the row's categorical values)
   * over the days from the series' start to the end of its bucket, as the reference computes it;
   * its best values are the running sums of the partition's per-bucket bests, and no bound ever
   * decreases along a partition's series. Over every grouping with a calendar part, in any
   * position, for closed periods; country by year for open periods or none.
   */
  @Test
  void cumulativeSeriesAreTheRunningAnswerOfEachPartition() {
    List<List<Grouping<?>>> calendar =
        GROUPINGS.stream().filter(l -> l.stream().anyMatch(Grouping::isCalendar)).toList();
    holds(
        (d, rng) -> {
          Query q = query(d, rng);
          // over open periods or none, the buckets reach over the data's decades: years only
          boolean open = q.period().map(p -> p.start().equals(DateSpan.MIN) || p.endInclusive().equals(DateSpan.MAX)).orElse(true);
          List<Grouping<?>> gs = open ? List.of(Grouping.COUNTRY, Grouping.YEAR) : StatsGen.pick(rng, calendar);
          int c = Engine.calendarIndex(gs);
          GroupedResult g = q.groupBy(gs).summarize(rng.nextBoolean());
          List<GroupRow> rows = g.rows();
          List<GroupRow> cum = g.cumulative();
          assertEquals(rows.size(), cum.size());
          Map<GroupKey, List<Incident>> partitions =
              matching(q).stream().collect(Collectors.groupingBy(x -> Engine.categoricalKey(gs, x)));
          Map<GroupKey, Summary> running = new java.util.HashMap<>();
          Map<GroupKey, GroupRow> previous = new java.util.HashMap<>();
          for (int i = 0; i < rows.size(); i++) {
            GroupRow row = rows.get(i);
            GroupRow total = cum.get(i);
            assertEquals(row.key(), total.key());
            GroupKey partition = row.key().with(c, Optional.empty());
            java.time.LocalDate start =
                q.period().map(DateSpan::start).orElse(rows.get(0).window().orElseThrow().start());
            DateSpan window = DateSpan.of(start, row.window().orElseThrow().endInclusive());
            assertEquals(Optional.of(window), total.window(), row.toString());
            List<Incident> members = partitions.getOrDefault(partition, List.of());
            assertEquals(Reference.summary(members, Optional.of(window)), total.summary(), row + " " + q);
            Summary sum = running.merge(partition, row.summary(), StatsProperties::plus);
            GroupRow before = previous.put(partition, total);
            for (Measure m : Measure.values()) {
              assertEquals(sum.get(m).best(), total.get(m).best(), 1e-9, m + " " + row);
              if (before != null) {
                Estimate a = before.get(m);
                Estimate b = total.get(m);
                assertTrue(a.low() <= b.low() && a.best() <= b.best() && a.high() <= b.high(), before + " then " + total);
              }
            }
          }
        });
  }

  /**
   * {@link GroupedResult#top} is a naive ranking by selection (of up to 13 rows, to stay fast over
   * thousands): the best value, then the high bound, then the low bound, the first in key order
   * among equals; {@link GroupedResult#values} holds every row's value in key order.
   */
  @Test
  void topIsTheNaiveRankingAndValuesAreTheRows() {
    holds(
        (d, rng) -> {
          Query q = query(d, rng);
          GroupedResult g = q.groupBy(groupings(q, rng)).summarize();
          Measure m = StatsGen.pick(rng, List.of(Measure.values()));
          List<GroupRow> left = new ArrayList<>(g.rows());
          int n = rng.nextInt(Math.min(left.size(), 12) + 2);
          List<GroupRow> ranked = new ArrayList<>();
          while (!left.isEmpty() && ranked.size() < n) {
            int top = 0;
            for (int i = 1; i < left.size(); i++) {
              if (ranksAbove(left.get(i).get(m), left.get(top).get(m))) {
                top = i;
              }
            }
            ranked.add(left.remove(top));
          }
          assertEquals(ranked, g.top(n, m), m + " " + q);
          SortedMap<GroupKey, Estimate> values = g.values(m);
          assertEquals(g.rows().stream().map(GroupRow::key).toList(), new ArrayList<>(values.keySet()));
          g.rows().forEach(r -> assertEquals(r.get(m), values.get(r.key())));
        });
  }

  private static boolean ranksAbove(Estimate a, Estimate b) {
    if (a.best() != b.best()) {
      return a.best() > b.best();
    }
    if (a.high() != b.high()) {
      return a.high() > b.high();
    }
    return a.low() > b.low();
  }

  @Test
  void attacksAndResponsesFollowTheirDefinitions() {
    holds(
        (d, rng) -> {
          Optional<DateSpan> period = rng.nextBoolean() ? Optional.of(period(d, rng)) : Optional.empty();
          AttacksAndResponses ar =
              period.map(p -> AttacksAndResponses.of(d, p)).orElseGet(() -> AttacksAndResponses.of(d));
          Query q = period.map(p -> Query.of(d).period(p)).orElseGet(() -> Query.of(d));
          List<Incident> attacks = q.attacks().summarize().records();
          List<Incident> responses = q.responses().summarize().records();
          List<String> expected = new ArrayList<>();
          for (Incident a : attacks) {
            if (a.place().country().isEmpty()) {
              continue;
            }
            responses.stream()
                .filter(r -> r.place().country().equals(a.place().country()))
                .filter(r -> !r.date().start().isBefore(a.date().start()))
                .min(
                    java.util.Comparator.comparing((Incident r) -> r.date().start())
                        .thenComparing(r -> r.date().endInclusive())
                        .thenComparing(Incident::id))
                .ifPresent(r -> expected.add(a.id() + "->" + r.id()));
          }
          assertEquals(
              expected,
              ar.lags().stream()
                  .map(l -> l.attack().id() + "->" + l.response().id())
                  .collect(Collectors.toList()));
          assertEquals(
              attacks.stream().filter(a -> a.place().country().isPresent()).count(),
              ar.lags().size() + ar.attacksWithoutResponse().size());
          List<Incident> unprovoked =
              responses.stream()
                  .filter(
                      r ->
                          attacks.stream()
                              .noneMatch(
                                  a ->
                                      a.place().country().equals(r.place().country())
                                          && !a.date().start().isAfter(r.date().endInclusive())))
                  .collect(Collectors.toList());
          assertEquals(unprovoked, ar.responsesWithoutPriorAttack());
          Estimate attacked = Estimate.total(ar.byCountry().stream().map(AttacksAndResponses.Balance::attacks).toList());
          assertEquals(q.attacks().count(), attacked);
        });
  }
}
