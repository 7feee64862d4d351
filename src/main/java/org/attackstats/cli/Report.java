package org.attackstats.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.csv.LoadReport;
import org.attackstats.csv.LoadResult;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Tally;
import org.attackstats.stats.AttacksAndResponses;
import org.attackstats.stats.CalendarGrouping;
import org.attackstats.stats.GroupKey;
import org.attackstats.stats.GroupedQuery;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.LagDistribution;
import org.attackstats.stats.Measure;
import org.attackstats.stats.Query;
import org.attackstats.stats.Reconciliation;
import org.attackstats.stats.Summary;

/**
 * The {@code report} command: its options, checked before anything is loaded or printed, and its
 * tables, computed with the statistics engine. Counts are {@link Estimate}s (low = surely in the
 * period, high = possibly), totals keep unknowns as open bounds. Human formats ({@code table},
 * {@code markdown}, {@code html}) print every table; {@code csv} writes one {@link Tidy} table and
 * {@code json} all of them in one document.
 */
final class Report {

  /** The formats of {@code --format}. */
  enum Format {
    TABLE,
    MARKDOWN,
    CSV,
    JSON,
    HTML;

    static Format parse(String s) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(s)) {
          return f;
        }
      }
      throw new UsageException("invalid --format '" + s + "': expected table, markdown, csv, json or html");
    }
  }

  /** The tidy tables, by the names {@code --table} takes; with {@code --by}, the one table is {@code grouped}. */
  static final List<String> TABLES =
      List.of("by-country", "by-month", "by-base", "by-method", "casualties", "responses", "tallies", "parts");

  static final String GROUPED = "grouped";

  /** What to report on and how, every option checked. */
  record Options(
      Optional<LocalDate> since,
      Optional<LocalDate> until,
      List<Country> countries,
      List<Grouping<?>> groupings,
      Format format,
      Optional<String> table,
      Optional<Path> out,
      Optional<Path> chart,
      Charts.Kind chartKind,
      List<String> notes) {}

  static final String HELP =
      String.join(
          "\n",
          "Usage: report [DIR|FILE...] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--country CC[,CC...]]",
          "              [--by GROUPING[,GROUPING...]] [--format table|markdown|csv|json|html]",
          "              [--table NAME] [--out FILE] [--chart FILE.svg|FILE.png] [--chart-kind KIND]",
          "              [--input-format FORMAT] [--map SPEC|FILE] [input options]",
          "  Headline statistics of a canonical dataset folder or files; without arguments, of the",
          "  bundled seed dataset: attacks and responses by country, by month, by base and by method,",
          "  casualties, attacks against responses, and reported tallies against the data.",
          "  --since, --until  count over this period (inclusive); one alone leaves the other end open",
          "                (--from and --to are deprecated names of the same options)",
          "  --country     only these ISO 3166-1 alpha-2 countries",
          "  --by          one table crossing these groupings: country, admin1, base, perpetrator,",
          "                responder, actor, method, target, kind, and at most one of day, week (ISO),",
          "                month, year",
          "  --format      table (default), markdown, csv (one tidy table), json (the whole report),",
          "                html (one self-contained page with charts)",
          "  --table       the one table of --format csv: by-country (default), by-month, by-base,",
          "                by-method, casualties, responses, tallies, parts; with --by, the grouped one",
          "  --out         write the report to this file instead of standard output",
          "  --chart       also write one chart, as SVG or PNG by the file's extension",
          "  --chart-kind  attacks-per-week (default), cumulative-attacks, casualties-per-month,",
          "                timeline",
          Inputs.HELP,
          "Examples:",
          "  report",
          "  report seeds/iraq-syria-2023 --since 2023-10-17 --until 2023-11-21 --by country,month",
          "  report data/ --country IQ --by week --format csv",
          "  report --since 2023-10-17 --format html --out report.html");

  private static final Set<String> VALUED =
      Inputs.with(Set.of("since", "until", "from", "to", "country", "by", "format", "table", "out", "chart",
          "chart-kind"), Inputs.VALUED);

  /** Runs {@code report}: options first, so that a wrong one is told before a long load. */
  static int run(List<String> argList, PrintStream out, PrintStream err) {
    Args args = new Args(argList, "report", VALUED, Inputs.with(Set.of("help"), Inputs.FLAGS));
    if (args.flag("help")) {
      out.println(HELP);
      return Main.OK;
    }
    Options options = options(args);
    Dataset dataset;
    String name;
    LoadReport loaded = null;
    if (args.positional.isEmpty()) {
      dataset = CanonicalCsv.seedDataset();
      name = "bundled seed dataset (Iraq and Syria, 17 Oct - 21 Nov 2023)";
    } else {
      LoadResult r = Inputs.load(args, err);
      loaded = r.report();
      dataset = r.dataset();
      name = String.join(" ", args.positional);
    }
    // the notes only once every usage error is ruled out, so that a usage error stays one line
    options.notes().forEach(n -> err.println("attack-stats: " + n));
    Report report = new Report(dataset, name, options);
    String text = report.render();
    if (options.chart().isPresent()) {
      Charts.write(report, options.chartKind(), options.chart().get());
    }
    if (options.out().isPresent()) {
      try {
        Files.writeString(options.out().get(), text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + options.out().get() + ": " + e.getMessage(), e);
      }
    } else {
      out.print(text);
      out.flush();
    }
    if (loaded != null) {
      Inputs.leftOut(loaded, err);
    }
    if (loaded != null && !loaded.problems().isEmpty()) {
      err.printf(Locale.ROOT,
          "attack-stats: %d of %d rows could not be read and are not counted (%d problems); run validate for the list%n",
          loaded.rejected(), loaded.rowsRead(), loaded.problems().size());
      return Main.DATA_PROBLEMS;
    }
    return Main.OK;
  }

  /** Every option, checked together: whatever passes here can be reported. */
  static Options options(Args args) {
    List<String> notes = new ArrayList<>();
    Optional<LocalDate> since = date(args, "since", "from", notes);
    Optional<LocalDate> until = date(args, "until", "to", notes);
    if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
      throw new UsageException("the period ends (" + until.get() + ") before it starts (" + since.get() + ")");
    }
    List<Country> countries = new ArrayList<>();
    for (String c : args.values("country")) {
      Country country = Country.find(c).orElseThrow(() -> new UsageException(
          "invalid --country '" + c + "': expected an ISO 3166-1 alpha-2 code such as IQ or SY"));
      if (!countries.contains(country)) {
        countries.add(country);
      }
    }
    if (args.value("country").isPresent() && countries.isEmpty()) {
      throw new UsageException("--country needs at least one code, such as IQ or SY");
    }
    List<Grouping<?>> groupings = new ArrayList<>();
    try {
      for (String b : args.values("by")) {
        groupings.add(Grouping.parse(b));
      }
      if (args.value("by").isPresent()) {
        Grouping.validate(groupings);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException("invalid --by: " + e.getMessage());
    }
    Format format = args.value("format").map(Format::parse).orElse(Format.TABLE);
    Optional<String> table = args.value("table").map(t -> t.strip().toLowerCase(Locale.ROOT));
    if (table.isPresent()) {
      if (format != Format.CSV) {
        throw new UsageException("--table chooses the one table of --format csv; the other formats hold every table");
      }
      if (!groupings.isEmpty()) {
        throw new UsageException("--table and --by do not combine: with --by the report is the one grouped table");
      }
      if (!TABLES.contains(table.get())) {
        throw new UsageException("invalid --table '" + args.value("table").get() + "': expected one of " + String.join(", ", TABLES));
      }
    }
    Optional<Path> out = args.value("out").map(o -> writable("--out", o));
    Optional<Path> chart = args.value("chart").map(o -> writable("--chart", o));
    if (chart.isPresent() && Charts.fileFormat(chart.get()).isEmpty()) {
      throw new UsageException("invalid --chart '" + chart.get() + "': the file name must end in .svg or .png");
    }
    Charts.Kind kind = args.value("chart-kind").map(Charts.Kind::parse).orElse(Charts.Kind.ATTACKS_PER_WEEK);
    if (args.value("chart-kind").isPresent() && chart.isEmpty()) {
      throw new UsageException("--chart-kind needs --chart FILE.svg|FILE.png");
    }
    if (out.isPresent() && chart.isPresent() && out.get().toAbsolutePath().normalize().equals(chart.get().toAbsolutePath().normalize())) {
      throw new UsageException("--out and --chart name the same file " + out.get());
    }
    return new Options(since, until, List.copyOf(countries), List.copyOf(groupings), format, table, out, chart, kind,
        List.copyOf(notes));
  }

  /** A date option, or its deprecated name (with a note); giving both is an error. */
  private static Optional<LocalDate> date(Args args, String option, String deprecated, List<String> notes) {
    Optional<String> v = args.value(option);
    Optional<String> old = args.value(deprecated);
    if (v.isPresent() && old.isPresent()) {
      throw new UsageException("--" + deprecated + " is the deprecated name of --" + option + "; give only --" + option);
    }
    if (old.isPresent()) {
      notes.add("--" + deprecated + " is deprecated, use --" + option);
      return Optional.of(Main.date("--" + deprecated, old.get()));
    }
    return v.map(s -> Main.date("--" + option, s));
  }

  private static Path writable(String option, String file) {
    Path p;
    try {
      p = Path.of(file);
    } catch (InvalidPathException e) {
      throw new UsageException("invalid " + option + " '" + file + "': " + e.getReason());
    }
    Path parent = p.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UsageException("invalid " + option + " '" + file + "': no such folder " + parent);
    }
    if (Files.isDirectory(p)) {
      throw new UsageException("invalid " + option + " '" + file + "': it is a folder, expected a file name");
    }
    return p;
  }

  private final Dataset dataset;
  private final String name;
  private final Options options;
  private final Query query;
  private final AttacksAndResponses attacksAndResponses;
  private final Reconciliation reconciliation;

  Report(Dataset dataset, String name, Options options) {
    this.dataset = dataset;
    this.name = name;
    this.options = options;
    Query q = Query.of(dataset);
    if (options.since().isPresent()) {
      q = q.since(options.since().get());
    }
    if (options.until().isPresent()) {
      q = q.until(options.until().get());
    }
    this.attacksAndResponses =
        q.period().map(p -> AttacksAndResponses.of(dataset, p)).orElseGet(() -> AttacksAndResponses.of(dataset));
    if (!options.countries().isEmpty()) {
      q = q.country(options.countries());
    }
    this.query = q;
    this.reconciliation = Reconciliation.of(dataset);
  }

  Dataset dataset() {
    return dataset;
  }

  /** The report's query: its period and countries, every kind. */
  Query query() {
    return query;
  }

  Reconciliation reconciliation() {
    return reconciliation;
  }

  /** The whole output of the chosen format. */
  String render() {
    StringBuilder b = new StringBuilder();
    switch (options.format()) {
      case CSV -> {
        String t = options.table().orElse(options.groupings().isEmpty() ? "by-country" : GROUPED);
        tidy(t).csv(b);
      }
      case JSON -> json(b);
      case HTML -> Html.page(b, "attack-stats report: " + name, tables(), Charts.svgs(this));
      default -> tables().forEach(t -> t.print(b, options.format() == Format.MARKDOWN));
    }
    return b.toString();
  }

  // --- human tables --------------------------------------------------------------------------

  /** The tables of the human formats, in order. */
  List<Table> tables() {
    List<Table> out = new ArrayList<>();
    Table head = new Table("attack-stats report: " + name, "what", "value");
    head.row("records", String.format(Locale.ROOT, "%d attacks, %d responses, %d bases, %d reported tallies",
        dataset.attacks().size(), dataset.responses().size(), dataset.bases().size(), dataset.tallies().size()));
    head.row("period", periodText());
    head.row("countries", options.countries().isEmpty() ? "all"
        : options.countries().stream().map(Country::code).collect(Collectors.joining(", ")));
    head.note("Counts are estimates: N exact, A..B between A and B, >=N at least N (no upper bound known), ~N about N.");
    head.note("With a period, low counts incidents surely inside it and high those whose dates overlap it.");
    out.add(head);
    if (!options.groupings().isEmpty()) {
      out.add(grouped(options.groupings()));
      return out;
    }
    out.add(byCountry());
    out.add(grouped(List.of(Grouping.MONTH)));
    out.add(attacksBy(Grouping.BASE, "Attacks by base"));
    out.add(attacksBy(Grouping.METHOD, "Attacks by method"));
    out.add(casualties());
    out.add(responses());
    out.add(reconciliationTable());
    return out;
  }

  private String periodText() {
    Optional<LocalDate> s = options.since();
    Optional<LocalDate> u = options.until();
    if (s.isPresent() && u.isPresent()) {
      return s.get() + " to " + u.get();
    }
    return s.map(d -> "from " + d + " on").or(() -> u.map(d -> "up to " + d)).orElse("all dates");
  }

  /** Attack and response summaries by key, zero where a kind has no group. */
  private Map<GroupKey, Summary[]> crossed(List<Grouping<?>> gs, boolean responses) {
    return crossed(gs, responses, true);
  }

  /**
   * Attack and response summaries by key, zero where a kind has no group; calendar buckets that
   * hold no incident of either kind are left out unless {@code zeroFill}.
   */
  private Map<GroupKey, Summary[]> crossed(List<Grouping<?>> gs, boolean responses, boolean zeroFill) {
    Map<GroupKey, Summary[]> rows = new TreeMap<>();
    grouped(query.attacks(), gs, zeroFill).summarize().rows()
        .forEach(r -> rows.computeIfAbsent(r.key(), k -> pair())[0] = r.summary());
    if (responses) {
      grouped(query.responses(), gs, zeroFill).summarize().rows()
          .forEach(r -> rows.computeIfAbsent(r.key(), k -> pair())[1] = r.summary());
    }
    return rows;
  }

  private static GroupedQuery grouped(Query q, List<Grouping<?>> gs, boolean zeroFill) {
    GroupedQuery g = q.groupBy(gs);
    return zeroFill ? g : g.withoutZeroFill();
  }

  private static Summary[] pair() {
    return new Summary[] {Summary.ZERO, Summary.ZERO};
  }

  private Table byCountry() {
    Table t = new Table("Attacks and responses by country", "country", "attacks", "injured", "killed", "responses",
        "responses per attack");
    crossed(List.of(Grouping.COUNTRY), true).forEach((k, s) -> {
      Estimate attacks = s[0].incidents();
      t.row(label(k.parts().get(0)), attacks, show(s[0].injured()), show(s[0].killed()), s[1].incidents(),
          attacks.best() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", s[1].incidents().best() / attacks.best()));
    });
    return t;
  }

  private Table grouped(List<Grouping<?>> groupings) {
    List<String> header = new ArrayList<>();
    groupings.forEach(g -> header.add(g.name()));
    header.addAll(List.of("attacks", "injured", "killed", "responses"));
    String title = "Attacks and responses by " + String.join(" x ", header.subList(0, groupings.size()));
    Table t = new Table(title, header.toArray(new String[0]));
    // without a requested period, show only the buckets that hold incidents
    crossed(groupings, true, query.period().isPresent()).forEach((k, s) -> {
      List<Object> cells = new ArrayList<>();
      k.parts().forEach(p -> cells.add(label(p)));
      cells.addAll(List.of(s[0].incidents(), show(s[0].injured()), show(s[0].killed()), s[1].incidents()));
      t.row(cells.toArray());
    });
    Summary attacks = query.attacks().summarize().summary();
    Summary responses = query.responses().summarize().summary();
    List<Object> total = new ArrayList<>(List.of("total"));
    while (total.size() < groupings.size()) {
      total.add("");
    }
    total.addAll(List.of(attacks.incidents(), show(attacks.injured()), show(attacks.killed()), responses.incidents()));
    t.row(total.toArray());
    return t;
  }

  private Table attacksBy(Grouping<?> g, String title) {
    Table t = new Table(title, g.name(), "attacks", "injured", "killed", "munitions");
    crossed(List.of(g), false).forEach((k, s) -> t.row(label(k.parts().get(0)), s[0].incidents(),
        show(s[0].injured()), show(s[0].killed()), show(s[0].munitions())));
    return t;
  }

  private Table casualties() {
    Table t = new Table("Casualties", "incidents", "count", "injured", "killed");
    Summary a = query.attacks().summarize().summary();
    Summary r = query.responses().summarize().summary();
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
        ar.responsesWithoutPriorAttack().stream()
            .map(x -> x.id() + " (" + x.date() + ", " + countryLabel(x.place().country()) + ")")
            .collect(Collectors.joining("; ")).transform(s -> s.isEmpty() ? "none" : s));
    t.row("countries attacked with no response",
        ar.attackedWithoutResponse().isEmpty() ? "none"
            : ar.attackedWithoutResponse().stream().map(Country::code).collect(Collectors.joining(", ")));
    return t;
  }

  private Table reconciliationTable() {
    Table t = new Table("Reported tallies against the data", "tally", "metric", "scope", "period", "reported", "data", "status");
    for (Reconciliation.Check c : reconciliation.checks()) {
      Tally tally = c.tally();
      t.row(tally.id(), tally.metric(), tally.country().map(Country::code).orElse("all"),
          c.period().map(p -> p.start() + ".." + p.endInclusive()).orElse(tally.asOf().map(LocalDate::toString).orElse("-")),
          tally.value(), show(c.computed()), lower(c.status()));
    }
    for (Reconciliation.PartsCheck p : reconciliation.partsChecks()) {
      t.note(String.format(Locale.ROOT, "parts %s add up to %s; whole %s reports %s: %s",
          p.parts().stream().map(Tally::id).collect(Collectors.joining(" + ")), p.sum(), p.whole().id(),
          p.whole().value(), lower(p.status())));
    }
    return t;
  }

  private static String lower(Object o) {
    return o.toString().toLowerCase(Locale.ROOT);
  }

  private static String show(Estimate e) {
    return e.isUnknown() ? "unknown" : e.toString();
  }

  private static String label(GroupKey.Part<?> part) {
    if (part.value().isEmpty()) {
      return "(none)";
    }
    Object o = part.value().get();
    if (o instanceof Country c) {
      return c.code() + " " + c.name();
    }
    return o instanceof Incident.Kind ? lower(o) : o.toString();
  }

  private static String countryLabel(Optional<Country> c) {
    return c.map(x -> x.code() + " " + x.name()).orElse("(none)");
  }

  // --- tidy tables ---------------------------------------------------------------------------

  private static final List<String> LONG = List.of("kind", "measure", "value");

  /** A tidy table by name: {@link #TABLES} or {@link #GROUPED}. */
  Tidy tidy(String table) {
    return switch (table) {
      case "by-country" -> longTable(table, List.of(Grouping.COUNTRY), true);
      case "by-month" -> longTable(table, List.of(Grouping.MONTH), true);
      case "by-base" -> longTable(table, List.of(Grouping.BASE), false);
      case "by-method" -> longTable(table, List.of(Grouping.METHOD), false);
      case "casualties" -> casualtiesTable();
      case "responses" -> lagsTable();
      case "tallies" -> talliesTable();
      case "parts" -> partsTable();
      case GROUPED -> longTable(table, options.groupings(), true);
      default -> throw new IllegalArgumentException("no table " + table);
    };
  }

  /**
   * Group columns, then kind, measure, low, best, high, approximate: one row per number. Grouped
   * by {@link Grouping#KIND}, the group's kind is the kind column, and each group has the numbers
   * of its own kind only.
   */
  private Tidy longTable(String table, List<Grouping<?>> gs, boolean responses) {
    boolean byKind = gs.contains(Grouping.KIND);
    List<String> columns = new ArrayList<>();
    gs.forEach(g -> columns.addAll(keyColumns(g)));
    columns.addAll(byKind ? LONG.subList(1, LONG.size()) : LONG);
    Tidy t = new Tidy(table, columns, Set.of("value"));
    crossed(gs, responses).forEach((k, s) -> {
      List<Object> keys = new ArrayList<>();
      k.parts().forEach(p -> keys.addAll(keyCells(p)));
      if (byKind) {
        addMeasures(t, keys, s[k.get(Grouping.KIND).orElseThrow() == Incident.Kind.ATTACK ? 0 : 1], Optional.empty());
        return;
      }
      addMeasures(t, keys, s[0], Optional.of("attack"));
      if (responses) {
        addMeasures(t, keys, s[1], Optional.of("response"));
      }
    });
    return t;
  }

  private static void addMeasures(Tidy t, List<Object> keys, Summary s, Optional<String> kind) {
    for (Measure m : Measure.values()) {
      List<Object> cells = new ArrayList<>(keys);
      kind.ifPresent(cells::add);
      cells.addAll(List.of(m.toString(), s.get(m)));
      t.row(cells);
    }
  }

  private static List<String> keyColumns(Grouping<?> g) {
    if (g == Grouping.COUNTRY) {
      return List.of("country", "country_name");
    }
    if (g.isCalendar()) {
      return List.of(g.name(), g.name() + "_start", g.name() + "_end");
    }
    return List.of(g.name());
  }

  private static List<Object> keyCells(GroupKey.Part<?> part) {
    Optional<?> v = part.value();
    if (part.grouping() == Grouping.COUNTRY) {
      return v.isEmpty() ? Arrays.asList(null, null)
          : List.of(((Country) v.get()).code(), ((Country) v.get()).name());
    }
    if (part.grouping() instanceof CalendarGrouping c) {
      DateSpan b = (DateSpan) v.orElseThrow();
      return List.of(c.label(b), b.start().toString(), b.endInclusive().toString());
    }
    return Collections.singletonList(v.map(o -> o instanceof Incident.Kind ? lower(o) : o.toString()).orElse(null));
  }

  private Tidy casualtiesTable() {
    Tidy t = new Tidy("casualties", LONG, Set.of("value"));
    addMeasures(t, List.of(), query.attacks().summarize().summary(), Optional.of("attack"));
    addMeasures(t, List.of(), query.responses().summarize().summary(), Optional.of("response"));
    return t;
  }

  /** One row per attack of known country, with its next response if it has one. */
  private Tidy lagsTable() {
    Tidy t = new Tidy("responses", List.of("attack", "attack_start", "attack_end", "country", "country_name",
        "response", "response_start", "response_end", "days", "min_days", "max_days"), Set.of());
    Map<String, AttacksAndResponses.Lag> next = new HashMap<>();
    List<Attack> attacks = new ArrayList<>(attacksAndResponses.attacksWithoutResponse());
    for (AttacksAndResponses.Lag l : attacksAndResponses.lags()) {
      next.put(l.attack().id(), l);
      attacks.add(l.attack());
    }
    attacks.sort(Comparator.comparing(Attack::date).thenComparing(Attack::id));
    for (Attack a : attacks) {
      Country c = a.place().country().orElseThrow(); // both lists hold attacks of known country only
      List<Object> cells = new ArrayList<>(List.of(a.id(), a.date().start().toString(),
          a.date().endInclusive().toString(), c.code(), c.name()));
      AttacksAndResponses.Lag l = next.get(a.id());
      if (l != null) {
        cells.addAll(List.of(l.response().id(), l.response().date().start().toString(),
            l.response().date().endInclusive().toString(), l.days(), l.minDays(), l.maxDays()));
      } else {
        cells.addAll(Collections.nCopies(6, null));
      }
      t.row(cells);
    }
    return t;
  }

  private Tidy talliesTable() {
    Tidy t = new Tidy("tallies", List.of("tally", "metric", "country", "country_name", "since", "as_of",
        "period_start", "period_end", "reported", "data", "status", "shortfall", "excess"), Set.of("reported", "data"));
    for (Reconciliation.Check c : reconciliation.checks()) {
      Tally tally = c.tally();
      t.row(Arrays.asList(tally.id(), lower(tally.metric()),
          tally.country().map(Country::code).orElse(null), tally.country().map(Country::name).orElse(null),
          tally.since().map(LocalDate::toString).orElse(null), tally.asOf().map(LocalDate::toString).orElse(null),
          c.period().map(p -> p.start().toString()).orElse(null), c.period().map(p -> p.endInclusive().toString()).orElse(null),
          tally.value(), c.computed(), lower(c.status()), c.shortfall(), c.excess()));
    }
    return t;
  }

  private Tidy partsTable() {
    Tidy t = new Tidy("parts", List.of("whole", "parts", "metric", "since", "as_of", "whole_value", "parts_sum", "status"),
        Set.of("whole_value", "parts_sum"));
    for (Reconciliation.PartsCheck p : reconciliation.partsChecks()) {
      Tally w = p.whole();
      t.row(Arrays.asList(w.id(), p.parts().stream().map(Tally::id).collect(Collectors.joining("|")),
          lower(w.metric()), w.since().map(LocalDate::toString).orElse(null),
          w.asOf().map(LocalDate::toString).orElse(null), w.value(), p.sum(), lower(p.status())));
    }
    return t;
  }

  /** The whole report as one JSON object: what was reported on, then every tidy table. */
  private void json(StringBuilder b) {
    Map<String, Object> datasetInfo = new LinkedHashMap<>();
    datasetInfo.put("name", name);
    datasetInfo.put("attacks", dataset.attacks().size());
    datasetInfo.put("responses", dataset.responses().size());
    datasetInfo.put("bases", dataset.bases().size());
    datasetInfo.put("tallies", dataset.tallies().size());
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("since", options.since().map(LocalDate::toString).orElse(null));
    period.put("until", options.until().map(LocalDate::toString).orElse(null));
    b.append("{\n  \"report\": \"attack-stats\",\n  \"dataset\": ");
    Tidy.value(b, datasetInfo);
    b.append(",\n  \"period\": ");
    Tidy.value(b, period);
    b.append(",\n  \"countries\": ");
    Tidy.value(b, options.countries().stream().map(Country::code).toList());
    b.append(",\n  \"groupings\": ");
    Tidy.value(b, options.groupings().stream().map(Grouping::name).toList());
    b.append(",\n  \"tables\": {");
    List<String> names = options.groupings().isEmpty() ? TABLES : List.of(GROUPED);
    for (int i = 0; i < names.size(); i++) {
      b.append(i == 0 ? "\n    " : ",\n    ");
      Tidy.string(b, names.get(i));
      b.append(": ");
      tidy(names.get(i)).json(b);
    }
    b.append("\n  }\n}\n");
  }
}
