package org.attackstats.model;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/**
 * What attacks and responses have in common: an event with an id, a date span, a place, a method
 * and casualty counts. The statistics engine counts incidents of either kind.
 */
public sealed interface Incident permits Attack, Response {

  /** The two kinds of incident. */
  enum Kind {
    /** An attack, as in {@code attacks.csv}. */
    ATTACK,
    /** A retaliatory response, as in {@code responses.csv}. */
    RESPONSE
  }

  /**
   * Which kind this is.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * The id, unique among incidents of the same kind in a dataset.
   *
   * @return the id
   */
  String id();

  /**
   * The days on which it may have happened.
   *
   * @return the date span
   */
  DateSpan date();

  /**
   * The local time of day, if reported.
   *
   * @return the time
   */
  Optional<LocalTime> time();

  /**
   * Where it happened.
   *
   * @return the place
   */
  Place place();

  /**
   * How it was carried out, if reported.
   *
   * @return the method
   */
  Optional<Method> method();

  /**
   * Projectiles or strikes ("two rockets", "three airstrikes").
   *
   * @return the count, possibly unknown
   */
  Estimate munitions();

  /**
   * People injured.
   *
   * @return the count, possibly unknown
   */
  Estimate injured();

  /**
   * People killed.
   *
   * @return the count, possibly unknown
   */
  Estimate killed();

  /**
   * Where the record comes from.
   *
   * @return the source, possibly {@link Source#none()}
   */
  Source source();

  /**
   * Free-text notes.
   *
   * @return the notes
   */
  Optional<String> notes();

  /**
   * Columns with no place in the model, kept so that writing the record back loses nothing.
   *
   * @return column name to non-empty value, in column order
   */
  Map<String, String> extras();
}
