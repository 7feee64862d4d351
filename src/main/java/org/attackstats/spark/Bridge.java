package org.attackstats.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;
import org.attackstats.stats.Summary;

/**
 * The one place where the Spark integration meets the library's model and statistics types:
 * incidents to frame rows, buffers to {@link Summary}s and back to rows. Everything else in this
 * package speaks Spark only (and {@link IncidentFrame#inBuckets} reads a calendar grouping's unit).
 */
final class Bridge {

  private Bridge() {}

  /** An incident as a row of {@link IncidentFrame#SCHEMA}, with no window. */
  static Row row(Incident i) {
    Optional<Actor> actor =
        i instanceof Attack a ? a.perpetrator() : ((Response) i).responder();
    Optional<String> base = i instanceof Attack a ? a.baseId() : Optional.empty();
    Object[] values = {
      i.id(),
      i.kind().name().toLowerCase(Locale.ROOT),
      i.place().country().map(c -> c.code()).orElse(null),
      i.place().admin1().orElse(null),
      base.orElse(null),
      actor.map(Actor::name).orElse(null),
      i.method().map(m -> m.name()).orElse(null),
      i.date().start(),
      i.date().endInclusive(),
      null,
      null,
      estimate(i.injured()),
      estimate(i.killed()),
      estimate(i.munitions()),
    };
    return new GenericRowWithSchema(values, IncidentFrame.SCHEMA);
  }

  private static Row estimate(Estimate e) {
    return new GenericRowWithSchema(
        new Object[] {
          e.low(), e.best(), e.isBounded() ? e.high() : null, e.isApproximate()
        },
        IncidentFrame.ESTIMATE);
  }

  /** The summary a buffer holds, built as the library's accumulator builds its snapshot. */
  static Summary summary(SummaryBuffer b) {
    if (b.getIncidentsHigh() == 0) {
      return Summary.ZERO;
    }
    return new Summary(
        Estimate.of(b.getIncidentsLow(), b.getIncidentsBest(), b.getIncidentsHigh()),
        estimate(b.getInjured()),
        estimate(b.getKilled()),
        estimate(b.getMunitions()));
  }

  private static Estimate estimate(TotalBuffer t) {
    double lo = t.getLow() / 1000.0;
    double be = Math.max(t.getBest() / 1000.0, lo);
    double hi =
        t.getHighUnbounded() > 0
            ? Double.POSITIVE_INFINITY
            : Math.max(t.getHighFinite() / 1000.0, be);
    return Estimate.of(lo, be, hi).withApproximate(t.isApproximate());
  }

  /** A summary as a row of {@link SparkStats#SUMMARY}. */
  static Row row(Summary s) {
    List<Object> values = new ArrayList<>(15);
    values.add((long) s.incidents().low());
    values.add((long) s.incidents().best());
    values.add((long) s.incidents().high());
    for (Estimate e : List.of(s.injured(), s.killed(), s.munitions())) {
      values.add(e.low());
      values.add(e.best());
      values.add(e.isBounded() ? e.high() : null);
      values.add(e.isApproximate());
    }
    return new GenericRowWithSchema(values.toArray(), SparkStats.SUMMARY);
  }

  /** A row holding the {@link SparkStats#SUMMARY} columns, by name, as a summary. */
  static Summary summary(Row row) {
    Estimate incidents =
        Estimate.of(
            row.getLong(row.fieldIndex("incidents_low")),
            row.getLong(row.fieldIndex("incidents_best")),
            row.getLong(row.fieldIndex("incidents_high")));
    return new Summary(
        incidents, total(row, "injured"), total(row, "killed"), total(row, "munitions"));
  }

  private static Estimate total(Row row, String measure) {
    int high = row.fieldIndex(measure + "_high");
    return Estimate.of(
            row.getDouble(row.fieldIndex(measure + "_low")),
            row.getDouble(row.fieldIndex(measure + "_best")),
            row.isNullAt(high) ? Double.POSITIVE_INFINITY : row.getDouble(high))
        .withApproximate(row.getBoolean(row.fieldIndex(measure + "_approximate")));
  }
}
