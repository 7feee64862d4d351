package org.attackstats.model;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A retaliatory response, as in a row of {@code responses.csv}: a strike by a state or coalition,
 * possibly linked to the attacks it answers.
 *
 * <pre>{@code
 * Response r = Response.builder("r01", DateSpan.parse("2023-10-27"))
 *     .place(Place.of(Country.of("SY")).withLocation("Abu Kamal"))
 *     .responder(Actor.of("United States"))
 *     .method(Method.AIRSTRIKE)
 *     .build();
 * }</pre>
 *
 * @param id the id, unique among the responses of a dataset
 * @param date the days on which it may have happened
 * @param time the local time of day, if reported
 * @param place where the strike landed
 * @param responder who struck, if known
 * @param method how, if reported
 * @param munitions projectiles or strikes
 * @param target what was struck, in words, if reported
 * @param targetActor whose forces or sites were struck, if known
 * @param injured people injured
 * @param killed people killed
 * @param inResponseTo ids of the attacks it answers, possibly none
 * @param source where the record comes from
 * @param notes free-text notes
 * @param extras columns with no place in the model
 */
public record Response(
    String id,
    DateSpan date,
    Optional<LocalTime> time,
    Place place,
    Optional<Actor> responder,
    Optional<Method> method,
    Estimate munitions,
    Optional<String> target,
    Optional<Actor> targetActor,
    Estimate injured,
    Estimate killed,
    List<String> inResponseTo,
    Source source,
    Optional<String> notes,
    Map<String, String> extras)
    implements Incident {

  /**
   * Validates every field.
   *
   * @throws IllegalArgumentException naming the field if a value is invalid
   * @throws NullPointerException if a field is null
   */
  public Response {
    Texts.id("response id", id);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(responder, "responder");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(munitions, "munitions");
    target = Texts.clean(target);
    Objects.requireNonNull(targetActor, "targetActor");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(killed, "killed");
    inResponseTo = List.copyOf(inResponseTo);
    inResponseTo.forEach(a -> Texts.id("in_response_to id", a));
    if (inResponseTo.stream().distinct().count() != inResponseTo.size()) {
      throw new IllegalArgumentException("in_response_to lists an attack twice: " + inResponseTo);
    }
    Objects.requireNonNull(source, "source");
    notes = Texts.clean(notes);
    extras = Extras.copy(extras);
  }

  @Override
  public Kind kind() {
    return Kind.RESPONSE;
  }

  /**
   * A builder for a response with the two fields every response needs.
   *
   * @param id the id
   * @param date the date span
   * @return the builder
   */
  public static Builder builder(String id, DateSpan date) {
    return new Builder(id, date);
  }

  /**
   * A builder holding this response's fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, date);
    b.time = time;
    b.place = place;
    b.responder = responder;
    b.method = method;
    b.munitions = munitions;
    b.target = target;
    b.targetActor = targetActor;
    b.injured = injured;
    b.killed = killed;
    b.inResponseTo = inResponseTo;
    b.source = source;
    b.notes = notes;
    b.extras.putAll(extras);
    return b;
  }

  /** Builds a {@link Response}. Setters accept null for "absent". Not thread-safe. */
  public static final class Builder {
    private String id;
    private DateSpan date;
    private Optional<LocalTime> time = Optional.empty();
    private Place place = Place.unknown();
    private Optional<Actor> responder = Optional.empty();
    private Optional<Method> method = Optional.empty();
    private Estimate munitions = Estimate.unknown();
    private Optional<String> target = Optional.empty();
    private Optional<Actor> targetActor = Optional.empty();
    private Estimate injured = Estimate.unknown();
    private Estimate killed = Estimate.unknown();
    private List<String> inResponseTo = List.of();
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

    /** @param responder who struck, or null @return this builder */
    public Builder responder(Actor responder) {
      this.responder = Optional.ofNullable(responder);
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

    /** @param target what was struck, or null @return this builder */
    public Builder target(String target) {
      this.target = Optional.ofNullable(target);
      return this;
    }

    /** @param targetActor whose sites were struck, or null @return this builder */
    public Builder targetActor(Actor targetActor) {
      this.targetActor = Optional.ofNullable(targetActor);
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

    /** @param attackIds ids of the attacks answered @return this builder */
    public Builder inResponseTo(List<String> attackIds) {
      this.inResponseTo = List.copyOf(attackIds);
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
     * Builds the response.
     *
     * @return the response
     * @throws IllegalArgumentException if a field is invalid
     */
    public Response build() {
      return new Response(
          id, date, time, place, responder, method, munitions, target, targetActor, injured,
          killed, inResponseTo, source, notes, extras);
    }
  }
}
