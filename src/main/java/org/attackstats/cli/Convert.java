package org.attackstats.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.attackstats.csv.DataProblem;
import org.attackstats.csv.FileReport;
import org.attackstats.csv.LoadReport;
import org.attackstats.csv.Loader;
import org.attackstats.csv.ReadOptions;
import org.attackstats.csv.ReadProgress;
import org.attackstats.csv.WriteOptions;

/** The {@code convert} command: exports (any inputs) to a canonical dataset folder and a report. */
final class Convert {
  private Convert() {}

  static final String HELP =
      String.join(
          "\n",
          "Usage: convert FILE|DIR... --out DIR [--input-format FORMAT] [--map SPEC|FILE] [options]",
          "  Reads ACLED, GTD, UCDP GED or GDELT exports (told apart by their content unless --input-format",
          "  says), folders of them, tables through a column mapping, canonical folders or news text,",
          "  and writes the canonical dataset folder DIR (attacks.csv, responses.csv, bases.csv,",
          "  tallies.csv) with conversion-report.txt: per file the rows read, records made, rows left",
          "  out as not incidents (by reason), rows rejected (by reason, each with its problem),",
          "  warnings about rows kept with a repair, unrecognised values and columns. Rows are",
          "  streamed: memory does not grow with the file but for the ids. The exit code is 1 if a",
          "  row was rejected. Rows whose acting side is the United States become responses, the",
          "  others attacks (see docs/formats.md). --from FORMAT is an old spelling of --input-format.",
          Inputs.HELP,
          "Examples:",
          "  convert 2023-iraq-syria.csv --out data/acled",
          "  convert exports/ --out data/all",
          "  convert strikes.csv --map date=day,country=country_name,killed=deaths --out data/strikes");

  static int run(List<String> argList, PrintStream out, PrintStream err) {
    Args args = new Args(deprecatedFrom(argList, err), "convert", Inputs.with(Set.of("out"), Inputs.VALUED),
        Inputs.with(Set.of("help"), Inputs.FLAGS));
    if (args.flag("help")) {
      out.println(HELP);
      return Main.OK;
    }
    if (args.positional.isEmpty()) {
      throw new UsageException("convert needs at least one file or folder (see convert --help)");
    }
    Path outDir = Path.of(args.value("out").orElseThrow(() -> new UsageException("convert needs --out DIR (see convert --help)")));
    ProgressLine progress = Inputs.progress(args, err);
    ReadOptions options = Inputs.options(args, ReadOptions.lenient(), progress == null ? ReadProgress.NONE : progress);
    List<org.attackstats.csv.Input> inputs = Inputs.inputs(args.positional, args);
    LoadReport r;
    try {
      r = Inputs.call(() -> Loader.convert(inputs, outDir, options, WriteOptions.defaults()));
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
    String report = report(r, outDir);
    writeReport(outDir, report);
    out.print(report);
    return r.rejected() > 0 || r.hasProblems() ? Main.DATA_PROBLEMS : Main.OK;
  }

  /** The arguments with the old spelling {@code --from FORMAT} as {@code --input-format FORMAT}. */
  private static List<String> deprecatedFrom(List<String> argList, PrintStream err) {
    List<String> renamed = new ArrayList<>();
    boolean optionsEnded = false;
    boolean noted = false;
    for (String a : argList) {
      optionsEnded |= a.equals("--"); // file names follow
      if (!optionsEnded && (a.equals("--from") || a.startsWith("--from="))) {
        if (!noted) {
          err.println("attack-stats: note: convert --from is deprecated; use --input-format");
          noted = true;
        }
        a = "--input-format" + a.substring("--from".length());
      }
      renamed.add(a);
    }
    return renamed;
  }

  /** The conversion report, written beside the dataset: replaced whole, never half written. */
  private static void writeReport(Path dir, String report) {
    Path target = dir.resolve("conversion-report.txt");
    Path tmp = dir.resolve(".conversion-report.txt.tmp");
    try {
      Files.writeString(tmp, report, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the conversion report in " + dir + ": " + e.getMessage(), e);
    }
  }

  static String report(LoadReport r, Path outDir) {
    StringBuilder sb = new StringBuilder();
    for (FileReport f : r.files()) {
      sb.append(String.format(Locale.ROOT, "%s (%s): %d rows read, %d accepted, %d left out, %d rejected, %d warnings%n",
          f.file(), f.format(), f.rowsRead(), f.accepted(), f.leftOutCount(), f.rejected(), f.warningCount()));
      counts(sb, "left out", f.leftOut());
      counts(sb, "rejected", f.rejectedByReason());
      counts(sb, "warnings", f.warnings());
      for (Map.Entry<String, SortedMap<String, Long>> e : f.unknownValues().entrySet()) {
        sb.append("  unrecognised values in ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
      }
      if (!f.unknownColumns().isEmpty()) {
        sb.append("  columns kept as extras without a documented meaning: ").append(f.unknownColumns()).append('\n');
      }
    }
    for (DataProblem p : r.problems()) {
      sb.append("  ").append(p).append('\n');
    }
    for (DataProblem w : r.warnings()) {
      sb.append("  warning: ").append(w).append('\n');
    }
    if (r.warningsNotListed() > 0) {
      sb.append(String.format(Locale.ROOT, "  and %d more warnings%n", r.warningsNotListed()));
    }
    sb.append(String.format(Locale.ROOT,
        "%d rows read: %d records written to %s, %d left out as not incidents, %d rejected; %d problems, %d warnings%n",
        r.rowsRead(), r.accepted(), outDir, r.leftOut(), r.rejected(), r.problems().size(), r.warningCount()));
    return sb.toString();
  }

  private static void counts(StringBuilder sb, String what, SortedMap<String, Long> counts) {
    counts.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %s: %s: %d%n", what, k, v)));
  }
}
