package org.attackstats.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Bounds the memory a CSV record can take before the parser sees it. Follows RFC 4180 quoting
 * ({@code ,} separates cells, {@code "} quotes, {@code ""} is a quote inside a quoted cell, an
 * unquoted line break ends the record) and counts the characters of each cell and the cells of
 * each record.
 *
 * <p>Past {@code maxCellLength} characters in a cell, or {@code maxColumns} cells in a record, it
 * either stops ({@code failFast}, for strict reading: the characters before are passed on and the
 * next read throws a {@link LimitException}, so that the parser has returned every earlier record
 * when it fails on this one), or passes on only {@code maxCellLength + 1} characters of the cell
 * (or {@code maxColumns + 1} cells, the last one empty) and drops the rest while following the
 * quoting, so that the parser returns a record over the limit by one, which the reader rejects
 * alone, and goes on with the next record.
 *
 * <p>The header (record 1 of a file that starts with one) always fails fast: a header over a limit
 * is a problem of the whole file.
 *
 * <p>A record thus holds at most {@code (maxColumns + 1) * (maxCellLength + 1)} characters
 * however long the input is.
 */
final class LimitingReader extends Reader {

  /** A limit was passed, in fail-fast mode. */
  static final class LimitException extends IOException {
    private static final long serialVersionUID = 1L;

    final long line;
    final long record;
    /** 0-based index of the cell at fault; -1 for too many cells. */
    final int cell;

    LimitException(long line, long record, int cell, String reason) {
      super(reason);
      this.line = line;
      this.record = record;
      this.cell = cell;
    }
  }

  private enum State { CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

  private final Reader in;
  private final ReadOptions options;
  private final int maxCellLength;
  private final int maxColumns;
  private final boolean failFast;
  private final boolean headed;

  private final char[] ibuf = new char[8192];
  private final char[] obuf = new char[2 * 8192 + 1];
  private int opos;
  private int olen;
  private boolean eof;
  private LimitException stop;

  private State state = State.CELL_START;
  private long cellLength;
  private int cellIndex;
  private boolean dropRest;
  private boolean recordStarted;
  private boolean previousCr;
  private long line = 1;
  private long recordLine = 1;
  private long records;
  /** Line breaks passed on to the parser; runs of dropped ones: (breaks passed on before, count). */
  private long passedBreaks;
  private final ArrayDeque<long[]> dropped = new ArrayDeque<>();
  private long droppedBefore;

  /** Reads {@code in}, whose first record is a header. */
  LimitingReader(Reader in, ReadOptions options, boolean failFast) {
    this(in, options, failFast, true);
  }

  /** Reads {@code in}, whose first record is a header if {@code headed}. */
  LimitingReader(Reader in, ReadOptions options, boolean failFast, boolean headed) {
    this.in = in;
    this.headed = headed;
    this.options = options;
    this.maxCellLength = options.maxCellLength();
    this.maxColumns = options.maxColumns();
    this.failFast = failFast;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (opos == olen) {
      if (stop != null) {
        throw stop;
      }
      if (eof) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, olen - opos);
    System.arraycopy(obuf, opos, cbuf, off, n);
    opos += n;
    return n;
  }

  private void fill() throws IOException {
    opos = 0;
    olen = 0;
    int n = in.read(ibuf, 0, ibuf.length);
    if (n < 0) {
      eof = true;
      if (state == State.QUOTE_IN_QUOTED) {
        emit('"'); // the closing quote of the last cell
      }
      return;
    }
    int i = 0;
    while (i < n && stop == null) {
      if (state == State.UNQUOTED || state == State.QUOTED) {
        // fast path: a run of ordinary characters inside a cell
        int j = i;
        if (state == State.UNQUOTED) {
          while (j < n && ibuf[j] != ',' && ibuf[j] != '\n' && ibuf[j] != '\r') {
            j++;
          }
        } else {
          while (j < n && ibuf[j] != '"' && ibuf[j] != '\n' && ibuf[j] != '\r') {
            j++;
          }
        }
        int run = j - i;
        if (run > 0) {
          if (dropRest || cellLength > maxCellLength) {
            cellLength += run; // dropped, as in content()
            previousCr = false;
            i = j;
            continue;
          }
          if (cellLength + run <= maxCellLength) {
            System.arraycopy(ibuf, i, obuf, olen, run);
            olen += run;
            cellLength += run;
            previousCr = false;
            i = j;
            continue;
          }
        }
      }
      accept(ibuf[i++]);
    }
  }

  private void accept(char c) {
    boolean lineBreak = c == '\n' || c == '\r';
    boolean newLine = false;
    if (lineBreak) {
      if (!(c == '\n' && previousCr)) {
        line++;
        newLine = true;
      }
      previousCr = c == '\r';
    } else {
      previousCr = false;
    }
    int emitted = olen;
    if (!recordStarted && !lineBreak) {
      recordStarted = true;
      recordLine = line;
      records++;
    }
    switch (state) {
      case CELL_START:
        if (c == '"') {
          state = State.QUOTED;
          emitStructure(c);
        } else if (c == ',') {
          nextCell(c);
        } else if (lineBreak) {
          endRecord(c);
        } else {
          state = State.UNQUOTED;
          content(c);
        }
        break;
      case UNQUOTED:
        if (c == ',') {
          nextCell(c);
        } else if (lineBreak) {
          endRecord(c);
        } else {
          content(c);
        }
        break;
      case QUOTED:
        if (c == '"') {
          state = State.QUOTE_IN_QUOTED; // a closing quote, or the first of a doubled one
        } else {
          content(c);
        }
        break;
      default: // QUOTE_IN_QUOTED
        if (c == '"') {
          state = State.QUOTED;
          content('"', '"');
        } else {
          emitStructure('"');
          if (c == ',') {
            nextCell(c);
          } else if (lineBreak) {
            endRecord(c);
          } else {
            state = State.UNQUOTED; // malformed: the parser reports it
            content(c);
          }
        }
    }
    if (newLine) {
      if (olen > emitted) {
        passedBreaks++;
      } else {
        dropBreak();
      }
    }
  }

  /** Notes a line break dropped with the rest of a cell or a record, after the ones passed on. */
  private void dropBreak() {
    long[] last = dropped.peekLast();
    if (last != null && last[0] == passedBreaks) {
      last[1]++;
    } else {
      dropped.add(new long[] {passedBreaks, 1});
    }
  }

  /**
   * The line in the input of a line the parser counts (1-based), which is later by the line breaks
   * dropped before it (with cells over the length limit, or cells past {@code maxColumns}). Asked
   * of lines in increasing order.
   */
  long inputLine(long parsedLine) {
    while (!dropped.isEmpty() && dropped.peekFirst()[0] + 1 < parsedLine) {
      droppedBefore += dropped.pollFirst()[1];
    }
    return parsedLine + droppedBefore;
  }

  private void content(char c) {
    content(c, '\0');
  }

  /** One character of cell content, written as c (and c2 when not NUL: a doubled quote). */
  private void content(char c, char c2) {
    cellLength++;
    if (cellLength == (long) maxCellLength + 1 && (failFast || headed && records == 1)) {
      stop = new LimitException(recordLine, records, cellIndex, Messages.tooLong(options));
      return;
    }
    if (!dropRest && cellLength <= (long) maxCellLength + 1) {
      emit(c);
      if (c2 != '\0') {
        emit(c2);
      }
    }
  }

  private void emitStructure(char c) {
    if (!dropRest) {
      emit(c);
    }
  }

  private void nextCell(char comma) {
    state = State.CELL_START;
    cellLength = 0;
    if (dropRest) {
      return;
    }
    cellIndex++;
    if (cellIndex == maxColumns) {
      if (failFast || headed && records == 1) {
        stop = new LimitException(recordLine, records, -1, Messages.tooManyCells(options));
        return;
      }
      emit(comma); // the parser sees maxColumns + 1 cells, the last one empty
      dropRest = true;
      return;
    }
    emitStructure(comma);
  }

  private void endRecord(char c) {
    emit(c);
    state = State.CELL_START;
    cellLength = 0;
    cellIndex = 0;
    dropRest = false;
    recordStarted = false;
  }

  /** The line breaks read so far (CRLF counts once). */
  long lineBreaks() {
    return line - 1;
  }

  /** Whether the characters read so far end a record (or are none): no cell or quote is open. */
  boolean atRecordStart() {
    return state == State.CELL_START && !recordStarted;
  }

  private void emit(char c) {
    obuf[olen++] = c;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
