package org.attackstats.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.attackstats.model.Response;

/**
 * A dimension to group incidents by, with the type {@code V} of its values.
 *
 * <p>A <em>categorical</em> grouping gives each incident one value or none ({@link #COUNTRY},
 * {@link #ADMIN1}, {@link #BASE}, {@link #PERPETRATOR}, {@link #RESPONDER}, {@link #ACTOR}, {@link
 * #METHOD}, {@link #TARGET}, {@link #KIND}); incidents without a value form their own group, whose
 * key part is empty, so groups always add up to the total.
 *
 * <p>A <em>calendar</em> grouping ({@link #DAY}, {@link #ISO_WEEK}, {@link #weekStarting}, {@link
 * #MONTH}, {@link #YEAR}) cuts time into buckets whose values are {@link DateSpan}s. An incident
 * whose date span crosses buckets is possibly in each of them: each bucket counts it by the rules
 * of {@link Summary} (low if inside the bucket, best in the bucket of its first day, high in every
 * bucket it overlaps).
 *
 * <p>Instances are immutable; equality is by name.
 *
 * @param <V> the type of the grouping's values
 */
public final class Grouping<V> {

  /** The incident's country. */
  public static final Grouping<Country> COUNTRY =
      categorical("country", i -> i.place().country(), Comparator.naturalOrder());
  /** The incident's first-level administrative division, by name. */
  public static final Grouping<String> ADMIN1 =
      categorical("admin1", i -> i.place().admin1(), Comparator.naturalOrder());
  /** The id of the base an attack targeted; responses have none. */
  public static final Grouping<String> BASE =
      categorical(
          "base",
          i -> i instanceof Attack ? ((Attack) i).baseId() : Optional.empty(),
          Comparator.naturalOrder());
  /** The perpetrator of an attack; responses have none. */
  public static final Grouping<Actor> PERPETRATOR =
      categorical(
          "perpetrator",
          i -> i instanceof Attack ? ((Attack) i).perpetrator() : Optional.empty(),
          Comparator.naturalOrder());
  /** The responder of a response; attacks have none. */
  public static final Grouping<Actor> RESPONDER =
      categorical(
          "responder",
          i -> i instanceof Response ? ((Response) i).responder() : Optional.empty(),
          Comparator.naturalOrder());
  /** Who acted: the perpetrator of an attack or the responder of a response. */
  public static final Grouping<Actor> ACTOR =
      categorical("actor", Grouping::actor, Comparator.naturalOrder());
  /** The method. */
  public static final Grouping<Method> METHOD =
      categorical("method", Incident::method, Comparator.naturalOrder());
  /** The target in words, as recorded. */
  public static final Grouping<String> TARGET =
      categorical("target", Grouping::target, Comparator.naturalOrder());
  /** Attack or response. */
  public static final Grouping<Incident.Kind> KIND =
      categorical("kind", i -> Optional.of(i.kind()), Comparator.naturalOrder());

  /** Calendar days. */
  public static final Grouping<DateSpan> DAY = new Grouping<>("day", Unit.DAY, DayOfWeek.MONDAY);
  /** ISO weeks, Monday to Sunday. */
  public static final Grouping<DateSpan> ISO_WEEK =
      new Grouping<>("iso_week", Unit.WEEK, DayOfWeek.MONDAY);
  /** Calendar months. */
  public static final Grouping<DateSpan> MONTH =
      new Grouping<>("month", Unit.MONTH, DayOfWeek.MONDAY);
  /** Calendar years. */
  public static final Grouping<DateSpan> YEAR = new Grouping<>("year", Unit.YEAR, DayOfWeek.MONDAY);

  enum Unit {
    DAY,
    WEEK,
    MONTH,
    YEAR
  }

  private final String name;
  private final Function<Incident, Optional<V>> value;
  private final Comparator<? super V> order;
  private final Unit unit;
  private final DayOfWeek firstDay;

  private Grouping(
      String name, Function<Incident, Optional<V>> value, Comparator<? super V> order) {
    this.name = name;
    this.value = value;
    this.order = order;
    this.unit = null;
    this.firstDay = DayOfWeek.MONDAY;
  }

  @SuppressWarnings("unchecked")
  private Grouping(String name, Unit unit, DayOfWeek firstDay) {
    this.name = name;
    this.value = null;
    this.order = (Comparator<? super V>) Comparator.<DateSpan>naturalOrder();
    this.unit = unit;
    this.firstDay = firstDay;
  }

  private static <V> Grouping<V> categorical(
      String name, Function<Incident, Optional<V>> value, Comparator<? super V> order) {
    return new Grouping<>(name, value, order);
  }

  /**
   * Weeks that start on the given day, for example Sunday to Saturday.
   *
   * @param firstDay the first day of each week
   * @return the grouping; {@link #ISO_WEEK} for Monday
   */
  public static Grouping<DateSpan> weekStarting(DayOfWeek firstDay) {
    Objects.requireNonNull(firstDay, "firstDay");
    if (firstDay == DayOfWeek.MONDAY) {
      return ISO_WEEK;
    }
    return new Grouping<>(
        "week_from_" + firstDay.name().toLowerCase(Locale.ROOT), Unit.WEEK, firstDay);
  }

  /**
   * A categorical grouping by any function of the incident.
   *
   * @param <V> the value type
   * @param name the name, used in key text and for equality
   * @param value the value of an incident, or empty for none
   * @param order the order of the values in results
   * @return the grouping
   */
  public static <V> Grouping<V> by(
      String name, Function<Incident, Optional<V>> value, Comparator<? super V> order) {
    return categorical(
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(order, "order"));
  }

  private static Optional<Actor> actor(Incident i) {
    return i instanceof Attack ? ((Attack) i).perpetrator() : ((Response) i).responder();
  }

  private static Optional<String> target(Incident i) {
    return i instanceof Attack ? ((Attack) i).target() : ((Response) i).target();
  }

  /**
   * The name, such as {@code country} or {@code month}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Whether this grouping cuts time into buckets.
   *
   * @return true for the calendar groupings
   */
  public boolean isCalendar() {
    return unit != null;
  }

  /**
   * The value of a categorical grouping for an incident.
   *
   * @param incident the incident
   * @return the value, or empty if the incident has none
   * @throws IllegalStateException for a calendar grouping, where an incident may lie in several
   *     buckets
   */
  public Optional<V> valueOf(Incident incident) {
    if (isCalendar()) {
      throw new IllegalStateException(
          "calendar grouping '" + name + "' has buckets, not one value per incident");
    }
    return value.apply(incident);
  }

  /**
   * The calendar bucket holding a day.
   *
   * @param day the day
   * @return the bucket
   * @throws IllegalStateException for a categorical grouping
   */
  public DateSpan bucketOf(LocalDate day) {
    if (!isCalendar()) {
      throw new IllegalStateException("grouping '" + name + "' is not a calendar grouping");
    }
    switch (unit) {
      case DAY:
        return DateSpan.ofDay(day);
      case WEEK:
        LocalDate s = day.with(TemporalAdjusters.previousOrSame(firstDay));
        return DateSpan.of(s, s.plusDays(6));
      case MONTH:
        return DateSpan.ofMonth(java.time.YearMonth.from(day));
      default:
        return DateSpan.ofYear(java.time.Year.from(day));
    }
  }

  int compareValues(Object a, Object b) {
    @SuppressWarnings("unchecked")
    V va = (V) a;
    @SuppressWarnings("unchecked")
    V vb = (V) b;
    return order.compare(va, vb);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Grouping && ((Grouping<?>) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
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
