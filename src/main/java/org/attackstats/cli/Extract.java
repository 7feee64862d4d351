package org.attackstats.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.csv.DataFormatException;
import org.attackstats.csv.DataProblem;
import org.attackstats.csv.Input;
import org.attackstats.csv.InputFormat;
import org.attackstats.csv.Loader;
import org.attackstats.csv.ReadOptions;
import org.attackstats.csv.WriteOptions;
import org.attackstats.dataset.RecordType;
import org.attackstats.text.DocumentReport;
import org.attackstats.text.Extraction;
import org.attackstats.text.Extractor;
import org.attackstats.text.NewsDocument;

/** The {@code extract} command: news text to a canonical dataset. */
final class Extract {
  private Extract() {}

  static final String HELP =
      String.join(
          "\n",
          "Usage: extract FILE|DIR... [--out DIR] [--date YYYY-MM-DD] [--publisher NAME]",
          "  Reads news reports (UTF-8 text; a folder means every .txt file in it) and extracts",
          "  attacks, responses and reported tallies, each with the sentence it rests on. A file",
          "  may start with a header line ' date 2023-11-21 Publisher/ ...' giving its date and",
          "  publisher; otherwise --date (and --publisher) give them. Writes the canonical dataset",
          "  folder DIR, or, without --out, the four CSV tables on standard output, each after a",
          "  line '# attacks.csv' etc. A line per document on standard error says what was found.",
          "Examples:",
          "  extract seeds/000_cc793dff6a0669b7.txt --out data/seed",
          "  extract reports/ --date 2024-01-28 --publisher AP");

  static int run(List<String> argList, PrintStream out, PrintStream err) {
    Args args = new Args(argList, "extract", Set.of("out", "date", "publisher"), Set.of("help"));
    if (args.flag("help")) {
      out.println(HELP);
      return Main.OK;
    }
    if (args.positional.isEmpty()) {
      throw new UsageException("extract needs at least one text file or folder (see extract --help)");
    }
    Extraction x = extract(args.positional, args.value("date").map(v -> Main.date("--date", v)), args.value("publisher"));
    for (DocumentReport r : x.reports()) {
      err.printf(Locale.ROOT, "%s: %d sentences, %d attacks, %d responses, %d tallies%n",
          r.documentId(), r.sentences(), r.attacks(), r.responses(), r.tallies());
    }
    Optional<String> outDir = args.value("out");
    if (outDir.isPresent()) {
      CanonicalCsv.write(x.dataset(), Path.of(outDir.get()));
    } else {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      try {
        for (RecordType t : RecordType.values()) {
          w.write("# " + t.fileName() + "\n");
          CanonicalCsv.write(x.dataset(), t, w, WriteOptions.defaults());
          w.write("\n");
        }
        w.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Main.OK;
  }

  /** Extracts every named text file, and every .txt file of every named folder, in one pass. */
  static Extraction extract(List<String> paths, Optional<LocalDate> date, Optional<String> publisher) {
    List<Input> inputs = new ArrayList<>();
    paths.forEach(p -> inputs.add(Input.of(Path.of(p), InputFormat.TEXT)));
    ReadOptions options =
        ReadOptions.strict().toBuilder().textDate(date.orElse(null)).textPublisher(publisher.orElse(null)).build();
    List<NewsDocument> docs = Inputs.call(() -> Loader.documents(inputs, options));
    try {
      return Extractor.withDefaults().extract(docs);
    } catch (IllegalArgumentException e) {
      // a document over the extractor's limits: a data problem, not an internal error
      throw new DataFormatException(new DataProblem(String.join(" ", paths), 0, 0, "", "", e.getMessage()));
    }
  }
}
