package org.attackstats.stats;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Actor;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;

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
 * Queries are answered from a column-oriented index built once per dataset: with filters only on
 * kind, country and period, and grouped by nothing, by {@link Grouping#COUNTRY}, {@link
 * Grouping#KIND} or a calendar grouping, in logarithmic time from prefix sums; with the other
 * filters of this class ({@link #admin1}, {@link #base}, {@link #perpetrator}, {@link #responder},
 * {@link #method}, {@link #target}) or grouped by the other built-in groupings, from the index's
 * dictionary-coded columns, reading only the rows that overlap the period. A {@link #where}
 * predicate or a grouping made with {@link Grouping#by} (whatever its name) is answered by one
 * scan of the incidents.
 */
public final class Query {

  private static final LoadingCache<Dataset, IncidentIndex> INDEXES =
      CacheBuilder.newBuilder()
          .weakKeys()
          .softValues()
          .build(CacheLoader.from(d -> IncidentIndex.of(d.incidents())));

  private static final Set<Incident.Kind> ALL_KINDS = Set.of(Incident.Kind.values());
  private static final Set<Incident.Kind> ATTACKS = Set.of(Incident.Kind.ATTACK);
  private static final Set<Incident.Kind> RESPONSES = Set.of(Incident.Kind.RESPONSE);

  private final Dataset dataset;
  private final Set<Incident.Kind> kinds;
  private final Optional<Set<Country>> countries;
  private final List<IndexQuery.Filter> filters;
  private final List<Predicate<? super Incident>> predicates;
  private final Optional<DateSpan> period;

  private Query(
      Dataset dataset,
      Set<Incident.Kind> kinds,
      Optional<Set<Country>> countries,
      List<IndexQuery.Filter> filters,
      List<Predicate<? super Incident>> predicates,
      Optional<DateSpan> period) {
    this.dataset = dataset;
    this.kinds = kinds;
    this.countries = countries;
    this.filters = filters;
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
        ALL_KINDS,
        Optional.empty(),
        List.of(),
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
    Set<Incident.Kind> k =
        !kinds.contains(kind) ? Set.of() : kind == Incident.Kind.ATTACK ? ATTACKS : RESPONSES;
    return new Query(dataset, k, countries, filters, predicates, period);
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
    Objects.requireNonNull(first, "country");
    if (more.length == 0 && countries.isEmpty()) {
      return new Query(dataset, kinds, Optional.of(Set.of(first)), filters, predicates, period);
    }
    List<Country> given = new ArrayList<>();
    given.add(first);
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
    return new Query(dataset, kinds, Optional.of(Set.copyOf(c)), filters, predicates, period);
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
    return filter(Grouping.ADMIN1, v -> v.filter(x -> a.equalsIgnoreCase((String) x)).isPresent());
  }

  /**
   * Only attacks on a base, by base id; responses never match.
   *
   * @param baseId the base id
   * @return the new query
   */
  public Query base(String baseId) {
    Optional<String> id = Optional.of(Objects.requireNonNull(baseId, "baseId"));
    return filter(Grouping.BASE, id::equals);
  }

  /**
   * Only attacks by a perpetrator; responses never match.
   *
   * @param perpetrator the perpetrator
   * @return the new query
   */
  public Query perpetrator(Actor perpetrator) {
    Optional<Actor> p = Optional.of(Objects.requireNonNull(perpetrator, "perpetrator"));
    return filter(Grouping.PERPETRATOR, p::equals);
  }

  /**
   * Only responses by a responder; attacks never match.
   *
   * @param responder the responder
   * @return the new query
   */
  public Query responder(Actor responder) {
    Optional<Actor> r = Optional.of(Objects.requireNonNull(responder, "responder"));
    return filter(Grouping.RESPONDER, r::equals);
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
    return filter(Grouping.METHOD, v -> v.filter(set::contains).isPresent());
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
    return filter(Grouping.TARGET, v -> v.filter(x -> t.equalsIgnoreCase((String) x)).isPresent());
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
    return new Query(dataset, kinds, countries, filters, List.copyOf(p), period);
  }

  /** Only incidents whose value of a built-in grouping passes a test: answered from the index. */
  private Query filter(CategoricalGrouping<?> grouping, Predicate<Optional<?>> accepts) {
    List<IndexQuery.Filter> f = new ArrayList<>(filters);
    f.add(new IndexQuery.Filter(grouping, accepts));
    return new Query(dataset, kinds, countries, List.copyOf(f), predicates, period);
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
        dataset,
        kinds,
        countries,
        filters,
        predicates,
        Optional.of(Objects.requireNonNull(period, "period")));
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
    for (IndexQuery.Filter f : filters) {
      if (!f.accepts().test(f.grouping().valueOf(incident))) {
        return false;
      }
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

  /** Whether the index can answer: no predicate of the user's. */
  boolean indexable() {
    return predicates.isEmpty();
  }

  /** The filters on built-in groupings' values, answered from the index's columns. */
  List<IndexQuery.Filter> filters() {
    return filters;
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
        + ", filters="
        + filters.size()
        + ", predicates="
        + predicates.size()
        + ", period="
        + period.map(Object::toString).orElse("none")
        + "]";
  }
}
