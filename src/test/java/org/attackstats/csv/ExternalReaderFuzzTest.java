package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.UncheckedIOException;

/**
 * Coverage-guided fuzzing of the third-party readers (Jazzer), one target per format. Each input
 * is the bytes of one file, read leniently and strictly. Without {@code -Pfuzz} these tests replay
 * the committed corpus under {@code
 * src/test/resources/org/attackstats/csv/ExternalReaderFuzzTestInputs/}, one folder per
 * method, as ordinary regression tests; see docs/reliability.md for fuzzing.
 */
class ExternalReaderFuzzTest {

  /** Small limits, so that the limit paths are reached by small inputs. */
  private static final ReadOptions SMALL =
      ReadOptions.lenient().toBuilder().maxCellLength(64).maxColumns(40).maxRows(20).build();

  /** The current and the legacy ACLED CSV export. */
  @FuzzTest(maxDuration = "5m")
  void readAcledCsv(byte[] data) {
    check(data, ExternalFormat.ACLED_CSV);
    check(data, ExternalFormat.ACLED_LEGACY);
    check(data, ExternalFormat.ACLED);
  }

  /** An ACLED API response in JSON. */
  @FuzzTest(maxDuration = "5m")
  void readAcledJson(byte[] data) {
    check(data, ExternalFormat.ACLED_JSON);
  }

  /** The GTD CSV. */
  @FuzzTest(maxDuration = "5m")
  void readGtd(byte[] data) {
    check(data, ExternalFormat.GTD);
  }

  /** The UCDP GED CSV. */
  @FuzzTest(maxDuration = "5m")
  void readUcdpGed(byte[] data) {
    check(data, ExternalFormat.UCDP_GED);
  }

  /** GDELT's tab-separated events, any of its layouts. */
  @FuzzTest(maxDuration = "5m")
  void readGdelt(byte[] data) {
    check(data, ExternalFormat.GDELT);
  }

  /**
   * Lenient (default and small limits): rows read = accepted + left out + rejected, every problem
   * located, the dataset holds what the report counts, every rejected row has its problem. Strict:
   * succeeds with the same dataset when lenient found no problem, else fails. Only
   * DataFormatException may escape.
   */
  static void check(byte[] data, ExternalFormat format) {
    LoadResult lenient = read(data, format, ReadOptions.lenient());
    read(data, format, SMALL);
    LoadResult strict = read(data, format, ReadOptions.strict());
    if (lenient == null) {
      assertEquals(null, strict, "strict read a file that lenient could not");
      return;
    }
    if (!lenient.report().hasProblems()) {
      assertTrue(strict != null, "strict failed where lenient found no problem");
      assertEquals(lenient.dataset(), strict.dataset());
    } else {
      assertEquals(null, strict, "strict read a file with problems");
    }
  }

  /** A read, checked; null when it threw DataFormatException. */
  private static LoadResult read(byte[] data, ExternalFormat format, ReadOptions options) {
    LoadResult c;
    try {
      c = Fixtures.read("fuzz.csv", data, InputFormat.of(format), options);
    } catch (DataFormatException e) {
      located(e.problem());
      return null;
    } catch (UncheckedIOException e) {
      throw new AssertionError("no I/O error can happen reading bytes in memory", e);
    }
    LoadReport r = c.report();
    assertEquals(r.accepted(), c.dataset().incidents().size());
    // one problem per rejected row, and at most one fault that ended the file
    long faults = r.problems().size() - r.rejected();
    assertTrue(faults == 0 || faults == 1, r.problems()::toString);
    r.problems().forEach(ExternalReaderFuzzTest::located);
    r.warnings().forEach(ExternalReaderFuzzTest::located);
    return c;
  }

  /** Names the file and a line; only an empty file has line 0. */
  private static void located(DataProblem p) {
    assertEquals("fuzz.csv", p.file());
    assertTrue(p.line() >= 1 || p.reason().startsWith("file is empty"), () -> "problem without a line: " + p);
    assertTrue(p.value().length() <= 200 && p.reason().length() <= 1000, "problems are bounded");
  }
}
