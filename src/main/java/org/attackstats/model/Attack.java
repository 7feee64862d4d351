package org.attackstats.model;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An armed attack, as in a row of {@code attacks.csv}: typically on a military base or on people,
 * by a perpetrator that may be unknown.
 *
 * <pre>{@code
 * Attack a = Attack.builder("a01", DateSpan.parse("2023-11-21"))
 *     .place(Place.of(Country.of("IQ")).withLocation("Ain al-Asad"))
 *     .baseId("ain-al-asad")
 *     .method(Method.ROCKET)
 *     .munitions(Estimate.exact(2))
 *     .injured(Estimate.ZERO)
 *     .build();
 * }</pre>
 *
 * @param id the id, unique among the attacks of a dataset
 * @param date the days on which it may have happened
 * @param time the local time of day, if reported
 * @param place where it happened
 * @param baseId the id of the targeted base in the dataset's {@code bases}, if any
 * @param target what was targeted, in words, if reported
 * @param perpetrator who carried it out, if known
 * @param method how, if reported
 * @param munitions projectiles or strikes
 * @param injured people injured
 * @param killed people killed
 * @param victims who was harmed, in words, if reported
 * @param source where the record comes from
 * @param notes free-text notes
 * @param extras columns with no place in the model
 */
public record Attack(
    String id,
    DateSpan date,
    Optional<LocalTime> time,
    Place place,
    Optional<String> baseId,
    Optional<String> target,
    Optional<Actor> perpetrator,
    Optional<Method> method,
    Estimate munitions,
    Estimate injured,
    Estimate killed,
    Optional<String> victims,
    Source source,
    Optional<String> notes,
    Map<String, String> extras)
    implements Incident {

  /**
   * Validates every field: non-null, ids well-formed, blank text treated as absent, extras copied.
   *
   * @throws IllegalArgumentException naming the field if a value is invalid
   * @throws NullPointerException if a field is null
   */
  public Attack {
    Texts.id("attack id", id);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(place, "place");
    baseId = Texts.clean(baseId);
    baseId.ifPresent(b -> Texts.id("base_id", b));
    target = Texts.clean(target);
    Objects.requireNonNull(perpetrator, "perpetrator");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(munitions, "munitions");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(killed, "killed");
    victims = Texts.clean(victims);
    Objects.requireNonNull(source, "source");
    notes = Texts.clean(notes);
    extras = Extras.copy(extras);
  }

  @Override
  public Kind kind() {
    return Kind.ATTACK;
  }

  /**
   * A builder for an attack with the two fields every attack needs; the others start absent or
   * unknown.
   *
   * @param id the id
   * @param date the date span
   * @return the builder
   */
  public static Builder builder(String id, DateSpan date) {
    return new Builder(id, date);
  }

  /**
   * A builder holding this attack's fields, to change some of them.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, date);
    b.time = time;
    b.place = place;
    b.baseId = baseId;
    b.target = target;
    b.perpetrator = perpetrator;
    b.method = method;
    b.munitions = munitions;
    b.injured = injured;
    b.killed = killed;
    b.victims = victims;
    b.source = source;
    b.notes = notes;
    b.extras.putAll(extras);
    return b;
  }

  /** Builds an {@link Attack}. Setters accept null for "absent". Not thread-safe. */
  public static final class Builder {
    private String id;
    private DateSpan date;
    private Optional<LocalTime> time = Optional.empty();
    private Place place = Place.unknown();
    private Optional<String> baseId = Optional.empty();
    private Optional<String> target = Optional.empty();
    private Optional<Actor> perpetrator = Optional.empty();
    private Optional<Method> method = Optional.empty();
    private Estimate munitions = Estimate.unknown();
    private Estimate injured = Estimate.unknown();
    private Estimate killed = Estimate.unknown();
    private Optional<String> victims = Optional.empty();
    private Source source = Source.none();
    private Optional<String> notes = Optional.empty();
    private final Map<String, String> extras = new LinkedHashMap<>();

    private Builder(String id, DateSpan date) {
      this.id = id;
      this.date = date;
    }

    /** @param id the id @return this builder */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** @param date the date span @return this builder */
    public Builder date(DateSpan date) {
      this.date = date;
      return this;
    }

    /** @param time the time of day, or null @return this builder */
    public Builder time(LocalTime time) {
      this.time = Optional.ofNullable(time);
      return this;
    }

    /** @param place the place @return this builder */
    public Builder place(Place place) {
      this.place = Objects.requireNonNull(place, "place");
      return this;
    }

    /** @param baseId the targeted base's id, or null @return this builder */
    public Builder baseId(String baseId) {
      this.baseId = Optional.ofNullable(baseId);
      return this;
    }

    /** @param target the target in words, or null @return this builder */
    public Builder target(String target) {
      this.target = Optional.ofNullable(target);
      return this;
    }

    /** @param perpetrator the perpetrator, or null @return this builder */
    public Builder perpetrator(Actor perpetrator) {
      this.perpetrator = Optional.ofNullable(perpetrator);
      return this;
    }

    /** @param method the method, or null @return this builder */
    public Builder method(Method method) {
      this.method = Optional.ofNullable(method);
      return this;
    }

    /** @param munitions projectiles or strikes @return this builder */
    public Builder munitions(Estimate munitions) {
      this.munitions = Objects.requireNonNull(munitions, "munitions");
      return this;
    }

    /** @param injured people injured @return this builder */
    public Builder injured(Estimate injured) {
      this.injured = Objects.requireNonNull(injured, "injured");
      return this;
    }

    /** @param killed people killed @return this builder */
    public Builder killed(Estimate killed) {
      this.killed = Objects.requireNonNull(killed, "killed");
      return this;
    }

    /** @param victims who was harmed, or null @return this builder */
    public Builder victims(String victims) {
      this.victims = Optional.ofNullable(victims);
      return this;
    }

    /** @param source the source @return this builder */
    public Builder source(Source source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** @param notes notes, or null @return this builder */
    public Builder notes(String notes) {
      this.notes = Optional.ofNullable(notes);
      return this;
    }

    /**
     * Sets an extra column.
     *
     * @param column the column name
     * @param value the value, or null or empty to remove it
     * @return this builder
     */
    public Builder extra(String column, String value) {
      if (value == null || value.isEmpty()) {
        extras.remove(column);
      } else {
        extras.put(column, value);
      }
      return this;
    }

    /**
     * Builds the attack.
     *
     * @return the attack
     * @throws IllegalArgumentException if a field is invalid
     */
    public Attack build() {
      return new Attack(
          id, date, time, place, baseId, target, perpetrator, method, munitions, injured, killed,
          victims, source, notes, extras);
    }
  }
}
