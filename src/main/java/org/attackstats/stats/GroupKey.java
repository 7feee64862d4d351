package org.attackstats.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The key of one group: a value, or none, for each grouping of a query, in the order the
 * groupings were given.
 *
 * <pre>{@code
 * GroupKey k = row.key();
 * Optional<Country> c = k.get(Grouping.COUNTRY);
 * Optional<DateSpan> month = k.get(Grouping.MONTH);
 * }</pre>
 *
 * <p>Keys order part by part, each by its grouping's order, with "no value" last. Immutable.
 */
public final class GroupKey implements Comparable<GroupKey> {

  private final List<Grouping<?>> groupings;
  private final List<Optional<?>> values;

  private GroupKey(List<Grouping<?>> groupings, List<Optional<?>> values) {
    this.groupings = groupings;
    this.values = values;
  }

  static GroupKey of(List<Grouping<?>> groupings, List<Optional<?>> values) {
    if (groupings.size() != values.size()) {
      throw new IllegalArgumentException(
          "a key needs one value per grouping: " + groupings + " vs " + values);
    }
    return new GroupKey(List.copyOf(groupings), List.copyOf(values));
  }

  GroupKey with(int index, Optional<?> value) {
    List<Optional<?>> v = new ArrayList<>(values);
    v.set(index, value);
    return new GroupKey(groupings, List.copyOf(v));
  }

  /**
   * The groupings, in query order.
   *
   * @return the groupings
   */
  public List<Grouping<?>> groupings() {
    return groupings;
  }

  /**
   * The value of a grouping.
   *
   * @param <V> the value type
   * @param grouping one of this key's groupings
   * @return the value, or empty if the group holds incidents without one
   * @throws IllegalArgumentException if the grouping is not part of the key
   */
  @SuppressWarnings("unchecked")
  public <V> Optional<V> get(Grouping<V> grouping) {
    int i = groupings.indexOf(grouping);
    if (i < 0) {
      throw new IllegalArgumentException(
          "grouping '" + grouping + "' is not part of this key; its groupings are " + groupings);
    }
    return (Optional<V>) values.get(i);
  }

  /**
   * The values, in grouping order.
   *
   * @return the values
   */
  public List<Optional<?>> values() {
    return values;
  }

  @Override
  public int compareTo(GroupKey o) {
    for (int i = 0; i < values.size() && i < o.values.size(); i++) {
      Optional<?> a = values.get(i);
      Optional<?> b = o.values.get(i);
      int c;
      if (a.isPresent() && b.isPresent()) {
        c = groupings.get(i).compareValues(a.get(), b.get());
      } else {
        c = Boolean.compare(a.isEmpty(), b.isEmpty());
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(values.size(), o.values.size());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupKey
        && ((GroupKey) o).groupings.equals(groupings)
        && ((GroupKey) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupings, values);
  }

  /**
   * The text form, for example {@code country=IQ month=2023-10}; a missing value is {@code -}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      parts.add(groupings.get(i) + "=" + values.get(i).map(Object::toString).orElse("-"));
    }
    return parts.stream().collect(Collectors.joining(" "));
  }
}
