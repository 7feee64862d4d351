package org.attackstats.csv;

import java.util.ArrayList;
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

/**
 * How the rows of one format become records: which rows are incidents, which columns are
 * required, and the record of each row (or the first problem in it, as a {@link CellException}),
 * with warnings about what was repaired.
 */
abstract class Mapping {

  /** A note on a row that is kept: the column, the raw value, a short category and the reason. */
  record Warning(String column, String value, String category, String reason) {}

  /**
   * What a mapping needs besides the row: the responder rule, the source of every record, the
   * document name that made-up ids start with, where unknown codebook values are counted, and the
   * current row's warnings.
   */
  static final class Context {
    final ResponderRule rule;
    final Source source;
    final String document;
    final BiConsumer<String, String> unknownValue;
    final List<Warning> warnings = new ArrayList<>();

    Context(ResponderRule rule, Source source, String document, BiConsumer<String, String> unknownValue) {
      this.rule = rule;
      this.source = source;
      this.document = document;
      this.unknownValue = unknownValue;
    }

    ResponderRule rule() {
      return rule;
    }

    Source source() {
      return source;
    }

    BiConsumer<String, String> unknownValue() {
      return unknownValue;
    }

    void warn(String column, String value, String category, String reason) {
      warnings.add(new Warning(column, value, category, reason));
    }
  }

  /** The prefix of the extra columns, such as {@code acled_}. */
  abstract String prefix();

  /** The column holding the event id. */
  abstract String idColumn();

  /** Columns without which no row can be read; missing ones fail the file. */
  abstract List<String> requiredColumns();

  /** The columns the format documents; others are reported as unknown columns (and kept). */
  abstract Set<String> knownColumns();

  /** The record for one row, or the first problem found in it. */
  abstract Incident map(SourceRow row, Context context);

  /**
   * Why a row is not an incident by the source's rule (ACLED protests, GTD rows in doubt as
   * terrorism), as {@code not an incident: ...}; null when it is one.
   */
  String notAnIncident(SourceRow row) {
    return null;
  }

  /** The column holding each row's version (ACLED's {@code timestamp}), or null. */
  String versionColumn() {
    return null;
  }

  /** Columns tried, in order, when the id column is empty. */
  List<String> fallbackIdColumns() {
    return List.of();
  }

  /** Checks of the whole file once the header is bound: warnings, or a {@link CellException}. */
  void checkHeader(Binding binding, Context context) {}

  /**
   * The row's id: the id column, else the first fallback column that holds one, else the document
   * and line ({@code acled.csv:17}); a warning says which was taken.
   */
  String id(SourceRow row, Context context) {
    String v = row.take(idColumn());
    if (!v.isBlank()) {
      return id(idColumn(), v);
    }
    for (String alt : fallbackIdColumns()) {
      String a = row.get(alt);
      if (!a.isBlank()) {
        context.warn(idColumn(), v, "id from " + alt,
            idColumn() + " is empty: the id is " + alt + " '" + a.strip() + "'");
        return id(alt, a.strip());
      }
    }
    String made = context.document + ":" + row.line();
    context.warn(idColumn(), v, "id from the line",
        idColumn() + " is empty" + (fallbackIdColumns().isEmpty() ? "" : ", and so is " + String.join(", ", fallbackIdColumns()))
            + ": the id is the file and line '" + made + "'");
    return made;
  }

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
    Estimate munitions = Estimate.unknown();
    String victims = "";
    String notes = "";
    Source source;

    /**
     * An attack by the acting side, or a response by it when the rule says so. For an attack the
     * target is {@link #target}, else the other side's name; for a response the other side is the
     * target actor.
     */
    Incident build(SourceRow row, Context context) {
      Map<String, String> extras = row.extras();
      Source src = source == null ? context.source() : source;
      Optional<Actor> acting = actorNamed(actingSide);
      if (context.rule().isResponder(actingSide)) {
        Response.Builder b =
            Response.builder(id, date)
                .place(place)
                .responder(acting.orElse(null))
                .targetActor(actorNamed(otherSide).orElse(null))
                .target(target)
                .method(method)
                .munitions(munitions)
                .injured(injured)
                .killed(killed)
                .source(src)
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
              .munitions(munitions)
              .injured(injured)
              .killed(killed)
              .victims(victims)
              .source(src)
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

  /** An id cell: no surrounding spaces, no {@code |}. */
  static String id(String column, String value) {
    if (!value.strip().equals(value) || value.indexOf('|') >= 0) {
      throw new CellException(
          column, value, "invalid id", "expected an id without surrounding spaces or '|'");
    }
    return value;
  }
}
