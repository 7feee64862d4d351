package org.attackstats.spark;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.io.UncheckedIOException;
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
import org.attackstats.csv.InputFormat;
import org.attackstats.csv.LoadReport;
import org.attackstats.csv.ReadOptions;
import org.attackstats.model.DateSpan;
import org.attackstats.stats.Grouping;

/**
 * A Spark job: the tidy table of incidents per country, kind and ISO week of a folder (or file, or
 * glob) of canonical files, GDELT events or other exports, read in parallel by {@link
 * IncidentFrame#read}, written as CSV (docs/scale-out.md shows how to submit it).
 *
 * <pre>
 * spark-submit --class org.attackstats.spark.CountryWeekReport attack-stats-cli.jar \
 *     [--input-format FORMAT] [--lenient] INPUT OUTPUT_DIR [PERIOD]
 * </pre>
 *
 * <p>{@code INPUT} is a Hadoop path; {@code FORMAT} is {@code auto} (the default: told from the
 * files), {@code canonical}, {@code gdelt} or another export format of {@link
 * org.attackstats.csv.ExternalFormat}. Strict by default: the first problem ends the job. With
 * {@code --lenient}, rows with problems are left out and the job tells the account (rows read,
 * accepted, left out, rejected) and the first problems on the error stream. {@code PERIOD} is a
 * date span such as {@code 2023-10-17/2023-11-21}; without it every incident counts in the weeks
 * it overlaps. The output folder holds one CSV file with a header and the columns {@code country,
 * kind, week_start, week_end, window_start, window_end} and then the columns of {@link
 * SparkStats#SUMMARY}; rows are ordered by country (unknown last), kind and week; a week in which
 * no incident of a country and kind may lie has no row. Exit codes: 0 done, 1 a data problem in
 * the input (named with file, line, column and value; lenient: the table is written all the same)
 * or an input that cannot be read, 2 a usage error (also when {@code OUTPUT_DIR} exists already).
 */
public final class CountryWeekReport {

  private static final String USAGE =
      "usage: CountryWeekReport [--input-format FORMAT] [--lenient] INPUT OUTPUT_DIR"
          + " [PERIOD, e.g. 2023-10-17/2023-11-21]";

  /** Problems told on the error stream in lenient mode; the rest are counted. */
  private static final int PROBLEMS_TOLD = 20;

  private CountryWeekReport() {}

  /**
   * Runs the job in the session that {@code spark-submit} (or {@code -Dspark.master}) sets up.
   *
   * @param args {@code [--input-format FORMAT] [--lenient] INPUT OUTPUT_DIR [PERIOD]}
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
   * @param args {@code [--input-format FORMAT] [--lenient] INPUT OUTPUT_DIR [PERIOD]}
   * @param err where usage, the account (lenient) and data problems are told
   * @return the exit code: 0 done, 1 a data problem or an unreadable input, 2 a usage error or
   *     an existing output folder
   */
  public static int run(SparkSession spark, String[] args, PrintStream err) {
    List<String> positional = new ArrayList<>();
    InputFormat format = InputFormat.AUTO;
    ReadOptions options = ReadOptions.strict();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lenient")) {
        options = ReadOptions.lenient();
      } else if (args[i].equals("--input-format") && i + 1 < args.length) {
        try {
          format = InputFormat.parse(args[++i]);
        } catch (IllegalArgumentException e) {
          err.println(e.getMessage());
          err.println(USAGE);
          return 2;
        }
      } else if (args[i].startsWith("--")) {
        err.println("unknown option " + args[i]);
        err.println(USAGE);
        return 2;
      } else {
        positional.add(args[i]);
      }
    }
    if (positional.size() < 2 || positional.size() > 3) {
      err.println(USAGE);
      return 2;
    }
    Optional<DateSpan> period;
    try {
      period = positional.size() == 3 ? Optional.of(DateSpan.parse(positional.get(2))) : Optional.empty();
    } catch (IllegalArgumentException e) {
      err.println("invalid PERIOD: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    SparkLoadResult read;
    try {
      read = IncidentFrame.read(spark, List.of(positional.get(0)), format, options);
    } catch (DataFormatException | UncheckedIOException e) {
      err.println(e.getMessage());
      return 1;
    }
    try (read) {
      table(read.incidents(), period)
          .coalesce(1)
          .write()
          .mode(SaveMode.ErrorIfExists)
          .option("header", "true")
          .csv(positional.get(1));
    } catch (Exception e) { // Spark throws its checked AnalysisException undeclared
      if (e instanceof AnalysisException) {
        err.println("cannot write OUTPUT_DIR " + positional.get(1) + ": " + e.getMessage());
        return 2;
      }
      throw e;
    }
    return tell(read.report(), err);
  }

  /** In lenient mode, the account and the first problems; 1 if there were problems. */
  private static int tell(LoadReport r, PrintStream err) {
    if (!r.hasProblems() && r.leftOut() == 0) {
      return 0;
    }
    err.println(r.rowsRead() + " rows read, " + r.accepted() + " accepted, " + r.leftOut() + " left out "
        + r.leftOutByReason() + ", " + r.rejected() + " rejected");
    r.problems().stream().limit(PROBLEMS_TOLD).forEach(err::println);
    if (r.problems().size() > PROBLEMS_TOLD) {
      err.println("... and " + (r.problems().size() - PROBLEMS_TOLD) + " more problems");
    }
    return r.hasProblems() ? 1 : 0;
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
