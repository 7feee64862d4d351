package org.attackstats.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;

/** The naive reference: the definitions of docs/statistics.md over plain lists, with streams. */
final class Reference {

  private Reference() {}

  static Summary summary(List<? extends Incident> incidents, Optional<DateSpan> window) {
    Predicate<Incident> overlaps = i -> window.map(w -> w.overlaps(i.date())).orElse(true);
    Predicate<Incident> inside = i -> window.map(w -> w.encloses(i.date())).orElse(true);
    Predicate<Incident> starts = i -> window.map(w -> w.contains(i.date().start())).orElse(true);
    List<Incident> high = incidents.stream().filter(overlaps).collect(Collectors.toList());
    if (high.isEmpty()) {
      return Summary.ZERO;
    }
    long lo = high.stream().filter(inside).count();
    long be = high.stream().filter(starts).count();
    Estimate[] m = new Estimate[3];
    Measure[] measures = {Measure.INJURED, Measure.KILLED, Measure.MUNITIONS};
    for (int k = 0; k < 3; k++) {
      Measure measure = measures[k];
      double l = high.stream().filter(inside).mapToDouble(i -> measure.of(i).low()).sum();
      double b = high.stream().filter(starts).mapToDouble(i -> measure.of(i).best()).sum();
      double h = high.stream().mapToDouble(i -> measure.of(i).high()).sum();
      boolean approx = high.stream().anyMatch(i -> measure.of(i).isApproximate());
      m[k] = Estimate.of(l, b, h).withApproximate(approx);
    }
    return new Summary(Estimate.of(lo, be, high.size()), m[0], m[1], m[2]);
  }

  /** Group summaries: categorical keys seen in the period, crossed with zero-filled buckets. */
  static TreeMap<GroupKey, Summary> groups(
      List<? extends Incident> incidents, Optional<DateSpan> period, List<Grouping<?>> gs) {
    List<Incident> inPeriod =
        incidents.stream()
            .filter(i -> period.map(p -> p.overlaps(i.date())).orElse(true))
            .collect(Collectors.toList());
    TreeMap<GroupKey, List<Incident>> byCat = new TreeMap<>();
    for (Incident i : inPeriod) {
      List<Optional<?>> v = new ArrayList<>();
      for (Grouping<?> g : gs) {
        v.add(g instanceof CategoricalGrouping<?> c ? c.valueOf(i) : Optional.empty());
      }
      byCat.computeIfAbsent(GroupKey.of(gs, v), k -> new ArrayList<>()).add(i);
    }
    TreeMap<GroupKey, Summary> out = new TreeMap<>();
    Optional<Grouping<?>> cal = gs.stream().filter(Grouping::isCalendar).findFirst();
    if (cal.isEmpty()) {
      byCat.forEach((k, list) -> out.put(k, summary(list, period)));
      return out;
    }
    if (inPeriod.isEmpty()) {
      return out;
    }
    // zero-filled over the period; an open end (DateSpan.MIN or MAX), or no period, stops at
    // the first or last possible day of the incidents that may lie in the period
    LocalDate first = inPeriod.stream().map(i -> i.date().start()).min(LocalDate::compareTo).get();
    LocalDate last = inPeriod.stream().map(i -> i.date().endInclusive()).max(LocalDate::compareTo).get();
    LocalDate start = period.map(DateSpan::start).filter(d -> !d.equals(DateSpan.MIN)).orElse(first);
    LocalDate end = period.map(DateSpan::endInclusive).filter(d -> !d.equals(DateSpan.MAX)).orElse(last);
    TreeSet<DateSpan> buckets = new TreeSet<>();
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      buckets.add(((CalendarGrouping) cal.get()).bucketOf(d));
    }
    int c = gs.indexOf(cal.get());
    byCat.forEach(
        (k, list) -> {
          for (DateSpan b : buckets) {
            Optional<DateSpan> w = period.isEmpty() ? Optional.of(b) : b.intersection(period.get());
            out.put(k.with(c, Optional.of(b)), summary(list, w));
          }
        });
    return out;
  }

  /**
   * Group summaries without zero-filling: each incident in the group of its categorical values,
   * and with a calendar grouping in every bucket its span overlaps within the period.
   */
  static TreeMap<GroupKey, Summary> nonEmptyGroups(
      List<? extends Incident> incidents, Optional<DateSpan> period, List<Grouping<?>> gs) {
    Optional<Grouping<?>> cal = gs.stream().filter(Grouping::isCalendar).findFirst();
    int c = cal.map(gs::indexOf).orElse(-1);
    TreeMap<GroupKey, List<Incident>> byKey = new TreeMap<>();
    for (Incident i : incidents) {
      if (period.isPresent() && !period.get().overlaps(i.date())) {
        continue;
      }
      List<Optional<?>> v = new ArrayList<>();
      for (Grouping<?> g : gs) {
        v.add(g instanceof CategoricalGrouping<?> cg ? cg.valueOf(i) : Optional.empty());
      }
      GroupKey k = GroupKey.of(gs, v);
      if (cal.isEmpty()) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        continue;
      }
      DateSpan days = period.flatMap(p -> p.intersection(i.date())).orElse(i.date());
      for (LocalDate d = days.start(); !d.isAfter(days.endInclusive()); ) {
        DateSpan b = ((CalendarGrouping) cal.get()).bucketOf(d);
        byKey.computeIfAbsent(k.with(c, Optional.of(b)), x -> new ArrayList<>()).add(i);
        d = b.endInclusive().plusDays(1);
      }
    }
    TreeMap<GroupKey, Summary> out = new TreeMap<>();
    byKey.forEach(
        (k, list) -> {
          Optional<DateSpan> w = period;
          if (c >= 0) {
            DateSpan b = (DateSpan) k.valueAt(c).orElseThrow();
            w = period.isEmpty() ? Optional.of(b) : b.intersection(period.get());
          }
          out.put(k, summary(list, w));
        });
    return out;
  }
}
