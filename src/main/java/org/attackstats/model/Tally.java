package org.attackstats.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A number someone reported, as in a row of {@code tallies.csv}: "61 attacks on bases in Iraq and
 * Syria since Oct. 17, according to the Pentagon".
 *
 * <pre>{@code
 * Tally t = Tally.of("t01", TallyMetric.ATTACKS, Estimate.exact(61))
 *     .withPeriod(LocalDate.of(2023, 10, 17), LocalDate.of(2023, 11, 21));
 * }</pre>
 *
 * @param id the id, unique among the tallies of a dataset
 * @param metric what is counted
 * @param value the reported number
 * @param country the country it covers, or empty for all
 * @param since the first day it covers, if stated
 * @param asOf the day it was true, if stated
 * @param subject what is counted, in words ("attacks on US forces"), if stated
 * @param attribution who the number is attributed to ("Pentagon"), if anyone
 * @param source where the report comes from
 * @param extras columns with no place in the model
 */
public record Tally(
    String id,
    TallyMetric metric,
    Estimate value,
    Optional<Country> country,
    Optional<LocalDate> since,
    Optional<LocalDate> asOf,
    Optional<String> subject,
    Optional<String> attribution,
    Source source,
    Map<String, String> extras) {

  /**
   * Validates every field; {@code since} must not be after {@code asOf}.
   *
   * @throws IllegalArgumentException naming the field if a value is invalid
   * @throws NullPointerException if a field is null
   */
  public Tally {
    Texts.id("tally id", id);
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(asOf, "asOf");
    if (since.isPresent() && asOf.isPresent() && since.get().isAfter(asOf.get())) {
      throw new IllegalArgumentException(
          "tally '" + id + "': since " + since.get() + " is after as_of " + asOf.get());
    }
    subject = Texts.clean(subject);
    attribution = Texts.clean(attribution);
    Objects.requireNonNull(source, "source");
    extras = Extras.copy(extras);
  }

  /**
   * A tally of everything, with no period, subject or source.
   *
   * @param id the id
   * @param metric what is counted
   * @param value the reported number
   * @return the tally
   */
  public static Tally of(String id, TallyMetric metric, Estimate value) {
    return new Tally(
        id, metric, value, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Source.none(), Map.of());
  }

  /**
   * This tally restricted to a country.
   *
   * @param country the country, or null for all
   * @return the new tally
   */
  public Tally withCountry(Country country) {
    return new Tally(id, metric, value, Optional.ofNullable(country), since, asOf, subject, attribution, source, extras);
  }

  /**
   * This tally with a period.
   *
   * @param since the first day covered, or null
   * @param asOf the day it was true, or null
   * @return the new tally
   */
  public Tally withPeriod(LocalDate since, LocalDate asOf) {
    return new Tally(id, metric, value, country, Optional.ofNullable(since), Optional.ofNullable(asOf), subject, attribution, source, extras);
  }

  /**
   * This tally with a subject and attribution.
   *
   * @param subject what is counted, or null
   * @param attribution who reported it, or null
   * @return the new tally
   */
  public Tally withSubject(String subject, String attribution) {
    return new Tally(id, metric, value, country, since, asOf, Optional.ofNullable(subject), Optional.ofNullable(attribution), source, extras);
  }

  /**
   * This tally with a source.
   *
   * @param source the source
   * @return the new tally
   */
  public Tally withSource(Source source) {
    return new Tally(id, metric, value, country, since, asOf, subject, attribution, source, extras);
  }
}
