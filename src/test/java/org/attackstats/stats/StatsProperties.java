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
import org.junit.jupiter.api.Test;

/** The laws of the statistics engine, over random datasets and queries. */
class StatsProperties {

  private static final int EXAMPLES = 150;

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
          List.of(Grouping.ACTOR));

  /** A random query: maybe one kind, maybe countries, maybe a period. */
  private static Query query(Dataset d, Random rng) {
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
    if (rng.nextInt(4) != 0) {
      q = q.period(StatsGen.period(rng));
    }
    return q;
  }

  private static List<Incident> matching(Query q) {
    return q.dataset().incidents().stream().filter(q::matches).collect(Collectors.toList());
  }

  private static SortedMap<GroupKey, Summary> summaries(GroupedResult g) {
    return new java.util.TreeMap<>(
        g.rows().stream().collect(Collectors.toMap(Row::key, Row::summary)));
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
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .check(
            seed -> {
              Random rng = new Random(seed);
              Dataset d = StatsGen.dataset(seed, 60);
              Query q = query(d, rng);
              Summary reference = Reference.summary(matching(q), q.period());
              assertEquals(reference, q.summarize().summary(), "index " + q);
              assertEquals(reference, Engine.summary(q, Optional.empty(), q.period(), false), "scan");
              List<Grouping<?>> gs = StatsGen.pick(rng, GROUPINGS);
              GroupedQuery g = q.groupBy(gs.toArray(new Grouping<?>[0]));
              Map<GroupKey, Summary> expected = Reference.groups(matching(q), q.period(), gs);
              assertEquals(expected, summaries(g.summarize()), "index " + gs + " " + q);
              assertEquals(expected, summaries(g.summarize(false)), "scan " + gs + " " + q);
              return true;
            });
  }

  @Test
  void categoricalGroupsAddUpToTheTotal() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .check(
            seed -> {
              Random rng = new Random(seed);
              Query q = query(StatsGen.dataset(seed, 60), rng);
              List<Grouping<?>> gs =
                  StatsGen.pick(
                      rng,
                      GROUPINGS.stream()
                          .filter(l -> l.stream().noneMatch(Grouping::isCalendar))
                          .collect(Collectors.toList()));
              GroupedResult g = q.groupBy(gs.toArray(new Grouping<?>[0])).summarize();
              Summary sum = g.rows().stream().map(Row::summary).reduce(Summary.ZERO, StatsProperties::plus);
              return sum.equals(g.total()) && g.total().equals(q.summarize().summary());
            });
  }

  @Test
  void calendarBucketsAddUpInBestAndBoundTheTotal() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .check(
            seed -> {
              Random rng = new Random(seed);
              Query q = query(StatsGen.dataset(seed, 60), rng);
              Grouping<?> cal = StatsGen.pick(rng, List.of(Grouping.DAY, Grouping.ISO_WEEK, Grouping.MONTH, Grouping.YEAR));
              GroupedResult g = q.groupBy(cal).summarize();
              Estimate total = g.total().incidents();
              double low = 0;
              double best = 0;
              double high = 0;
              for (Row r : g.rows()) {
                low += r.count().low();
                best += r.count().best();
                high += r.count().high();
              }
              return low <= total.low() && best == total.best() && high >= total.high();
            });
  }

  @Test
  void adjacentPeriodsAddUpLowAndHighSeparately() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .check(
            seed -> {
              Random rng = new Random(seed);
              Query q = query(StatsGen.dataset(seed, 60), rng);
              DateSpan whole = StatsGen.period(rng);
              if (whole.lengthInDays() < 2) {
                return true;
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
              return true;
            });
  }

  @Test
  void filteringThenCountingEqualsTheFilteredGroup() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .check(
            seed -> {
              Random rng = new Random(seed);
              Query q = query(StatsGen.dataset(seed, 60), rng);
              for (Row r : q.groupBy(Grouping.COUNTRY).summarize().rows()) {
                Optional<Country> c = r.key().get(Grouping.COUNTRY);
                Query filtered = c.isPresent() ? q.country(c.get()) : q.where(i -> i.place().country().isEmpty());
                assertEquals(r.summary(), filtered.summarize().summary(), r.key().toString());
              }
              for (Row r : q.groupBy(Grouping.METHOD).summarize().rows()) {
                Optional<Method> m = r.key().get(Grouping.METHOD);
                Query filtered = m.isPresent() ? q.method(m.get()) : q.where(i -> i.method().isEmpty());
                assertEquals(r.summary(), filtered.summarize().summary(), r.key().toString());
                assertEquals((long) r.count().high(), r.records().size());
              }
              return true;
            });
  }

  @Test
  void mergeInAnyOrderAndPartitionEqualsOnePass() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .check(
            seed -> {
              Random rng = new Random(seed);
              Dataset d = StatsGen.dataset(seed, 60);
              List<Incident> incidents = new ArrayList<>(d.incidents());
              Optional<DateSpan> period = rng.nextBoolean() ? Optional.of(StatsGen.period(rng)) : Optional.empty();
              List<Grouping<?>> gs = StatsGen.pick(rng, GROUPINGS);
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
              assertEquals(oneGroups.snapshot(), incidents.parallelStream().collect(GroupAccumulator.collector(period, gs)));
              LagAccumulator lags = new LagAccumulator();
              incidents.forEach(i -> lags.add(i.date().lengthInDays()));
              assertEquals(
                  lags.snapshot(),
                  incidents.parallelStream().map(i -> i.date().lengthInDays()).collect(LagDistribution.toDistribution()));
              return true;
            });
  }

  @Test
  void resultsDoNotDependOnInputOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .check(
            seed -> {
              Random rng = new Random(seed);
              Dataset d = StatsGen.dataset(seed, 60);
              List<org.attackstats.model.Attack> attacks = new ArrayList<>(d.attacks());
              List<org.attackstats.model.Response> responses = new ArrayList<>(d.responses());
              Collections.shuffle(attacks, rng);
              Collections.shuffle(responses, rng);
              Dataset shuffled = Dataset.of(attacks, responses, d.bases(), d.tallies());
              long querySeed = rng.nextLong();
              Query q1 = query(d, new Random(querySeed));
              Query q2 = query(shuffled, new Random(querySeed));
              List<Grouping<?>> gs = StatsGen.pick(rng, GROUPINGS);
              GroupedResult g1 = q1.groupBy(gs.toArray(new Grouping<?>[0])).summarize();
              GroupedResult g2 = q2.groupBy(gs.toArray(new Grouping<?>[0])).summarize();
              assertEquals(g1.rows(), g2.rows());
              assertEquals(g1.top(3, Measure.INJURED), g2.top(3, Measure.INJURED));
              assertEquals(q1.summarize().records(), q2.summarize().records());
              return true;
            });
  }

  @Test
  void cumulativeSeriesNeverDecrease() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .check(
            seed -> {
              Random rng = new Random(seed);
              Query q = query(StatsGen.dataset(seed, 60), rng);
              GroupedResult g = q.groupBy(Grouping.COUNTRY, Grouping.MONTH).summarize();
              List<Row> cum = g.cumulative();
              for (int i = 1; i < cum.size(); i++) {
                Row prev = cum.get(i - 1);
                Row next = cum.get(i);
                if (prev.key().get(Grouping.COUNTRY).equals(next.key().get(Grouping.COUNTRY))) {
                  for (Measure m : Measure.values()) {
                    Estimate a = prev.get(m);
                    Estimate b = next.get(m);
                    assertTrue(a.low() <= b.low() && a.best() <= b.best() && a.high() <= b.high(), prev + " then " + next);
                  }
                }
              }
              return true;
            });
  }
}
