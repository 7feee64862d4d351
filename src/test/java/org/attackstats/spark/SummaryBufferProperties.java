package org.attackstats.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.stats.Summary;
import org.attackstats.testing.DatasetSettings;
import org.attackstats.testing.Generators;
import org.attackstats.testing.MergeLaws;
import org.attackstats.testing.Qt;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link SummaryBuffer} and {@link SummaryAggregator}, without a Spark session: the
 * merge is a commutative monoid, and reducing rows in any partition and merging the partitions in
 * any order gives the library's {@code Summary.toSummary} over the same incidents and window.
 */
class SummaryBufferProperties {

  private static final SummaryAggregator AGGREGATOR = SummaryAggregator.create();

  private static final DatasetSettings SETTINGS =
      DatasetSettings.builder().attacks(0, 40).responses(0, 15).build();

  /** The frame row of an incident, with a window (null sides are open). */
  static Row row(Incident incident, Optional<DateSpan> window) {
    Row r = Bridge.row(incident);
    Object[] values = new Object[r.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = r.get(i);
    }
    values[IncidentFrame.SCHEMA.fieldIndex(IncidentFrame.WINDOW_START)] =
        window.map(DateSpan::start).orElse(null);
    values[IncidentFrame.SCHEMA.fieldIndex(IncidentFrame.WINDOW_END)] =
        window.map(DateSpan::endInclusive).orElse(null);
    return new GenericRowWithSchema(values, IncidentFrame.SCHEMA);
  }

  /** A period near the data: around a random incident's start, up to four months long. */
  static Optional<DateSpan> period(Dataset d, Random rng) {
    List<Incident> all = d.incidents();
    if (all.isEmpty() || rng.nextInt(4) == 0) {
      return Optional.empty();
    }
    LocalDate s = all.get(rng.nextInt(all.size())).date().start().minusDays(rng.nextInt(40));
    s = s.isBefore(DateSpan.MIN) ? DateSpan.MIN : s;
    LocalDate e = s.plusDays(rng.nextInt(120));
    return Optional.of(DateSpan.of(s, e.isAfter(DateSpan.MAX) ? DateSpan.MAX : e));
  }

  private static SummaryBuffer reduce(List<Row> rows) {
    SummaryBuffer b = AGGREGATOR.zero();
    for (Row r : rows) {
      b = AGGREGATOR.reduce(b, r);
    }
    return b;
  }

  @Test
  void anyPartitionAndMergeOrderGivesTheLibrarysSummary() {
    qt().withExamples(300)
        .forAll(Qt.datasets(SETTINGS), longs().all())
        .checkAssert(
            (d, seed) -> {
              Random rng = new Random(seed);
              Optional<DateSpan> period = period(d, rng);
              List<Row> rows = new ArrayList<>();
              for (Incident i : d.incidents()) {
                rows.add(row(i, period));
              }
              Collections.shuffle(rows, rng);
              List<SummaryBuffer> parts = new ArrayList<>();
              int from = 0;
              while (from < rows.size()) {
                int to = Math.min(rows.size(), from + 1 + rng.nextInt(8));
                parts.add(reduce(rows.subList(from, to)));
                from = to;
              }
              parts.add(AGGREGATOR.zero());
              Collections.shuffle(parts, rng);
              SummaryBuffer merged = AGGREGATOR.zero();
              for (SummaryBuffer p : parts) {
                merged = AGGREGATOR.merge(merged, p);
              }
              Summary expected =
                  d.incidents().stream()
                      .collect(period.map(Summary::toSummary).orElse(Summary.toSummary()));
              assertEquals(expected, Bridge.summary(merged));
              assertEquals(expected, SparkStats.toSummary(AGGREGATOR.finish(merged)));
              assertEquals(merged, reduce(rows), "one pass equals partitions merged");
            });
  }

  private static SummaryBuffer buffer(RandomGenerator rng, Optional<DateSpan> window) {
    List<Row> rows = new ArrayList<>();
    int n = rng.nextInt(6);
    for (int i = 0; i < n; i++) {
      Incident incident =
          rng.nextBoolean()
              ? Generators.attack(rng, "a" + i)
              : Generators.response(rng, "r" + i, List.of());
      rows.add(row(incident, window));
    }
    return reduce(rows);
  }

  private static SummaryBuffer merged(SummaryBuffer a, SummaryBuffer b) {
    return AGGREGATOR.merge(a.copy(), b);
  }

  @Test
  void mergeIsACommutativeMonoidWithTheEmptyBufferAsIdentity() {
    List<Optional<DateSpan>> windows =
        List.of(
            Optional.empty(),
            Optional.of(DateSpan.parse("2000-01-01/2009-12-31")),
            Optional.of(DateSpan.parse("2023-10-17/2023-11-21")));
    for (Optional<DateSpan> w : windows) {
      MergeLaws.of(SummaryBufferProperties::merged, AGGREGATOR.zero(), rng -> buffer(rng, w))
          .withExamples(300)
          .check();
    }
  }

  @Test
  void buffersOfDifferentWindowsRefuseToMergeNamingBoth() {
    Incident a = Generators.attack(new Random(1), "a1");
    SummaryBuffer open = reduce(List.of(row(a, Optional.empty())));
    SummaryBuffer campaign =
        reduce(List.of(row(a, Optional.of(DateSpan.parse("2023-10-17/2023-11-21")))));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AGGREGATOR.merge(open, campaign));
    assertTrue(e.getMessage().contains("open/open and 2023-10-17/2023-11-21"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> AGGREGATOR.reduce(campaign, row(a, Optional.empty())));
  }

  @Test
  void theBufferIsABeanOfPrimitiveColumnsWithStableNames() {
    assertEquals(
        "incidentsBest:bigint, incidentsHigh:bigint, incidentsLow:bigint,"
            + " injured:struct<approximate:boolean,best:bigint,highFinite:bigint,"
            + "highUnbounded:bigint,low:bigint>, killed:struct<approximate:boolean,best:bigint,"
            + "highFinite:bigint,highUnbounded:bigint,low:bigint>,"
            + " munitions:struct<approximate:boolean,best:bigint,highFinite:bigint,"
            + "highUnbounded:bigint,low:bigint>, windowFrom:bigint, windowKnown:boolean,"
            + " windowTo:bigint",
        String.join(
            ", ",
            java.util.Arrays.stream(AGGREGATOR.bufferEncoder().schema().fields())
                .map(f -> f.name() + ":" + f.dataType().simpleString())
                .toList()));
  }
}
