package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import org.attackstats.dataset.RecordType;
import org.junit.jupiter.api.Test;

/**
 * The read limits protect memory: cells and rows far larger than the heap are refused (strict) or
 * rejected as one row (lenient) without being held in memory. Inputs are generated streams.
 */
class LimitsTest {

  private static final long TWO_GB = 1L << 31;

  /** prefix, then {@code count} copies of {@code filler}, then suffix; counts the bytes read. */
  static final class GeneratedStream extends InputStream {
    private final byte[] prefix;
    private final byte filler;
    private final long count;
    private final byte[] suffix;
    long position;

    GeneratedStream(String prefix, char filler, long count, String suffix) {
      this.prefix = prefix.getBytes(UTF_8);
      this.filler = (byte) filler;
      this.count = count;
      this.suffix = suffix.getBytes(UTF_8);
    }

    long length() {
      return prefix.length + count + suffix.length;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= length()) {
        return -1;
      }
      int n = (int) Math.min(len, length() - position);
      for (int i = 0; i < n; ) {
        long p = position + i;
        if (p < prefix.length) {
          b[off + i++] = prefix[(int) p];
        } else if (p < prefix.length + count) {
          int run = (int) Math.min(n - i, prefix.length + count - p);
          Arrays.fill(b, off + i, off + i + run, filler);
          i += run;
        } else {
          b[off + i++] = suffix[(int) (p - prefix.length - count)];
        }
      }
      position += n;
      return n;
    }
  }

  private static LoadResult read(InputStream in, ReadOptions options) {
    return Loader.read(List.of(Input.of("huge.csv", () -> in, InputFormat.canonical(RecordType.ATTACK))), options);
  }

  @Test
  void aTwoGigabyteCellFailsStrictReadingAtTheLimitNamingTheOption() {
    GeneratedStream in =
        new GeneratedStream("id,date_start,notes\na1,2023-01-01,", 'x', TWO_GB, "\na2,2023-01-02,\n");
    DataFormatException e = assertThrows(DataFormatException.class, () -> read(in, ReadOptions.strict()));
    assertEquals("huge.csv", e.file());
    assertEquals(2, e.line());
    assertEquals(2, e.record());
    assertEquals("notes", e.column());
    assertEquals(
        "cell has more than 1000000 characters, the limit (raise it with ReadOptions.maxCellLength,"
            + " or --max-cell-length on the command line)",
        e.reason());
    assertTrue(in.position < 4 * ReadOptions.DEFAULT_MAX_CELL_LENGTH, "read " + in.position + " bytes");
  }

  @Test
  void lenientReadingPassesOnAtMostTheLimitOfACellWhateverItsSize() throws IOException {
    String head = "id,date_start,notes\na1,2023-01-01,\"";
    String tail = "\"\na2,2023-01-02,ok\n";
    GeneratedStream in = new GeneratedStream(head, 'x', TWO_GB, tail);
    ReadOptions options = ReadOptions.lenient().toBuilder().maxCellLength(1000).build();
    long passed = 0;
    try (Reader r = new LimitingReader(TextReader.utf8(in), options, false)) {
      char[] buf = new char[1 << 16];
      for (int n; (n = r.read(buf, 0, buf.length)) > 0; ) {
        passed += n;
      }
    }
    assertEquals(in.length(), in.position, "the whole input was read");
    assertEquals(head.length() + 1001 + tail.length(), passed);
  }

  @Test
  void aHugeQuotedCellIsOneRejectedRowInLenientReading() {
    // 64 MB of doubled quotes inside one quoted cell: the reader must keep track of the quoting
    // while dropping the cell, so that the next row is read normally.
    GeneratedStream in =
        new GeneratedStream("id,date_start,notes\na1,2023-01-01,\"", '"', 1L << 26, "\"\na2,2023-01-02,ok\n");
    LoadResult r = read(in, ReadOptions.lenient().toBuilder().maxCellLength(1000).build());
    assertEquals(List.of("huge.csv", "canonical:attacks", 2L, 1L, 0L, 1L), CsvChecks.counts(r.report().files().get(0)));
    DataProblem p = r.report().problems().get(0);
    assertEquals(2, p.line());
    assertEquals("notes", p.column());
    assertTrue(p.reason().contains("more than 1000 characters"), p.reason());
    assertTrue(p.value().length() <= 200, "the value in a problem is abbreviated");
    assertTrue(r.dataset().attack("a2").isPresent());
  }

  @Test
  void aRowOfTenMillionCellsFailsStrictAndIsRejectedLenient() {
    String head = "id,date_start,notes\n";
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> read(new GeneratedStream(head + "a1,2023-01-01,", ',', 10_000_000, "\n"), ReadOptions.strict()));
    assertEquals(2, e.line());
    assertEquals("row has more than 1000 cells, the limit (raise it with ReadOptions.maxColumns, or --max-columns on"
        + " the command line)", e.reason());

    LoadResult r =
        read(new GeneratedStream(head + "a1,2023-01-01,", ',', 10_000_000, "\na2,2023-01-02,\n"), ReadOptions.lenient());
    assertEquals(List.of("huge.csv", "canonical:attacks", 2L, 1L, 0L, 1L), CsvChecks.counts(r.report().files().get(0)));
    assertEquals(e.reason(), r.report().problems().get(0).reason());
    assertEquals(2, r.report().problems().get(0).line());
  }

  @Test
  void cellsAtTheLimitAreAcceptedAndOneMoreIsNot() {
    ReadOptions limit10 = ReadOptions.lenient().toBuilder().maxCellLength(10).build();
    LoadResult ok =
        read(new GeneratedStream("id,date_start,notes\na1,2023-01-01,\"a\"\"", 'x', 8, "\"\n"), limit10);
    assertEquals(1, ok.report().accepted(), ok.report().problems()::toString);
    assertEquals("a\"xxxxxxxx", ok.dataset().attack("a1").orElseThrow().notes().orElseThrow());
    LoadResult over =
        read(new GeneratedStream("id,date_start,notes\na1,2023-01-01,\"a\"\"", 'x', 9, "\"\n"), limit10);
    assertEquals("notes", over.report().problems().get(0).column());
  }

  @Test
  void aHugeHeaderCellFailsStrictReadingAndSkipsTheFileInLenientReading() {
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> read(new GeneratedStream("id,date_start,", 'n', TWO_GB, "\n"), ReadOptions.strict()));
    assertEquals(1, e.line());
    assertTrue(e.reason().contains("ReadOptions.maxCellLength"), e.reason());
    LoadResult r = read(new GeneratedStream("id,date_start,", 'n', TWO_GB, "\n"), ReadOptions.lenient());
    assertEquals(1, r.report().problems().size());
    assertEquals(1, r.report().problems().get(0).line());
    assertTrue(r.report().problems().get(0).reason().contains("ReadOptions.maxCellLength"), r.report().problems().toString());
    assertEquals(0, r.report().rowsRead());
  }

  @Test
  void lenientReadingFailsPastMaxProblemsRatherThanCollectingWithoutBound() {
    String rows = "id,date_start\n" + "x,not a date\n".repeat(11);
    ReadOptions ten = ReadOptions.lenient().toBuilder().maxProblems(10).build();
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> read(new GeneratedStream(rows, ' ', 0, ""), ten));
    assertEquals(12, e.line());
    assertEquals("more than 10 problems, the limit (raise it with ReadOptions.maxProblems, or --max-problems on the"
        + " command line)", e.reason());
    LoadResult r = read(new GeneratedStream(rows, ' ', 0, ""), ten.toBuilder().maxProblems(11).build());
    assertEquals(11, r.report().rejected());
  }

  @Test
  void problemsQuoteAtMost200CharactersOfAValue() {
    String huge = "9".repeat(500_000);
    LoadResult r =
        read(new GeneratedStream("id,date_start,killed\na1,2023-01-01," + huge + "\n", ' ', 0, ""), ReadOptions.lenient());
    DataProblem p = r.report().problems().get(0);
    assertEquals("killed", p.column());
    assertTrue(p.value().length() <= 200 && p.reason().length() <= 1000, p::toString);
  }

  @Test
  void rowsAfterLineBreaksDroppedWithACellOrCellsOverTheLimitKeepTheirLines() {
    ReadOptions small = ReadOptions.lenient().toBuilder().maxCellLength(40).maxColumns(4).threads(1).build();
    String[] rows = {
      "a1,2023-01-01,\"" + "x".repeat(45) + "\nline2\r\nline3\"\n", // a cell over the limit
      "a1,2023-01-01,a,b,\"c\nd\re\"\n", // cells past maxColumns
    };
    for (String row : rows) {
      byte[] bytes = ("id,date_start,notes\n" + row + "a2,bad,y\na3,\"2023-01-01\",\"\n\"\r\na4,bad,z\n").getBytes(UTF_8);
      List<DataProblem> p = CsvChecks.read(bytes, RecordType.ATTACK, small).report().problems();
      assertEquals(List.of(2L, 5L, 8L), p.stream().map(DataProblem::line).toList(), p::toString);
      assertEquals(List.of(2L, 3L, 5L), p.stream().map(DataProblem::record).toList(), p::toString);
    }
  }
}
