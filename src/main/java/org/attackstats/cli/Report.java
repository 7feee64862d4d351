package org.attackstats.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Tally;

/** Prints the headline statistics of a dataset as plain-text tables. */
final class Report {
  private Report() {}

  static void print(Dataset d, String name, PrintStream out) {
    out.println("attack-stats report: " + name);
    out.printf(
        Locale.ROOT,
        "%d attacks, %d responses, %d bases, %d reported tallies%n%n",
        d.attacks().size(), d.responses().size(), d.bases().size(), d.tallies().size());

    Map<String, long[]> byCountry = new TreeMap<>();
    for (Incident i : d.incidents()) {
      long[] counts = byCountry.computeIfAbsent(countryLabel(i.place().country()), k -> new long[2]);
      counts[i.kind() == Incident.Kind.ATTACK ? 0 : 1]++;
    }
    out.println("By country");
    out.printf(Locale.ROOT, "  %-28s %8s %10s%n", "country", "attacks", "responses");
    byCountry.forEach((c, n) -> out.printf(Locale.ROOT, "  %-28s %8d %10d%n", c, n[0], n[1]));

    out.println();
    out.println("Casualties (N exact, >=N at least N, A..B a range, ~N about N)");
    out.printf(Locale.ROOT, "  %-28s %12s %12s%n", "", "injured", "killed");
    casualties(out, "in attacks", d.attacks());
    casualties(out, "in responses", d.responses());

    out.println();
    out.println("Reported tallies");
    for (Tally t : d.tallies()) {
      out.printf(
          Locale.ROOT,
          "  %-5s %-9s %-8s %-24s %-23s %s%n",
          t.id(),
          t.metric(),
          t.value(),
          t.country().map(c -> c.code() + " " + c.name()).orElse("all countries"),
          t.since().map(s -> s + "..").orElse("") + t.asOf().map(Object::toString).orElse(""),
          t.attribution().map(a -> "according to " + a + "; ").orElse("") + t.subject().orElse(""));
    }
  }

  private static void casualties(PrintStream out, String label, List<? extends Incident> incidents) {
    Estimate injured = Estimate.total(incidents.stream().map(Incident::injured).toList());
    Estimate killed = Estimate.total(incidents.stream().map(Incident::killed).toList());
    out.printf(Locale.ROOT, "  %-28s %12s %12s%n", label, show(injured), show(killed));
  }

  private static String show(Estimate e) {
    return e.isUnknown() ? "unknown" : e.toString();
  }

  private static String countryLabel(Optional<Country> c) {
    return c.map(x -> x.code() + " " + x.name()).orElse("(unknown)");
  }
}
