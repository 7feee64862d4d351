package org.attackstats.model;

/**
 * A point in decimal degrees (WGS 84).
 *
 * @param latitude between -90 and 90
 * @param longitude between -180 and 180
 */
public record Coordinates(double latitude, double longitude) {

  /**
   * Validates the ranges.
   *
   * @throws IllegalArgumentException if a value is out of range or not finite
   */
  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude " + latitude + " is not between -90 and 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude " + longitude + " is not between -180 and 180");
    }
    latitude += 0.0;
    longitude += 0.0;
  }

  /**
   * The point at these coordinates.
   *
   * @param latitude between -90 and 90
   * @param longitude between -180 and 180
   * @return the point
   */
  public static Coordinates of(double latitude, double longitude) {
    return new Coordinates(latitude, longitude);
  }
}
