package org.attackstats.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an attack or response was carried out, from an open vocabulary of lower-case words ({@code
 * drone}, {@code rocket}, {@code airstrike}, ...). Names are normalised: case folded, and spaces and
 * hyphens turned into underscores, so {@code "Drone strike"} is {@link #DRONE_STRIKE}.
 *
 * @param name the normalised name: lower-case letters, digits and single underscores
 */
public record Method(String name) implements Comparable<Method> {

  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:_[a-z0-9]+)*");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

  /** A one-way attack drone or an unidentified drone. */
  public static final Method DRONE = new Method("drone");
  /** Rockets. */
  public static final Method ROCKET = new Method("rocket");
  /** Missiles (ballistic or cruise). */
  public static final Method MISSILE = new Method("missile");
  /** Mortar rounds. */
  public static final Method MORTAR = new Method("mortar");
  /** An improvised explosive device. */
  public static final Method IED = new Method("ied");
  /** A strike by aircraft. */
  public static final Method AIRSTRIKE = new Method("airstrike");
  /** A strike by an armed drone of a state's forces. */
  public static final Method DRONE_STRIKE = new Method("drone_strike");
  /** Small arms fire. */
  public static final Method SMALL_ARMS = new Method("small_arms");
  /** Reported, but not identified. */
  public static final Method UNKNOWN = new Method("unknown");

  /**
   * Normalises and validates the name.
   *
   * @throws IllegalArgumentException if the normalised name is not lower-case words joined by
   *     underscores
   */
  public Method {
    if (name == null) {
      throw new IllegalArgumentException("method name must not be null");
    }
    if (!isNormal(name)) {
      String n = SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
      if (!VALID.matcher(n).matches()) {
        throw new IllegalArgumentException(
            "invalid method '"
                + name
                + "': expected a word of lower-case letters and digits, words joined by '_'"
                + " (for example drone, rocket, airstrike, drone_strike)");
      }
      name = n;
    }
  }

  /**
   * Whether a name is already normalised: lower-case letters and digits, words joined by single
   * underscores (what {@link #VALID} matches, without a regex: most names read are like this).
   */
  private static boolean isNormal(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == '_' || name.charAt(n - 1) == '_') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && (c != '_' || name.charAt(i - 1) == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The method with this name, normalised.
   *
   * @param name for example {@code "rocket"} or {@code "Drone strike"}
   * @return the method
   */
  public static Method of(String name) {
    return new Method(name);
  }

  @Override
  public int compareTo(Method o) {
    return name.compareTo(o.name);
  }

  /**
   * The normalised name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
