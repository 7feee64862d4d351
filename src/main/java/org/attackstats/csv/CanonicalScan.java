package org.attackstats.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The rows of one canonical table, through {@link Header}, {@link Row} and {@link Codec}.
 *
 * <p>When records are kept ({@link Memo#KEEPING}: {@link Loader#read}) and {@link
 * ReadOptions#threads()} is above 1, a file longer than {@link ReadOptions#partBytes()}
 * is cut into parts after a line feed (never before a byte that could start a byte order mark),
 * and the parts are turned into outcomes on a pool of threads, each with its own {@link Row}, by
 * the same {@link #outcome} as the rows of a file read whole. The outcomes are handed out in file
 * order with their lines and record numbers counted from the file's start. A cut is trusted only
 * once the part before it, itself starting at a record boundary, has been read to its end without
 * a fault and ends outside any cell or quote ({@link CsvTable#endsAtRecordStart()}): a line feed
 * inside a quoted cell never starts a part. At a part that is not proven so, or that stops at a
 * fault (whose message may name positions within the part), the file is read again from its start
 * on the calling thread, past the records already handed out, so that the fault is found and told
 * exactly as when the file is read whole.
 */
final class CanonicalScan extends FileScan {
  private final int memoCapacity;
  /** The file read on this thread: whole, or again after a part that could not be trusted. */
  private CsvTable table;
  private Header header;
  private Row row;
  /** The record number of the last outcome handed out (the header is 1). */
  private long handedOut;

  /** Reading in parts: the file's bytes, the pool, the parts being parsed, in file order. */
  private Blocks blocks;
  private ExecutorService pool;
  /** A row per thread of the pool, so that the parts a thread parses share their values. */
  private ThreadLocal<Row> rows;
  private final ArrayDeque<Future<Part>> ahead = new ArrayDeque<>();
  private Part part;
  private int nextInPart;
  private long linesBefore;
  private long recordsBefore;
  /** Whether the parts end before the end of the file, where no cut was found. */
  private boolean uncut;

  CanonicalScan(Unit unit, ReadOptions options, int memoCapacity) {
    super(unit, options);
    this.memoCapacity = memoCapacity;
  }

  /** The outcomes of one part, parsed on a thread of the pool. */
  private static final class Part {
    final List<Outcome> outcomes = new ArrayList<>();
    /** What stopped the part before its end, or null. */
    RuntimeException fault;
    long records;
    long lineBreaks;
    boolean endsAtRecordStart;
    boolean last;
  }

  @Override
  void open() {
    if (options.threads() > 1 && memoCapacity == Memo.KEEPING) { // records kept: parts parsed ahead cost no more
      blocks = new Blocks(openFile(), options.partBytes(), unit.file);
      byte[] first = blocks.next();
      if (first == null || blocks.atEnd()) { // one part: the whole file, read on this thread
        table = new CsvTable(first == null ? blocks.rest() : new ByteArrayInputStream(first), StandardCharsets.UTF_8,
            unit.file, options, true);
        if (first != null) {
          blocks.close();
        }
        blocks = null;
      } else {
        CsvTable firstPart =
            new CsvTable(new ByteArrayInputStream(first), StandardCharsets.UTF_8, unit.file, options, true);
        try {
          openHeader(firstPart);
        } catch (DataFormatException e) { // the header may run past the first cut: read it whole
          close(firstPart);
          blocks.close();
          blocks = null;
        }
        if (blocks != null) {
          rows = ThreadLocal.withInitial(() -> new Row(header, memoCapacity));
          pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "attack-stats reading " + unit.fileName);
            t.setDaemon(true);
            return t;
          });
          ahead.add(pool.submit(() -> parse(firstPart, false)));
          submitParts();
          return;
        }
      }
    }
    if (table == null) {
      table = new CsvTable(openFile(), StandardCharsets.UTF_8, unit.file, options, true);
    }
    openHeader(table);
  }

  private void openHeader(CsvTable t) {
    header = Header.of(t.header(), unit.table, unit.file, options);
    row = new Row(header, memoCapacity);
    handedOut = t.records();
  }

  private InputStream openFile() {
    try {
      return unit.opener.open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + unit.file + ": " + e.getMessage(), e);
    }
  }

  @Override
  Outcome next() {
    if (pool == null) {
      CsvTable.Rec rec = table.next();
      if (rec == null) {
        return null;
      }
      handedOut = rec.number();
      return outcome(rec, row);
    }
    while (true) {
      if (part != null && nextInPart < part.outcomes.size()) {
        Outcome o = part.outcomes.get(nextInPart++);
        o.line += linesBefore;
        o.number += recordsBefore;
        handedOut = o.number;
        return o;
      }
      if (part != null) {
        if (part.fault != null) {
          return readOnHere();
        }
        linesBefore += part.lineBreaks;
        recordsBefore += part.records;
      }
      part = take();
      nextInPart = 0;
      if (part == null) {
        return uncut ? readOnHere() : null;
      }
      if (!part.last && !part.endsAtRecordStart) {
        return readOnHere(); // its last line feed may be inside quotes: the next part is not trusted
      }
    }
  }

  /** Reads the file again on this thread, from its start, past the records handed out. */
  private Outcome readOnHere() {
    stopParts();
    table = new CsvTable(openFile(), StandardCharsets.UTF_8, unit.file, options, true);
    table.header();
    while (table.records() < handedOut && table.next() != null) {
      // read again: handed out before
    }
    return next();
  }

  /** The outcome of one record, the same on every thread. */
  private Outcome outcome(CsvTable.Rec rec, Row row) {
    String[] cells = rec.cells();
    try {
      if (cells.length > options.maxColumns()) {
        throw new CellException("", Messages.abbreviate(cells), "too many cells", Messages.tooManyCells(options));
      }
      if (cells.length != header.size()) {
        throw new CellException("", Messages.abbreviate(cells), "wrong number of cells",
            "row has " + cells.length + " cells but the header has " + header.size());
      }
      CellException tooLong = tooLong(cells, header::name);
      if (tooLong != null) {
        throw tooLong;
      }
      Cells.checkCharacters(cells, header::name);
      row.at(cells);
      Object record;
      switch (unit.table) {
        case ATTACK:
          record = Codec.attack(row);
          break;
        case RESPONSE:
          record = Codec.response(row);
          break;
        case BASE:
          record = Codec.base(row);
          break;
        default:
          record = Codec.tally(row);
      }
      return Outcome.record(record, rec.line(), rec.number(), List.of());
    } catch (CellException e) {
      return Outcome.problem(e, rec.line(), rec.number());
    }
  }

  /**
   * The outcomes of a part, on a thread of the pool; the first part goes on from its header, the
   * others count their lines and records from their start.
   */
  private Part parse(CsvTable t, boolean last) {
    Part p = new Part();
    p.last = last;
    Row r = rows.get();
    try (t) {
      for (CsvTable.Rec rec; (rec = t.next()) != null; ) {
        p.outcomes.add(outcome(rec, r));
      }
      p.records = t.records();
      p.lineBreaks = t.lineBreaks();
      p.endsAtRecordStart = t.endsAtRecordStart();
    } catch (RuntimeException e) {
      p.fault = e;
    } catch (IOException e) {
      p.fault = new UncheckedIOException(e);
    }
    return p;
  }

  /** Keeps the pool busy with the next parts, a few ahead of the one handed out. */
  private void submitParts() {
    while (ahead.size() <= options.threads() && !blocks.atEnd() && !uncut) {
      byte[] bytes = blocks.next();
      if (bytes == null) {
        uncut = true; // no line feed to cut at: the rest is read on this thread
        return;
      }
      boolean last = blocks.atEnd();
      ahead.add(pool.submit(() -> parse(CsvTable.part(new ByteArrayInputStream(bytes), unit.file, options), last)));
    }
  }

  private Part take() {
    Future<Part> next = ahead.poll();
    if (next == null) {
      return null;
    }
    submitParts();
    try {
      return next.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw new IllegalStateException(e.getCause()); // parse catches every exception
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted while reading " + unit.file));
    }
  }

  private void stopParts() {
    if (pool != null) {
      pool.shutdownNow();
      pool = null;
      ahead.clear();
      part = null;
    }
    if (blocks != null) {
      blocks.close();
      blocks = null;
    }
  }

  @Override
  long bytesRead() {
    return blocks != null ? blocks.bytesRead() : table == null ? 0 : table.bytesRead();
  }

  private static void close(CsvTable t) {
    try {
      t.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    stopParts();
    if (table != null) {
      table.close();
    }
  }

  /**
   * The bytes of a file in blocks of at least {@code size} bytes (but the last), each ending with a
   * line feed that is not followed by the byte 0xEF (which could start a byte order mark, dropped
   * only at a file's start), found within {@link #SEARCH} bytes past the size: memory holds at
   * most a block and the search.
   */
  static final class Blocks {
    static final int SEARCH = 1 << 20;

    private final InputStream in;
    private final int size;
    private final String file;
    private byte[] buf = new byte[0];
    private int len;
    private boolean eof;
    private long bytesRead;

    Blocks(InputStream in, int size, String file) {
      this.in = in;
      this.size = size;
      this.file = file;
    }

    /** Whether every block was handed out. */
    boolean atEnd() {
      return eof && len == 0;
    }

    long bytesRead() {
      return bytesRead;
    }

    /** The next block; empty at the end; null if no cut is found: see {@link #rest}. */
    byte[] next() {
      for (int i = Math.max(0, size - 1); ; i++) {
        if (i + 1 >= len) {
          if (eof) {
            return take(len);
          }
          if (i - size >= SEARCH) {
            return null;
          }
          fill(Math.max(i + 2, len + (1 << 16)));
          i--;
          continue;
        }
        if (buf[i] == '\n' && buf[i + 1] != (byte) 0xEF) {
          return take(i + 1);
        }
      }
    }

    /** The bytes not handed out in blocks, once {@link #next} found no cut. */
    InputStream rest() {
      return new SequenceInputStream(new ByteArrayInputStream(buf, 0, len), in);
    }

    private void fill(int want) {
      if (buf.length < want) {
        buf = Arrays.copyOf(buf, Math.max(want, 2 * buf.length));
      }
      try {
        while (len < want) {
          int n = in.read(buf, len, want - len);
          if (n < 0) {
            eof = true;
            return;
          }
          len += n;
          bytesRead += n;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }

    private byte[] take(int n) {
      byte[] b = Arrays.copyOf(buf, n);
      System.arraycopy(buf, n, buf, 0, len - n);
      len -= n;
      return b;
    }

    void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
