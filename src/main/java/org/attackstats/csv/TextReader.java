package org.attackstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text strictly in one character set and drops a leading byte order mark. Unlike {@link
 * java.io.InputStreamReader}, which throws away the characters it decoded in the same call when it
 * meets invalid bytes, it first returns every character before the invalid bytes and throws an
 * {@link InvalidTextException} on the next read, naming the line they are on (line breaks are LF,
 * CR or CRLF), so that the rows before the fault are read and the fault is located.
 */
final class TextReader extends Reader {

  /** Bytes that are not text in the character set, on a line. */
  static final class InvalidTextException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    final long line;
    final Charset charset;

    InvalidTextException(long line, Charset charset) {
      this.line = line;
      this.charset = charset;
    }

    @Override
    public String getMessage() {
      return "invalid " + charset.name() + " at line " + line;
    }
  }

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean eof;
  private boolean start = true;
  private boolean previousCr;
  private long line = 1;
  private IOException fault;

  TextReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** UTF-8, the encoding of canonical files. */
  static TextReader utf8(InputStream in) {
    return new TextReader(in, StandardCharsets.UTF_8);
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
        fault = new InvalidTextException(-1, charset); // its line once the characters before it are counted
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
      countLines(cbuf, off, n);
      if (fault instanceof InvalidTextException && ((InvalidTextException) fault).line < 0) {
        fault = new InvalidTextException(line, charset);
      }
      if (n > 0) {
        return n;
      }
      if (fault == null && eof) {
        return -1;
      }
    }
  }

  private void countLines(char[] cbuf, int off, int n) {
    for (int i = off; i < off + n; i++) {
      char c = cbuf[i];
      if (c == '\n') {
        if (!previousCr) {
          line++;
        }
        previousCr = false;
      } else if (c == '\r') {
        line++;
        previousCr = true;
      } else {
        previousCr = false;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
