package org.attackstats.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.csv.DataProblem;
import org.attackstats.csv.Conversion;
import org.attackstats.csv.ConversionReport;
import org.attackstats.csv.ExternalFormat;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Response;

/** The {@code convert} command: third-party exports to a canonical dataset folder and a report. */
final class Convert {
  private Convert() {}

  static final String HELP =
      String.join(
          "\n",
          "Usage: convert --from acled|acled-legacy|acled-json|gtd|ucdp|auto FILE... --out DIR [--charset NAME]",
          "  Reads ACLED, GTD or UCDP GED exports (auto: told apart by their headers) and writes the",
          "  canonical dataset folder DIR (attacks.csv, responses.csv, bases.csv, tallies.csv) with",
          "  conversion-report.txt: rows read, records made, problems by reason, every problem,",
          "  unrecognised values and columns. Rows that cannot be converted are reported, not",
          "  dropped silently; the exit code is then 1. Rows whose acting side is the United States",
          "  become responses, the others attacks (see docs/formats.md). --charset gives the files'",
          "  character set (default UTF-8; GTD CSV files are often windows-1252).",
          "Example:",
          "  convert --from acled 2023-iraq-syria.csv --out data/acled");

  static int run(List<String> argList, PrintStream out) {
    Args args = new Args(argList, "convert", Set.of("from", "out", "charset"), Set.of("help"));
    if (args.flag("help")) {
      out.println(HELP);
      return Main.OK;
    }
    if (args.positional.isEmpty()) {
      throw new UsageException("convert needs at least one file (see convert --help)");
    }
    Path outDir = Path.of(args.value("out").orElseThrow(() -> new UsageException("convert needs --out DIR (see convert --help)")));
    String from = args.value("from").orElse("auto");
    ExternalFormat format;
    try {
      format = from.equalsIgnoreCase("auto") ? null : ExternalFormat.parse(from);
    } catch (IllegalArgumentException e) {
      throw new UsageException("invalid --from '" + from
          + "': expected one of acled, acled-legacy, acled-json, gtd, ucdp (or ucdp-ged), auto");
    }
    for (String f : args.positional) {
      if (!Files.isRegularFile(Path.of(f))) {
        throw new UsageException("no such file: " + f);
      }
    }
    Dataset.Builder all = Dataset.builder();
    List<ConversionReport> reports = new ArrayList<>();
    List<DataProblem> duplicates = new ArrayList<>();
    for (String f : args.positional) {
      Conversion c = Inputs.convert(Path.of(f), format, Main.charset(args));
      reports.add(c.report());
      for (Attack a : c.dataset().attacks()) {
        Inputs.addOrReport(all.problemsWith(a), () -> all.add(a), f, duplicates);
      }
      for (Response r : c.dataset().responses()) {
        Inputs.addOrReport(all.problemsWith(r), () -> all.add(r), f, duplicates);
      }
    }
    Dataset dataset = all.build();
    CanonicalCsv.write(dataset, outDir);
    String report = report(reports, duplicates, dataset, outDir);
    try {
      Files.writeString(outDir.resolve("conversion-report.txt"), report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the conversion report in " + outDir + ": " + e.getMessage(), e);
    }
    out.print(report);
    boolean problems = !duplicates.isEmpty() || reports.stream().anyMatch(r -> r.rejected() > 0);
    return problems ? Main.DATA_PROBLEMS : Main.OK;
  }

  static String report(List<ConversionReport> reports, List<DataProblem> duplicates, Dataset dataset, Path outDir) {
    StringBuilder sb = new StringBuilder();
    long read = 0;
    long rejected = duplicates.size();
    for (ConversionReport r : reports) {
      read += r.rowsRead();
      rejected += r.rejected();
      sb.append(String.format(Locale.ROOT, "%s (%s): %d rows read, %d attacks, %d responses, %d rejected%n",
          r.file(), r.format().datasetName(), r.rowsRead(), r.attacks(), r.responses(), r.rejected()));
      r.problemsByReason().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  problems: %s: %d%n", k, v)));
      for (Map.Entry<String, java.util.SortedMap<String, Long>> e : r.unknownValues().entrySet()) {
        sb.append("  unrecognised values in ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
      }
      if (!r.unknownColumns().isEmpty()) {
        sb.append("  columns kept as extras without a documented meaning: ").append(r.unknownColumns()).append('\n');
      }
      r.problems().forEach(p -> sb.append("  ").append(p).append('\n'));
    }
    duplicates.forEach(p -> sb.append("  ").append(p).append('\n'));
    sb.append(String.format(Locale.ROOT,
        "%d rows read: %d attacks and %d responses written to %s, %d rejected%n",
        read, dataset.attacks().size(), dataset.responses().size(), outDir, rejected));
    return sb.toString();
  }
}
