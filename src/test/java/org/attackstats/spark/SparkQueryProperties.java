package org.attackstats.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.stats.CalendarGrouping;
import org.attackstats.stats.GroupRow;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Query;
import org.attackstats.stats.Summary;
import org.attackstats.testing.DatasetSettings;
import org.attackstats.testing.Generators;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark on {@code local[2]} answers exactly what {@link Query} answers over the same generated
 * incidents: totals, by country, by kind and country, by calendar bucket (day, ISO week, weeks
 * from another day, month, year) alone and crossed with country, with and without a period (one
 * of them open-ended, {@code Query.since}), uncertain values and date spans included, and the
 * buckets cut at the first and last supported days. Query's zero-filled buckets (summary {@code
 * Summary.ZERO}) have no Spark row; every other row, its window included, must be equal.
 *
 * <p>A Spark job costs far more than a small dataset, so the datasets of one case go through Spark
 * together, tagged by a {@code dataset} column and grouped by it first. Each case has one period
 * (or none) and one calendar grouping; each dataset of a case is moved in time so that one of its
 * incidents starts near the period's start. Half the datasets are realistic ({@link
 * Generators#dataset}, dates over decades), half the same moved into about one year, so that
 * buckets and periods collide. A failure names the case and the dataset's seed.
 */
class SparkQueryProperties {

  private static final int DATASETS_PER_CASE = 40;

  private static final DatasetSettings SETTINGS =
      DatasetSettings.builder().attacks(0, 40).responses(0, 15).extremeDates(0.0).build();

  /**
   * Incidents on the first and last supported days, which cut the first week of 0001 (a Monday)
   * unless weeks start on Monday and the last week of 9999 (a Friday) unless they start on
   * Saturday; each dataset of the cases without a period.
   */
  private static final List<Dataset> END_OF_TIME =
      List.of(
          Dataset.of(
              List.of(
                  attack("e1", DateSpan.ofDay(DateSpan.MIN), "IQ"),
                  attack("e2", DateSpan.of(DateSpan.MIN, DateSpan.MIN.plusDays(9)), "SY"),
                  attack("e3", DateSpan.ofDay(DateSpan.MIN.plusDays(6)), "IQ")),
              List.of(), List.of(), List.of()),
          Dataset.of(
              List.of(
                  attack("l1", DateSpan.ofDay(DateSpan.MAX), "IQ"),
                  attack("l2", DateSpan.of(DateSpan.MAX.minusDays(9), DateSpan.MAX), "SY"),
                  attack("l3", DateSpan.ofDay(DateSpan.MAX.minusDays(5)), "IQ")),
              List.of(), List.of(), List.of()));

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  /** One case: a period or none, and a calendar grouping. */
  private record Case(Optional<DateSpan> period, CalendarGrouping calendar) {
    @Override
    public String toString() {
      return "period " + period.map(Object::toString).orElse("none") + ", " + calendar.name();
    }
  }

  @Test
  void sparkAnswersWhatQueryAnswers() {
    SplittableRandom rng = new SplittableRandom(14);
    List<Case> cases = new ArrayList<>();
    // Weeks from any day but Monday, so that the first week of 0001 is cut (see END_OF_TIME).
    for (CalendarGrouping c :
        List.of(Grouping.ISO_WEEK, Grouping.MONTH, Grouping.YEAR,
            Grouping.weekStarting(DayOfWeek.of(2 + rng.nextInt(6))))) {
      cases.add(new Case(Optional.empty(), c));
    }
    for (CalendarGrouping c :
        List.of(Grouping.DAY, Grouping.ISO_WEEK, Grouping.MONTH, Grouping.YEAR,
            Grouping.weekStarting(DayOfWeek.of(1 + rng.nextInt(7))))) {
      LocalDate start = LocalDate.of(2023, 1, 1).plusDays(rng.nextInt(365));
      cases.add(new Case(Optional.of(DateSpan.of(start, start.plusDays(rng.nextInt(120)))), c));
    }
    // An open end: Query.since, and a period to DateSpan.MAX in Spark.
    LocalDate since = LocalDate.of(2023, 1, 1).plusDays(rng.nextInt(365));
    cases.add(new Case(Optional.of(DateSpan.of(since, DateSpan.MAX)), Grouping.ISO_WEEK));
    for (Case c : cases) {
      check(c, rng.nextLong());
    }
  }

  private static Attack attack(String id, DateSpan date, String country) {
    return Attack.builder(id, date).place(Place.of(Country.of(country))).build();
  }

  private static void check(Case c, long caseSeed) {
    List<Dataset> datasets = new ArrayList<>();
    List<String> names = new ArrayList<>();
    SplittableRandom rng = new SplittableRandom(caseSeed);
    for (int i = 0; i < DATASETS_PER_CASE; i++) {
      long seed = rng.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      Dataset d = Generators.dataset(r, SETTINGS);
      if (i % 2 == 1) {
        d = moved(d, SparkQueryProperties::intoOneYear);
      }
      if (c.period().isPresent() && !d.incidents().isEmpty()) {
        LocalDate anchor = d.incidents().get(r.nextInt(d.incidents().size())).date().start();
        long shift = c.period().get().start().toEpochDay() - anchor.toEpochDay() + r.nextInt(40);
        d = moved(d, s -> DateSpan.of(s.start().plusDays(shift), s.endInclusive().plusDays(shift)));
      }
      datasets.add(d);
      names.add("dataset " + i + " (Generators.dataset seed " + seed + ")");
    }
    if (c.period().isEmpty()) {
      for (int i = 0; i < END_OF_TIME.size(); i++) {
        datasets.add(END_OF_TIME.get(i));
        names.add("END_OF_TIME " + i);
      }
    }
    compare(c, datasets, names);
  }

  /** Compares Spark's answers with Query's for each dataset, all in one Spark frame. */
  private static void compare(Case c, List<Dataset> datasets, List<String> names) {
    // One local relation for all datasets: a union of many costs seconds of planning per job.
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < datasets.size(); i++) {
      for (Incident incident : datasets.get(i).incidents()) {
        Row r = Bridge.row(incident);
        Object[] values = new Object[r.length() + 1];
        for (int v = 0; v < r.length(); v++) {
          values[v] = r.get(v);
        }
        values[r.length()] = i;
        rows.add(RowFactory.create(values));
      }
    }
    org.apache.spark.sql.Dataset<Row> frame =
        spark.createDataFrame(rows, IncidentFrame.SCHEMA.add("dataset", DataTypes.IntegerType));
    org.apache.spark.sql.Dataset<Row> windowed =
        c.period().map(p -> IncidentFrame.over(frame, p)).orElse(frame);
    org.apache.spark.sql.Dataset<Row> buckets =
        IncidentFrame.inBuckets(frame, c.calendar(), c.period());

    Map<Integer, Map<String, Summary>> total = actual(windowed);
    Map<Integer, Map<String, Summary>> country = actual(windowed, "country");
    Map<Integer, Map<String, Summary>> kindCountry = actual(windowed, "kind", "country");
    Map<Integer, Map<String, Summary>> calendar = actual(buckets, "bucket_start");
    Map<Integer, Map<String, Summary>> countryCalendar =
        actual(buckets, "country", "bucket_start");
    for (int i = 0; i < datasets.size(); i++) {
      Dataset d = datasets.get(i);
      String where = c + ", " + names.get(i);
      Summary expectedTotal = query(d, c.period()).summarize().summary();
      assertEquals(
          expectedTotal.equals(Summary.ZERO) ? Map.of() : Map.of(windowKey(c.period()), expectedTotal),
          total.getOrDefault(i, Map.of()),
          "total, " + where);
      assertEquals(
          expected(d, c.period(), List.of(Grouping.COUNTRY)),
          country.getOrDefault(i, Map.of()),
          "by country, " + where);
      assertEquals(
          expected(d, c.period(), List.of(Grouping.KIND, Grouping.COUNTRY)),
          kindCountry.getOrDefault(i, Map.of()),
          "by kind and country, " + where);
      assertEquals(
          expected(d, c.period(), List.of(c.calendar())),
          calendar.getOrDefault(i, Map.of()),
          "by bucket, " + where);
      assertEquals(
          expected(d, c.period(), List.of(Grouping.COUNTRY, c.calendar())),
          countryCalendar.getOrDefault(i, Map.of()),
          "by country and bucket, " + where);
    }
  }

  private static Dataset moved(Dataset d, UnaryOperator<DateSpan> move) {
    Dataset.Builder b = Dataset.builder();
    d.bases().forEach(b::add);
    for (Attack a : d.attacks()) {
      b.add(a.toBuilder().date(move.apply(a.date())).build());
    }
    for (Response r : d.responses()) {
      b.add(r.toBuilder().date(move.apply(r.date())).build());
    }
    return b.build();
  }

  private static DateSpan intoOneYear(DateSpan s) {
    LocalDate start =
        LocalDate.of(2000, 1, 1).plusDays(Math.floorMod(s.start().toEpochDay(), 400));
    return DateSpan.of(start, start.plusDays(Math.min(s.lengthInDays(), 400) - 1));
  }

  private static Query query(Dataset d, Optional<DateSpan> period) {
    Query q = Query.of(d);
    if (period.isEmpty()) {
      return q;
    }
    DateSpan p = period.get();
    return p.endInclusive().equals(DateSpan.MAX) ? q.since(p.start()) : q.period(p);
  }

  private static String windowKey(Optional<DateSpan> window) {
    return window.map(w -> w.start() + "|" + w.endInclusive()).orElse("null|null");
  }

  /** Query's rows, but zero-filled ones, by key values and window. */
  private static Map<String, Summary> expected(
      Dataset d, Optional<DateSpan> period, List<Grouping<?>> groupings) {
    Map<String, Summary> out = new TreeMap<>();
    for (GroupRow row :
        query(d, period).groupBy(groupings.toArray(Grouping<?>[]::new)).summarize().rows()) {
      if (row.summary().equals(Summary.ZERO)) {
        continue;
      }
      List<String> key = new ArrayList<>();
      for (Grouping<?> g : groupings) {
        key.add(row.key().get(g).map(SparkQueryProperties::cell).orElse("null"));
      }
      key.add(windowKey(row.window()));
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

  /** Spark's rows of a frame grouped by dataset and columns, by key values and window. */
  private static Map<Integer, Map<String, Summary>> actual(
      org.apache.spark.sql.Dataset<Row> frame, String... columns) {
    List<Column> keys = new ArrayList<>();
    keys.add(functions.col("dataset"));
    for (String c : columns) {
      keys.add(functions.col(c));
    }
    keys.add(functions.col(IncidentFrame.WINDOW_START));
    keys.add(functions.col(IncidentFrame.WINDOW_END));
    Map<Integer, Map<String, Summary>> out = new TreeMap<>();
    for (Row r :
        frame.groupBy(keys.toArray(Column[]::new)).agg(SparkStats.summary()).collectAsList()) {
      List<String> key = new ArrayList<>();
      for (int i = 1; i < keys.size(); i++) {
        key.add(r.isNullAt(i) ? "null" : String.valueOf(r.get(i)));
      }
      out.computeIfAbsent(r.getInt(0), k -> new TreeMap<>())
          .put(String.join("|", key), SparkStats.toSummary(r.getStruct(keys.size())));
    }
    return out;
  }
}
