package org.attackstats.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.dayofweek;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.attackstats.csv.DataFormatException;
import org.attackstats.csv.InputFormat;
import org.attackstats.csv.ReadOptions;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.stats.CalendarGrouping;
import org.attackstats.stats.Grouping;

/**
 * Incidents as a Spark {@code Dataset<Row>} of {@link #SCHEMA}, and the windows their summaries
 * are counted over.
 *
 * <pre>{@code
 * Dataset<Row> incidents = IncidentFrame.of(spark, dataset.incidents());
 * // or, read in parallel: IncidentFrame.read(spark, List.of("events/"), InputFormat.AUTO,
 * //     ReadOptions.lenient()).incidents()
 * IncidentFrame.over(incidents, DateSpan.parse("2023-10-17/2023-11-21"))
 *     .groupBy("country")
 *     .agg(SparkStats.summary());
 * IncidentFrame.inBuckets(incidents, Grouping.ISO_WEEK, Optional.empty())
 *     .groupBy("country", "bucket_start")
 *     .agg(SparkStats.summary());
 * }</pre>
 *
 * <p>One row is one incident (attack or response). Every row carries the window its incident is
 * counted over ({@code window_start}, {@code window_end}; null for an open side, so a fresh frame
 * counts every incident whatever its date). {@link #over} sets a period as the window; {@link
 * #inBuckets} gives one row per incident and calendar bucket it may fall in, whose window is the
 * bucket clipped to the period, so that grouping by the bucket gives the library's time series.
 */
public final class IncidentFrame {

  /** Column {@code date_start}: the first day the incident may have happened on. */
  public static final String DATE_START = "date_start";
  /** Column {@code date_end}: the last day the incident may have happened on. */
  public static final String DATE_END = "date_end";
  /** Column {@code window_start}: the first day of the window, null when open. */
  public static final String WINDOW_START = "window_start";
  /** Column {@code window_end}: the last day of the window, null when open. */
  public static final String WINDOW_END = "window_end";
  /** Column {@code bucket_start}, added by {@link #inBuckets}: the first day of the bucket. */
  public static final String BUCKET_START = "bucket_start";
  /** Column {@code bucket_end}, added by {@link #inBuckets}: the last day of the bucket. */
  public static final String BUCKET_END = "bucket_end";
  /** Column {@code injured}, an {@link #ESTIMATE}. */
  public static final String INJURED = "injured";
  /** Column {@code killed}, an {@link #ESTIMATE}. */
  public static final String KILLED = "killed";
  /** Column {@code munitions}, an {@link #ESTIMATE}. */
  public static final String MUNITIONS = "munitions";

  /**
   * An uncertain number as a struct: {@code low}, {@code best}, {@code high} (doubles; high is null
   * when unbounded) and {@code approximate}. An unknown number is {@code (0, 0, null, false)}.
   */
  public static final StructType ESTIMATE =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("low", DataTypes.DoubleType, false),
            DataTypes.createStructField("best", DataTypes.DoubleType, false),
            DataTypes.createStructField("high", DataTypes.DoubleType, true),
            DataTypes.createStructField("approximate", DataTypes.BooleanType, false),
          });

  /**
   * The columns of an incident frame: {@code id}, {@code kind} ({@code attack} or {@code
   * response}), {@code country} (ISO 3166-1 alpha-2), {@code admin1}, {@code base_id}, {@code
   * actor} (the perpetrator of an attack, the responder of a response), {@code method}, {@code
   * date_start}, {@code date_end}, {@code window_start}, {@code window_end} (dates), {@code
   * injured}, {@code killed}, {@code munitions} ({@link #ESTIMATE}s). Text columns are null when
   * the record has no value, so that groups of unknown value form their own group, as in {@code
   * Query}.
   */
  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("country", DataTypes.StringType, true),
            DataTypes.createStructField("admin1", DataTypes.StringType, true),
            DataTypes.createStructField("base_id", DataTypes.StringType, true),
            DataTypes.createStructField("actor", DataTypes.StringType, true),
            DataTypes.createStructField("method", DataTypes.StringType, true),
            DataTypes.createStructField(DATE_START, DataTypes.DateType, false),
            DataTypes.createStructField(DATE_END, DataTypes.DateType, false),
            DataTypes.createStructField(WINDOW_START, DataTypes.DateType, true),
            DataTypes.createStructField(WINDOW_END, DataTypes.DateType, true),
            DataTypes.createStructField(INJURED, ESTIMATE, false),
            DataTypes.createStructField(KILLED, ESTIMATE, false),
            DataTypes.createStructField(MUNITIONS, ESTIMATE, false),
          });

  /**
   * What {@link SparkStats#summary()} passes to the aggregator, in this order: the four dates as
   * epoch days ({@code unix_date}), so that no calendar conversion of Spark's settings is
   * involved, and the three estimates.
   */
  static final StructType SUMMARY_INPUT =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(DATE_START, DataTypes.IntegerType, false),
            DataTypes.createStructField(DATE_END, DataTypes.IntegerType, false),
            DataTypes.createStructField(WINDOW_START, DataTypes.IntegerType, true),
            DataTypes.createStructField(WINDOW_END, DataTypes.IntegerType, true),
            SCHEMA.apply(INJURED),
            SCHEMA.apply(KILLED),
            SCHEMA.apply(MUNITIONS),
          });

  /** The columns of {@link #SUMMARY_INPUT}, from a frame of {@link #SCHEMA}. */
  static Column[] summaryInput() {
    return new Column[] {
      unix_date(col(DATE_START)),
      unix_date(col(DATE_END)),
      unix_date(col(WINDOW_START)),
      unix_date(col(WINDOW_END)),
      col(INJURED),
      col(KILLED),
      col(MUNITIONS),
    };
  }

  private IncidentFrame() {}

  /**
   * The incidents as a frame of {@link #SCHEMA}, with no window.
   *
   * @param spark the session
   * @param incidents the incidents, attacks and responses
   * @return the frame, one row per incident, in the order given
   */
  public static Dataset<Row> of(SparkSession spark, Collection<? extends Incident> incidents) {
    List<Row> rows = new ArrayList<>(incidents.size());
    for (Incident i : incidents) {
      rows.add(Bridge.row(i));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * Reads files into Spark in parallel through the library's loader, with its cell semantics and
   * its account of every row: canonical dataset folders and files, third-party exports (ACLED,
   * GTD, UCDP GED, GDELT) and folders of them, news text. Paths are Hadoop paths (a local path, or
   * {@code hdfs://}, {@code s3a://} and the other file systems the session's Hadoop configuration
   * knows), folders or files, with globs ({@code events/2023*.export.CSV}). The driver lists the
   * folders as {@link org.attackstats.csv.Loader} does; the canonical files are read together by one
   * task, each export file by a task of its own, the news text by one task; ids are then checked
   * across them as one load checks them. See docs/scale-out.md.
   *
   * <p>Strict mode fails at the first problem that a task finds (which one, when several tasks find
   * one, is not fixed). The limits of {@code options} apply to each task's load; the progress
   * listener is not called.
   *
   * @param spark the session
   * @param paths the files, folders or globs
   * @param format how to read them: {@link InputFormat#AUTO}, {@link InputFormat#CANONICAL},
   *     {@link InputFormat#TEXT} or {@link InputFormat#of} an export format
   * @param options strict or lenient, limits, and how to read exports and text; no custom extractor
   * @return the incidents, the problems and the account
   * @throws DataFormatException in strict mode at the first problem; in lenient mode past {@link
   *     ReadOptions#maxProblems()} problems in one task, or when a folder holds nothing to read
   * @throws java.io.UncheckedIOException if a path does not exist or a file cannot be read
   * @throws IllegalArgumentException for a mapped format, one canonical table, or a custom extractor
   */
  public static SparkLoadResult read(SparkSession spark, List<String> paths, InputFormat format, ReadOptions options) {
    return SparkReader.read(spark, List.copyOf(paths), format, options);
  }

  /**
   * The incidents that may lie in a period (whose dates overlap it), with the period as their
   * window: {@code over(frame, p).groupBy(...).agg(SparkStats.summary())} answers what {@code
   * Query.period(p).groupBy(...)} answers.
   *
   * @param frame a frame of {@link #SCHEMA}
   * @param period the period
   * @return the frame, restricted and with its window columns set
   */
  public static Dataset<Row> over(Dataset<Row> frame, DateSpan period) {
    Objects.requireNonNull(period, "period");
    return overlapping(frame, Optional.of(period))
        .withColumn(WINDOW_START, lit(period.start()))
        .withColumn(WINDOW_END, lit(period.endInclusive()));
  }

  /**
   * One row per incident and calendar bucket that it may lie in, with the bucket in {@link
   * #BUCKET_START} and {@link #BUCKET_END} and the bucket clipped to the period as the window.
   * Grouping by {@code bucket_start} (and any other columns) then gives, for each bucket, what
   * {@code Query.groupBy(..., calendar)} gives: an incident whose span crosses buckets counts
   * towards the high bound of each, the best value of the bucket of its first day, and no bucket's
   * low bound. Buckets are cut at the supported years as {@link CalendarGrouping#bucketOf} cuts
   * them: the ISO week of 9999-12-31 ends on that day.
   *
   * <p>Unlike {@code Query}, no zero-filled rows: a bucket in which no incident of a group may
   * lie has no row (its summary would be {@code Summary.ZERO}).
   *
   * @param frame a frame of {@link #SCHEMA}
   * @param calendar the buckets: {@link Grouping#DAY}, {@link Grouping#ISO_WEEK}, {@link
   *     Grouping#weekStarting}, {@link Grouping#MONTH} or {@link Grouping#YEAR}
   * @param period the period, or empty to count every incident in the buckets it overlaps
   * @return the exploded frame
   */
  public static Dataset<Row> inBuckets(
      Dataset<Row> frame, CalendarGrouping calendar, Optional<DateSpan> period) {
    Objects.requireNonNull(calendar, "calendar");
    Column first = col(DATE_START);
    Column last = col(DATE_END);
    if (period.isPresent()) {
      first = greatest(first, lit(period.get().start()));
      last = least(last, lit(period.get().endInclusive()));
    }
    Dataset<Row> buckets =
        overlapping(frame, period)
            .withColumn(
                BUCKET_START,
                explode(
                    sequence(
                        bucketStart(calendar, first),
                        bucketStart(calendar, last),
                        step(calendar))))
            .withColumn(BUCKET_END, least(bucketEnd(calendar, col(BUCKET_START)), lit(DateSpan.MAX)))
            .withColumn(BUCKET_START, greatest(col(BUCKET_START), lit(DateSpan.MIN)));
    Column windowStart = col(BUCKET_START);
    Column windowEnd = col(BUCKET_END);
    if (period.isPresent()) {
      windowStart = greatest(windowStart, lit(period.get().start()));
      windowEnd = least(windowEnd, lit(period.get().endInclusive()));
    }
    return buckets.withColumn(WINDOW_START, windowStart).withColumn(WINDOW_END, windowEnd);
  }

  private static Dataset<Row> overlapping(Dataset<Row> frame, Optional<DateSpan> period) {
    if (period.isEmpty()) {
      return frame;
    }
    return frame.where(
        col(DATE_START)
            .leq(lit(period.get().endInclusive()))
            .and(col(DATE_END).geq(lit(period.get().start()))));
  }

  private static Column bucketStart(CalendarGrouping c, Column day) {
    switch (c.unit()) {
      case DAYS:
        return day;
      case WEEKS:
        // Spark numbers days Sunday = 1 to Saturday = 7; java.time Monday = 1 to Sunday = 7.
        int first = c.firstDayOfWeek().orElseThrow().getValue() % 7 + 1;
        return date_sub(day, pmod(dayofweek(day).minus(first), lit(7)));
      case MONTHS:
        return trunc(day, "month");
      default:
        return trunc(day, "year");
    }
  }

  private static Column bucketEnd(CalendarGrouping c, Column start) {
    switch (c.unit()) {
      case DAYS:
        return start;
      case WEEKS:
        return date_add(start, 6);
      case MONTHS:
        return last_day(start);
      default:
        return make_date(year(start), lit(12), lit(31));
    }
  }

  private static Column step(CalendarGrouping c) {
    switch (c.unit()) {
      case DAYS:
        return expr("INTERVAL 1 DAY");
      case WEEKS:
        return expr("INTERVAL 7 DAYS");
      case MONTHS:
        return expr("INTERVAL 1 MONTH");
      default:
        return expr("INTERVAL 1 YEAR");
    }
  }
}
