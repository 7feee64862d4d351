package org.attackstats.spark;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.attackstats.csv.DataFormatException;
import org.attackstats.model.DateSpan;
import org.attackstats.stats.Grouping;

/**
 * A Spark job: the tidy table of incidents per country, kind and ISO week of a canonical dataset
 * folder, written as CSV (docs/scale-out.md shows how to submit it).
 *
 * <pre>
 * spark-submit --class org.attackstats.spark.CountryWeekReport attack-stats-cli.jar \
 *     INPUT_DIR OUTPUT_DIR [PERIOD]
 * </pre>
 *
 * <p>{@code PERIOD} is a date span such as {@code 2023-10-17/2023-11-21}; without it every
 * incident counts in the weeks it overlaps. The output folder holds one CSV file with a header and
 * the columns {@code country, kind, week_start, week_end, window_start, window_end} and then the
 * columns of {@link SparkStats#SUMMARY}; rows are ordered by country (unknown last), kind and
 * week; a week in which no incident of a country and kind may lie has no row. Exit codes: 0 done,
 * 1 a data problem in the input (named with file, line, column and value) or an input that cannot
 * be read, 2 a usage error (also when {@code OUTPUT_DIR} exists already).
 */
public final class CountryWeekReport {

  private static final String USAGE =
      "usage: CountryWeekReport INPUT_DIR OUTPUT_DIR [PERIOD, e.g. 2023-10-17/2023-11-21]";

  private CountryWeekReport() {}

  /**
   * Runs the job in the session that {@code spark-submit} (or {@code -Dspark.master}) sets up.
   *
   * @param args {@code INPUT_DIR OUTPUT_DIR [PERIOD]}
   */
  public static void main(String[] args) {
    int status;
    SparkSession spark = SparkSession.builder().appName("attack-stats CountryWeekReport")
        .getOrCreate();
    try {
      status = run(spark, args, System.err);
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the job in a session.
   *
   * @param spark the session
   * @param args {@code INPUT_DIR OUTPUT_DIR [PERIOD]}
   * @param err where usage and data problems are told
   * @return the exit code: 0 done, 1 a data problem or an unreadable input, 2 a usage error or
   *     an existing output folder
   */
  public static int run(SparkSession spark, String[] args, PrintStream err) {
    if (args.length < 2 || args.length > 3) {
      err.println(USAGE);
      return 2;
    }
    Optional<DateSpan> period;
    try {
      period = args.length == 3 ? Optional.of(DateSpan.parse(args[2])) : Optional.empty();
    } catch (IllegalArgumentException e) {
      err.println("invalid PERIOD: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    Dataset<Row> incidents;
    try {
      incidents = IncidentFrame.read(spark, Path.of(args[0]));
    } catch (DataFormatException | UncheckedIOException e) {
      err.println(e.getMessage());
      return 1;
    }
    try {
      table(incidents, period)
          .coalesce(1)
          .write()
          .mode(SaveMode.ErrorIfExists)
          .option("header", "true")
          .csv(args[1]);
    } catch (Exception e) { // Spark throws its checked AnalysisException undeclared
      if (e instanceof AnalysisException) {
        err.println("cannot write OUTPUT_DIR " + args[1] + ": " + e.getMessage());
        return 2;
      }
      throw e;
    }
    return 0;
  }

  /**
   * The table the job writes: incidents per country, kind and ISO week.
   *
   * @param incidents a frame of {@link IncidentFrame#SCHEMA}
   * @param period the period, or empty for all time
   * @return the table, ordered by country (unknown last), kind and week
   */
  public static Dataset<Row> table(Dataset<Row> incidents, Optional<DateSpan> period) {
    List<Column> columns = new ArrayList<>();
    columns.add(col("country"));
    columns.add(col("kind"));
    columns.add(col(IncidentFrame.BUCKET_START).as("week_start"));
    columns.add(col(IncidentFrame.BUCKET_END).as("week_end"));
    columns.add(col(IncidentFrame.WINDOW_START));
    columns.add(col(IncidentFrame.WINDOW_END));
    columns.add(col("summary.*"));
    return IncidentFrame.inBuckets(incidents, Grouping.ISO_WEEK, period)
        .groupBy(
            col("country"),
            col("kind"),
            col(IncidentFrame.BUCKET_START),
            col(IncidentFrame.BUCKET_END),
            col(IncidentFrame.WINDOW_START),
            col(IncidentFrame.WINDOW_END))
        .agg(SparkStats.summary())
        .select(columns.toArray(Column[]::new))
        .orderBy(col("country").asc_nulls_last(), col("kind"), col("week_start"));
  }
}
