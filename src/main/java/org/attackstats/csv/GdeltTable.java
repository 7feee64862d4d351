package org.attackstats.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a GDELT event file: one event a line, cells separated by tabs, no header and no
 * quoting (a quote is an ordinary character), decoded strictly ({@link TextReader}). The layout
 * (GDELT 2.0, 1.0 daily or 1.0 historical) is told by the number of cells of the first line, and
 * {@link #columns()} names them. Blank lines are skipped; a line is its own record number. No
 * cell is held past {@code maxCellLength + 1} characters, nor a line past {@code maxColumns + 1}
 * cells: such a row comes out over the limit by one, and the reader rejects it alone.
 */
final class GdeltTable implements Closeable {

  private final String file;
  private final Charset charset;
  private final ReadOptions options;
  private final CsvTable.CountingInputStream in;
  private final Reader reader;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line;
  private List<String> columns = List.of();
  private CsvTable.Rec first;

  GdeltTable(InputStream raw, Charset charset, String file, ReadOptions options) {
    this.file = file;
    this.charset = charset;
    this.options = options;
    this.in = new CsvTable.CountingInputStream(raw);
    this.reader = new TextReader(in, charset);
  }

  /**
   * The columns of the file's layout, told by its first line.
   *
   * @throws DataFormatException if the file is empty or its first line fits no GDELT layout
   */
  List<String> columns() {
    first = read();
    if (first == null) {
      throw new DataFormatException(
          new DataProblem(file, 0, 0, "", "", "file is empty: expected GDELT events, one a line"));
    }
    Optional<List<String>> layout = GdeltMapping.layout(first.cells().length);
    if (layout.isEmpty()) {
      throw new DataFormatException(new DataProblem(file, first.line(), first.number(), "", "",
          "not GDELT events: the first line has " + first.cells().length + " tab-separated cells; expected "
              + GdeltMapping.COLUMNS.size() + " (GDELT 2.0), " + GdeltMapping.V1_COLUMNS.size() + " (GDELT 1.0"
              + " daily files) or " + GdeltMapping.V1_HISTORICAL_COLUMNS.size() + " (GDELT 1.0 historical"
              + " files)"));
    }
    columns = layout.get();
    return columns;
  }

  /** What a line must have, for messages: {@code 61 cells (GDELT 2.0 events)}. */
  String expectation() {
    return columns.size() + " cells as in the first line (" + GdeltMapping.layoutName(columns) + ")";
  }

  /** The next event, or null at the end of the file. */
  CsvTable.Rec next() {
    if (first != null) {
      CsvTable.Rec r = first;
      first = null;
      return r;
    }
    return read();
  }

  private CsvTable.Rec read() {
    try {
      while (true) {
        if (pos == len && !fill()) {
          return null;
        }
        line++;
        List<String> cells = new ArrayList<>(GdeltMapping.COLUMNS.size());
        StringBuilder cell = new StringBuilder();
        boolean any = false;
        boolean ended = false;
        while (!ended) {
          if (pos == len && !fill()) {
            break;
          }
          char c = buf[pos++];
          if (c == '\n') {
            ended = true;
          } else if (c == '\r') {
            ended = true;
            if ((pos < len || fill()) && buf[pos] == '\n') {
              pos++;
            }
          } else if (c == '\t') {
            add(cells, cell);
            cell.setLength(0);
            any = true;
          } else {
            any = true;
            if (cell.length() <= options.maxCellLength() && cells.size() <= options.maxColumns()) {
              cell.append(c);
            }
          }
        }
        if (!any) {
          continue; // a blank line
        }
        add(cells, cell);
        return new CsvTable.Rec(cells.toArray(String[]::new), line, line);
      }
    } catch (TextReader.InvalidTextException e) {
      throw new DataFormatException(
          new DataProblem(file, e.line, 0, "", "", CsvTable.invalidText(charset, false)), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A cell, unless the line already has one more than the limit (then it is dropped). */
  private void add(List<String> cells, StringBuilder cell) {
    if (cells.size() <= options.maxColumns()) {
      cells.add(cell.toString());
    }
  }

  private boolean fill() throws IOException {
    int n = reader.read(buf, 0, buf.length);
    if (n <= 0) {
      pos = len = 0;
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }

  /** Bytes read so far, for progress reports. */
  long bytesRead() {
    return in.count;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
