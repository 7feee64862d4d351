package org.attackstats.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.attackstats.csv.LoadReport;

/**
 * What {@link IncidentFrame#read(org.apache.spark.sql.SparkSession, java.util.List,
 * org.attackstats.csv.InputFormat, org.attackstats.csv.ReadOptions)} read: the incidents as a frame
 * of {@link IncidentFrame#SCHEMA}, the problems as a frame of {@link #PROBLEM}, and the account of
 * every row ({@link LoadReport}, on the driver), as {@link org.attackstats.csv.LoadResult} holds a
 * dataset and its account on one machine. The incidents are read once and kept by Spark (memory,
 * then disk); {@code incidents().unpersist()} does not free them, {@link #close()} does.
 */
public final class SparkLoadResult implements AutoCloseable {

  /**
   * The columns of a problem: {@code file} (as named in the read), {@code line} (where the row
   * starts), {@code record} (the header is record 1), {@code column} (as the file names it, empty
   * for a problem of the file), {@code value} (at most 200 characters) and {@code reason}.
   */
  public static final StructType PROBLEM =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("line", DataTypes.LongType, false),
            DataTypes.createStructField("record", DataTypes.LongType, false),
            DataTypes.createStructField("column", DataTypes.StringType, false),
            DataTypes.createStructField("value", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false),
          });

  private final Dataset<Row> incidents;
  private final Dataset<Row> problems;
  private final List<Dataset<Row>> kept;
  private final LoadReport report;

  SparkLoadResult(Dataset<Row> incidents, Dataset<Row> problems, List<Dataset<Row>> kept, LoadReport report) {
    this.incidents = incidents;
    this.problems = problems;
    this.kept = List.copyOf(kept);
    this.report = report;
  }

  /**
   * The incidents accepted, attacks and responses.
   *
   * @return a frame of {@link IncidentFrame#SCHEMA}, in no particular order
   */
  public Dataset<Row> incidents() {
    return incidents;
  }

  /**
   * Every problem: the rows rejected and the faults that ended a file, as {@link #report()} lists
   * them.
   *
   * @return a frame of {@link #PROBLEM}, in no particular order
   */
  public Dataset<Row> problems() {
    return problems;
  }

  /**
   * The account: for each file rows read = accepted + left out + rejected, with the same counts,
   * problems and warnings as {@link org.attackstats.csv.Loader#read} reports for the same files
   * (see docs/scale-out.md for where the two may differ).
   *
   * @return the report, problems in reading order
   */
  public LoadReport report() {
    return report;
  }

  /** Frees what Spark keeps of the read. */
  @Override
  public void close() {
    kept.forEach(Dataset::unpersist);
  }
}
