package org.attackstats.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.attackstats.dataset.RecordType;

/**
 * Coverage-guided fuzzing of the canonical reader (Jazzer). Each input is the bytes of one file,
 * read as each of the four kinds of table. Without {@code -Pfuzz} these tests replay the committed
 * corpus under {@code src/test/resources/org/attackstats/csv/CanonicalCsvFuzzTestInputs/}, one
 * folder per method, as ordinary regression tests; see docs/reliability.md for fuzzing.
 */
class CanonicalCsvFuzzTest {

  /** Strict: succeeds, and then lenient agrees and the dataset round-trips; or throws a located DataFormatException. */
  @FuzzTest(maxDuration = "5m")
  void readStrict(byte[] data) {
    for (RecordType type : RecordType.values()) {
      CsvChecks.strict(data, type);
    }
  }

  /** Lenient: accepted + rejected = rows read, every problem located, the accepted rows round-trip; also under small limits. */
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
}
