package org.attackstats.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.model.DateSpan;
import org.attackstats.stats.Grouping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkStatsTest {

  private static SparkSession spark;
  private static Dataset<Row> seed;
  private static final DateSpan CAMPAIGN = DateSpan.parse("2023-10-17/2023-11-21");

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    seed = IncidentFrame.of(spark, CanonicalCsv.seedDataset().incidents());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void smoke() {
    List<Row> rows =
        IncidentFrame.over(seed, CAMPAIGN)
            .where("kind = 'attack'")
            .groupBy("country")
            .agg(SparkStats.summary())
            .select("country", "summary.*")
            .orderBy("country")
            .collectAsList();
    rows.forEach(r -> System.out.println(r + " " + SparkStats.toSummary(r)));
    List<Row> weeks =
        IncidentFrame.inBuckets(seed.where("kind = 'attack'"), Grouping.ISO_WEEK, Optional.of(CAMPAIGN))
            .groupBy("bucket_start")
            .agg(SparkStats.summary())
            .select("bucket_start", "summary.*")
            .orderBy("bucket_start")
            .collectAsList();
    weeks.forEach(r -> System.out.println(r + " " + SparkStats.toSummary(r)));
    assertEquals(3, rows.size());
  }
}
