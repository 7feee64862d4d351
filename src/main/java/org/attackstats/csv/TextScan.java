package org.attackstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Source;
import org.attackstats.text.Extraction;
import org.attackstats.text.Extractor;
import org.attackstats.text.NewsDocument;

/**
 * The records extracted from one news report. All the reports of a load are read and extracted
 * together (record ids are numbered across them) by a shared {@link Batch}; each report's records
 * are then its rows: bases, attacks, responses, tallies, each at the line of its quote.
 */
final class TextScan extends FileScan {

  /** The header line of a dated report: {@code  date 2023-11-21 Publisher/ ...}. */
  private static final Pattern HEADER = Pattern.compile("\\s*\uFEFF?\\s*date\\s+\\d{4}-\\d{2}-\\d{2}");

  private final Batch batch;
  private List<Outcome> rows;
  private int next;

  TextScan(Unit unit, ReadOptions options, Batch batch) {
    super(unit, options);
    this.batch = batch;
  }

  @Override
  void open() {
    rows = batch.rows(unit);
  }

  @Override
  Outcome next() {
    return next < rows.size() ? rows.get(next++) : null;
  }

  @Override
  long bytesRead() {
    return batch.length(unit);
  }

  @Override
  public void close() {}

  /**
   * The news document of a text unit: UTF-8 text within the extractor's limit, dated by its
   * header line or by {@link ReadOptions#textDate()}.
   *
   * @throws DataFormatException if it cannot be read as a dated report
   */
  static NewsDocument document(Unit unit, ReadOptions options) {
    String text;
    try (InputStream in = unit.opener.open(); Reader r = TextReader.utf8(in)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      long limit = 4L * Extractor.DEFAULT_MAX_TEXT_LENGTH;
      for (int n; (n = r.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
        if (sb.length() > limit) {
          throw fault(unit, 0, "more than " + limit + " characters of text, beyond what the extractor reads");
        }
      }
      text = sb.toString();
    } catch (TextReader.InvalidTextException e) {
      throw fault(unit, e.line, "is not valid UTF-8 text (news text is read as UTF-8)");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + unit.file + ": " + e.getMessage(), e);
    }
    if (HEADER.matcher(text).lookingAt()) {
      try {
        return NewsDocument.parse(unit.document, text);
      } catch (IllegalArgumentException e) {
        throw fault(unit, 1, e.getMessage());
      }
    }
    if (options.textDate().isPresent()) {
      return NewsDocument.of(unit.document, options.textDate().get(), options.textPublisher().orElse(null), text);
    }
    throw fault(unit, 1, "has no header line ' date yyyy-MM-dd Publisher/'; give its publication date with"
        + " --date yyyy-MM-dd on the command line (ReadOptions.textDate)");
  }

  private static DataFormatException fault(Unit unit, long line, String reason) {
    return new DataFormatException(new DataProblem(unit.file, line, 0, "", "", Messages.bounded(reason)));
  }

  /** The text units of one load, read and extracted together on first use. */
  static final class Batch {
    private final List<Unit> units;
    private final ReadOptions options;
    private final Map<Unit, DataFormatException> faults = new HashMap<>();
    private final Map<Unit, List<Outcome>> rows = new HashMap<>();
    private final Map<Unit, Long> lengths = new HashMap<>();
    private boolean done;

    Batch(List<Unit> units, ReadOptions options) {
      this.units = units;
      this.options = options;
    }

    List<Outcome> rows(Unit unit) {
      if (!done) {
        extract();
        done = true;
      }
      DataFormatException fault = faults.get(unit);
      if (fault != null) {
        throw fault;
      }
      return rows.getOrDefault(unit, List.of());
    }

    long length(Unit unit) {
      return lengths.getOrDefault(unit, 0L);
    }

    private void extract() {
      Map<String, Unit> byId = new LinkedHashMap<>();
      Map<String, NewsDocument> docs = new LinkedHashMap<>();
      for (Unit u : units) {
        try {
          NewsDocument d = document(u, options);
          docs.put(d.id(), d);
          byId.put(d.id(), u);
          lengths.put(u, (long) d.text().length());
        } catch (DataFormatException e) {
          faults.put(u, e);
        }
      }
      Extractor extractor = options.extractor().orElseGet(Extractor::withDefaults);
      Extraction x;
      try {
        x = extractor.extract(new ArrayList<>(docs.values()));
      } catch (IllegalArgumentException e) {
        // a document the extractor refuses (over its length limit): find it, extract the others
        for (NewsDocument d : List.copyOf(docs.values())) {
          try {
            extractor.extract(d);
          } catch (IllegalArgumentException refused) {
            faults.put(byId.get(d.id()), fault(byId.get(d.id()), 0, refused.getMessage()));
            docs.remove(d.id());
          }
        }
        x = extractor.extract(new ArrayList<>(docs.values()));
      }
      Dataset d = x.dataset();
      Map<String, long[]> lines = new HashMap<>();
      docs.values().forEach(doc -> lines.put(doc.id(), lineStarts(doc.text())));
      String first = docs.isEmpty() ? null : docs.keySet().iterator().next();
      d.bases().forEach(b -> add(b, b.source(), byId, lines, first));
      d.attacks().forEach(a -> add(a, a.source(), byId, lines, first));
      d.responses().forEach(r -> add(r, r.source(), byId, lines, first));
      d.tallies().forEach(t -> add(t, t.source(), byId, lines, first));
    }

    private void add(Object record, Source source, Map<String, Unit> byId, Map<String, long[]> lines, String first) {
      String doc = source.document().filter(byId::containsKey).orElse(first);
      Unit u = byId.get(doc);
      List<Outcome> list = rows.computeIfAbsent(u, k -> new ArrayList<>());
      long line = source.quoteStart().isPresent() ? line(lines.get(doc), source.quoteStart().getAsInt()) : 0;
      list.add(Outcome.record(record, line, list.size() + 1, List.of()));
    }

    private static long[] lineStarts(String text) {
      long[] starts = new long[16];
      int n = 0;
      starts[n++] = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = i + 1;
        }
      }
      return Arrays.copyOf(starts, n);
    }

    private static long line(long[] starts, int offset) {
      int i = Arrays.binarySearch(starts, offset);
      return (i >= 0 ? i : -i - 2) + 1;
    }
  }
}
