package org.attackstats.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.model.Attack;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Query;
import org.attackstats.stats.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The examples of docs/statistics.md and docs/scale-out.md, answered by Spark. */
class SparkStatsTest {

  private static final DateSpan CAMPAIGN = DateSpan.parse("2023-10-17/2023-11-21");

  private static SparkSession spark;
  private static Dataset<Row> seed;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    seed = IncidentFrame.of(spark, CanonicalCsv.seedDataset().incidents());
  }

  private static Map<String, String> byFirstColumn(Dataset<Row> grouped) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Row r : grouped.collectAsList()) {
      out.put(String.valueOf(r.get(0)), SparkStats.toSummary(r.getStruct(1)).toString());
    }
    return out;
  }

  @Test
  void attacksByCountryOverTheCampaign() {
    Map<String, String> rows =
        byFirstColumn(
            IncidentFrame.over(seed, CAMPAIGN)
                .where("kind = 'attack'")
                .groupBy("country")
                .agg(SparkStats.summary())
                .orderBy(col("country").asc_nulls_last()));
    assertEquals(
        Map.of(
            "IQ", "incidents=3 injured=>=3 killed=>=0 munitions=>=2",
            "SY", "incidents=1 injured=>=1 killed=>=0 munitions=>=0",
            "null", "incidents=1 injured=>=0 killed=1 munitions=>=0"),
        rows);
    assertEquals(List.of("IQ", "SY", "null"), List.copyOf(rows.keySet()));
  }

  @Test
  void attacksByIsoWeekOverTheCampaign() {
    Dataset<Row> weeks =
        IncidentFrame.inBuckets(seed.where("kind = 'attack'"), Grouping.ISO_WEEK,
                Optional.of(CAMPAIGN))
            .groupBy("bucket_start", "window_start", "window_end")
            .agg(SparkStats.summary())
            .orderBy("bucket_start");
    List<String> counts =
        weeks.collectAsList().stream()
            .map(r -> r.get(0) + " " + r.get(1) + ".." + r.get(2) + " "
                + SparkStats.toSummary(r.getStruct(3)).incidents())
            .toList();
    assertEquals(
        List.of(
            "2023-10-16 2023-10-17..2023-10-22 3[2..3]",
            "2023-10-23 2023-10-23..2023-10-29 0..1",
            "2023-10-30 2023-10-30..2023-11-05 0..1",
            "2023-11-06 2023-11-06..2023-11-12 0..1",
            "2023-11-13 2023-11-13..2023-11-19 0..1",
            "2023-11-20 2023-11-20..2023-11-21 2..3"),
        counts);
  }

  @Test
  void theTypedAggregatorSummarizesKeyedGroups() {
    List<Tuple2<String, Row>> byKind =
        seed.groupByKey((MapFunction<Row, String>) r -> r.getAs("kind"), Encoders.STRING())
            .agg(SummaryAggregator.create().toColumn())
            .collectAsList();
    Map<String, Summary> got = new LinkedHashMap<>();
    byKind.stream()
        .sorted(Comparator.comparing(Tuple2::_1))
        .forEach(t -> got.put(t._1(), SparkStats.toSummary(t._2())));
    assertEquals(Estimate.atLeast(3), got.get("response").killed());
    assertEquals(Query.of(CanonicalCsv.seedDataset()).responses().summarize().summary(),
        got.get("response"));
    assertEquals(Query.of(CanonicalCsv.seedDataset()).attacks().summarize().summary(),
        got.get("attack"));
  }

  @Test
  void datesAsJavaTimeGiveTheSameAnswers() {
    String key = "spark.sql.datetime.java8API.enabled";
    spark.conf().set(key, "true");
    try {
      Row row =
          IncidentFrame.over(seed, CAMPAIGN)
              .groupByKey((MapFunction<Row, String>) r -> "all", Encoders.STRING())
              .agg(SummaryAggregator.create().toColumn())
              .first()
              ._2();
      assertEquals(
          Query.of(CanonicalCsv.seedDataset()).period(CAMPAIGN).summarize().summary(),
          SparkStats.toSummary(row));
    } finally {
      spark.conf().unset(key);
    }
  }

  @Test
  void datesBeforeTheGregorianReformCountOnTheirOwnDays() {
    List<Incident> old =
        List.of(
            Attack.builder("a1", DateSpan.parse("0001-01-01")).build(),
            Attack.builder("a2", DateSpan.parse("1582-10-04/1582-10-15")).build(),
            Attack.builder("a3", DateSpan.parse("1582-10-10")).build());
    Dataset<Row> frame = IncidentFrame.of(spark, old);
    DateSpan reform = DateSpan.parse("1582-10-05/1582-10-14");
    assertEquals(
        "incidents=1..2 injured=>=0 killed=>=0 munitions=>=0",
        SparkStats.toSummary(
                IncidentFrame.over(frame, reform).agg(SparkStats.summary()).first().getStruct(0))
            .toString());
    List<String> days =
        IncidentFrame.inBuckets(frame, Grouping.DAY, Optional.of(reform))
            .groupBy("bucket_start")
            .agg(SparkStats.summary())
            .orderBy("bucket_start")
            .select(col("bucket_start").cast("string"), col("summary"))
            .collectAsList()
            .stream()
            .map(r -> r.get(0) + " " + SparkStats.toSummary(r.getStruct(1)).incidents())
            .toList();
    assertEquals(10, days.size(), days.toString());
    assertEquals("1582-10-10 1..2", days.get(5));
  }

  @Test
  void anEmptyFrameSummarizesToZero() {
    assertEquals(
        Summary.ZERO,
        SparkStats.toSummary(
            IncidentFrame.of(spark, List.of()).agg(SparkStats.summary()).first().getStruct(0)));
  }

  @Test
  void groupingBucketsWithoutTheirBucketIsAnErrorNotAWrongNumber() {
    Dataset<Row> weeks =
        IncidentFrame.inBuckets(seed, Grouping.ISO_WEEK, Optional.of(CAMPAIGN))
            .groupBy("country")
            .agg(SparkStats.summary());
    Exception e = assertThrows(Exception.class, weeks::collectAsList);
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
      cause = cause.getCause();
    }
    assertTrue(
        cause.getMessage().contains("cannot summarize rows of different windows in one group"),
        cause.toString());
  }

  @Test
  void theSummaryColumnsAreTidyAndStable() {
    assertEquals(
        "incidents_low:bigint,incidents_best:bigint,incidents_high:bigint,"
            + "injured_low:double,injured_best:double,injured_high:double,"
            + "injured_approximate:boolean,killed_low:double,killed_best:double,"
            + "killed_high:double,killed_approximate:boolean,munitions_low:double,"
            + "munitions_best:double,munitions_high:double,munitions_approximate:boolean",
        String.join(
            ",",
            java.util.Arrays.stream(SparkStats.SUMMARY.fields())
                .map(f -> f.name() + ":" + f.dataType().simpleString())
                .toList()));
  }
}
