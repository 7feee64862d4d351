package org.attackstats.csv;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one CSV file, for every CSV reader (canonical tables, exports, mapped tables):
 * decoded strictly ({@link TextReader}), bounded by the limits ({@link LimitingReader}), parsed
 * with RFC 4180 quoting (blank lines skipped), each record with the line where it starts and its
 * record number. A fault that ends the file (malformed CSV, invalid text, a limit in strict mode,
 * an empty file) is a {@link DataFormatException} naming the file, the line and what to do.
 */
final class CsvTable implements Closeable {

  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  /** One record: its cells, the line where it starts, its record number (the header is 1). */
  record Rec(String[] cells, long line, long number) {}

  private final String file;
  private final Charset charset;
  private final boolean canonical;
  private final CountingInputStream in;
  private final LimitingReader limited;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long nextLine = 1;
  private List<String> header = List.of();

  /**
   * Opens the file; {@code canonical} files are UTF-8 by contract, and their messages say so
   * rather than pointing at the charset option.
   */
  CsvTable(InputStream raw, Charset charset, String file, ReadOptions options, boolean canonical) {
    this(raw, charset, file, options, canonical, true);
  }

  /**
   * A part of a canonical file that starts at a record boundary after its header: records and
   * lines are counted from the part's start.
   */
  static CsvTable part(InputStream raw, String file, ReadOptions options) {
    return new CsvTable(raw, StandardCharsets.UTF_8, file, options, true, false);
  }

  private CsvTable(
      InputStream raw, Charset charset, String file, ReadOptions options, boolean canonical, boolean headed) {
    this.file = file;
    this.charset = charset;
    this.canonical = canonical;
    this.in = new CountingInputStream(raw);
    this.limited = new LimitingReader(new TextReader(in, charset), options, !options.isLenient(), headed);
    try {
      this.parser =
          CSVParser.builder()
              .setReader(limited)
              .setFormat(FORMAT)
              .get();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    this.records = parser.iterator();
  }

  /** The header's cells. */
  List<String> header() {
    Rec h = next();
    if (h == null) {
      throw new DataFormatException(
          new DataProblem(file, 0, 0, "", "", "file is empty: expected a header row"));
    }
    header = List.of(h.cells());
    return header;
  }

  /** The next record, or null at the end of the file. */
  Rec next() {
    CSVRecord rec;
    try {
      if (!records.hasNext()) {
        return null;
      }
      rec = records.next();
    } catch (UncheckedIOException e) {
      throw fault(e.getCause());
    }
    long end = parser.getCurrentLineNumber();
    long start = limited.inputLine(end - breaks(rec));
    nextLine = limited.inputLine(end + 1);
    return new Rec(rec.values(), start, rec.getRecordNumber());
  }

  /** The records read so far, the header included. */
  long records() {
    return parser.getRecordNumber();
  }

  /** The line breaks read (CRLF counts once): once {@link #next} has returned null, all of them. */
  long lineBreaks() {
    return limited.lineBreaks();
  }

  /**
   * Whether the text ends a record, by RFC 4180 quoting (no cell or quote left open): meaningful
   * once {@link #next} has returned null.
   */
  boolean endsAtRecordStart() {
    return limited.atRecordStart();
  }

  /** Bytes read so far, for progress reports. */
  long bytesRead() {
    return in.count;
  }

  private DataFormatException fault(Throwable e) {
    if (e instanceof LimitingReader.LimitException) {
      LimitingReader.LimitException x = (LimitingReader.LimitException) e;
      return new DataFormatException(
          new DataProblem(
              file, x.line, x.record, x.cell >= 0 && x.cell < header.size() ? header.get(x.cell).strip() : "",
              "", x.getMessage()), e);
    }
    if (e instanceof TextReader.InvalidTextException) {
      return new DataFormatException(
          new DataProblem(file, ((TextReader.InvalidTextException) e).line, 0, "", "",
              invalidText(charset, canonical)), e);
    }
    return new DataFormatException(
        new DataProblem(file, nextLine, 0, "", "",
            "malformed CSV: " + e.getMessage() + "; the rest of the file was not read"), e);
  }

  /** What to say of bytes that are not text in the charset. */
  static String invalidText(Charset charset, boolean canonical) {
    return "invalid " + charset.name() + " text"
        + (canonical
            ? " (canonical files are always UTF-8)"
            : ": give the file's character set with ReadOptions.charset, or --charset on the command"
                + " line (GTD CSV files are often windows-1252)")
        + "; the rest of the file was not read";
  }

  /** Line breaks inside the record's cells (CRLF counts once). */
  static long breaks(CSVRecord rec) {
    long n = 0;
    for (String v : rec.values()) {
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= v.length() || v.charAt(i + 1) != '\n'))) {
          n++;
        }
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** Counts the bytes read through it. */
  static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      count += k;
      return k;
    }
  }
}
