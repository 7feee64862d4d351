package org.attackstats.stats;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.attackstats.model.Response;

/**
 * A question about the incidents of a {@link Dataset}: filters, a period, and optionally
 * groupings; immutable, each method returns a new query.
 *
 * <pre>{@code
 * Result r = Query.of(dataset).attacks()
 *     .country(Country.of("IQ"))
 *     .period(LocalDate.of(2023, 10, 17), LocalDate.of(2023, 11, 21))
 *     .summarize();
 * r.count();      // an Estimate: low = attacks surely in the period, high = possibly
 * r.records();    // the attacks behind the number, each with its Source
 *
 * GroupedResult g = Query.of(dataset).attacks()
 *     .period(DateSpan.parse("2023-10-17/2023-11-21"))
 *     .groupBy(Grouping.COUNTRY, Grouping.MONTH)
 *     .summarize();
 * }</pre>
 *
 * <p>Filters combine with "and"; a filter given several values ({@code country(IQ, SY)}) matches
 * any of them. The period is not a filter but the window every number is counted over, with the
 * low/best/high rules of {@link Summary}; {@link #since} and {@link #until} leave one end open.
 * Queries whose filters are only kind, country and period, grouped by nothing, by the built-in
 * {@link Grouping#COUNTRY} or {@link Grouping#KIND} or by a calendar grouping, are answered from a
 * column-oriented index built once per dataset, in logarithmic time; the others (a grouping made
 * with {@link Grouping#by} among them, whatever its name) scan the incidents once.
 */
public final class Query {

  private static final LoadingCache<Dataset, IncidentIndex> INDEXES =
      CacheBuilder.newBuilder()
          .weakKeys()
          .softValues()
          .build(CacheLoader.from(d -> IncidentIndex.of(d.incidents())));

  private final Dataset dataset;
  private final Set<Incident.Kind> kinds;
  private final Optional<Set<Country>> countries;
  private final List<Predicate<? super Incident>> predicates;
  private final Optional<DateSpan> period;

  private Query(
      Dataset dataset,
      Set<Incident.Kind> kinds,
      Optional<Set<Country>> countries,
      List<Predicate<? super Incident>> predicates,
      Optional<DateSpan> period) {
    this.dataset = dataset;
    this.kinds = kinds;
    this.countries = countries;
    this.predicates = predicates;
    this.period = period;
  }

  /**
   * A query over every incident (attacks and responses) of a dataset, with no period.
   *
   * @param dataset the dataset
   * @return the query
   */
  public static Query of(Dataset dataset) {
    return new Query(
        Objects.requireNonNull(dataset, "dataset"),
        Set.copyOf(EnumSet.allOf(Incident.Kind.class)),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /**
   * Only incidents of a kind.
   *
   * @param kind the kind
   * @return the new query
   */
  public Query kind(Incident.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    Set<Incident.Kind> k = kinds.contains(kind) ? Set.of(kind) : Set.of();
    return new Query(dataset, k, countries, predicates, period);
  }

  /**
   * Only attacks.
   *
   * @return the new query
   */
  public Query attacks() {
    return kind(Incident.Kind.ATTACK);
  }

  /**
   * Only responses.
   *
   * @return the new query
   */
  public Query responses() {
    return kind(Incident.Kind.RESPONSE);
  }

  /**
   * Only incidents in one of the given countries; incidents of unknown country never match.
   *
   * @param first a country
   * @param more more countries
   * @return the new query
   */
  public Query country(Country first, Country... more) {
    List<Country> given = new ArrayList<>();
    given.add(Objects.requireNonNull(first, "country"));
    given.addAll(Arrays.asList(more));
    return country(given);
  }

  /**
   * Only incidents in one of the given countries; incidents of unknown country never match.
   *
   * @param countries one or more countries
   * @return the new query
   * @throws IllegalArgumentException if there are none (no incident would match; say so with a
   *     predicate if that is meant)
   */
  public Query country(Collection<Country> countries) {
    if (countries.isEmpty()) {
      throw new IllegalArgumentException("country needs at least one country");
    }
    Set<Country> c = new LinkedHashSet<>();
    countries.forEach(x -> c.add(Objects.requireNonNull(x, "country")));
    this.countries.ifPresent(c::retainAll);
    return new Query(dataset, kinds, Optional.of(Set.copyOf(c)), predicates, period);
  }

  /**
   * Only incidents in a first-level administrative division, by name, ignoring case.
   *
   * @param admin1 the name
   * @return the new query
   */
  public Query admin1(String admin1) {
    Objects.requireNonNull(admin1, "admin1");
    String a = admin1.strip();
    return where(i -> i.place().admin1().filter(a::equalsIgnoreCase).isPresent());
  }

  /**
   * Only attacks on a base, by base id; responses never match.
   *
   * @param baseId the base id
   * @return the new query
   */
  public Query base(String baseId) {
    Objects.requireNonNull(baseId, "baseId");
    return where(i -> i instanceof Attack a && a.baseId().equals(Optional.of(baseId)));
  }

  /**
   * Only attacks by a perpetrator; responses never match.
   *
   * @param perpetrator the perpetrator
   * @return the new query
   */
  public Query perpetrator(Actor perpetrator) {
    Objects.requireNonNull(perpetrator, "perpetrator");
    return where(
        i -> i instanceof Attack a && a.perpetrator().equals(Optional.of(perpetrator)));
  }

  /**
   * Only responses by a responder; attacks never match.
   *
   * @param responder the responder
   * @return the new query
   */
  public Query responder(Actor responder) {
    Objects.requireNonNull(responder, "responder");
    return where(
        i -> i instanceof Response r && r.responder().equals(Optional.of(responder)));
  }

  /**
   * Only incidents carried out by one of the methods.
   *
   * @param first a method
   * @param more more methods
   * @return the new query
   */
  public Query method(Method first, Method... more) {
    List<Method> given = new ArrayList<>();
    given.add(Objects.requireNonNull(first, "method"));
    given.addAll(Arrays.asList(more));
    return method(given);
  }

  /**
   * Only incidents carried out by one of the methods.
   *
   * @param methods one or more methods
   * @return the new query
   * @throws IllegalArgumentException if there are none
   */
  public Query method(Collection<Method> methods) {
    if (methods.isEmpty()) {
      throw new IllegalArgumentException("method needs at least one method");
    }
    Set<Method> set = Set.copyOf(methods);
    return where(i -> i.method().filter(set::contains).isPresent());
  }

  /**
   * Only incidents whose target, in words, is the given text, ignoring case.
   *
   * @param target the target text
   * @return the new query
   */
  public Query target(String target) {
    Objects.requireNonNull(target, "target");
    String t = target.strip();
    return where(i -> Grouping.TARGET.valueOf(i).filter(t::equalsIgnoreCase).isPresent());
  }

  /**
   * Only incidents matching a predicate. Queries with predicates are answered by scanning.
   *
   * @param predicate the predicate
   * @return the new query
   */
  public Query where(Predicate<? super Incident> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    List<Predicate<? super Incident>> p = new ArrayList<>(predicates);
    p.add(predicate);
    return new Query(dataset, kinds, countries, List.copyOf(p), period);
  }

  /**
   * Counts over a period, replacing any period set before. An end at {@link DateSpan#MIN} or
   * {@link DateSpan#MAX} is open: it counts alike, but calendar buckets are zero-filled only as far
   * as the matching incidents reach (see {@link #since} and {@link #until}).
   *
   * @param period the period
   * @return the new query
   */
  public Query period(DateSpan period) {
    return new Query(
        dataset, kinds, countries, predicates, Optional.of(Objects.requireNonNull(period, "period")));
  }

  /**
   * Counts over the days from {@code from} to {@code toInclusive}.
   *
   * @param from the first day
   * @param toInclusive the last day
   * @return the new query
   */
  public Query period(LocalDate from, LocalDate toInclusive) {
    return period(DateSpan.of(from, toInclusive));
  }

  /**
   * Counts from a day on, with no end: the period becomes {@code first} to the end of the
   * period set before, or to {@link DateSpan#MAX} (an open end). {@code since(a).until(b)} is
   * {@code period(a, b)}. Calendar buckets over an open end are zero-filled up to the last
   * possible day of the matching incidents that may lie in the period.
   *
   * @param first the first day
   * @return the new query
   * @throws IllegalArgumentException if the period set before ends before {@code first}
   */
  public Query since(LocalDate first) {
    Objects.requireNonNull(first, "first");
    return period(first, period.map(DateSpan::endInclusive).orElse(DateSpan.MAX));
  }

  /**
   * Counts up to a day, with no start: the period becomes the start of the period set before,
   * or {@link DateSpan#MIN} (an open start), to {@code last}. Calendar buckets over an open start
   * are zero-filled from the first possible day of the matching incidents that may lie in the
   * period.
   *
   * @param last the last day
   * @return the new query
   * @throws IllegalArgumentException if the period set before starts after {@code last}
   */
  public Query until(LocalDate last) {
    Objects.requireNonNull(last, "last");
    return period(period.map(DateSpan::start).orElse(DateSpan.MIN), last);
  }

  /**
   * The dataset queried.
   *
   * @return the dataset
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * The period counted over; an open end is {@link DateSpan#MIN} or {@link DateSpan#MAX}.
   *
   * @return the period, or empty when every incident counts whatever its date
   */
  public Optional<DateSpan> period() {
    return period;
  }

  /**
   * Whether an incident passes the filters (the period aside).
   *
   * @param incident the incident
   * @return true if it matches
   */
  public boolean matches(Incident incident) {
    if (!kinds.contains(incident.kind())) {
      return false;
    }
    if (countries.isPresent()
        && !incident.place().country().filter(countries.get()::contains).isPresent()) {
      return false;
    }
    for (Predicate<? super Incident> p : predicates) {
      if (!p.test(incident)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts and totals over the period, with the records behind them.
   *
   * @return the result
   */
  public Result summarize() {
    return new Result(this, Engine.summary(this, Optional.empty(), period, true));
  }

  /**
   * The number of matching incidents over the period; shorthand for {@code
   * summarize().count()}.
   *
   * @return the count
   */
  public Estimate count() {
    return summarize().count();
  }

  /**
   * Groups the matching incidents.
   *
   * @param groupings one or more groupings, at most one of them a calendar grouping
   * @return the grouped query
   * @throws IllegalArgumentException if the groupings cannot be crossed (see {@link
   *     Grouping#validate})
   */
  public GroupedQuery groupBy(Grouping<?>... groupings) {
    return groupBy(Arrays.asList(groupings));
  }

  /**
   * Groups the matching incidents.
   *
   * @param groupings one or more groupings, at most one of them a calendar grouping
   * @return the grouped query
   * @throws IllegalArgumentException if the groupings cannot be crossed (see {@link
   *     Grouping#validate})
   */
  public GroupedQuery groupBy(List<? extends Grouping<?>> groupings) {
    return new GroupedQuery(this, groupings);
  }

  boolean indexable() {
    return predicates.isEmpty();
  }

  Set<Incident.Kind> kinds() {
    return kinds;
  }

  Optional<Set<Country>> countries() {
    return countries;
  }

  IncidentIndex index() {
    return INDEXES.getUnchecked(dataset);
  }

  @Override
  public String toString() {
    return "Query[kinds="
        + new TreeSet<>(kinds)
        + ", countries="
        + countries.map(c -> new TreeSet<>(c).toString()).orElse("any")
        + ", predicates="
        + predicates.size()
        + ", period="
        + period.map(Object::toString).orElse("none")
        + "]";
  }
}
