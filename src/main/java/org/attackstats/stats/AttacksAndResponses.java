package org.attackstats.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Response;

/**
 * Attacks set against the responses to them, country by country, over a period (or all time).
 *
 * <p>Incidents count when their date span may lie in the period (the high bound of {@link
 * Summary}); counts are {@link Estimate}s with the usual low/best/high rules. A response is the
 * <em>next response</em> to an attack if it is in the same (known) country, its first possible day
 * is not before the attack's first possible day, and no other such response starts earlier (ties:
 * earlier end, then id). The lag is counted between first possible days; its bounds are {@link
 * Lag#minDays()} and {@link Lag#maxDays()}.
 *
 * <pre>{@code
 * AttacksAndResponses ar = AttacksAndResponses.of(dataset, DateSpan.parse("2023-10-17/2023-11-21"));
 * ar.byCountry();              // IQ: 3 attacks, 1 response; SY: 1 attack, 3 responses; ...
 * ar.lagDistribution().median();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class AttacksAndResponses {

  /**
   * Attacks and responses in one country.
   *
   * @param country the country, or empty for incidents of unknown country
   * @param attacks the number of attacks
   * @param responses the number of responses
   */
  public record Balance(Optional<Country> country, Estimate attacks, Estimate responses) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public Balance {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(attacks, "attacks");
      Objects.requireNonNull(responses, "responses");
    }

    /**
     * Responses per attack, from the best values.
     *
     * @return the ratio, or empty when the best number of attacks is 0
     */
    public OptionalDouble responsesPerAttack() {
      return attacks.best() == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of(responses.best() / attacks.best());
    }
  }

  /**
   * An attack and the next response in the same country.
   *
   * @param attack the attack
   * @param response the next response
   * @param days days from the attack's first possible day to the response's
   * @param minDays the shortest lag the date spans allow (never negative)
   * @param maxDays the longest lag the date spans allow
   */
  public record Lag(Attack attack, Response response, long days, long minDays, long maxDays) {

    /**
     * Checks for nulls and that {@code 0 <= minDays <= days <= maxDays}.
     *
     * @throws IllegalArgumentException if the bounds are out of order
     */
    public Lag {
      Objects.requireNonNull(attack, "attack");
      Objects.requireNonNull(response, "response");
      if (!(0 <= minDays && minDays <= days && days <= maxDays)) {
        throw new IllegalArgumentException(
            "lag bounds must satisfy 0 <= min <= days <= max, got "
                + minDays + ", " + days + ", " + maxDays);
      }
    }
  }

  private static final Comparator<Response> BY_START =
      Comparator.comparing((Response r) -> r.date().start())
          .thenComparing(r -> r.date().endInclusive())
          .thenComparing(Response::id);

  private final Optional<DateSpan> period;
  private final List<Balance> balances;
  private final List<Lag> lags;
  private final List<Attack> unanswered;
  private final List<Response> unprovoked;

  private AttacksAndResponses(Dataset dataset, Optional<DateSpan> period) {
    this.period = period;
    Query q = Query.of(dataset);
    if (period.isPresent()) {
      q = q.period(period.get());
    }
    GroupedResult attacks = q.attacks().groupBy(Grouping.COUNTRY).summarize();
    GroupedResult responses = q.responses().groupBy(Grouping.COUNTRY).summarize();
    Map<GroupKey, Estimate[]> both = new TreeMap<>();
    attacks.rows().forEach(r -> both.computeIfAbsent(r.key(), k -> zeros())[0] = r.count());
    responses.rows().forEach(r -> both.computeIfAbsent(r.key(), k -> zeros())[1] = r.count());
    List<Balance> b = new ArrayList<>();
    both.forEach((k, v) -> b.add(new Balance(k.get(Grouping.COUNTRY), v[0], v[1])));
    this.balances = List.copyOf(b);

    List<Attack> as =
        q.attacks().summarize().records().stream()
            .map(Attack.class::cast)
            .collect(Collectors.toList());
    List<Response> rs =
        q.responses().summarize().records().stream()
            .map(Response.class::cast)
            .sorted(BY_START)
            .collect(Collectors.toList());
    Map<Optional<Country>, List<Response>> byCountry = new HashMap<>();
    rs.forEach(r -> byCountry.computeIfAbsent(r.place().country(), k -> new ArrayList<>()).add(r));
    List<Lag> l = new ArrayList<>();
    List<Attack> un = new ArrayList<>();
    Map<Optional<Country>, LocalDate> firstAttack = new HashMap<>();
    for (Attack a : as) {
      firstAttack.merge(a.place().country(), a.date().start(), (x, y) -> x.isBefore(y) ? x : y);
      if (a.place().country().isEmpty()) {
        continue;
      }
      Optional<Response> next = firstStartingFrom(byCountry.getOrDefault(a.place().country(), List.of()), a.date().start());
      if (next.isPresent()) {
        Response r = next.get();
        long days = ChronoUnit.DAYS.between(a.date().start(), r.date().start());
        long min = Math.max(0, ChronoUnit.DAYS.between(a.date().endInclusive(), r.date().start()));
        long max = ChronoUnit.DAYS.between(a.date().start(), r.date().endInclusive());
        l.add(new Lag(a, r, days, min, max));
      } else {
        un.add(a);
      }
    }
    this.lags = List.copyOf(l);
    this.unanswered = List.copyOf(un);
    this.unprovoked =
        rs.stream()
            .filter(
                r -> {
                  LocalDate first = firstAttack.get(r.place().country());
                  return first == null || first.isAfter(r.date().endInclusive());
                })
            .sorted(Engine.RECORD_ORDER)
            .collect(Collectors.toUnmodifiableList());
  }

  /** The first response (in {@code BY_START} order) whose first possible day is not before {@code day}. */
  private static Optional<Response> firstStartingFrom(List<Response> sorted, LocalDate day) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).date().start().isBefore(day)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < sorted.size() ? Optional.of(sorted.get(lo)) : Optional.empty();
  }

  private static Estimate[] zeros() {
    return new Estimate[] {Estimate.ZERO, Estimate.ZERO};
  }

  /**
   * Attacks and responses over a period.
   *
   * @param dataset the dataset
   * @param period the period
   * @return the comparison
   */
  public static AttacksAndResponses of(Dataset dataset, DateSpan period) {
    return new AttacksAndResponses(dataset, Optional.of(period));
  }

  /**
   * Attacks and responses of all time.
   *
   * @param dataset the dataset
   * @return the comparison
   */
  public static AttacksAndResponses of(Dataset dataset) {
    return new AttacksAndResponses(dataset, Optional.empty());
  }

  /**
   * The period.
   *
   * @return the period, or empty for all time
   */
  public Optional<DateSpan> period() {
    return period;
  }

  /**
   * Attacks and responses per country, in country order, unknown country last.
   *
   * @return the balances
   */
  public List<Balance> byCountry() {
    return balances;
  }

  /**
   * Each attack of known country that has a next response, with the lag, in attack order (date,
   * then id).
   *
   * @return the lags
   */
  public List<Lag> lags() {
    return lags;
  }

  /**
   * The distribution of {@link Lag#days()}.
   *
   * @return the distribution
   */
  public LagDistribution lagDistribution() {
    return lags.stream().map(Lag::days).collect(LagDistribution.toLagDistribution());
  }

  /**
   * Attacks of known country with no response on or after their first possible day in the same
   * country (within the period).
   *
   * @return the attacks, in date order
   */
  public List<Attack> attacksWithoutResponse() {
    return unanswered;
  }

  /**
   * Responses before which no attack can have happened in the same country: every attack there
   * starts after the response's last possible day.
   *
   * @return the responses, in date order
   */
  public List<Response> responsesWithoutPriorAttack() {
    return unprovoked;
  }

  /**
   * Countries where attacks may have happened (high bound above 0) but no response can have.
   *
   * @return the countries, in order
   */
  public List<Country> attackedWithoutResponse() {
    return balances.stream()
        .filter(b -> b.country().isPresent())
        .filter(b -> b.attacks().high() > 0 && b.responses().high() == 0)
        .map(b -> b.country().get())
        .collect(Collectors.toUnmodifiableList());
  }
}
