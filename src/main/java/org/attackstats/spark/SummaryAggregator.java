package org.attackstats.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The library's {@code Summary} as a typed Spark {@link Aggregator}: rows of an {@link
 * IncidentFrame} in (read by column name, so any frame with the columns of {@link
 * IncidentFrame#SCHEMA} will do), a row of {@link SparkStats#SUMMARY} out, each row counted over
 * its own window with the low/best/high rules of {@code Summary}.
 *
 * <pre>{@code
 * Dataset<Row> frame = IncidentFrame.over(incidents, period);
 * Dataset<Tuple2<String, Row>> byKind =
 *     frame.groupByKey((MapFunction<Row, String>) r -> r.getAs("kind"), Encoders.STRING())
 *         .agg(SummaryAggregator.create().toColumn());
 * }</pre>
 *
 * <p>For untyped frames, {@link SparkStats#summary()} wraps it with {@code functions.udaf}. The
 * buffer is a {@link SummaryBuffer} bean (encoded with {@code Encoders.bean}); the aggregator
 * itself has no state, so nothing of ours goes through Java serialization but this empty object.
 */
public final class SummaryAggregator extends Aggregator<Row, SummaryBuffer, Row> {

  private static final long serialVersionUID = 1L;

  private SummaryAggregator() {}

  /**
   * The aggregator.
   *
   * @return an aggregator; all are equal
   */
  public static SummaryAggregator create() {
    return new SummaryAggregator();
  }

  /**
   * An empty buffer.
   *
   * @return a new buffer, the identity of {@link #merge}
   */
  @Override
  public SummaryBuffer zero() {
    return new SummaryBuffer();
  }

  /**
   * Adds one incident row to the buffer and returns it.
   *
   * @param buffer the buffer, changed
   * @param row a row with the columns of {@link IncidentFrame#SCHEMA}
   * @return the buffer
   * @throws IllegalArgumentException if the row's window differs from the buffer's
   */
  @Override
  public SummaryBuffer reduce(SummaryBuffer buffer, Row row) {
    buffer.add(row);
    return buffer;
  }

  /**
   * Adds the second buffer to the first and returns the first.
   *
   * @param buffer the buffer, changed
   * @param other the other buffer, unchanged
   * @return the first buffer
   * @throws IllegalArgumentException if the buffers' windows differ
   */
  @Override
  public SummaryBuffer merge(SummaryBuffer buffer, SummaryBuffer other) {
    buffer.merge(other);
    return buffer;
  }

  /**
   * The summary the buffer holds, as a row of {@link SparkStats#SUMMARY}.
   *
   * @param buffer the buffer
   * @return the row
   */
  @Override
  public Row finish(SummaryBuffer buffer) {
    return Bridge.row(Bridge.summary(buffer));
  }

  /**
   * The bean encoder of {@link SummaryBuffer}.
   *
   * @return the encoder
   */
  @Override
  public Encoder<SummaryBuffer> bufferEncoder() {
    return Encoders.bean(SummaryBuffer.class);
  }

  /**
   * The row encoder of {@link SparkStats#SUMMARY}.
   *
   * @return the encoder
   */
  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(SparkStats.SUMMARY);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SummaryAggregator;
  }

  @Override
  public int hashCode() {
    return SummaryAggregator.class.hashCode();
  }
}
