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
import java.util.Set;
import org.attackstats.csv.DataFormatException;
import org.attackstats.model.DateSpan;

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
          "                          ACLED, GTD, UCDP GED or GDELT exports, or of news text;",
          "                          without arguments, of the bundled seed dataset",
          "                          --since YYYY-MM-DD --until YYYY-MM-DD --country IQ,SY",
          "                          --by country|month|week|day|year|base|method|perpetrator|...",
          "                          (combinable: --by country,month)",
          "                          --format table|markdown|csv|json|html [--out FILE]",
          "  validate DIR|FILE...    list every problem and warning of canonical CSV files,",
          "                          ACLED, GTD, UCDP GED or GDELT exports, mapped tables or text",
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
          "  java -jar target/attack-stats-cli.jar report --since 2023-10-17 --until 2023-11-21 --by country,month",
          "  java -jar target/attack-stats-cli.jar report --format html --out report.html",
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
          return Report.run(rest, out, err);
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
