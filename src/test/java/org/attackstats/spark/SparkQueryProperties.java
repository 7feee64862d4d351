package org.attackstats.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Query;
import org.attackstats.stats.Summary;
import org.attackstats.testing.DatasetSettings;
import org.attackstats.testing.Qt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Spark on {@code local[2]} answers exactly what {@link Query} answers over the same generated
 * incidents: totals, by country, by kind and country, by calendar bucket (day, ISO week, weeks
 * from another day, month, year) alone and crossed with country, with and without a period,
 * uncertain values and date spans included. Query's zero-filled buckets (summary {@code
 * Summary.ZERO}) have no Spark row; every other row, its window included, must be equal.
 */
class SparkQueryProperties {

  private static final int EXAMPLES = 20;

  private static final DatasetSettings SETTINGS =
      DatasetSettings.builder().attacks(0, 40).responses(0, 15).extremeDates(0.0).build();

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Realistic datasets, and the same moved into 2023 so that buckets and periods collide. */
  private static List<Gen<Dataset>> sources() {
    return List.of(Qt.datasets(SETTINGS), Qt.datasets(SETTINGS).map(SparkQueryProperties::dense));
  }

  private static Dataset dense(Dataset d) {
    Dataset.Builder b = Dataset.builder();
    d.bases().forEach(b::add);
    for (Attack a : d.attacks()) {
      b.add(a.toBuilder().date(into2023(a.date())).build());
    }
    for (Response r : d.responses()) {
      b.add(r.toBuilder().date(into2023(r.date())).build());
    }
    return b.build();
  }

  private static DateSpan into2023(DateSpan s) {
    LocalDate start =
        LocalDate.of(2023, 1, 1).plusDays(Math.floorMod(s.start().toEpochDay(), 400));
    return DateSpan.of(start, start.plusDays(Math.min(s.lengthInDays(), 400) - 1));
  }

  @Test
  void sparkAnswersWhatQueryAnswers() {
    for (Gen<Dataset> datasets : sources()) {
      qt().withExamples(EXAMPLES)
          .forAll(datasets, longs().all())
          .checkAssert((d, seed) -> check(d, new Random(seed)));
    }
  }

  private static void check(Dataset d, Random rng) {
    Optional<DateSpan> period = SummaryBufferProperties.period(d, rng);
    List<Grouping<DateSpan>> calendars =
        new ArrayList<>(
            List.of(
                Grouping.ISO_WEEK,
                Grouping.weekStarting(DayOfWeek.of(1 + rng.nextInt(7))),
                Grouping.MONTH,
                Grouping.YEAR));
    if (period.isPresent()) {
      calendars.add(Grouping.DAY);
    }
    Grouping<DateSpan> calendar = calendars.get(rng.nextInt(calendars.size()));
    org.apache.spark.sql.Dataset<Row> frame = IncidentFrame.of(spark, d.incidents());
    org.apache.spark.sql.Dataset<Row> windowed =
        period.map(p -> IncidentFrame.over(frame, p)).orElse(frame);
    org.apache.spark.sql.Dataset<Row> buckets = IncidentFrame.inBuckets(frame, calendar, period);

    assertEquals(
        query(d, period).summarize().summary(),
        SparkStats.toSummary(windowed.agg(SparkStats.summary()).first().getStruct(0)),
        "total");
    assertEquals(
        expected(d, period, List.of(Grouping.COUNTRY)), actual(windowed, "country"), "country");
    assertEquals(
        expected(d, period, List.of(Grouping.KIND, Grouping.COUNTRY)),
        actual(windowed, "kind", "country"),
        "kind x country");
    assertEquals(
        expected(d, period, List.of(calendar)), actual(buckets, "bucket_start"), calendar.name());
    assertEquals(
        expected(d, period, List.of(Grouping.COUNTRY, calendar)),
        actual(buckets, "country", "bucket_start"),
        "country x " + calendar.name());
  }

  private static Query query(Dataset d, Optional<DateSpan> period) {
    Query q = Query.of(d);
    return period.map(q::period).orElse(q);
  }

  /** Query's rows, but zero-filled ones, by key values and window. */
  private static Map<String, Summary> expected(
      Dataset d, Optional<DateSpan> period, List<Grouping<?>> groupings) {
    Map<String, Summary> out = new TreeMap<>();
    for (org.attackstats.stats.Row row :
        query(d, period).groupBy(groupings.toArray(Grouping<?>[]::new)).summarize().rows()) {
      if (row.summary().equals(Summary.ZERO)) {
        continue;
      }
      List<String> key = new ArrayList<>();
      for (Optional<?> v : row.key().values()) {
        key.add(v.map(SparkQueryProperties::cell).orElse("null"));
      }
      key.add(row.window().map(w -> w.start().toString()).orElse("null"));
      key.add(row.window().map(w -> w.endInclusive().toString()).orElse("null"));
      out.put(String.join("|", key), row.summary());
    }
    return out;
  }

  private static String cell(Object value) {
    if (value instanceof Country c) {
      return c.code();
    }
    if (value instanceof Incident.Kind k) {
      return k.name().toLowerCase(Locale.ROOT);
    }
    if (value instanceof DateSpan s) {
      return s.start().toString();
    }
    return value.toString();
  }

  /** Spark's rows of a frame grouped by columns, by key values and window. */
  private static Map<String, Summary> actual(
      org.apache.spark.sql.Dataset<Row> frame, String... columns) {
    List<Column> keys = new ArrayList<>();
    for (String c : columns) {
      keys.add(functions.col(c));
    }
    keys.add(functions.col(IncidentFrame.WINDOW_START));
    keys.add(functions.col(IncidentFrame.WINDOW_END));
    Map<String, Summary> out = new TreeMap<>();
    for (Row r : frame.groupBy(keys.toArray(Column[]::new)).agg(SparkStats.summary())
        .collectAsList()) {
      List<String> key = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        key.add(r.isNullAt(i) ? "null" : String.valueOf(r.get(i)));
      }
      out.put(String.join("|", key), SparkStats.toSummary(r.getStruct(keys.size())));
    }
    return out;
  }
}
