package org.attackstats.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attackstats.csv.DataProblem;
import org.attackstats.csv.LoadReport;

/** The {@code validate} command: every problem and warning of the inputs, and the account. */
final class Validate {
  private Validate() {}

  static final String HELP =
      String.join(
          "\n",
          "Usage: validate DIR|FILE... [--input-format FORMAT] [--map SPEC|FILE] [options]",
          "  Lists every problem (file, line, column, value, reason) of canonical folders or files,",
          "  of ACLED, GTD, UCDP GED or GDELT exports or folders of them, of mapped tables, or of text;",
          "  then every warning (rows kept with a repair), and a summary. Exit code 1 if a row was",
          "  rejected or a file could not be read; warnings and rows left out as not incidents are",
          "  not problems.",
          Inputs.HELP,
          "Examples:",
          "  validate seeds/iraq-syria-2023",
          "  validate acled-export.csv");

  static int run(List<String> argList, PrintStream out, PrintStream err) {
    Args args = new Args(argList, "validate", Inputs.VALUED, Inputs.with(Set.of("help"), Inputs.FLAGS));
    if (args.flag("help")) {
      out.println(HELP);
      return Main.OK;
    }
    if (args.positional.isEmpty()) {
      throw new UsageException("validate needs a dataset folder or files (see validate --help)");
    }
    LoadReport r = Inputs.load(args, err).report();
    for (DataProblem p : r.problems()) {
      out.println(p);
    }
    for (DataProblem w : r.warnings()) {
      out.println("warning: " + w);
    }
    if (r.warningsNotListed() > 0) {
      out.printf(Locale.ROOT, "and %d more warnings%n", r.warningsNotListed());
    }
    r.leftOutByReason().forEach((k, v) -> out.printf(Locale.ROOT, "left out: %s: %d%n", k, v));
    out.printf(
        Locale.ROOT,
        "%d rows read: %d accepted, %d rejected; %d problems; %d left out as not incidents, %d warnings%n",
        r.rowsRead(), r.accepted(), r.rejected(), r.problems().size(), r.leftOut(), r.warningCount());
    return r.problems().isEmpty() ? Main.OK : Main.DATA_PROBLEMS;
  }
}
