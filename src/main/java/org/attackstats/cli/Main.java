package org.attackstats.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.csv.DataFormatException;
import org.attackstats.csv.LoadReport;
import org.attackstats.csv.LoadResult;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.stats.Grouping;

/**
 * The command line: {@code java -jar attack-stats-cli.jar COMMAND [ARGS]}. Thin glue over the
 * public API; every command is also callable in-process through {@link #run}.
 *
 * <p>Exit codes: 0 success, 1 data problems found, 2 usage error.
 */
public final class Main {

  static final int OK = 0;
  static final int DATA_PROBLEMS = 1;
  static final int USAGE = 2;

  private static final String USAGE_TEXT =
      String.join(
          "\n",
          "Usage: java -jar attack-stats-cli.jar COMMAND [ARGS]",
          "",
          "Commands:",
          "  report [DIR|FILE...]    headline statistics of a canonical dataset, of",
          "                          ACLED, GTD or UCDP GED exports, or of news text;",
          "                          without arguments, of the bundled seed dataset",
          "                          --from YYYY-MM-DD --to YYYY-MM-DD --country IQ,SY",
          "                          --by country|month|week|day|year|base|method|perpetrator",
          "                          (combinable: --by country,month) --format table|csv|markdown",
          "  validate DIR|FILE...    list every problem and warning of canonical CSV files,",
          "                          ACLED, GTD or UCDP GED exports, mapped tables or text",
          "  convert FILE|DIR... --out DIR [--input-format F] [--map SPEC]",
          "                          write exports (or any inputs) as a canonical dataset",
          "                          folder with conversion-report.txt, streaming the rows",
          "  update DIR --with FILE [--deleted FILE]",
          "                          bring a canonical folder up to date from a newer export,",
          "                          with its revision history in DIR/revisions.csv",
          "  extract FILE|DIR... [--out DIR] [--date YYYY-MM-DD] [--publisher NAME]",
          "                          news text to a canonical dataset (CSV on stdout",
          "                          without --out)",
          "",
          "Options:",
          "  --help                  this text",
          "  --version               the version",
          "  --debug                 show the stack trace of an error",
          "",
          "Exit codes: 0 success, 1 data problems found, 2 usage error.",
          "Examples:",
          "  java -jar target/attack-stats-cli.jar report",
          "  java -jar target/attack-stats-cli.jar report --from 2023-10-17 --to 2023-11-21 --by country,month",
          "  java -jar target/attack-stats-cli.jar validate seeds/iraq-syria-2023");

  private Main() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs one command.
   *
   * @param args the arguments, command first
   * @param out where results go
   * @param err where errors and problems go, one line each
   * @return the exit code: 0 success, 1 data problems found, 2 usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    List<String> all = new ArrayList<>(Arrays.asList(args));
    boolean debug = all.remove("--debug");
    if (all.isEmpty()) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    List<String> rest = all.subList(1, all.size());
    try {
      switch (all.get(0)) {
        case "--help":
        case "-h":
        case "help":
          out.println(USAGE_TEXT);
          return OK;
        case "--version":
          out.println("attack-stats " + version());
          return OK;
        case "report":
          return report(rest, out, err);
        case "validate":
          return Validate.run(rest, out, err);
        case "convert":
          return Convert.run(rest, out, err);
        case "update":
          return Update.run(rest, out, err);
        case "extract":
          return Extract.run(rest, out, err);
        default:
          throw new UsageException("unknown command '" + all.get(0) + "'; expected report, validate, convert, update or extract (see --help)");
      }
    } catch (UsageException e) {
      return fail(err, e, debug, USAGE);
    } catch (DataFormatException | UncheckedIOException e) {
      return fail(err, e, debug, DATA_PROBLEMS);
    } catch (RuntimeException e) {
      // a bug or an unforeseen input: still one line unless --debug
      err.println("attack-stats: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
      if (debug) {
        e.printStackTrace(err);
      }
      return DATA_PROBLEMS;
    }
  }

  private static int fail(PrintStream err, RuntimeException e, boolean debug, int code) {
    err.println("attack-stats: " + e.getMessage());
    if (debug) {
      e.printStackTrace(err);
    }
    return code;
  }

  private static final String REPORT_HELP =
      String.join(
          "\n",
          "Usage: report [DIR|FILE...] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--country CC[,CC...]]",
          "              [--by GROUPING[,GROUPING...]] [--format table|csv|markdown]",
          "              [--input-format FORMAT] [--map SPEC|FILE] [input options]",
          "  Headline statistics of a canonical dataset folder or files; without arguments, of the",
          "  bundled seed dataset: attacks and responses by country, by month, by base and by method,",
          "  casualties, attacks against responses, and reported tallies against the data.",
          "  --from, --to  count over this period (inclusive); one alone is bounded by the data",
          "  --country     only these ISO 3166-1 alpha-2 countries",
          "  --by          one table crossing these groupings: country, month, week (ISO), day, year,",
          "                base, method, perpetrator, responder, admin1",
          "  --format      table (default), csv or markdown",
          Inputs.HELP,
          "Examples:",
          "  report",
          "  report seeds/iraq-syria-2023 --from 2023-10-17 --to 2023-11-21 --by country,month",
          "  report data/ --country IQ --by week --format csv");

  private static int report(List<String> argList, PrintStream out, PrintStream err) {
    Args args = new Args(argList, "report",
        Inputs.with(Set.of("from", "to", "country", "by", "format"), Inputs.VALUED), Inputs.with(Set.of("help"), Inputs.FLAGS));
    if (args.flag("help")) {
      out.println(REPORT_HELP);
      return OK;
    }
    // options first, so that a wrong one is told before a long load
    List<Country> countries = new ArrayList<>();
    for (String c : args.values("country")) {
      countries.add(Country.find(c).orElseThrow(() -> new UsageException(
          "invalid --country '" + c + "': expected an ISO 3166-1 alpha-2 code such as IQ or SY")));
    }
    List<Grouping<?>> groupings = new ArrayList<>();
    args.values("by").forEach(b -> groupings.add(Report.grouping(b)));
    Table.Format format = args.value("format").map(Table.Format::parse).orElse(Table.Format.TABLE);
    args.value("from").ifPresent(v -> date("--from", v));
    args.value("to").ifPresent(v -> date("--to", v));
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
    Optional<DateSpan> period = period(args, dataset);
    new Report(dataset, new Report.Options(period, countries, groupings, format)).print(name, out);
    if (loaded != null) {
      Inputs.leftOut(loaded, err);
    }
    if (loaded != null && !loaded.problems().isEmpty()) {
      err.printf(Locale.ROOT,
          "attack-stats: %d of %d rows could not be read and are not counted (%d problems); run validate for the list%n",
          loaded.rejected(), loaded.rowsRead(), loaded.problems().size());
      return DATA_PROBLEMS;
    }
    return OK;
  }

  private static Optional<DateSpan> period(Args args, Dataset dataset) {
    Optional<LocalDate> from = args.value("from").map(v -> date("--from", v));
    Optional<LocalDate> to = args.value("to").map(v -> date("--to", v));
    if (from.isEmpty() && to.isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = from.orElseGet(() -> dataset.incidents().stream().map(i -> i.date().start())
        .min(LocalDate::compareTo).orElse(to.get()));
    LocalDate end = to.orElseGet(() -> dataset.incidents().stream().map(i -> i.date().endInclusive())
        .max(LocalDate::compareTo).orElse(from.get()));
    if (end.isBefore(start)) {
      throw new UsageException("the period ends (" + end + ") before it starts (" + start + ")");
    }
    return Optional.of(DateSpan.of(start, end));
  }

  static LocalDate date(String option, String value) {
    try {
      LocalDate d = LocalDate.parse(value);
      if (d.isBefore(DateSpan.MIN) || d.isAfter(DateSpan.MAX)) {
        throw new DateTimeParseException("out of range", value, 0);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new UsageException("invalid " + option + " '" + value
          + "': expected a date yyyy-MM-dd between 0001-01-01 and 9999-12-31, such as 2023-10-17");
    }
  }

  static Charset charset(Args args) {
    String name = args.value("charset").orElse("UTF-8");
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException("invalid --charset '" + name + "': expected a character set such as UTF-8 or windows-1252");
    }
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }
}
