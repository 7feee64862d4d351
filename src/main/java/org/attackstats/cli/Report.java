package org.attackstats.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Tally;
import org.attackstats.stats.AttacksAndResponses;
import org.attackstats.stats.GroupKey;
import org.attackstats.stats.GroupedResult;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.LagDistribution;
import org.attackstats.stats.Query;
import org.attackstats.stats.Reconciliation;
import org.attackstats.stats.Row;
import org.attackstats.stats.Summary;

/**
 * The {@code report} command's tables, computed with the statistics engine: counts are {@link
 * Estimate}s (low = surely in the period, high = possibly), totals keep unknowns as open bounds.
 */
final class Report {

  /** What to report on: a period, countries, and optional groupings for one crossed table. */
  record Options(Optional<DateSpan> period, List<Country> countries, List<Grouping<?>> groupings, Table.Format format) {}

  private final Dataset dataset;
  private final Options options;
  private final AttacksAndResponses attacksAndResponses;

  Report(Dataset dataset, Options options) {
    this.dataset = dataset;
    this.options = options;
    this.attacksAndResponses =
        options.period().map(p -> AttacksAndResponses.of(dataset, p)).orElseGet(() -> AttacksAndResponses.of(dataset));
  }

  /** The grouping names of {@code --by}. */
  static Grouping<?> grouping(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "country":
        return Grouping.COUNTRY;
      case "month":
        return Grouping.MONTH;
      case "week":
        return Grouping.ISO_WEEK;
      case "day":
        return Grouping.DAY;
      case "year":
        return Grouping.YEAR;
      case "base":
        return Grouping.BASE;
      case "method":
        return Grouping.METHOD;
      case "perpetrator":
        return Grouping.PERPETRATOR;
      case "responder":
        return Grouping.RESPONDER;
      case "admin1":
        return Grouping.ADMIN1;
      default:
        throw new UsageException(
            "invalid --by '" + name
                + "': expected country, month, week, day, year, base, method, perpetrator, responder or admin1");
    }
  }

  void print(String name, PrintStream out) {
    Table.Format f = options.format();
    Table head = new Table("attack-stats report: " + name, "what", "value");
    head.row("records", String.format(Locale.ROOT, "%d attacks, %d responses, %d bases, %d reported tallies",
        dataset.attacks().size(), dataset.responses().size(), dataset.bases().size(), dataset.tallies().size()));
    head.row("period", options.period().map(p -> p.start() + " to " + p.endInclusive()).orElse("all dates"));
    head.row("countries", options.countries().isEmpty() ? "all"
        : options.countries().stream().map(Country::code).collect(Collectors.joining(", ")));
    head.note("Counts are estimates: N exact, A..B between A and B, >=N at least N (no upper bound known), ~N about N.");
    head.note("With a period, low counts incidents surely inside it and high those whose dates overlap it.");
    head.print(out, f);

    if (!options.groupings().isEmpty()) {
      grouped(options.groupings()).print(out, f);
      return;
    }
    byCountry().print(out, f);
    grouped(List.of(Grouping.MONTH)).print(out, f);
    attacksBy(Grouping.BASE, "Attacks by base").print(out, f);
    attacksBy(Grouping.METHOD, "Attacks by method").print(out, f);
    casualties().print(out, f);
    responses().print(out, f);
    reconciliation().print(out, f);
  }

  private Query query() {
    Query q = Query.of(dataset);
    if (options.period().isPresent()) {
      q = q.period(options.period().get());
    }
    List<Country> cs = options.countries();
    if (!cs.isEmpty()) {
      q = q.country(cs.get(0), cs.subList(1, cs.size()).toArray(new Country[0]));
    }
    return q;
  }

  private Table byCountry() {
    Table t = new Table("Attacks and responses by country", "country", "attacks", "injured", "killed", "responses", "responses per attack");
    AttacksAndResponses ar = attacksAndResponses;
    Map<Optional<Country>, Summary> injuries = new java.util.HashMap<>();
    for (Row r : query().attacks().groupBy(Grouping.COUNTRY).summarize().rows()) {
      injuries.put(r.key().get(Grouping.COUNTRY), r.summary());
    }
    for (AttacksAndResponses.Balance b : ar.byCountry()) {
      if (!options.countries().isEmpty() && (b.country().isEmpty() || !options.countries().contains(b.country().get()))) {
        continue;
      }
      Summary s = injuries.getOrDefault(b.country(), Summary.ZERO);
      t.row(label(b.country()), b.attacks(), show(s.injured()), show(s.killed()), b.responses(),
          b.responsesPerAttack().isPresent() ? String.format(Locale.ROOT, "%.2f", b.responsesPerAttack().getAsDouble()) : "-");
    }
    return t;
  }

  private Table grouped(List<Grouping<?>> groupings) {
    List<String> header = new ArrayList<>();
    groupings.forEach(g -> header.add(g.name()));
    header.addAll(List.of("attacks", "injured", "killed", "responses"));
    String title = "Attacks and responses by " + header.subList(0, groupings.size()).stream().collect(Collectors.joining(" x "));
    Table t = new Table(title, header.toArray(new String[0]));
    Grouping<?>[] gs = groupings.toArray(new Grouping<?>[0]);
    GroupedResult attacks = query().attacks().groupBy(gs).summarize();
    GroupedResult responses = query().responses().groupBy(gs).summarize();
    Map<GroupKey, Summary[]> rows = new TreeMap<>();
    attacks.rows().forEach(r -> rows.computeIfAbsent(r.key(), k -> pair())[0] = r.summary());
    responses.rows().forEach(r -> rows.computeIfAbsent(r.key(), k -> pair())[1] = r.summary());
    rows.forEach((k, s) -> {
      if (options.period().isEmpty() && s[0].incidents().high() == 0 && s[1].incidents().high() == 0) {
        return; // without a requested period, show only the buckets that hold incidents
      }
      List<Object> cells = new ArrayList<>();
      k.values().forEach(v -> cells.add(label(v)));
      cells.add(s[0].incidents());
      cells.add(show(s[0].injured()));
      cells.add(show(s[0].killed()));
      cells.add(s[1].incidents());
      t.row(cells.toArray());
    });
    List<Object> total = new ArrayList<>(List.of("total"));
    while (total.size() < groupings.size()) {
      total.add("");
    }
    total.addAll(List.of(attacks.total().incidents(), show(attacks.total().injured()),
        show(attacks.total().killed()), responses.total().incidents()));
    t.row(total.toArray());
    return t;
  }

  private static Summary[] pair() {
    return new Summary[] {Summary.ZERO, Summary.ZERO};
  }

  private Table attacksBy(Grouping<?> g, String title) {
    Table t = new Table(title, g.name(), "attacks", "injured", "killed", "munitions");
    GroupedResult r = query().attacks().groupBy(g).summarize();
    for (Row row : r.rows()) {
      Summary s = row.summary();
      t.row(label(row.key().values().get(0)), s.incidents(), show(s.injured()), show(s.killed()), show(s.munitions()));
    }
    return t;
  }

  private Table casualties() {
    Table t = new Table("Casualties", "incidents", "count", "injured", "killed");
    Summary a = query().attacks().summarize().summary();
    Summary r = query().responses().summarize().summary();
    t.row("attacks", a.incidents(), show(a.injured()), show(a.killed()));
    t.row("responses", r.incidents(), show(r.injured()), show(r.killed()));
    t.note("unknown = nobody reported a number; >=N = at least N, the rest unreported.");
    return t;
  }

  private Table responses() {
    AttacksAndResponses ar = attacksAndResponses;
    Table t = new Table("Attacks against responses", "question", "answer");
    LagDistribution lags = ar.lagDistribution();
    t.row("attacks followed by a response in the same country", lags.count());
    t.row("median days from attack to next response",
        lags.median().isPresent() ? String.format(Locale.ROOT, "%.1f", lags.median().getAsDouble()) : "-");
    t.row("attacks with no later response in their country", ar.attacksWithoutResponse().size());
    t.row("responses with no earlier attack in their country",
        ar.responsesWithoutPriorAttack().stream().map(x -> x.id() + " (" + x.date() + ", " + label(x.place().country()) + ")")
            .collect(Collectors.joining("; ")).transform(s -> s.isEmpty() ? "none" : s));
    t.row("countries attacked with no response",
        ar.attackedWithoutResponse().isEmpty() ? "none" : ar.attackedWithoutResponse().stream().map(Country::code).collect(Collectors.joining(", ")));
    return t;
  }

  private Table reconciliation() {
    Reconciliation rec = Reconciliation.of(dataset);
    Table t = new Table("Reported tallies against the data", "tally", "metric", "scope", "period", "reported", "data", "status");
    for (Reconciliation.Check c : rec.checks()) {
      Tally tally = c.tally();
      t.row(tally.id(), tally.metric(), tally.country().map(Country::code).orElse("all"),
          c.period().map(p -> p.start() + ".." + p.endInclusive()).orElse(tally.asOf().map(LocalDate::toString).orElse("-")),
          tally.value(), show(c.computed()), c.status().toString().toLowerCase(Locale.ROOT));
    }
    for (Reconciliation.PartsCheck p : rec.partsChecks()) {
      t.note(String.format(Locale.ROOT, "parts %s add up to %s; whole %s reports %s: %s",
          p.parts().stream().map(Tally::id).collect(Collectors.joining(" + ")), p.sum(), p.whole().id(),
          p.whole().value(), p.status().toString().toLowerCase(Locale.ROOT)));
    }
    return t;
  }

  private static String show(Estimate e) {
    return e.isUnknown() ? "unknown" : e.toString();
  }

  private static String label(Optional<?> v) {
    if (v.isEmpty()) {
      return "(none)";
    }
    Object o = v.get();
    if (o instanceof Country) {
      return ((Country) o).code() + " " + ((Country) o).name();
    }
    if (o instanceof Incident.Kind) {
      return o.toString().toLowerCase(Locale.ROOT);
    }
    return o.toString();
  }
}
