package org.attackstats.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.attackstats.csv.CanonicalCsv;
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
    List<NewsDocument> docs = new ArrayList<>();
    java.util.Map<String, Path> ids = new java.util.HashMap<>();
    for (Path f : textFiles(paths)) {
      String text = read(f);
      String id = f.getFileName().toString();
      Path other = ids.putIfAbsent(id, f);
      if (other != null) {
        throw new UsageException("two reports have the file name " + id + " (" + other + " and " + f
            + "); records cite their document by file name, so rename one");
      }
      if (hasHeader(text)) {
        try {
          docs.add(NewsDocument.parse(id, text));
        } catch (IllegalArgumentException e) {
          throw new org.attackstats.csv.DataFormatException(
              new org.attackstats.csv.DataProblem(f.toString(), 1, 0, "", "", e.getMessage()));
        }
      } else if (date.isPresent()) {
        docs.add(NewsDocument.of(id, date.get(), publisher.orElse(null), text));
      } else {
        throw new UsageException(f + " has no header line ' date yyyy-MM-dd Publisher/'; give its publication"
            + " date with --date yyyy-MM-dd");
      }
    }
    try {
      return Extractor.withDefaults().extract(docs);
    } catch (IllegalArgumentException e) {
      // a document over the extractor's limits: a data problem, not an internal error
      throw new org.attackstats.csv.DataFormatException(
          new org.attackstats.csv.DataProblem(String.join(" ", paths), 0, 0, "", "", e.getMessage()));
    }
  }

  static List<Path> textFiles(List<String> paths) {
    List<Path> files = new ArrayList<>();
    for (String p : paths) {
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        try (Stream<Path> s = Files.list(path)) {
          s.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new UsageException("no such file or folder: " + p);
      }
    }
    return files;
  }

  private static boolean hasHeader(String text) {
    return text.stripLeading().replace("\uFEFF", "").matches("(?s)date\\s+\\d{4}-\\d{2}-\\d{2}.*");
  }

  private static String read(Path f) {
    try {
      if (Files.size(f) > 4L * Extractor.DEFAULT_MAX_TEXT_LENGTH) {
        throw new org.attackstats.csv.DataFormatException(
            new org.attackstats.csv.DataProblem(f.toString(), 0, 0, "", "",
                "more than " + Extractor.DEFAULT_MAX_TEXT_LENGTH + " characters of text, the extractor's limit"));
      }
      byte[] bytes = Files.readAllBytes(f);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException(f + " is not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }
}
