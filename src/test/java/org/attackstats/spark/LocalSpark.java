package org.attackstats.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM, on {@code local[2]}, started by the first test class that
 * asks for it and stopped by Spark's shutdown hook when the JVM ends: starting a session costs
 * seconds, so the Spark test classes share it. Small settings for small data: two shuffle
 * partitions, no adaptive planning, no UI.
 */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession session() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("attack-stats tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }
}
