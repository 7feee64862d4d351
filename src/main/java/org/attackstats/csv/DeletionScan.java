package org.attackstats.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;

/**
 * The rows of a list of deleted events, as ACLED publishes it: {@code event_id_cnty} (or {@code
 * id}) and, optionally, {@code deleted_timestamp}, the time of the deletion in seconds since
 * 1970. Each row becomes a {@link Deletion}.
 */
final class DeletionScan extends FileScan {

  /** One deleted event: its id, and when it was deleted, if known. */
  record Deletion(String id, OptionalLong timestamp) {}

  private CsvTable csv;
  private final Binding binding = new Binding("");
  private String idColumn;

  DeletionScan(Unit unit, ReadOptions options) {
    super(unit, options);
  }

  @Override
  void open() {
    try {
      csv = new CsvTable(unit.opener.open(), options.charset(), unit.file, options, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + unit.file + ": " + e.getMessage(), e);
    }
    for (String name : csv.header()) {
      if (binding.add(name) < 0) {
        throw fault("column '" + Binding.normalise(name) + "' appears twice in the header");
      }
    }
    idColumn = binding.has("event_id_cnty") ? "event_id_cnty" : binding.has("id") ? "id" : null;
    if (idColumn == null) {
      throw fault("a list of deleted events needs an event_id_cnty (or id) column; columns found: "
          + binding.sourceNames());
    }
  }

  private DataFormatException fault(String reason) {
    return new DataFormatException(new DataProblem(unit.file, 1, 1, "", "", Messages.bounded(reason)));
  }

  @Override
  Outcome next() {
    CsvTable.Rec r = csv.next();
    if (r == null) {
      return null;
    }
    try {
      String[] cells = r.cells();
      if (cells.length != binding.size()) {
        throw new CellException("", Messages.abbreviate(cells), "wrong number of cells",
            "expected " + binding.size() + " cells as in the header, found " + cells.length);
      }
      Cells.checkCharacters(cells, binding::sourceName);
      SourceRow row = new SourceRow(binding, cells, r.line(), r.number());
      String id = Mapping.id(idColumn, Cells.required(idColumn, row.get(idColumn)));
      String ts = row.get("deleted_timestamp").strip();
      OptionalLong when = OptionalLong.empty();
      if (!ts.isEmpty()) {
        try {
          when = OptionalLong.of(Long.parseLong(ts));
        } catch (NumberFormatException e) {
          throw new CellException("deleted_timestamp", ts, Cells.INVALID_NUMBER,
              "expected a whole number of seconds since 1970, such as 1700000000");
        }
      }
      return Outcome.record(new Deletion(id, when), r.line(), r.number(), List.of());
    } catch (CellException e) {
      return Outcome.problem(e, r.line(), r.number());
    }
  }

  @Override
  long bytesRead() {
    return csv == null ? 0 : csv.bytesRead();
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.close();
    }
  }
}
