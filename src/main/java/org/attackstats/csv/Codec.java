package org.attackstats.csv;

import static org.attackstats.csv.Column.*;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.DatePrecision;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;

/** Turns rows into records and records into cells, column by column. */
final class Codec {
  private Codec() {}

  // ---- reading ----

  static Attack attack(Row r) {
    Attack.Builder b =
        Attack.builder(r.required(ID), r.dateSpan())
            .place(r.place(true))
            .baseId(r.parse(BASE_ID, Codec::reference))
            .target(r.text(TARGET))
            .perpetrator(r.actor(PERPETRATOR))
            .method(r.method(METHOD))
            .munitions(r.estimate(MUNITIONS))
            .injured(r.estimate(INJURED))
            .killed(r.estimate(KILLED))
            .victims(r.text(VICTIMS))
            .source(r.source())
            .notes(r.text(NOTES));
    r.time().ifPresent(b::time);
    r.extras().forEach(b::extra);
    return build(ID, r, b::build);
  }

  static Response response(Row r) {
    Response.Builder b =
        Response.builder(r.required(ID), r.dateSpan())
            .place(r.place(true))
            .responder(r.actor(RESPONDER))
            .method(r.method(METHOD))
            .munitions(r.estimate(MUNITIONS))
            .target(r.text(TARGET))
            .targetActor(r.actor(TARGET_ACTOR))
            .injured(r.estimate(INJURED))
            .killed(r.estimate(KILLED))
            .source(r.source())
            .notes(r.text(NOTES));
    java.util.List<String> links = r.list(IN_RESPONSE_TO);
    if (links.stream().distinct().count() != links.size()) {
      throw new CellException(IN_RESPONSE_TO.label, r.raw(IN_RESPONSE_TO), "an attack id is listed twice");
    }
    b.inResponseTo(links);
    r.time().ifPresent(b::time);
    r.extras().forEach(b::extra);
    return build(ID, r, b::build);
  }

  static Base base(Row r) {
    String id = r.required(ID);
    String name = r.required(NAME);
    Place place = r.place(false);
    return build(
        ID,
        r,
        () ->
            new Base(
                id, name, r.list(ALIASES), place, Optional.ofNullable(r.actor(OPERATOR)),
                r.estimate(PERSONNEL), r.source(), Optional.ofNullable(r.text(NOTES)), r.extras()));
  }

  static Tally tally(Row r) {
    String id = r.required(ID);
    TallyMetric metric = r.parse(METRIC, TallyMetric::parse);
    if (metric == null) {
      throw new CellException(METRIC.label, r.raw(METRIC), "required value is empty");
    }
    if (r.text(VALUE) == null) {
      throw new CellException(VALUE.label, r.raw(VALUE), "required value is empty (write >=0 for an unknown number)");
    }
    var since = Optional.ofNullable(r.date(SINCE));
    var asOf = Optional.ofNullable(r.date(AS_OF));
    if (since.isPresent() && asOf.isPresent() && since.get().isAfter(asOf.get())) {
      throw new CellException(AS_OF.label, r.raw(AS_OF), "as_of is before since " + since.get());
    }
    return build(
        ID,
        r,
        () ->
            new Tally(
                id, metric, r.estimate(VALUE), r.country(COUNTRY), since, asOf,
                Optional.ofNullable(r.text(SUBJECT)), Optional.ofNullable(r.text(ATTRIBUTION)),
                r.source(), r.extras()));
  }

  /** A reference to another record's id: stripped, and never holding the list separator. */
  private static String reference(String id) {
    if (id.indexOf('|') >= 0) {
      throw new IllegalArgumentException("invalid id reference: ids never contain '|'");
    }
    return id;
  }

  /** Builds, attributing a model error that no single cell check caught to the given column. */
  private static <T> T build(Column column, Row r, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (CellException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new CellException(column.label, r.raw(column), e.getMessage());
    }
  }

  // ---- writing ----

  static Map<String, String> cells(Attack a) {
    Map<String, String> m = incident(a);
    m.put("base_id", a.baseId().orElse(""));
    m.put("target", a.target().orElse(""));
    m.put("perpetrator", a.perpetrator().map(Actor::name).orElse(""));
    m.put("victims", a.victims().orElse(""));
    return extras(m, a.extras(), "attack '" + a.id() + "'");
  }

  static Map<String, String> cells(Response r) {
    Map<String, String> m = incident(r);
    m.put("responder", r.responder().map(Actor::name).orElse(""));
    m.put("target", r.target().orElse(""));
    m.put("target_actor", r.targetActor().map(Actor::name).orElse(""));
    m.put("in_response_to", String.join("|", r.inResponseTo()));
    return extras(m, r.extras(), "response '" + r.id() + "'");
  }

  static Map<String, String> cells(Base b) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", b.id());
    m.put("name", b.name());
    m.put("aliases", String.join("|", b.aliases()));
    place(m, b.place());
    m.remove("location"); // a base's name is its location; bases.csv has no location column
    m.remove("location"); // not a column of bases.csv: the name says where it is
    m.put("operator", b.operator().map(Actor::name).orElse(""));
    m.put("personnel", b.personnel().toCell());
    m.put("notes", b.notes().orElse(""));
    source(m, b.source());
    return extras(m, b.extras(), "base '" + b.id() + "'");
  }

  static Map<String, String> cells(Tally t) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("metric", t.metric().toString());
    // The value column is required, so an unknown value is written >=0 rather than left empty.
    m.put("value", t.value().toString());
    m.put("country", t.country().map(Object::toString).orElse(""));
    m.put("since", t.since().map(Object::toString).orElse(""));
    m.put("as_of", t.asOf().map(Object::toString).orElse(""));
    m.put("subject", t.subject().orElse(""));
    m.put("attribution", t.attribution().orElse(""));
    source(m, t.source());
    return extras(m, t.extras(), "tally '" + t.id() + "'");
  }

  private static Map<String, String> incident(Incident i) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", i.id());
    DateSpan d = i.date();
    m.put("date_start", d.start().toString());
    m.put("date_end", d.precision() == DatePrecision.DAY ? "" : d.endInclusive().toString());
    m.put("date_precision", d.precision().toString());
    m.put("time", i.time().map(Object::toString).orElse(""));
    place(m, i.place());
    m.put("method", i.method().map(Object::toString).orElse(""));
    m.put("munitions", i.munitions().toCell());
    m.put("injured", i.injured().toCell());
    m.put("killed", i.killed().toCell());
    source(m, i.source());
    m.put("notes", i.notes().orElse(""));
    return m;
  }

  /** Appends a record's extra columns after its canonical ones, refusing a canonical name. */
  private static Map<String, String> extras(Map<String, String> m, Map<String, String> extras, String what) {
    for (Map.Entry<String, String> e : extras.entrySet()) {
      if (m.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            what + " has an extra column named '" + e.getKey()
                + "', which is a canonical column; rename it (canonical columns: " + m.keySet() + ")");
      }
      m.put(e.getKey(), e.getValue());
    }
    return m;
  }

  private static void place(Map<String, String> m, Place p) {
    m.put("country", p.country().map(Object::toString).orElse(""));
    m.put("admin1", p.admin1().orElse(""));
    m.put("location", p.location().orElse(""));
    m.put("latitude", p.coordinates().map(c -> decimal(c.latitude())).orElse(""));
    m.put("longitude", p.coordinates().map(c -> decimal(c.longitude())).orElse(""));
  }

  private static void source(Map<String, String> m, Source s) {
    m.put("source", s.publisher().orElse(""));
    m.put("source_date", s.date().map(Object::toString).orElse(""));
    m.put("source_url", s.document().orElse(""));
    m.put("quote", s.quote().orElse(""));
    m.put("quote_start", s.quoteStart().isPresent() ? Integer.toString(s.quoteStart().getAsInt()) : "");
    m.put("quote_end", s.quoteEnd().isPresent() ? Integer.toString(s.quoteEnd().getAsInt()) : "");
  }

  static String decimal(double d) {
    String s = BigDecimal.valueOf(d).toPlainString();
    if (s.indexOf('.') >= 0) {
      s = s.replaceAll("0+$", "");
      if (s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return s;
  }

}
