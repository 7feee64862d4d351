package org.attackstats.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where something happened, as precisely as the source says: country, first-level administrative
 * division, a named location and coordinates, each possibly unknown.
 *
 * <pre>{@code
 * Place p = Place.of(Country.of("IQ")).withAdmin1("Baghdad").withLocation("Abu Ghraib");
 * }</pre>
 *
 * @param country the country, if known
 * @param admin1 the province or governorate, if known
 * @param location the town, district or site as named, if known
 * @param coordinates the point, if known
 */
public record Place(
    Optional<Country> country,
    Optional<String> admin1,
    Optional<String> location,
    Optional<Coordinates> coordinates) {

  private static final Place UNKNOWN =
      new Place(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Checks for nulls and turns blank names into absent ones.
   *
   * @throws NullPointerException if an argument is null
   */
  public Place {
    Objects.requireNonNull(country, "country");
    admin1 = Texts.clean(admin1);
    location = Texts.clean(location);
    Objects.requireNonNull(coordinates, "coordinates");
  }

  /**
   * A place of which nothing is known.
   *
   * @return the unknown place
   */
  public static Place unknown() {
    return UNKNOWN;
  }

  /**
   * A place known only by its country.
   *
   * @param country the country
   * @return the place
   */
  public static Place of(Country country) {
    return new Place(Optional.of(country), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * This place with another country.
   *
   * @param country the country, or null for unknown
   * @return the new place
   */
  public Place withCountry(Country country) {
    return new Place(Optional.ofNullable(country), admin1, location, coordinates);
  }

  /**
   * This place with another first-level division.
   *
   * @param admin1 the name, or null or blank for unknown
   * @return the new place
   */
  public Place withAdmin1(String admin1) {
    return new Place(country, Optional.ofNullable(admin1), location, coordinates);
  }

  /**
   * This place with another location name.
   *
   * @param location the name, or null or blank for unknown
   * @return the new place
   */
  public Place withLocation(String location) {
    return new Place(country, admin1, Optional.ofNullable(location), coordinates);
  }

  /**
   * This place with coordinates.
   *
   * @param coordinates the point, or null for unknown
   * @return the new place
   */
  public Place withCoordinates(Coordinates coordinates) {
    return new Place(country, admin1, location, Optional.ofNullable(coordinates));
  }
}
