package org.attackstats.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The rows of one canonical table, through {@link Header}, {@link Row} and {@link Codec}. */
final class CanonicalScan extends FileScan {
  private final int memoCapacity;
  private CsvTable table;
  private Header header;
  private Row row;

  CanonicalScan(Unit unit, ReadOptions options, int memoCapacity) {
    super(unit, options);
    this.memoCapacity = memoCapacity;
  }

  @Override
  void open() {
    try {
      table = new CsvTable(unit.opener.open(), StandardCharsets.UTF_8, unit.file, options, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + unit.file + ": " + e.getMessage(), e);
    }
    header = Header.of(table.header(), unit.table, unit.file, options);
    row = new Row(header, memoCapacity);
  }

  @Override
  Outcome next() {
    CsvTable.Rec rec = table.next();
    if (rec == null) {
      return null;
    }
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

  @Override
  long bytesRead() {
    return table == null ? 0 : table.bytesRead();
  }

  @Override
  public void close() throws IOException {
    if (table != null) {
      table.close();
    }
  }
}
