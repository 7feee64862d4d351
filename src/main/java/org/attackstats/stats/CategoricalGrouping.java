package org.attackstats.stats;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.attackstats.model.Incident;

/**
 * A grouping that gives each incident one value or none, such as {@link Grouping#COUNTRY}, or any
 * function of the incident made with {@link Grouping#by}. Incidents without a value form their own
 * group, whose key part is empty, so that groups always add up to the total.
 *
 * <p>Immutable. Equal only to itself: two groupings made by {@link Grouping#by} with the same name
 * and function are two groupings, and neither is a built-in one.
 *
 * @param <V> the type of the values
 */
public final class CategoricalGrouping<V> implements Grouping<V> {

  private final String name;
  private final Function<? super Incident, Optional<V>> value;
  private final Comparator<? super V> order;

  CategoricalGrouping(
      String name, Function<? super Incident, Optional<V>> value, Comparator<? super V> order) {
    this.name = name;
    this.value = value;
    this.order = order;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Comparator<? super V> order() {
    return order;
  }

  @Override
  public boolean isCalendar() {
    return false;
  }

  /**
   * The value of an incident.
   *
   * @param incident the incident
   * @return the value, or empty if the incident has none
   * @throws NullPointerException if the grouping's function returns null instead of an empty
   *     {@code Optional}
   */
  public Optional<V> valueOf(Incident incident) {
    Optional<V> v = value.apply(incident);
    if (v == null) {
      throw new NullPointerException(
          "grouping '" + name + "' gave null for " + incident.id()
              + "; its function must return Optional.empty() for no value");
    }
    return v;
  }

  @Override
  public GroupKey.Part<V> value(V value) {
    return new GroupKey.Part<>(this, Optional.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * The key part of the group of incidents without a value, for example the attacks of unknown
   * country.
   *
   * @return the part
   */
  public GroupKey.Part<V> noValue() {
    return new GroupKey.Part<>(this, Optional.empty());
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
