package org.attackstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 and drops a leading byte order mark. Unlike {@link
 * java.io.InputStreamReader}, which throws away the characters it decoded in the same call when it
 * meets invalid bytes, it first returns every character before the invalid bytes and throws a
 * {@link MalformedInputException} on the next read, so that the rows before the fault are read.
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean eof;
  private boolean start = true;
  private IOException fault;

  Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    for (;;) {
      if (fault != null) {
        throw fault;
      }
      CharBuffer chars = CharBuffer.wrap(cbuf, off, len);
      CoderResult cr = decoder.decode(bytes, chars, eof);
      if (cr.isError()) {
        fault = new MalformedInputException(cr.length());
      } else if (cr.isUnderflow() && chars.position() == off && !eof) {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        continue;
      }
      int n = chars.position() - off;
      if (start && n > 0) {
        start = false;
        if (cbuf[off] == '\uFEFF') {
          System.arraycopy(cbuf, off + 1, cbuf, off, --n);
        }
      }
      if (n > 0) {
        return n;
      }
      if (fault == null && eof) {
        return -1;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
