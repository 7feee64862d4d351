package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
    check(data, ExternalFormat.ACLED);
    check(data, ExternalFormat.ACLED_LEGACY);
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

  /**
   * Lenient (default and small limits): rows read = attacks + responses + problems, every problem
   * located, the dataset holds what the report counts. Strict: succeeds with the same dataset when
   * lenient found no problem, else fails. Only DataFormatException (or UncheckedIOException, for
   * I/O) may escape.
   */
  static void check(byte[] data, ExternalFormat format) {
    Conversion lenient = read(data, format, ReadOptions.lenient());
    read(data, format, SMALL);
    Conversion strict = read(data, format, ReadOptions.strict());
    if (lenient == null) {
      assertEquals(null, strict, "strict read a file that lenient could not");
      return;
    }
    if (lenient.report().problems().isEmpty()) {
      assertTrue(strict != null, "strict failed where lenient found no problem");
      assertEquals(lenient.dataset(), strict.dataset());
    } else {
      assertEquals(null, strict, "strict read a file with problems");
    }
  }

  /** A read, checked; null when it threw DataFormatException. */
  private static Conversion read(byte[] data, ExternalFormat format, ReadOptions readOptions) {
    ConversionOptions options =
        ConversionOptions.defaults().toBuilder().readOptions(readOptions).build();
    Conversion c;
    try {
      c =
          ExternalReader.read(
              new InputStreamReader(
                  new ByteArrayInputStream(data), StandardCharsets.UTF_8.newDecoder()),
              "fuzz.csv",
              format,
              options);
    } catch (DataFormatException e) {
      located(e.problem());
      return null;
    } catch (UncheckedIOException e) {
      throw new AssertionError("no I/O error can happen reading bytes in memory", e);
    }
    ConversionReport r = c.report();
    assertEquals(r.rowsRead(), r.attacks() + r.responses() + r.problems().size());
    assertEquals(r.attacks(), c.dataset().attacks().size());
    assertEquals(r.responses(), c.dataset().responses().size());
    r.problems().forEach(ExternalReaderFuzzTest::located);
    return c;
  }

  /** Names the file and a line; only problems of the whole file (empty, not UTF-8) have line 0. */
  private static void located(DataProblem p) {
    assertEquals("fuzz.csv", p.file());
    boolean wholeFile =
        p.reason().startsWith("the file is empty") || p.reason().startsWith("not UTF-8 text");
    assertTrue(p.line() >= 1 || wholeFile, () -> "problem without a line: " + p);
  }
}
