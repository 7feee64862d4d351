package org.attackstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Base;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;
import org.attackstats.testing.DatasetSettings;
import org.attackstats.testing.Qt;
import org.junit.jupiter.api.Test;

/**
 * The laws of reconciliation over random datasets with tallies: each check is what its definition
 * (the class documentation of {@link Reconciliation}) computes directly over the records, so that
 * finding the data's first and last days and the bases' personnel once for all tallies changes
 * nothing.
 */
class ReconciliationProperties {

  private static final DatasetSettings SETTINGS =
      DatasetSettings.builder().attacks(0, 40).responses(0, 15).bases(0, 6).tallies(0, 12).build();

  @Test
  void everyCheckIsItsDefinitionOverTheRecords() {
    qt().withExamples(150)
        .forAll(Qt.datasets(SETTINGS))
        .checkAssert(
            d -> {
              Reconciliation r = Reconciliation.of(d);
              assertEquals(d.tallies().size(), r.checks().size());
              for (int k = 0; k < d.tallies().size(); k++) {
                Tally t = d.tallies().get(k);
                Reconciliation.Check c = r.checks().get(k);
                assertEquals(t, c.tally());
                Optional<DateSpan> period = period(d, t);
                assertEquals(period, c.period(), t.id());
                assertEquals(computed(d, t, period), c.computed(), t.id());
                assertEquals(records(d, t, period), c.records(), t.id());
                assertEquals(c, r.check(t.id()).orElseThrow());
                double dl = c.computed().low();
                Reconciliation.Status status =
                    dl > t.value().high()
                        ? Reconciliation.Status.EXCEEDING
                        : dl >= t.value().low() ? Reconciliation.Status.COVERED : Reconciliation.Status.MISSING;
                assertEquals(status, c.status(), t.id());
                assertEquals(Math.max(0, t.value().low() - dl), c.shortfall(), t.id());
                assertEquals(Math.max(0, dl - t.value().high()), c.excess(), t.id());
              }
            });
  }

  /**
   * Parts against wholes and series steps are their definitions: every whole (no country) against
   * the first tally by id of each country with the same metric, since and as_of; every pair of
   * consecutive tallies of a metric, country and since, by as_of then id. Compared pair by pair,
   * with a whole's parts listed by country.
   */
  @Test
  void partsAndSeriesAreTheirDefinitions() {
    qt().withExamples(150)
        .forAll(Qt.datasets(SETTINGS))
        .checkAssert(
            d -> {
              Reconciliation r = Reconciliation.of(d);
              assertEquals(partsChecks(d.tallies()), r.partsChecks());
              assertEquals(series(d.tallies()), r.series());
            });
  }

  private static List<Reconciliation.PartsCheck> partsChecks(List<Tally> tallies) {
    List<Reconciliation.PartsCheck> out = new java.util.ArrayList<>();
    List<Tally> seen = new java.util.ArrayList<>();
    for (Tally t : tallies) {
      if (seen.stream().anyMatch(x -> samePeriod(x, t))) {
        continue;
      }
      seen.add(t);
      List<Tally> group = tallies.stream().filter(x -> samePeriod(x, t)).toList();
      List<Tally> parts =
          group.stream()
              .filter(x -> x.country().isPresent())
              .filter(x -> group.stream().noneMatch(y -> y.country().equals(x.country()) && y.id().compareTo(x.id()) < 0))
              .sorted(Comparator.comparing(x -> x.country().get()))
              .toList();
      if (parts.isEmpty()) {
        continue;
      }
      Estimate sum = Estimate.total(parts.stream().map(Tally::value).toList());
      for (Tally whole : group) {
        if (whole.country().isEmpty()) {
          Reconciliation.PartsStatus status =
              sum.low() > whole.value().high()
                  ? Reconciliation.PartsStatus.EXCEEDS
                  : sum.high() < whole.value().low() ? Reconciliation.PartsStatus.SHORT : Reconciliation.PartsStatus.ADDS_UP;
          out.add(new Reconciliation.PartsCheck(whole, parts, sum, status));
        }
      }
    }
    return out;
  }

  private static boolean samePeriod(Tally a, Tally b) {
    return a.metric() == b.metric() && a.since().equals(b.since()) && a.asOf().equals(b.asOf());
  }

  private static List<Reconciliation.SeriesStep> series(List<Tally> tallies) {
    List<Reconciliation.SeriesStep> out = new java.util.ArrayList<>();
    List<Tally> dated = tallies.stream().filter(t -> t.asOf().isPresent()).toList();
    List<Tally> seen = new java.util.ArrayList<>();
    for (Tally t : dated) {
      if (seen.stream().anyMatch(x -> sameSeries(x, t))) {
        continue;
      }
      seen.add(t);
      List<Tally> s =
          dated.stream()
              .filter(x -> sameSeries(x, t))
              .sorted(Comparator.comparing((Tally x) -> x.asOf().get()).thenComparing(Tally::id))
              .toList();
      for (int i = 1; i < s.size(); i++) {
        Tally a = s.get(i - 1);
        Tally b = s.get(i);
        long days = b.asOf().get().toEpochDay() - a.asOf().get().toEpochDay();
        boolean overlap = a.value().low() <= b.value().high() && b.value().low() <= a.value().high();
        boolean consistent = days == 0 ? overlap : b.value().high() >= a.value().low();
        out.add(new Reconciliation.SeriesStep(a, b, days, b.value().best() - a.value().best(), consistent));
      }
    }
    return out;
  }

  private static boolean sameSeries(Tally a, Tally b) {
    return a.metric() == b.metric() && a.country().equals(b.country()) && a.since().equals(b.since());
  }

  /** From {@code since} (else the first day of any incident) to {@code as_of} (else the last). */
  private static Optional<DateSpan> period(Dataset d, Tally t) {
    if (t.since().isEmpty() && t.asOf().isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> first = d.incidents().stream().map(i -> i.date().start()).min(Comparator.naturalOrder());
    Optional<LocalDate> last =
        d.incidents().stream().map(i -> i.date().endInclusive()).max(Comparator.naturalOrder());
    LocalDate start =
        t.since()
            .orElseGet(
                () -> {
                  LocalDate f = first.orElse(t.asOf().get());
                  return f.isBefore(t.asOf().get()) ? f : t.asOf().get();
                });
    LocalDate end =
        t.asOf()
            .orElseGet(
                () -> {
                  LocalDate l = last.orElse(start);
                  return l.isAfter(start) ? l : start;
                });
    return Optional.of(DateSpan.of(start, end));
  }

  private static List<Incident> scope(Dataset d, Tally t) {
    Incident.Kind kind =
        t.metric() == TallyMetric.RESPONSES ? Incident.Kind.RESPONSE : Incident.Kind.ATTACK;
    return d.incidents().stream()
        .filter(i -> i.kind() == kind)
        .filter(i -> t.country().isEmpty() || i.place().country().equals(t.country()))
        .toList();
  }

  private static Estimate computed(Dataset d, Tally t, Optional<DateSpan> period) {
    if (t.metric() == TallyMetric.PERSONNEL) {
      return d.bases().stream()
          .filter(b -> t.country().isEmpty() || b.place().country().equals(t.country()))
          .map(Base::personnel)
          .collect(Estimate.toTotal());
    }
    Summary s = Reference.summary(scope(d, t), period);
    return switch (t.metric()) {
      case INJURED -> s.injured();
      case KILLED -> s.killed();
      default -> s.incidents();
    };
  }

  private static List<Incident> records(Dataset d, Tally t, Optional<DateSpan> period) {
    if (t.metric() == TallyMetric.PERSONNEL) {
      return List.of();
    }
    return scope(d, t).stream()
        .filter(i -> period.map(p -> p.overlaps(i.date())).orElse(true))
        .sorted(Engine.RECORD_ORDER)
        .toList();
  }
}
