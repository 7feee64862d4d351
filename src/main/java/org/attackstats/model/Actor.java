package org.attackstats.model;

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

  /**
   * Normalises whitespace and rejects blank names.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public Actor {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor name must not be blank");
    }
    name = name.strip().replaceAll("\\s+", " ");
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
