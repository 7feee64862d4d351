package org.attackstats.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;

/** How the rows of one format become records. */
abstract class Mapping {

  /** What a mapping needs besides the row. */
  record Context(ResponderRule rule, Source source, BiConsumer<String, String> unknownValue) {}

  /** The prefix of the extra columns, such as {@code acled_}. */
  abstract String prefix();

  /** The column holding the event id. */
  abstract String idColumn();

  /** Columns without which no row can be read; missing ones fail the file. */
  abstract List<String> requiredColumns();

  /** The columns the format documents; others are reported as unknown columns (and kept). */
  abstract Set<String> knownColumns();

  /** The record for one row, or the first problem found in it. */
  abstract Incident map(SourceRow row, Context context) throws RowProblem;

  /** The fields every format fills; {@link #build} makes an attack or a response of them. */
  static final class Draft {
    String id;
    DateSpan date;
    Place place = Place.unknown();
    String actingSide = "";
    String otherSide = "";
    String target = "";
    Method method;
    Estimate injured = Estimate.unknown();
    Estimate killed = Estimate.unknown();
    String notes = "";

    /**
     * An attack by the acting side, or a response by it when the rule says so. For an attack the
     * target is {@link #target}, else the other side's name; for a response the other side is the
     * target actor.
     */
    Incident build(SourceRow row, String prefix, Context context) {
      Map<String, String> extras = row.extras(prefix);
      Optional<Actor> acting = actorNamed(actingSide);
      if (context.rule().isResponder(actingSide)) {
        Response.Builder b =
            Response.builder(id, date)
                .place(place)
                .responder(acting.orElse(null))
                .targetActor(actorNamed(otherSide).orElse(null))
                .target(target)
                .method(method)
                .injured(injured)
                .killed(killed)
                .source(context.source())
                .notes(notes);
        extras.forEach(b::extra);
        return b.build();
      }
      Attack.Builder b =
          Attack.builder(id, date)
              .place(place)
              .perpetrator(acting.orElse(null))
              .target(target.isBlank() ? otherSide : target)
              .method(method)
              .injured(injured)
              .killed(killed)
              .source(context.source())
              .notes(notes);
      extras.forEach(b::extra);
      return b.build();
    }

    private static Optional<Actor> actorNamed(String name) {
      return name.isBlank() ? Optional.empty() : Optional.of(Actor.of(name));
    }
  }

  /**
   * A method table from lower-case source values to method names, an empty name meaning "no
   * method".
   */
  static Map<String, Optional<Method>> methods(Map<String, String> names) {
    Map<String, Optional<Method>> m = new HashMap<>();
    names.forEach((k, v) -> m.put(k, v.isEmpty() ? Optional.empty() : Optional.of(Method.of(v))));
    return Map.copyOf(m);
  }

  /**
   * The method a column's value implies, by the table (case ignored); a value missing from the
   * table is reported as unknown and gives no method.
   */
  static Method method(
      SourceRow row, String column, Map<String, Optional<Method>> table, Context context) {
    String v = row.get(column).strip();
    if (v.isEmpty()) {
      return null;
    }
    Optional<Method> m = table.get(v.toLowerCase(Locale.ROOT));
    if (m == null) {
      context.unknownValue().accept(column, v);
      return null;
    }
    return m.orElse(null);
  }

  /**
   * Reports the column's value as unknown if it is not empty and not in the lower-case set of
   * values the source's codebook defines.
   */
  static void checkKnown(SourceRow row, String column, Set<String> known, Context context) {
    String v = row.get(column).strip();
    if (!v.isEmpty() && !known.contains(v.toLowerCase(Locale.ROOT))) {
      context.unknownValue().accept(column, v);
    }
  }

  /**
   * An actor's cell, consumed; also kept in the extras when {@link Actor}'s whitespace rule would
   * change it, so that the text as given is not lost.
   */
  static String actor(SourceRow row, String column) {
    String v = row.take(column);
    if (!v.isBlank() && !Actor.of(v).name().equals(v)) {
      row.keep(column);
    }
    return v;
  }

  /** The id cell: required, no surrounding spaces, no {@code |}. */
  static String id(String column, String value) throws RowProblem {
    Cells.required(column, value);
    if (!value.strip().equals(value) || value.indexOf('|') >= 0) {
      throw new RowProblem(
          column, value, "invalid id", "expected an id without surrounding spaces or '|'");
    }
    return value;
  }
}
