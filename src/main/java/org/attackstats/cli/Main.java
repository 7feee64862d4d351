package org.attackstats.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.csv.DataFormatException;
import org.attackstats.csv.DataProblem;
import org.attackstats.csv.LoadResult;
import org.attackstats.csv.ReadOptions;
import org.attackstats.dataset.Dataset;

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
          "  report [DIR|FILE...]    headline statistics of a canonical dataset;",
          "                          without arguments, of the bundled seed dataset",
          "  validate DIR|FILE...    list every problem in canonical CSV files",
          "",
          "Options:",
          "  --help                  this text",
          "  --version               the version",
          "",
          "Exit codes: 0 success, 1 data problems found, 2 usage error.",
          "Examples:",
          "  java -jar target/attack-stats-cli.jar report",
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
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      switch (args[0]) {
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
          return validate(rest, out, err);
        default:
          err.println("attack-stats: unknown command '" + args[0] + "'; expected report or validate (see --help)");
          return USAGE;
      }
    } catch (DataFormatException e) {
      err.println("attack-stats: " + e.getMessage());
      return DATA_PROBLEMS;
    } catch (UncheckedIOException e) {
      err.println("attack-stats: " + e.getMessage());
      return DATA_PROBLEMS;
    }
  }

  private static int report(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help")) {
      out.println("Usage: report [DIR|FILE...]\n  Headline statistics of a canonical dataset folder or files;"
          + " without arguments, of the bundled seed dataset.");
      return OK;
    }
    Integer bad = checkPaths(args, err);
    if (bad != null) {
      return bad;
    }
    Dataset dataset;
    String name;
    if (args.isEmpty()) {
      dataset = CanonicalCsv.seedDataset();
      name = "bundled seed dataset (Iraq and Syria, 17 Oct - 21 Nov 2023)";
    } else {
      dataset = load(args, ReadOptions.strict()).dataset();
      name = String.join(" ", args);
    }
    Report.print(dataset, name, out);
    return OK;
  }

  private static int validate(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help")) {
      out.println("Usage: validate DIR|FILE...\n  Lists every problem (file, line, column, value, reason)"
          + " and a summary; exit code 1 if any.");
      return OK;
    }
    if (args.isEmpty()) {
      err.println("attack-stats: validate needs a dataset folder or files (see validate --help)");
      return USAGE;
    }
    Integer bad = checkPaths(args, err);
    if (bad != null) {
      return bad;
    }
    LoadResult r = load(args, ReadOptions.lenient());
    for (DataProblem p : r.problems()) {
      out.println(p);
    }
    out.printf(
        java.util.Locale.ROOT,
        "%d rows read: %d accepted, %d rejected; %d problems%n",
        r.rowsRead(), r.accepted(), r.rejected(), r.problems().size());
    return r.hasProblems() ? DATA_PROBLEMS : OK;
  }

  private static Integer checkPaths(List<String> args, PrintStream err) {
    for (String a : args) {
      if (a.startsWith("--")) {
        err.println("attack-stats: unknown option '" + a + "' (see --help)");
        return USAGE;
      }
      if (!Files.exists(Path.of(a))) {
        err.println("attack-stats: no such file or folder: " + a);
        return USAGE;
      }
    }
    return null;
  }

  private static LoadResult load(List<String> args, ReadOptions options) {
    if (args.size() == 1) {
      return CanonicalCsv.read(Path.of(args.get(0)), options);
    }
    List<Path> files = new ArrayList<>();
    args.forEach(a -> files.add(Path.of(a)));
    return CanonicalCsv.read(files, options);
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }
}
