package org.attackstats.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A military base or facility that attacks may target, as in a row of {@code bases.csv}.
 *
 * <pre>{@code
 * Base b = new Base("ain-al-asad", "Ain al-Asad air base", List.of("Al Asad"),
 *     Place.of(Country.of("IQ")).withAdmin1("Al Anbar"), Optional.empty(), Estimate.unknown(),
 *     Source.none(), Optional.empty(), Map.of());
 * }</pre>
 *
 * @param id the id, unique among the bases of a dataset and referenced by attacks' {@code base_id}
 * @param name the name
 * @param aliases other names and spellings, possibly none
 * @param place where it is; its {@code location} is not used (the name says it)
 * @param operator who operates it or is stationed there, if known
 * @param personnel how many personnel it houses
 * @param source where the record comes from
 * @param notes free-text notes
 * @param extras columns with no place in the model
 */
public record Base(
    String id,
    String name,
    List<String> aliases,
    Place place,
    Optional<Actor> operator,
    Estimate personnel,
    Source source,
    Optional<String> notes,
    Map<String, String> extras) {

  /**
   * Validates every field.
   *
   * @throws IllegalArgumentException naming the field if a value is invalid
   * @throws NullPointerException if a field is null
   */
  public Base {
    Texts.id("base id", id);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("base '" + id + "' needs a name");
    }
    aliases = List.copyOf(aliases);
    for (String a : aliases) {
      if (a.isBlank() || a.indexOf('|') >= 0) {
        throw new IllegalArgumentException(
            "base '" + id + "' has an invalid alias '" + a + "': blank or containing '|'");
      }
    }
    Objects.requireNonNull(place, "place");
    place = place.withLocation(null);
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(personnel, "personnel");
    Objects.requireNonNull(source, "source");
    notes = Texts.clean(notes);
    extras = Extras.copy(extras);
  }

  /**
   * A base known by id, name and place only.
   *
   * @param id the id
   * @param name the name
   * @param place where it is
   * @return the base
   */
  public static Base of(String id, String name, Place place) {
    return new Base(
        id, name, List.of(), place, Optional.empty(), Estimate.unknown(), Source.none(),
        Optional.empty(), Map.of());
  }
}
