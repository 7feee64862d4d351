package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.attackstats.dataset.RecordType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Reading a canonical file in parts on several threads is reading it whole on one: the same
 * dataset, the same report, the same problems (file, line, record, column, value, reason), or in
 * strict mode the same first problem, wherever the file is cut. The generated files are made to
 * trip a cutter: quoted cells holding LF, CRLF and CR line breaks, doubled quotes and commas,
 * unicode, rows ending in LF, CRLF or CR, blank lines, a byte order mark at the start of a line,
 * and bad rows of every kind (wrong cell counts, more cells than {@code maxColumns} around quoted
 * line breaks, cells over the length limit, bad values, duplicate ids, quotes inside unquoted
 * cells and text after a closing quote, an unterminated quote, invalid UTF-8).
 */
class ParallelLoadingProperties {

  private static final String HEADER = "id,date_start,date_end,killed,injured,country,location,notes";
  private static final String[] TEXTS = {
    "", "plain", "a,b", "say \"\"no\"\"", "two\nlines", "crlf\r\nbreak", "cr\ronly", "\"\"", "\n", "\r\n",
    "é ü ß", "日本語", "emoji 🙂", "end\n\"\"quote\"\",\nmore", "\uFEFFbom", "x".repeat(50), ",,,", "\n\n\r\r",
  };
  /** Cells written as they are, quotes and breaks included: malformed, or quotes that are text. */
  private static final String[] RAW = {
    "ab\"c", " \"a\nb\"", "\"abc\"x", "x\"\"y", "\"a\"\"", "\"\"\"\n", "\"q\"\r\n\"", "a\rb\"",
  };
  private static final String[] BREAKS = {"\n", "\n", "\r\n", "\r"};

  /** A generated file, its cuts and threads. */
  record Case(byte[] bytes, int partBytes, int threads) {
    @Override
    public String toString() {
      return "partBytes=" + partBytes + " threads=" + threads + "\n" + new String(bytes, UTF_8);
    }
  }

  static byte[] file(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (r.nextInt(4) == 0) {
      write(out, "\uFEFF");
    }
    write(out, HEADER + BREAKS[r.nextInt(BREAKS.length)]);
    int rows = r.nextInt(60);
    for (int i = 0; i < rows; i++) {
      int damage = r.nextInt(30);
      List<String> cells = new ArrayList<>(List.of(
          damage == 0 ? "a" + r.nextInt(i + 1) : damage == 1 ? "" : damage == 2 ? "\uFEFFa" + i : "a" + i,
          damage == 3 ? "2023-02-30" : damage == 4 ? "01/02/2023" : "2023-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10),
          damage == 5 ? "2020-01-01" : "",
          damage == 6 ? "lots" : damage == 7 ? ">=" + r.nextInt(9) : Integer.toString(r.nextInt(40)),
          damage == 8 ? "5..2" : "~" + r.nextInt(9),
          r.nextBoolean() ? "IQ" : damage == 9 ? "XX" : "",
          TEXTS[r.nextInt(TEXTS.length)],
          TEXTS[r.nextInt(TEXTS.length)]));
      if (damage == 10) {
        cells.add("surplus");
      } else if (damage == 11) {
        cells.remove(cells.size() - 1);
      } else if (damage == 12) {
        for (int k = 0; k < 6; k++) {
          cells.add(TEXTS[r.nextInt(TEXTS.length)]); // past maxColumns, with quoted line breaks
        }
      }
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cells.size(); c++) {
        String v = cells.get(c);
        boolean quote = v.matches("(?s).*[,\"\r\n].*") || r.nextInt(5) == 0;
        line.append(c == 0 ? "" : ",").append(quote ? "\"" + v.replace("\"\"", "\"").replace("\"", "\"\"") + "\"" : v);
        if (damage == 15 && c == cells.size() - 2) {
          line.append(RAW[r.nextInt(RAW.length)]); // glued to the cell before the last
        }
      }
      if (damage == 13 && i == rows - 1) {
        line.append(",\"never closed\nstill open");
      }
      String text = line + BREAKS[r.nextInt(BREAKS.length)] + (r.nextInt(15) == 0 ? "\n" : "");
      if (damage == 14) {
        int at = r.nextInt(text.length());
        write(out, text.substring(0, at));
        out.write(0xC3); // a lead byte followed by an ASCII byte
        out.write('(');
        write(out, text.substring(at));
      } else {
        write(out, text);
      }
    }
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(UTF_8));
  }

  /** Files cut at a random size (1: at every line feed), read on 2 to 4 threads. */
  static Gen<Case> cases() {
    return longs().all().zip(integers().between(0, 3), integers().between(2, 4), (seed, cut, threads) -> {
      byte[] b = file(seed);
      int partBytes = cut == 0 ? 1 : 1 + new SplittableRandom(seed + cut).nextInt(Math.max(1, b.length));
      return new Case(b, partBytes, threads);
    });
  }

  private static ReadOptions options(ReadOptions base, int threads, int partBytes) {
    return base.toBuilder().maxCellLength(40).maxColumns(10).threads(threads).partBytes(partBytes).build();
  }

  /** The result of a read, or the problem it threw, as something to compare. */
  private static Object read(byte[] bytes, ReadOptions options) {
    try {
      LoadResult r = CsvChecks.read(bytes, RecordType.ATTACK, options);
      return List.of(r.dataset(), r.report());
    } catch (DataFormatException e) {
      return List.of(e.problem(), e.getMessage());
    }
  }

  @Test
  void lenientReadingInPartsIsReadingWhole() {
    qt().withExamples(1000).forAll(cases()).checkAssert(c -> assertEquals(
        read(c.bytes(), options(ReadOptions.lenient(), 1, c.partBytes())),
        read(c.bytes(), options(ReadOptions.lenient(), c.threads(), c.partBytes())), c::toString));
  }

  @Test
  void strictReadingInPartsIsReadingWhole() {
    qt().withExamples(500).forAll(cases()).checkAssert(c -> assertEquals(
        read(c.bytes(), options(ReadOptions.strict(), 1, c.partBytes())),
        read(c.bytes(), options(ReadOptions.strict(), c.threads(), c.partBytes())), c::toString));
  }

  @Test
  void aFileWhoseLineFeedsAllEndRecordsIsReadOnceInParts() {
    // cut at every line feed: each cut is proven, so the file is not opened again
    StringBuilder s = new StringBuilder(HEADER + "\r\n");
    for (int i = 0; i < 200; i++) {
      s.append("a").append(i).append(",2023-01-0").append(1 + i % 9).append(",,").append(i % 7)
          .append(",,IQ,\"a, b \"\"c\"\"\",é").append(i % 3 == 0 ? "\r\n" : "\n");
    }
    byte[] bytes = s.toString().getBytes(UTF_8);
    AtomicInteger opened = new AtomicInteger();
    Input counted = counted(bytes, opened);
    LoadResult parts = Loader.read(List.of(counted), options(ReadOptions.strict(), 3, 1));
    assertEquals(1, opened.get());
    assertEquals(read(bytes, options(ReadOptions.strict(), 1, 1)), List.of(parts.dataset(), parts.report()));
    assertEquals(200, parts.dataset().attacks().size());
  }

  @Test
  void aCutInsideAQuotedCellIsNotTrusted() {
    // the first line feed after the header is inside quotes: the part before it ends in a cell
    byte[] bytes = (HEADER + "\na1,2023-01-01,,,,,,\"one\ntwo\"\na2,2023-01-02,,,,,,x\n").getBytes(UTF_8);
    AtomicInteger opened = new AtomicInteger();
    Input counted = counted(bytes, opened);
    LoadResult parts = Loader.read(List.of(counted), options(ReadOptions.strict(), 2, 1));
    assertEquals(2, opened.get());
    assertEquals(read(bytes, options(ReadOptions.strict(), 1, 1)), List.of(parts.dataset(), parts.report()));
    assertEquals("one\ntwo", parts.dataset().attack("a1").orElseThrow().notes().orElseThrow());
  }

  /** The bytes as an attacks file that counts how often it is opened. */
  private static Input counted(byte[] bytes, AtomicInteger opened) {
    return Input.of(CsvChecks.FILE, () -> {
      opened.incrementAndGet();
      return new ByteArrayInputStream(bytes);
    }, InputFormat.canonical(RecordType.ATTACK));
  }
}
