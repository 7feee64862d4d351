package org.attackstats.model;

import java.util.regex.Pattern;

/**
 * A party that attacks, responds or is targeted: an armed group, a state's forces, a coalition.
 * The name is kept as given, with surrounding whitespace removed and inner runs of whitespace
 * collapsed to one space; equality is by that name.
 *
 * <pre>{@code Actor.of("Kata'ib Hezbollah")}</pre>
 *
 * @param name the name, not blank
 */
public record Actor(String name) implements Comparable<Actor> {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * Normalises whitespace and rejects blank names.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public Actor {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor name must not be blank");
    }
    if (!isNormal(name)) {
      name = WHITESPACE.matcher(name.strip()).replaceAll(" ");
    }
  }

  /**
   * Whether a name is already normalised, without a regex: no whitespace around it (as {@link
   * String#strip} sees it), and no whitespace inside but single spaces ({@code \\s} is the ASCII
   * whitespace of regexes).
   */
  private static boolean isNormal(String name) {
    int n = name.length();
    if (Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = name.charAt(i);
      if (c == ' ' ? name.charAt(i + 1) == ' ' : isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The characters of {@code \\s} in a regex: space, tab, line feed, vertical tab, form feed, CR. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The actor with this name.
   *
   * @param name the name
   * @return the actor
   */
  public static Actor of(String name) {
    return new Actor(name);
  }

  @Override
  public int compareTo(Actor o) {
    return name.compareTo(o.name);
  }

  /**
   * The name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
