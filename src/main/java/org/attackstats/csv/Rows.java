package org.attackstats.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file or of an ACLED API JSON document, bound by lower-case column name. A row
 * whose shape is wrong (cell count, cell length) carries a {@link RowProblem} as its defect; a file
 * that cannot be read at all throws {@link DataFormatException}.
 */
abstract class Rows implements Iterator<ExportRow> {

  final String file;
  final ReadOptions options;
  List<String> header = List.of();
  private long count;

  Rows(String file, ReadOptions options) {
    this.file = file;
    this.options = options;
  }

  /** The column names, lower-case, in file order. */
  List<String> header() {
    return header;
  }

  @Override
  public final ExportRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ExportRow row = read();
    if (++count > options.maxRows()) {
      throw fail(
          row.row().line(),
          row.row().record(),
          "",
          "more than " + options.maxRows() + " rows: raise ReadOptions.maxRows to read this file");
    }
    return row;
  }

  abstract ExportRow read();

  DataFormatException fail(long line, long record, String value, String reason) {
    return new DataFormatException(new DataProblem(file, line, record, "", value, reason));
  }

  List<String> setHeader(List<String> names, long line) {
    if (names.size() > options.maxColumns()) {
      throw fail(
          line,
          line,
          "",
          "header has "
              + names.size()
              + " columns, more than the limit "
              + options.maxColumns()
              + " (ReadOptions.maxColumns)");
    }
    List<String> h = new ArrayList<>();
    for (String n : names) {
      String name = n.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      if (h.contains(name)) {
        throw fail(line, line, n, "column '" + name + "' appears twice in the header " + names);
      }
      h.add(name);
    }
    header = List.copyOf(h);
    return header;
  }

  RowProblem checkLength(String column, String value) {
    if (value.length() > options.maxCellLength()) {
      return new RowProblem(
          column,
          value,
          "cell too long",
          "cell has "
              + value.length()
              + " characters, more than the limit "
              + options.maxCellLength()
              + " (ReadOptions.maxCellLength)");
    }
    return null;
  }

  /** CSV rows, via Commons CSV; blank lines are skipped. */
  static Rows csv(Reader in, String file, ReadOptions options) throws IOException {
    return new CsvRows(in, file, options);
  }

  /** The objects of the {@code data} array of an ACLED API response. */
  static Rows acledJson(String text, String file, ReadOptions options) {
    return new JsonRows(text, file, options);
  }

  private static final class CsvRows extends Rows {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lastLine;

    CsvRows(Reader in, String file, ReadOptions options) throws IOException {
      super(file, options);
      this.parser = CSVFormat.DEFAULT.builder().get().parse(in);
      this.records = parser.iterator();
      if (!hasNext()) {
        throw fail(0, 0, "", "the file is empty: expected a header row");
      }
      CSVRecord h = records.next();
      lastLine = parser.getCurrentLineNumber();
      setHeader(h.toList(), 1);
    }

    @Override
    public boolean hasNext() {
      try {
        return records.hasNext();
      } catch (UncheckedIOException e) {
        throw malformed(e);
      }
    }

    private DataFormatException malformed(UncheckedIOException e) {
      String reason =
          e.getCause() instanceof CharacterCodingException
              ? "the text is not in the expected character set: set ConversionOptions.charset"
                  + " (GTD CSV files are often windows-1252)"
              : "malformed CSV: " + e.getCause().getMessage();
      return new DataFormatException(new DataProblem(file, lastLine + 1, 0, "", "", reason), e);
    }

    @Override
    ExportRow read() {
      CSVRecord r;
      try {
        r = records.next();
      } catch (UncheckedIOException e) {
        throw malformed(e);
      }
      // the line where the record ends, less the line breaks inside its cells: right after
      // skipped blank lines too
      lastLine = parser.getCurrentLineNumber();
      long line = lastLine - breaks(r);
      RowProblem defect = null;
      if (r.size() != header.size()) {
        defect =
            new RowProblem(
                "",
                String.join(",", r.toList()),
                "wrong number of cells",
                "expected " + header.size() + " cells as in the header, found " + r.size());
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String v = i < r.size() ? r.get(i) : "";
        cells.put(header.get(i), v);
        if (defect == null) {
          defect = checkLength(header.get(i), v);
        }
      }
      return new ExportRow(new SourceRow(cells, line, r.getRecordNumber()), defect);
    }
  }

  /** The line breaks inside a record's cells (CRLF counts once). */
  static long breaks(CSVRecord r) {
    long n = 0;
    for (String v : r.values()) {
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= v.length() || v.charAt(i + 1) != '\n'))) {
          n++;
        }
      }
    }
    return n;
  }

  private static final class JsonRows extends Rows {
    private final Json.Arr data;
    private int index;

    JsonRows(String text, String file, ReadOptions options) {
      super(file, options);
      Object doc;
      try {
        doc = Json.parse(text);
      } catch (Json.SyntaxException e) {
        throw fail(e.line(), 0, "", "malformed JSON: " + e.getMessage());
      }
      if (!(doc instanceof Json.Obj)
          || !(((Json.Obj) doc).members().get("data") instanceof Json.Arr)) {
        throw fail(
            1, 0, "", "expected an ACLED API response: an object with a \"data\" array of events");
      }
      this.data = (Json.Arr) ((Json.Obj) doc).members().get("data");
      if (!data.isEmpty() && data.get(0) instanceof Json.Obj) {
        setHeader(
            new ArrayList<>(((Json.Obj) data.get(0)).members().keySet()),
            ((Json.Obj) data.get(0)).line());
      }
    }

    @Override
    public boolean hasNext() {
      return index < data.size();
    }

    @Override
    ExportRow read() {
      Object item = data.get(index);
      long line = data.line(index);
      index++;
      if (!(item instanceof Json.Obj)) {
        return new ExportRow(
            new SourceRow(Map.of(), line, index),
            new RowProblem(
                "", String.valueOf(item), "malformed event", "expected an object in \"data\""));
      }
      Json.Obj obj = (Json.Obj) item;
      Map<String, String> cells = new LinkedHashMap<>();
      RowProblem defect = null;
      for (Map.Entry<String, Object> e : obj.members().entrySet()) {
        String column = e.getKey().strip().toLowerCase(Locale.ROOT);
        Object v = e.getValue();
        String value;
        if (v instanceof String) {
          value = (String) v;
        } else if (v == Json.NULL) {
          value = "";
        } else {
          value = "";
          if (defect == null) {
            defect =
                new RowProblem(column, "", "malformed event", "expected a string, number or null");
          }
        }
        cells.put(column, value);
        if (defect == null) {
          defect = checkLength(column, value);
        }
      }
      return new ExportRow(new SourceRow(cells, obj.line(), index), defect);
    }
  }
}
