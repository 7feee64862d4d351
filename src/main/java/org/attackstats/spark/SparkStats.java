package org.attackstats.spark;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.attackstats.stats.Summary;

/**
 * The library's statistics as Spark DataFrame functions.
 *
 * <pre>{@code
 * Dataset<Row> weekly =
 *     IncidentFrame.inBuckets(incidents, Grouping.ISO_WEEK, Optional.of(period))
 *         .groupBy("country", "bucket_start")
 *         .agg(SparkStats.summary())
 *         .select("country", "bucket_start", "summary.*");
 * }</pre>
 *
 * <p>The answers are exactly those of {@code Query} over the same incidents and windows (a
 * property test checks it on generated datasets): the same certain..possible counts, the same
 * totals with unknowns as open upper bounds.
 */
public final class SparkStats {

  /**
   * The columns of a summary: {@code incidents_low}, {@code incidents_best}, {@code
   * incidents_high} (longs), then for each of {@code injured}, {@code killed} and {@code
   * munitions}: {@code _low}, {@code _best}, {@code _high} (doubles; high is null when unbounded)
   * and {@code _approximate} (boolean).
   */
  public static final StructType SUMMARY = summarySchema();

  private static final UserDefinedFunction SUMMARY_UDAF =
      functions
          .udaf(SummaryAggregator.create(), Encoders.row(IncidentFrame.SUMMARY_INPUT))
          .withName("summary");

  private SparkStats() {}

  private static StructType summarySchema() {
    StructType t = new StructType();
    for (String bound : new String[] {"low", "best", "high"}) {
      t = t.add("incidents_" + bound, DataTypes.LongType, false);
    }
    for (String measure : new String[] {"injured", "killed", "munitions"}) {
      t = t.add(measure + "_low", DataTypes.DoubleType, false);
      t = t.add(measure + "_best", DataTypes.DoubleType, false);
      t = t.add(measure + "_high", DataTypes.DoubleType, true);
      t = t.add(measure + "_approximate", DataTypes.BooleanType, false);
    }
    return t;
  }

  /**
   * The summary of each group of an incident frame, a struct column named {@code summary} of
   * {@link #SUMMARY}; select {@code summary.*} for one column per bound. Each row is counted
   * over its window ({@code window_start}, {@code window_end}): see {@link IncidentFrame#over}
   * and {@link IncidentFrame#inBuckets}. The summary of a group whose rows all lie outside their
   * window is {@code Summary.ZERO}.
   *
   * @return the aggregate column; evaluating it fails if a group mixes windows
   */
  public static Column summary() {
    return SUMMARY_UDAF.apply(IncidentFrame.summaryInput()).as("summary");
  }

  /**
   * Reads a summary back into the library's type.
   *
   * @param row a row holding the columns of {@link #SUMMARY} (the {@code summary} struct, or a
   *     result row after {@code select("summary.*")}), read by name
   * @return the summary
   * @throws IllegalArgumentException if a column is missing or the bounds are not ordered
   */
  public static Summary toSummary(Row row) {
    Objects.requireNonNull(row, "row");
    return Bridge.summary(row);
  }

}
