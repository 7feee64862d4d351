package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import org.attackstats.dataset.RecordType;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {

  private static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[7]; // small reads: multi-byte characters cross the buffer edges
    for (int n; (n = r.read(buf, 0, buf.length)) > 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  @Test
  void decodesAndDropsOnlyALeadingBom() throws IOException {
    String text = "\uFEFFid,name\nb1,caf\u00e9 \u0645\u0637\u0627\u0631 \uD83D\uDE80\uFEFF\n";
    assertEquals(text.substring(1), readAll(CanonicalCsv.reader(new ByteArrayInputStream(text.getBytes(UTF_8)))));
    assertEquals("", readAll(CanonicalCsv.reader(new ByteArrayInputStream("\uFEFF".getBytes(UTF_8)))));
    assertEquals("", readAll(CanonicalCsv.reader(new ByteArrayInputStream(new byte[0]))));
  }

  @Test
  void returnsEveryCharacterBeforeInvalidBytesThenFails() throws IOException {
    byte[] bytes = {'a', 'b', (byte) 0xC3, '(', 'c'};
    Reader r = CanonicalCsv.reader(new ByteArrayInputStream(bytes));
    char[] buf = new char[100];
    assertEquals(2, r.read(buf, 0, 100));
    assertThrows(MalformedInputException.class, () -> r.read(buf, 0, 100));
    byte[] truncated = {'a', (byte) 0xE2, (byte) 0x82};
    assertThrows(MalformedInputException.class, () -> readAll(CanonicalCsv.reader(new ByteArrayInputStream(truncated))));
  }

  @Test
  void invalidUtf8AfterManyRowsKeepsEveryRowBeforeIt() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("id,date_start,notes\n".getBytes(UTF_8));
    for (int i = 0; i < 10_000; i++) {
      out.writeBytes(("a" + i + ",2023-10-17,caf\u00e9\n").getBytes(UTF_8));
    }
    out.writeBytes(new byte[] {'x', ',', '2', ',', (byte) 0xFF, '\n'});
    out.writeBytes("z,2023-10-17,\n".getBytes(UTF_8));
    LoadResult r =
        CanonicalCsv.read(new ByteArrayInputStream(out.toByteArray()), "in.csv", RecordType.ATTACK, ReadOptions.lenient());
    assertEquals(10_000, r.accepted());
    assertEquals(10_000, r.rowsRead());
    DataProblem p = r.problems().get(0);
    assertEquals(10_002, p.line());
    assertTrue(p.reason().startsWith("invalid UTF-8"), p.reason());
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> CanonicalCsv.read(new ByteArrayInputStream(out.toByteArray()), "in.csv", RecordType.ATTACK, ReadOptions.strict()));
    assertEquals(10_002, e.line());
  }
}
