package org.attackstats.stats;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.attackstats.model.Response;

/**
 * A dimension to group incidents by, with the type {@code V} of its values. There are two kinds,
 * with distinct types:
 *
 * <ul>
 *   <li>a {@link CategoricalGrouping} gives each incident one value or none ({@link #COUNTRY},
 *       {@link #ADMIN1}, {@link #BASE}, {@link #PERPETRATOR}, {@link #RESPONDER}, {@link #ACTOR},
 *       {@link #METHOD}, {@link #TARGET}, {@link #KIND}, or any function with {@link #by});
 *   <li>a {@link CalendarGrouping} cuts time into buckets ({@link #DAY}, {@link #ISO_WEEK}, {@link
 *       #weekStarting}, {@link #MONTH}, {@link #YEAR}), in which an incident whose date span crosses
 *       buckets is possibly in each.
 * </ul>
 *
 * <p><b>Identity.</b> A categorical grouping equals only itself: {@link #by} makes a new grouping
 * that never equals a built-in one, even under the same name, so a result keyed by it is always
 * computed with its own function (only the built-in groupings are answered from the dataset's
 * index). Calendar groupings are equal when they cut time alike (unit and first day of the week).
 * The name is what results print and {@link #parse} reads; the groupings of one query must have
 * distinct names.
 *
 * @param <V> the type of the grouping's values
 */
public sealed interface Grouping<V> permits CategoricalGrouping, CalendarGrouping {

  /** The incident's country. */
  CategoricalGrouping<Country> COUNTRY =
      new CategoricalGrouping<>("country", i -> i.place().country(), Comparator.naturalOrder());
  /** The incident's first-level administrative division, by name. */
  CategoricalGrouping<String> ADMIN1 =
      new CategoricalGrouping<>("admin1", i -> i.place().admin1(), Comparator.naturalOrder());
  /** The id of the base an attack targeted; responses have none. */
  CategoricalGrouping<String> BASE =
      new CategoricalGrouping<>(
          "base",
          i -> i instanceof Attack a ? a.baseId() : Optional.empty(),
          Comparator.naturalOrder());
  /** The perpetrator of an attack; responses have none. */
  CategoricalGrouping<Actor> PERPETRATOR =
      new CategoricalGrouping<>(
          "perpetrator",
          i -> i instanceof Attack a ? a.perpetrator() : Optional.empty(),
          Comparator.naturalOrder());
  /** The responder of a response; attacks have none. */
  CategoricalGrouping<Actor> RESPONDER =
      new CategoricalGrouping<>(
          "responder",
          i -> i instanceof Response r ? r.responder() : Optional.empty(),
          Comparator.naturalOrder());
  /** Who acted: the perpetrator of an attack or the responder of a response. */
  CategoricalGrouping<Actor> ACTOR =
      new CategoricalGrouping<>(
          "actor",
          i -> i instanceof Attack a ? a.perpetrator() : ((Response) i).responder(),
          Comparator.naturalOrder());
  /** The method. */
  CategoricalGrouping<Method> METHOD =
      new CategoricalGrouping<>("method", Incident::method, Comparator.naturalOrder());
  /** The target in words, as recorded. */
  CategoricalGrouping<String> TARGET =
      new CategoricalGrouping<>(
          "target",
          i -> i instanceof Attack a ? a.target() : ((Response) i).target(),
          Comparator.naturalOrder());
  /** Attack or response. */
  CategoricalGrouping<Incident.Kind> KIND =
      new CategoricalGrouping<>("kind", i -> Optional.of(i.kind()), Comparator.naturalOrder());

  /** Calendar days. */
  CalendarGrouping DAY = new CalendarGrouping(CalendarGrouping.Unit.DAY, DayOfWeek.MONDAY);
  /** ISO weeks, Monday to Sunday; labelled like {@code 2023-W43}. */
  CalendarGrouping ISO_WEEK = new CalendarGrouping(CalendarGrouping.Unit.WEEK, DayOfWeek.MONDAY);
  /** Calendar months. */
  CalendarGrouping MONTH = new CalendarGrouping(CalendarGrouping.Unit.MONTH, DayOfWeek.MONDAY);
  /** Calendar years. */
  CalendarGrouping YEAR = new CalendarGrouping(CalendarGrouping.Unit.YEAR, DayOfWeek.MONDAY);

  /**
   * The built-in groupings, in the order {@link #parse} lists them: the categorical ones, then
   * {@link #DAY}, {@link #ISO_WEEK}, {@link #MONTH} and {@link #YEAR}.
   *
   * @return the groupings
   */
  static List<Grouping<?>> builtIns() {
    return List.of(
        COUNTRY, ADMIN1, BASE, PERPETRATOR, RESPONDER, ACTOR, METHOD, TARGET, KIND, DAY, ISO_WEEK,
        MONTH, YEAR);
  }

  /**
   * The built-in grouping of a name, ignoring case: a name of {@link #builtIns()} ({@code
   * country}, {@code month}, ...), {@code week} for {@link #ISO_WEEK}, or {@code week_from_sunday}
   * (any day) for {@link #weekStarting}.
   *
   * @param name the name
   * @return the grouping
   * @throws IllegalArgumentException if no built-in grouping has the name; the message lists the
   *     names
   */
  static Grouping<?> parse(String name) {
    Objects.requireNonNull(name, "name");
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("week")) {
      return ISO_WEEK;
    }
    for (Grouping<?> g : builtIns()) {
      if (g.name().equals(n)) {
        return g;
      }
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (n.equals(CalendarGrouping.WEEK_FROM + d.name().toLowerCase(Locale.ROOT))) {
        return weekStarting(d);
      }
    }
    throw new IllegalArgumentException(
        "unknown grouping '"
            + name
            + "': expected one of "
            + builtIns().stream().map(Grouping::name).collect(Collectors.joining(", "))
            + " (week for iso_week, week_from_sunday for weeks from Sunday)");
  }

  /**
   * Weeks that start on the given day, for example Sunday to Saturday; named {@code
   * week_from_sunday} and so on.
   *
   * @param firstDay the first day of each week
   * @return the grouping; {@link #ISO_WEEK} for Monday
   */
  static CalendarGrouping weekStarting(DayOfWeek firstDay) {
    Objects.requireNonNull(firstDay, "firstDay");
    return firstDay == DayOfWeek.MONDAY
        ? ISO_WEEK
        : new CalendarGrouping(CalendarGrouping.Unit.WEEK, firstDay);
  }

  /**
   * A categorical grouping by any function of the incident. It is a new grouping, equal only to
   * itself, whatever its name.
   *
   * @param <V> the value type
   * @param name the name results print, for example in {@link GroupKey#toString()}
   * @param value the value of an incident, or empty for none; never null
   * @param order the order of the values in results
   * @return the grouping
   * @throws IllegalArgumentException if the name is blank
   */
  static <V> CategoricalGrouping<V> by(
      String name, Function<? super Incident, Optional<V>> value, Comparator<? super V> order) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a grouping needs a name, got '" + name + "'");
    }
    return new CategoricalGrouping<>(
        name, Objects.requireNonNull(value, "value"), Objects.requireNonNull(order, "order"));
  }

  /**
   * Checks that groupings can be crossed in one query: at least one, none repeated, no two with
   * the same name, at most one calendar grouping.
   *
   * @param groupings the groupings
   * @return an unmodifiable copy
   * @throws IllegalArgumentException if they cannot be crossed; the message says why
   */
  static List<Grouping<?>> validate(List<? extends Grouping<?>> groupings) {
    List<Grouping<?>> gs = List.copyOf(groupings);
    if (gs.isEmpty()) {
      throw new IllegalArgumentException("groupBy needs at least one grouping");
    }
    List<String> names = new ArrayList<>();
    for (Grouping<?> g : gs) {
      if (names.contains(g.name())) {
        throw new IllegalArgumentException(
            "the grouping '" + g.name() + "' is given twice in " + gs);
      }
      names.add(g.name());
    }
    if (gs.stream().filter(g -> g instanceof CalendarGrouping).count() > 1) {
      throw new IllegalArgumentException(
          "at most one calendar grouping (day, week, month or year) can be crossed with others, got "
              + gs);
    }
    return gs;
  }

  /**
   * The name, such as {@code country} or {@code month}.
   *
   * @return the name
   */
  String name();

  /**
   * The order of the values in results.
   *
   * @return the comparator
   */
  Comparator<? super V> order();

  /**
   * One part of a {@link GroupKey}: this grouping with a value, for example {@code
   * Grouping.COUNTRY.value(Country.of("IQ"))}.
   *
   * @param value the value
   * @return the part
   * @throws IllegalArgumentException for a calendar grouping, if the value is not one of its
   *     buckets
   */
  GroupKey.Part<V> value(V value);

  /**
   * Whether this grouping cuts time into buckets.
   *
   * @return true for a {@link CalendarGrouping}, false for a {@link CategoricalGrouping}
   */
  boolean isCalendar();
}
