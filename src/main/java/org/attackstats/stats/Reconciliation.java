package org.attackstats.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Base;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;

/**
 * Reported tallies set against the data and against each other.
 *
 * <p><b>Tally against data.</b> For each tally the data computes the same metric ({@code attacks}
 * and {@code responses}: the number of incidents; {@code injured} and {@code killed}: the totals
 * over attacks; {@code personnel}: the total over bases), for the same scope (the tally's country,
 * or everything) and period (from {@code since}, else the earliest incident, to {@code as_of}, else
 * the latest incident; no period if the tally has neither). With the tally's value {@code [tl, th]}
 * and the computed {@code [dl, dh]}:
 *
 * <ul>
 *   <li>{@link Status#EXCEEDING} if {@code dl > th}: the data proves more than was reported, the
 *       tally is contradicted;
 *   <li>{@link Status#COVERED} if {@code tl <= dl <= th}: the data surely accounts for the
 *       reported number;
 *   <li>{@link Status#MISSING} if {@code dl < tl}: the data does not surely account for it; the
 *       {@link Check#shortfall()} is {@code tl - dl}.
 * </ul>
 *
 * <p><b>Parts against the whole.</b> Tallies of the same metric, {@code since} and {@code as_of}:
 * those with a country are parts of the one without. The parts' sum {@code [pl, ph]} against the
 * whole {@code [wl, wh]}: {@link PartsStatus#EXCEEDS} if {@code pl > wh} (contradiction), {@link
 * PartsStatus#SHORT} if {@code ph < wl} (other countries must account for the rest), else {@link
 * PartsStatus#ADDS_UP}. When a country has several tallies, the first by id is the part.
 *
 * <p><b>Series.</b> Tallies of the same metric, country and {@code since}, ordered by {@code as_of}
 * then id, compared in consecutive pairs: a cumulative count never decreases, so a later tally
 * whose high bound is below an earlier one's low bound is inconsistent; two tallies of the same
 * date are consistent if their ranges overlap. The increment and the implied weekly rate use the
 * best values.
 */
public final class Reconciliation {

  /** How the data compares with a tally. */
  public enum Status {
    /** The data surely accounts for the reported number and does not exceed it. */
    COVERED,
    /** The data does not surely account for the reported number. */
    MISSING,
    /** The data surely exceeds the reported number: the tally is contradicted. */
    EXCEEDING
  }

  /** How parts compare with a whole. */
  public enum PartsStatus {
    /** The parts may add up to the whole. */
    ADDS_UP,
    /** The parts surely add up to less than the whole. */
    SHORT,
    /** The parts surely add up to more than the whole: a contradiction. */
    EXCEEDS
  }

  /**
   * A tally against the data. Immutable; the records behind the computed number are found when
   * asked for, so that reconciling many tallies costs no more than counting for each.
   */
  public static final class Check {
    private final Tally tally;
    private final Optional<DateSpan> period;
    private final Estimate computed;
    private final Status status;
    /** The query that computed the number, or empty for personnel (counted from bases). */
    private final Optional<Query> query;

    private Check(
        Tally tally, Optional<DateSpan> period, Estimate computed, Status status, Optional<Query> query) {
      this.tally = tally;
      this.period = period;
      this.computed = computed;
      this.status = status;
      this.query = query;
    }

    /**
     * The tally.
     *
     * @return the tally
     */
    public Tally tally() {
      return tally;
    }

    /**
     * The period the data was counted over.
     *
     * @return the period, or empty for none
     */
    public Optional<DateSpan> period() {
      return period;
    }

    /**
     * What the data gives.
     *
     * @return the computed estimate
     */
    public Estimate computed() {
      return computed;
    }

    /**
     * The comparison.
     *
     * @return the status
     */
    public Status status() {
      return status;
    }

    /**
     * The incidents behind {@link #computed()}, each with its source: those that may count over
     * the period, ordered by date, kind and id (empty for personnel, which comes from bases).
     * Found by a scan of the dataset on each call.
     *
     * @return the records
     */
    public List<Incident> records() {
      return query.map(q -> q.summarize().records()).orElse(List.of());
    }

    /**
     * How much of the reported low bound the data does not surely account for.
     *
     * @return {@code max(0, tally.low - computed.low)}
     */
    public double shortfall() {
      return Math.max(0, tally.value().low() - computed.low());
    }

    /**
     * By how much the data surely exceeds the reported high bound.
     *
     * @return {@code max(0, computed.low - tally.high)}
     */
    public double excess() {
      return Math.max(0, computed.low() - tally.value().high());
    }

    /**
     * Equal when the tally, the period, the computed number, the status and the records are.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof Check c
          && c.tally.equals(tally)
          && c.period.equals(period)
          && c.computed.equals(computed)
          && c.status == status
          && c.records().equals(records());
    }

    @Override
    public int hashCode() {
      return Objects.hash(tally, period, computed, status);
    }

    /**
     * The tally's id, the computed number and the status.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return "Check[" + tally.id() + ": computed " + computed + " over "
          + period.map(DateSpan::toString).orElse("all dates") + ", " + status + "]";
    }
  }

  /**
   * Parts against a whole.
   *
   * @param whole the tally without a country
   * @param parts the tallies with a country, by country
   * @param sum the sum of the parts
   * @param status the comparison
   */
  public record PartsCheck(Tally whole, List<Tally> parts, Estimate sum, PartsStatus status) {

    /**
     * Checks for nulls and copies the parts.
     *
     * @throws NullPointerException if an argument is null
     */
    public PartsCheck {
      Objects.requireNonNull(whole, "whole");
      parts = List.copyOf(parts);
      Objects.requireNonNull(sum, "sum");
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * Two consecutive tallies of a series.
   *
   * @param earlier the earlier tally (or the first of the same date)
   * @param later the later tally
   * @param days days between their {@code as_of} dates
   * @param increment {@code later.best - earlier.best}, negative if it decreased
   * @param consistent false if the later tally contradicts the earlier one
   */
  public record SeriesStep(
      Tally earlier, Tally later, long days, double increment, boolean consistent) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public SeriesStep {
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(later, "later");
    }

    /**
     * The implied rate per week: the increment over the days, times 7.
     *
     * @return the rate, or empty for tallies of the same date
     */
    public OptionalDouble weeklyRate() {
      return days == 0 ? OptionalDouble.empty() : OptionalDouble.of(increment / days * 7);
    }
  }

  private final List<Check> checks;
  private final List<PartsCheck> partsChecks;
  private final List<SeriesStep> series;

  private Reconciliation(Dataset dataset) {
    DataRange range = DataRange.of(dataset);
    Personnel personnel = Personnel.of(dataset);
    List<Check> c = new ArrayList<>();
    for (Tally t : dataset.tallies()) {
      c.add(check(dataset, t, range, personnel));
    }
    this.checks = List.copyOf(c);
    this.partsChecks = partsChecks(dataset.tallies());
    this.series = series(dataset.tallies());
  }

  /** The first and last possible days of the dataset's incidents, found once for every tally. */
  private record DataRange(Optional<LocalDate> first, Optional<LocalDate> last) {
    static DataRange of(Dataset dataset) {
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (Incident i : dataset.incidents()) {
        min = Math.min(min, i.date().startEpochDay());
        max = Math.max(max, i.date().endEpochDay());
      }
      return min > max
          ? new DataRange(Optional.empty(), Optional.empty())
          : new DataRange(Optional.of(LocalDate.ofEpochDay(min)), Optional.of(LocalDate.ofEpochDay(max)));
    }
  }

  /** The bases' personnel in total and by country, added up once for every tally. */
  private record Personnel(Estimate total, Map<Country, Estimate> byCountry) {
    static Personnel of(Dataset dataset) {
      Map<Country, List<Estimate>> by = new HashMap<>();
      for (Base b : dataset.bases()) {
        b.place().country().ifPresent(c -> by.computeIfAbsent(c, k -> new ArrayList<>()).add(b.personnel()));
      }
      Map<Country, Estimate> totals = new HashMap<>();
      by.forEach((c, list) -> totals.put(c, Estimate.total(list)));
      return new Personnel(
          dataset.bases().stream().map(Base::personnel).collect(Estimate.toTotal()), totals);
    }

    Estimate of(Optional<Country> country) {
      return country.map(c -> byCountry.getOrDefault(c, Estimate.ZERO)).orElse(total);
    }
  }

  /**
   * Reconciles every tally of a dataset.
   *
   * @param dataset the dataset
   * @return the reconciliation
   */
  public static Reconciliation of(Dataset dataset) {
    return new Reconciliation(Objects.requireNonNull(dataset, "dataset"));
  }

  /**
   * One check per tally, in dataset order.
   *
   * @return the checks
   */
  public List<Check> checks() {
    return checks;
  }

  /**
   * The check of a tally.
   *
   * @param tallyId the tally's id
   * @return the check, or empty if there is no such tally
   */
  public Optional<Check> check(String tallyId) {
    return checks.stream().filter(c -> c.tally().id().equals(tallyId)).findFirst();
  }

  /**
   * One check per whole tally that has parts, in dataset order of the wholes.
   *
   * @return the checks
   */
  public List<PartsCheck> partsChecks() {
    return partsChecks;
  }

  /**
   * The consecutive pairs of every series, by metric, country and since, then date.
   *
   * @return the steps
   */
  public List<SeriesStep> series() {
    return series;
  }

  private static Check check(Dataset dataset, Tally t, DataRange range, Personnel personnel) {
    Optional<DateSpan> period = period(range, t);
    if (t.metric() == TallyMetric.PERSONNEL) {
      Estimate total = personnel.of(t.country());
      return new Check(t, period, total, status(t.value(), total), Optional.empty());
    }
    Query q = Query.of(dataset);
    q = t.metric() == TallyMetric.RESPONSES ? q.responses() : q.attacks();
    if (t.country().isPresent()) {
      q = q.country(t.country().get());
    }
    if (period.isPresent()) {
      q = q.period(period.get());
    }
    Summary s = q.summarize().summary();
    Estimate computed =
        switch (t.metric()) {
          case INJURED -> s.get(Measure.INJURED);
          case KILLED -> s.get(Measure.KILLED);
          case ATTACKS, RESPONSES -> s.incidents();
          case PERSONNEL -> throw new AssertionError("personnel is counted from bases above");
        };
    return new Check(t, period, computed, status(t.value(), computed), Optional.of(q));
  }

  private static Status status(Estimate tally, Estimate data) {
    if (data.low() > tally.high()) {
      return Status.EXCEEDING;
    }
    return data.low() >= tally.low() ? Status.COVERED : Status.MISSING;
  }

  private static Optional<DateSpan> period(DataRange range, Tally t) {
    if (t.since().isEmpty() && t.asOf().isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = range.first().orElse(t.asOf().orElseGet(() -> t.since().get()));
    LocalDate start = t.since().orElseGet(() -> min(first, t.asOf().get()));
    LocalDate last = range.last().orElse(start);
    LocalDate end = t.asOf().orElseGet(() -> max(last, start));
    return Optional.of(DateSpan.of(start, end));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private record PeriodKey(TallyMetric metric, Optional<LocalDate> since, Optional<LocalDate> asOf) {}

  private static List<PartsCheck> partsChecks(List<Tally> tallies) {
    Map<PeriodKey, List<Tally>> byPeriod = new LinkedHashMap<>();
    for (Tally t : tallies) {
      byPeriod.computeIfAbsent(new PeriodKey(t.metric(), t.since(), t.asOf()), k -> new ArrayList<>()).add(t);
    }
    List<PartsCheck> out = new ArrayList<>();
    for (List<Tally> group : byPeriod.values()) {
      Map<Country, Tally> parts = new TreeMap<>();
      group.stream()
          .filter(t -> t.country().isPresent())
          .sorted(Comparator.comparing(Tally::id))
          .forEach(t -> parts.putIfAbsent(t.country().get(), t));
      if (parts.isEmpty()) {
        continue;
      }
      Estimate sum = Estimate.total(parts.values().stream().map(Tally::value).toList());
      for (Tally whole : group) {
        if (whole.country().isEmpty()) {
          Estimate w = whole.value();
          PartsStatus s =
              sum.low() > w.high()
                  ? PartsStatus.EXCEEDS
                  : sum.high() < w.low() ? PartsStatus.SHORT : PartsStatus.ADDS_UP;
          out.add(new PartsCheck(whole, List.copyOf(parts.values()), sum, s));
        }
      }
    }
    return List.copyOf(out);
  }

  private record SeriesKey(TallyMetric metric, Optional<Country> country, Optional<LocalDate> since) {}

  private static List<SeriesStep> series(List<Tally> tallies) {
    Map<SeriesKey, List<Tally>> bySeries = new LinkedHashMap<>();
    for (Tally t : tallies) {
      if (t.asOf().isPresent()) {
        bySeries.computeIfAbsent(new SeriesKey(t.metric(), t.country(), t.since()), k -> new ArrayList<>()).add(t);
      }
    }
    List<SeriesStep> out = new ArrayList<>();
    for (List<Tally> s : bySeries.values()) {
      s.sort(Comparator.comparing((Tally t) -> t.asOf().get()).thenComparing(Tally::id));
      for (int i = 1; i < s.size(); i++) {
        Tally a = s.get(i - 1);
        Tally b = s.get(i);
        long days = ChronoUnit.DAYS.between(a.asOf().get(), b.asOf().get());
        boolean consistent =
            days == 0
                ? a.value().low() <= b.value().high() && b.value().low() <= a.value().high()
                : b.value().high() >= a.value().low();
        out.add(new SeriesStep(a, b, days, b.value().best() - a.value().best(), consistent));
      }
    }
    return List.copyOf(out);
  }
}
