package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.RecordType;

/**
 * Coverage-guided fuzzing of the canonical reader (Jazzer). Each input is the bytes of one file,
 * read as each of the four kinds of table. Without {@code -Pfuzz} these tests replay the committed
 * corpus under {@code src/test/resources/org/attackstats/csv/CanonicalCsvFuzzTestInputs/}, one
 * folder per method, as ordinary regression tests; see docs/reliability.md for fuzzing.
 */
class CanonicalCsvFuzzTest {

  /**
   * Strict: succeeds, and then lenient agrees and the dataset round-trips; or throws a located
   * DataFormatException. Also: the limiting filter changes nothing under the limits.
   */
  @FuzzTest(maxDuration = "5m")
  void readStrict(byte[] data) {
    CsvChecks.passedThroughUnchanged(data);
    for (RecordType type : RecordType.values()) {
      CsvChecks.strict(data, type);
    }
  }

  /**
   * Lenient: accepted + rejected = rows read, every problem located, the accepted rows round-trip;
   * also under small limits.
   */
  @FuzzTest(maxDuration = "5m")
  void readLenient(byte[] data) {
    for (RecordType type : RecordType.values()) {
      LoadResult r = CsvChecks.lenient(data, type, ReadOptions.lenient());
      if (r != null) {
        CsvChecks.roundTrip(r.dataset(), type);
      }
      CsvChecks.lenient(data, type, CsvChecks.SMALL_LIMITS);
    }
  }

  /**
   * A whole dataset: the input holds up to four tables, bases, attacks, responses and tallies,
   * separated by a line holding a form feed, so that references between files are exercised.
   * Lenient: accepted + rejected = rows read per file; the accepted records write and read back to
   * an equal dataset. Strict: agrees with lenient when it succeeds.
   */
  @FuzzTest(maxDuration = "5m")
  void readDataset(byte[] data) {
    Map<RecordType, byte[]> tables = split(data);
    LoadResult lenient;
    try {
      lenient = CsvChecks.read(tables, ReadOptions.lenient());
    } catch (DataFormatException e) {
      return; // a file problem (header, limits), in every mode
    }
    long rowProblems = lenient.report().problems().stream().filter(p -> p.record() > 1).count(); // 1 = header
    assertEquals(lenient.report().rejected(), rowProblems);
    for (FileReport f : lenient.report().files()) {
      assertEquals(f.accepted(), CsvChecks.size(lenient.dataset(), CsvChecks.table(f)), f::toString);
    }
    Dataset d = lenient.dataset();
    Map<RecordType, byte[]> written = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      StringWriter out = new StringWriter();
      CanonicalCsv.write(d, t, out, WriteOptions.defaults());
      written.put(t, out.toString().getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(d, CsvChecks.read(written, ReadOptions.strict()).dataset());
    if (!lenient.report().hasProblems()) {
      assertEquals(d, CsvChecks.read(tables, ReadOptions.strict()).dataset());
    }
  }

  static final byte[] SEPARATOR = "\n\f\n".getBytes(StandardCharsets.US_ASCII);

  /** The tables, in the order bases, attacks, responses, tallies. */
  static Map<RecordType, byte[]> split(byte[] data) {
    RecordType[] order = {RecordType.BASE, RecordType.ATTACK, RecordType.RESPONSE, RecordType.TALLY};
    Map<RecordType, byte[]> tables = new EnumMap<>(RecordType.class);
    int from = 0;
    for (int k = 0; k < order.length && from <= data.length; k++) {
      int end = k == order.length - 1 ? data.length : indexOf(data, SEPARATOR, from);
      if (end < 0) {
        end = data.length;
      }
      tables.put(order[k], Arrays.copyOfRange(data, from, end));
      from = end + SEPARATOR.length;
    }
    return tables;
  }

  private static int indexOf(byte[] data, byte[] part, int from) {
    outer:
    for (int i = from; i <= data.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
