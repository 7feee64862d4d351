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
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
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
          "               [--countries CC,CC] [--since YYYY-MM-DD] [--until YYYY-MM-DD]",
          "               [--responders NAME,NAME] [--undated-days N]",
          "  Reads news reports (UTF-8 text; a folder means every .txt file in it) and extracts",
          "  attacks, responses and reported tallies, each with the sentence it rests on. A file",
          "  may start with a header line ' date 2023-11-21 Publisher/ ...' giving its date and",
          "  publisher; otherwise --date (and --publisher) give them. Writes the canonical dataset",
          "  folder DIR, or, without --out, the four CSV tables on standard output, each after a",
          "  line '# attacks.csv' etc. A line per document on standard error says what was found.",
          "  Every country and date is read unless --countries (ISO 3166-1 alpha-2 codes) or",
          "  --since/--until narrow the scope; what falls outside is noted on standard error.",
          "  --responders names the actors whose strikes are responses (gazetteer names; default",
          "  'United States,Coalition'; 'none' makes every incident an attack). --undated-days is",
          "  the span given to an incident whose text states no date (default 7 days up to",
          "  publication).",
          "Examples:",
          "  extract seeds/000_cc793dff6a0669b7.txt --out data/seed",
          "  extract reports/ --date 2024-01-28 --publisher AP --countries IQ,SY",
          "  extract releases/ --responders 'United States,Coalition,United Kingdom'");

  static int run(List<String> argList, PrintStream out, PrintStream err) {
    Args args = new Args(argList, "extract", Set.of("out", "date", "publisher", "countries",
        "since", "until", "responders", "undated-days"), Set.of("help"));
    if (args.flag("help")) {
      out.println(HELP);
      return Main.OK;
    }
    if (args.positional.isEmpty()) {
      throw new UsageException("extract needs at least one text file or folder (see extract --help)");
    }
    Extractor extractor = extractor(args);
    Extraction x = extract(extractor, args.positional,
        args.value("date").map(v -> Main.date("--date", v)), args.value("publisher"));
    for (DocumentReport r : x.reports()) {
      err.printf(Locale.ROOT, "%s: %d sentences, %d attacks, %d responses, %d tallies%n",
          r.documentId(), r.sentences(), r.attacks(), r.responses(), r.tallies());
      for (String n : r.notes()) {
        if (n.contains("outside the scope") || n.contains("outside the period")) {
          err.println("  " + n);
        }
      }
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

  /** The extractor the options ask for, every option checked before any file is read. */
  static Extractor extractor(Args args) {
    Extractor.Builder b = Extractor.builder();
    List<Country> countries = new ArrayList<>();
    for (String c : args.values("countries")) {
      Optional<Country> country = Country.find(c.strip().toUpperCase(Locale.ROOT));
      if (country.isEmpty()) {
        throw new UsageException("--countries: unknown country code '" + c
            + "'; expected ISO 3166-1 alpha-2 codes separated by commas, for example IQ,SY");
      }
      countries.add(country.get());
    }
    b.countries(countries);
    Optional<LocalDate> since = args.value("since").map(v -> Main.date("--since", v));
    Optional<LocalDate> until = args.value("until").map(v -> Main.date("--until", v));
    if (since.isPresent() || until.isPresent()) {
      LocalDate from = since.orElse(DateSpan.MIN);
      LocalDate to = until.orElse(DateSpan.MAX);
      if (to.isBefore(from)) {
        throw new UsageException("--until " + to + " is before --since " + from);
      }
      b.period(DateSpan.of(from, to));
    }
    if (args.value("responders").isPresent()) {
      List<String> names = args.values("responders");
      b.responders(names.size() == 1 && names.get(0).strip().equalsIgnoreCase("none")
          ? List.of() : names.stream().map(String::strip).toList());
    }
    if (args.value("undated-days").isPresent()) {
      String v = args.value("undated-days").get();
      try {
        b.undatedDays(Integer.parseInt(v.strip()));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--undated-days: '" + v + "' is not a number of days from 0 to 36500");
      }
    }
    return b.build();
  }

  /** Extracts every named text file, and every .txt file of every named folder, in one pass. */
  static Extraction extract(List<String> paths, Optional<LocalDate> date, Optional<String> publisher) {
    return extract(Extractor.withDefaults(), paths, date, publisher);
  }

  /** Extracts with the given extractor. */
  static Extraction extract(Extractor extractor, List<String> paths, Optional<LocalDate> date,
      Optional<String> publisher) {
    List<Input> inputs = new ArrayList<>();
    paths.forEach(p -> inputs.add(Input.of(Path.of(p), InputFormat.TEXT)));
    ReadOptions options =
        ReadOptions.strict().toBuilder().textDate(date.orElse(null)).textPublisher(publisher.orElse(null)).build();
    List<NewsDocument> docs = Inputs.call(() -> Loader.documents(inputs, options));
    try {
      return extractor.extract(docs);
    } catch (IllegalArgumentException e) {
      // a document over the extractor's limits: a data problem, not an internal error
      throw new DataFormatException(new DataProblem(String.join(" ", paths), 0, 0, "", "", e.getMessage()));
    }
  }
}
