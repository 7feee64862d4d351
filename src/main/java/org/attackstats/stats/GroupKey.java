package org.attackstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attackstats.model.DateSpan;

/**
 * The key of one group: a value, or none, for each grouping of a query, in the order the
 * groupings were given. Values are read back with their type:
 *
 * <pre>{@code
 * Optional<Country> c = row.key().get(Grouping.COUNTRY);
 * Optional<DateSpan> month = row.key().get(Grouping.MONTH);
 * }</pre>
 *
 * <p>and keys are written from typed {@link Part}s: {@code GroupKey.of(Grouping.COUNTRY.value(iq),
 * Grouping.MONTH.at(day))}. Keys order part by part, each by its grouping's order, with "no
 * value" last. Immutable.
 */
public final class GroupKey implements Comparable<GroupKey> {

  /**
   * One part of a key: a grouping and its value, or none. Made by {@link Grouping#value}, {@link
   * CategoricalGrouping#noValue()} and {@link CalendarGrouping#at}.
   *
   * @param <V> the value type
   * @param grouping the grouping
   * @param value the value, or empty for the group without one (never for a calendar grouping)
   */
  public record Part<V>(Grouping<V> grouping, Optional<V> value) {

    /**
     * Checks for nulls, and that a calendar part has one of its grouping's buckets.
     *
     * @throws IllegalArgumentException for a calendar part without a value, or whose value is not
     *     a bucket (a month part needs {@code DateSpan.ofMonth(...)}, precision included)
     */
    public Part {
      Objects.requireNonNull(grouping, "grouping");
      Objects.requireNonNull(value, "value");
      if (grouping instanceof CalendarGrouping c) {
        DateSpan bucket =
            (DateSpan)
                value.orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "a part of calendar grouping '" + c.name() + "' needs a bucket"));
        if (!c.bucketOf(bucket.start()).equals(bucket)) {
          throw new IllegalArgumentException(
              bucket + " is not a bucket of " + c.name() + "; the bucket holding its first day is "
                  + c.bucketOf(bucket.start()));
        }
      }
    }

    /**
     * The text form, for example {@code country=IQ}; a missing value is {@code -}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return grouping.name() + "=" + value.map(Object::toString).orElse("-");
    }
  }

  private final List<Grouping<?>> groupings;
  private final List<Optional<?>> values;

  private GroupKey(List<Grouping<?>> groupings, List<Optional<?>> values) {
    this.groupings = groupings;
    this.values = values;
  }

  /**
   * The key of these parts, in this order.
   *
   * @param parts one part per grouping
   * @return the key
   * @throws IllegalArgumentException if the groupings cannot be crossed (see {@link
   *     Grouping#validate})
   */
  public static GroupKey of(Part<?>... parts) {
    return of(Arrays.asList(parts));
  }

  /**
   * The key of these parts, in this order.
   *
   * @param parts one part per grouping
   * @return the key
   * @throws IllegalArgumentException if the groupings cannot be crossed (see {@link
   *     Grouping#validate})
   */
  public static GroupKey of(List<? extends Part<?>> parts) {
    List<Grouping<?>> gs = new ArrayList<>();
    List<Optional<?>> vs = new ArrayList<>();
    for (Part<?> p : parts) {
      gs.add(p.grouping());
      vs.add(p.value());
    }
    return new GroupKey(Grouping.validate(gs), List.copyOf(vs));
  }

  /** A key of already validated groupings; a calendar part may be empty until {@link #with}. */
  static GroupKey of(List<Grouping<?>> groupings, List<Optional<?>> values) {
    assert groupings.size() == values.size();
    return new GroupKey(List.copyOf(groupings), List.copyOf(values));
  }

  Optional<?> valueAt(int index) {
    return values.get(index);
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
  @SuppressWarnings("unchecked") // the value at a grouping's index has the grouping's type
  public <V> Optional<V> get(Grouping<V> grouping) {
    int i = groupings.indexOf(grouping);
    if (i < 0) {
      throw new IllegalArgumentException(
          "grouping '" + grouping + "' is not part of this key; its groupings are " + groupings);
    }
    return (Optional<V>) values.get(i);
  }

  /**
   * The parts, in grouping order.
   *
   * @return the parts
   */
  public List<Part<?>> parts() {
    List<Part<?>> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      out.add(part(groupings.get(i), i));
    }
    return List.copyOf(out);
  }

  @SuppressWarnings("unchecked") // as in get
  private <V> Part<V> part(Grouping<V> g, int i) {
    return new Part<>(g, (Optional<V>) values.get(i));
  }

  @Override
  public int compareTo(GroupKey o) {
    for (int i = 0; i < values.size() && i < o.values.size(); i++) {
      Optional<?> a = values.get(i);
      Optional<?> b = o.values.get(i);
      int c;
      if (a.isPresent() && b.isPresent()) {
        c = compare(groupings.get(i), a.get(), b.get());
      } else {
        c = Boolean.compare(a.isEmpty(), b.isEmpty());
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(values.size(), o.values.size());
  }

  @SuppressWarnings("unchecked") // values of one grouping have its type
  private static <V> int compare(Grouping<V> g, Object a, Object b) {
    return g.order().compare((V) a, (V) b);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupKey k && k.groupings.equals(groupings) && k.values.equals(values);
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
      parts.add(groupings.get(i).name() + "=" + values.get(i).map(Object::toString).orElse("-"));
    }
    return String.join(" ", parts);
  }
}
