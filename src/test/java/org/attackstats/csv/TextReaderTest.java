package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.attackstats.dataset.RecordType;
import org.junit.jupiter.api.Test;

class TextReaderTest {

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
    assertEquals(text.substring(1), readAll(TextReader.utf8(new ByteArrayInputStream(text.getBytes(UTF_8)))));
    assertEquals("", readAll(TextReader.utf8(new ByteArrayInputStream("\uFEFF".getBytes(UTF_8)))));
    assertEquals("", readAll(TextReader.utf8(new ByteArrayInputStream(new byte[0]))));
  }

  @Test
  void returnsEveryCharacterBeforeInvalidBytesThenFails() throws IOException {
    byte[] bytes = {'a', 'b', (byte) 0xC3, '(', 'c'};
    Reader r = TextReader.utf8(new ByteArrayInputStream(bytes));
    char[] buf = new char[100];
    assertEquals(2, r.read(buf, 0, 100));
    assertThrows(TextReader.InvalidTextException.class, () -> r.read(buf, 0, 100));
    byte[] truncated = {'a', (byte) 0xE2, (byte) 0x82};
    assertThrows(TextReader.InvalidTextException.class, () -> readAll(TextReader.utf8(new ByteArrayInputStream(truncated))));
  }

  @Test
  void theFaultNamesItsLineWhateverTheLineBreaks() throws IOException {
    byte[] bytes = "a\r\nb\rc\nd,\"e\nf\"\n".getBytes(UTF_8);
    byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    bad[bytes.length] = (byte) 0xFF;
    Reader r = TextReader.utf8(new ByteArrayInputStream(bad));
    assertEquals("a\r\nb\rc\nd,\"e\nf\"\n", readAll(new java.io.FilterReader(r) {
          @Override
          public int read(char[] b, int off, int len) throws IOException {
            try {
              return super.read(b, off, len);
            } catch (TextReader.InvalidTextException e) {
              assertEquals(6, e.line, "the line of the invalid byte");
              return -1;
            }
          }
        }));
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
        Loader.read(List.of(Input.of("in.csv", out.toByteArray(), InputFormat.canonical(RecordType.ATTACK))), ReadOptions.lenient());
    assertEquals(10_000, r.report().accepted());
    assertEquals(10_000, r.report().rowsRead());
    DataProblem p = r.report().problems().get(0);
    assertEquals(10_002, p.line());
    assertTrue(p.reason().startsWith("invalid UTF-8"), p.reason());
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> Loader.read(List.of(Input.of("in.csv", out.toByteArray(), InputFormat.canonical(RecordType.ATTACK))), ReadOptions.strict()));
    assertEquals(10_002, e.line());
  }
}
