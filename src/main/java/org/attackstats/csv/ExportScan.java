package org.attackstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attackstats.model.Incident;
import org.attackstats.model.Source;

/**
 * The rows of an export (CSV, ACLED JSON or GDELT's tab-separated events) or of a mapped table,
 * through the format's {@link Mapping}: the header (for GDELT, the columns of its layout) is bound
 * and checked before any row is read (required columns, the columns a mapping names), then each
 * row is checked for its shape and characters, left out when it is not an incident, and mapped.
 */
final class ExportScan extends FileScan {
  private final Mapping mapping;
  private final Mapping.Context context;
  private Binding binding;
  private CsvTable csv;
  private JsonTable json;
  private GdeltTable gdelt;
  private int boundColumns;

  ExportScan(Unit unit, ReadOptions options) {
    super(unit, options);
    this.mapping = unit.mapping();
    String publisher =
        unit.format == null
            ? unit.mapping.publisher().orElse(null)
            : unit.format.datasetName() + options.release().map(r -> " " + r).orElse("");
    this.context =
        new Mapping.Context(
            options.responderRule(), Source.of(publisher, null, unit.document), unit.document, this::unknownValue);
  }

  /**
   * The binding of the file's columns: renamed by the mapping; for a mapped table, a column named
   * {@code date} is taken as {@code date_start} unless the mapping or the file says otherwise.
   */
  private static Binding binding(Mapping mapping, TableMapping tm, List<String> header) {
    Map<String, String> columns = new java.util.HashMap<>(tm == null ? Map.of() : tm.columns());
    if (tm != null && tm.format().isEmpty() && !columns.containsKey("date_start")) {
      List<String> names = header.stream().map(Binding::normalise).toList();
      if (names.contains("date") && !names.contains("date_start")) {
        columns.put("date_start", "date");
      }
    }
    return new Binding(mapping.prefix(), columns);
  }

  @Override
  void open() {
    InputStream in;
    try {
      in = unit.opener.open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + unit.file + ": " + e.getMessage(), e);
    }
    List<Mapping.Warning> warnings = new ArrayList<>(unit.warnings);
    if (unit.format == ExternalFormat.ACLED_JSON) {
      binding = binding(mapping, unit.mapping, List.of());
      json = new JsonTable(in, options.charset(), unit.file, options, binding);
      json.open();
    } else {
      List<String> header;
      if (unit.format == ExternalFormat.GDELT) {
        gdelt = new GdeltTable(in, options.charset(), unit.file, options);
        header = gdelt.columns();
      } else {
        csv = new CsvTable(in, options.charset(), unit.file, options, false);
        header = csv.header();
      }
      binding = binding(mapping, unit.mapping, header);
      if (header.size() > options.maxColumns()) {
        throw fault(Messages.tooManyColumns(options));
      }
      for (String name : header) {
        if (binding.add(name) < 0) {
          throw fault("column '" + Binding.normalise(name) + "' appears twice in the header " + header);
        }
      }
      checkColumns();
    }
    try {
      mapping.checkHeader(binding, context);
    } catch (CellException e) {
      throw fault(e.reason());
    }
    warnings.addAll(context.warnings);
    context.warnings.clear();
    fileWarnings = warnings;
    noteNewColumns();
  }

  /** The columns a mapping names, and the format's required columns, are in the header. */
  private void checkColumns() {
    List<String> found = binding.sourceNames();
    if (unit.mapping != null) {
      for (Map.Entry<String, String> e : unit.mapping.columns().entrySet()) {
        if (binding.sourceIndex(e.getValue()) < 0) {
          throw fault("the mapping takes " + e.getKey() + " from column '" + e.getValue()
              + "', which the file does not have; columns found: " + found);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (String r : mapping.requiredColumns()) {
      if (!binding.has(r)) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      String what = unit.format == null ? "a mapped table (map them with field=column)" : unit.format.toString();
      throw fault("missing required column" + (missing.size() > 1 ? "s " : " ") + missing + " for " + what
          + "; columns found: " + found + Resolver.lookalike(found, unit.format));
    }
  }

  private DataFormatException fault(String reason) {
    return new DataFormatException(new DataProblem(unit.file, 1, 1, "", "", Messages.bounded(reason)));
  }

  /** Columns that appeared since the last look and that the format does not document. */
  private void noteNewColumns() {
    if (binding.size() == boundColumns) {
      return;
    }
    Set<String> known = mapping.knownColumns();
    List<String> unknown = new ArrayList<>(unknownColumns);
    for (int i = boundColumns; i < binding.size(); i++) {
      String name = binding.sourceName(i);
      if (binding.index(name) == i && !known.contains(name) && unknown.size() < options.maxColumns()) {
        unknown.add(name);
      }
    }
    unknownColumns = unknown;
    boundColumns = binding.size();
  }

  @Override
  Outcome next() {
    String[] cells;
    long line;
    long number;
    CellException defect = null;
    if (json != null) {
      JsonTable.Event e = json.next();
      if (e == null) {
        return null;
      }
      cells = e.cells();
      line = e.line();
      number = e.number();
      defect = e.defect();
      for (int i = 0; i < cells.length; i++) {
        if (cells[i] == null) {
          cells[i] = "";
        }
      }
      noteNewColumns();
    } else {
      CsvTable.Rec r = gdelt != null ? gdelt.next() : csv.next();
      if (r == null) {
        return null;
      }
      cells = r.cells();
      line = r.line();
      number = r.number();
      if (cells.length != binding.size()) {
        defect = new CellException("", Messages.abbreviate(cells), "wrong number of cells",
            "expected " + (gdelt != null ? gdelt.expectation() : binding.size() + " cells as in the header")
                + ", found " + cells.length);
      }
    }
    try {
      if (defect != null) {
        throw defect;
      }
      CellException tooLong = tooLong(cells, binding::sourceName);
      if (tooLong != null) {
        throw tooLong;
      }
      Cells.checkCharacters(cells, binding::sourceName);
      SourceRow row = new SourceRow(binding, cells, line, number);
      if (!options.includesNonIncidents()) {
        String reason = mapping.notAnIncident(row);
        if (reason != null) {
          return Outcome.leftOut(reason, row.get(mapping.idColumn()).strip(), line, number);
        }
      }
      context.warnings.clear();
      Incident incident;
      try {
        incident = mapping.map(row, context);
      } catch (IllegalArgumentException e) {
        // a model invariant the mapping did not check first; reported on the row
        throw new CellException("", "", "invalid record", e.getMessage());
      }
      return Outcome.record(incident, line, number, List.copyOf(context.warnings));
    } catch (CellException e) {
      return Outcome.problem(e, line, number);
    }
  }

  @Override
  String fieldColumn(String field) {
    return columnLabel(field.equals("id") ? mapping.idColumn() : field);
  }

  @Override
  String columnLabel(String column) {
    int i = binding.index(column);
    return i >= 0 && !binding.sourceName(i).equals(column) ? binding.sourceName(i) + " (" + column + ")" : column;
  }

  @Override
  long bytesRead() {
    return json != null ? json.bytesRead() : csv != null ? csv.bytesRead() : gdelt != null ? gdelt.bytesRead() : 0;
  }

  @Override
  public void close() throws IOException {
    if (json != null) {
      json.close();
    }
    if (csv != null) {
      csv.close();
    }
    if (gdelt != null) {
      gdelt.close();
    }
  }
}
