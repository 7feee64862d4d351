package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.RecordType;

/**
 * The laws every read of arbitrary bytes must obey, shared by the fuzz tests and the property
 * tests: only {@link DataFormatException} escapes, naming the file; in lenient mode every row read
 * is accepted or rejected with a problem; what loads writes and reads back to an equal dataset.
 */
final class CsvChecks {
  static final String FILE = "in.csv";
  /** Small limits, so that generated inputs reach them. */
  static final ReadOptions SMALL_LIMITS =
      ReadOptions.lenient().toBuilder().maxCellLength(64).maxColumns(40).build();

  private CsvChecks() {}

  /** Tables held in memory, read as one dataset in the loader's order. */
  static LoadResult read(java.util.Map<RecordType, byte[]> tables, ReadOptions options) {
    List<Input> inputs = new java.util.ArrayList<>();
    tables.forEach((t, bytes) -> inputs.add(Input.of(t.fileName(), bytes, InputFormat.canonical(t))));
    return Loader.read(inputs, options);
  }

  /** The canonical table a file report is about, by its format. */
  static RecordType table(FileReport f) {
    for (RecordType t : RecordType.values()) {
      if (f.format().equals(InputFormat.canonical(t).toString())) {
        return t;
      }
    }
    throw new AssertionError("not a canonical table: " + f);
  }

  /** What the tests compare of a file report: name, format, rows read, accepted, left out, rejected. */
  static List<Object> counts(FileReport f) {
    return List.of(f.file(), f.format(), f.rowsRead(), f.accepted(), f.leftOutCount(), f.rejected());
  }

  static LoadResult read(byte[] bytes, RecordType type, ReadOptions options) {
    return Loader.read(List.of(Input.of(FILE, bytes, InputFormat.canonical(type))), options);
  }

  /**
   * Reads the bytes strictly; if that succeeds, lenient reading gives the same dataset with no
   * problem, and the dataset survives a write and read; if it throws, the problem names the file.
   */
  static void strict(byte[] bytes, RecordType type) {
    LoadResult strict;
    try {
      strict = read(bytes, type, ReadOptions.strict());
    } catch (DataFormatException e) {
      located(e.problem());
      assertTrue(e.getMessage().startsWith(FILE), e.getMessage());
      return;
    }
    assertFalse(strict.report().hasProblems());
    LoadResult lenient = read(bytes, type, ReadOptions.lenient());
    assertEquals(strict.dataset(), lenient.dataset());
    assertEquals(strict.report().files(), lenient.report().files());
    assertFalse(lenient.report().hasProblems(), lenient.report().problems()::toString);
    roundTrip(strict.dataset(), type);
  }

  /**
   * Reads the bytes leniently: each row read is accepted (a record of the dataset) or rejected
   * (a row problem naming its line and record); a fault that stops the file is one more problem.
   * Returns the result, or null when the file as a whole was refused.
   */
  static LoadResult lenient(byte[] bytes, RecordType type, ReadOptions options) {
    LoadResult r;
    try {
      r = read(bytes, type, options);
    } catch (DataFormatException e) {
      // the row limit is thrown in every mode
      located(e.problem());
      return null;
    }
    assertEquals(1, r.report().files().size());
    FileReport report = r.report().files().get(0);
    assertEquals(report.rowsRead(), report.accepted() + report.rejected());
    assertEquals(report.accepted(), size(r.dataset(), type));
    // record 1 is the header: a header problem rejects the whole file, but no row
    long rowProblems = r.report().problems().stream().filter(p -> p.record() > 1).count();
    assertEquals(report.rejected(), rowProblems, r.report().problems()::toString);
    assertTrue(r.report().problems().size() - rowProblems <= 1, r.report().problems()::toString);
    for (DataProblem p : r.report().problems()) {
      located(p);
      if (p.record() > 0) {
        assertTrue(p.line() >= p.record(), p::toString);
      } else {
        assertTrue(p.reason().contains("the rest of the file was not read")
            || p.reason().startsWith("file is empty"), p::toString);
      }
    }
    return r;
  }

  /**
   * The limiting filter passes text with no cell or row over the limits through unchanged, in both
   * modes (the default limits are far above the inputs generated).
   */
  static void passedThroughUnchanged(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (boolean failFast : new boolean[] {true, false}) {
      StringBuilder out = new StringBuilder();
      try (Reader r = new LimitingReader(new StringReader(text), ReadOptions.strict(), failFast)) {
        char[] buf = new char[333];
        for (int n; (n = r.read(buf, 0, buf.length)) > 0; ) {
          out.append(buf, 0, n);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertEquals(text, out.toString());
    }
  }

  static void located(DataProblem p) {
    assertEquals(FILE, p.file());
    assertFalse(p.reason().isBlank());
    assertTrue(p.value().length() <= 200 && p.reason().length() <= 1000, "problems are bounded");
    assertTrue(p.line() >= 0 && p.record() >= 0);
  }

  /** Writes one table and reads it back: the same dataset. */
  static void roundTrip(Dataset dataset, RecordType type) {
    StringWriter out = new StringWriter();
    CanonicalCsv.write(dataset, type, out, WriteOptions.defaults());
    byte[] written = out.toString().getBytes(StandardCharsets.UTF_8);
    LoadResult again = read(written, type, ReadOptions.strict());
    assertEquals(dataset, again.dataset(), out::toString);
  }

  static long size(Dataset d, RecordType type) {
    switch (type) {
      case ATTACK:
        return d.attacks().size();
      case RESPONSE:
        return d.responses().size();
      case BASE:
        return d.bases().size();
      default:
        return d.tallies().size();
    }
  }
}
