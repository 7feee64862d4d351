package org.attackstats.csv;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which source rows are retaliatory responses rather than attacks: a row is a {@link
 * org.attackstats.model.Response} when its acting side (ACLED {@code actor1}, GTD {@code gname},
 * UCDP {@code side_a}) is one of the configured responder names, and an {@link
 * org.attackstats.model.Attack} otherwise.
 *
 * <p>Names are compared ignoring case, runs of whitespace and a trailing period of office in
 * parentheses, as ACLED writes it: {@code "Military Forces of the United States (2021-)"} matches
 * {@code "Military Forces of the United States"}.
 *
 * <pre>{@code
 * ResponderRule rule = ResponderRule.actors(List.of("Military Forces of Israel", "Israel"));
 * rule.isResponder("Military Forces of Israel (2022-)");  // true
 * }</pre>
 */
public final class ResponderRule {

  /** The names of the default rule, {@link #unitedStates()}. */
  public static final List<String> UNITED_STATES_NAMES =
      List.of(
          "Military Forces of the United States",
          "United States",
          "United States of America",
          "Government of United States of America");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern PERIOD = Pattern.compile("\\s*\\(\\d{4}-(\\d{4})?\\)$");
  private static final ResponderRule UNITED_STATES = actors(UNITED_STATES_NAMES);
  private static final ResponderRule NONE = new ResponderRule(new TreeSet<>());

  private final Set<String> names;

  private ResponderRule(Set<String> names) {
    this.names = names;
  }

  /**
   * The default: rows acted by the United States military or government are responses ({@link
   * #UNITED_STATES_NAMES}).
   *
   * @return the rule
   */
  public static ResponderRule unitedStates() {
    return UNITED_STATES;
  }

  /**
   * No row is a response: every row becomes an attack.
   *
   * @return the rule
   */
  public static ResponderRule none() {
    return NONE;
  }

  /**
   * Rows acted by one of these names are responses.
   *
   * @param names the responder names, not blank
   * @return the rule
   * @throws IllegalArgumentException if a name is blank
   */
  public static ResponderRule actors(Collection<String> names) {
    Set<String> set = new TreeSet<>();
    for (String n : names) {
      if (n == null || n.isBlank()) {
        throw new IllegalArgumentException("responder names must not be blank, got " + names);
      }
      set.add(normalise(n));
    }
    return new ResponderRule(set);
  }

  /**
   * Whether a row with this acting side is a response.
   *
   * @param actingSide the acting side as the source writes it; blank is never a responder
   * @return true for a response
   */
  public boolean isResponder(String actingSide) {
    return !actingSide.isBlank() && names.contains(normalise(actingSide));
  }

  /**
   * The normalised responder names, sorted.
   *
   * @return an immutable set
   */
  public Set<String> names() {
    return Set.copyOf(names);
  }

  private static String normalise(String name) {
    String n = WHITESPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    return PERIOD.matcher(n).replaceFirst("");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResponderRule && ((ResponderRule) o).names.equals(names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return "ResponderRule" + names;
  }
}
