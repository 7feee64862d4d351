package org.attackstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.attackstats.dataset.RecordType;

/**
 * One file to read, resolved from an {@link Input}: where its bytes come from and what it holds (a
 * canonical table, an export of a known format or a mapped table, news text), or the fault that
 * stops it from being read at all.
 */
final class Unit {

  enum Kind { CANONICAL, EXPORT, TEXT, DELETIONS, FAULT }

  /** Opens the bytes, each time afresh. */
  interface Opener {
    InputStream open() throws IOException;
  }

  final String file;
  final String fileName;
  final Kind kind;
  final Opener opener;
  final RecordType table;
  final ExternalFormat format;
  final TableMapping mapping;
  final List<Mapping.Warning> warnings;
  final DataProblem fault;
  /** The name records cite as their document: the file name, or the path when names repeat. */
  String document;

  private Unit(
      String file, String fileName, Kind kind, Opener opener, RecordType table, ExternalFormat format,
      TableMapping mapping, List<Mapping.Warning> warnings, DataProblem fault) {
    this.file = file;
    this.fileName = fileName;
    this.kind = kind;
    this.opener = opener;
    this.table = table;
    this.format = format;
    this.mapping = mapping;
    this.warnings = warnings;
    this.fault = fault;
    this.document = fileName;
  }

  static Unit canonical(String file, String fileName, Opener opener, RecordType table) {
    return new Unit(file, fileName, Kind.CANONICAL, opener, table, null, null, List.of(), null);
  }

  /** An export of a concrete format, or (format null) a table mapped onto the generic fields. */
  static Unit export(
      String file, String fileName, Opener opener, ExternalFormat format, TableMapping mapping,
      List<Mapping.Warning> warnings) {
    return new Unit(file, fileName, Kind.EXPORT, opener, null, format, mapping, warnings, null);
  }

  static Unit text(String file, String fileName, Opener opener) {
    return new Unit(file, fileName, Kind.TEXT, opener, null, null, null, List.of(), null);
  }

  /** A list of deleted events, as ACLED publishes it. */
  static Unit deletions(String file, String fileName, Opener opener) {
    return new Unit(file, fileName, Kind.DELETIONS, opener, null, null, null, List.of(), null);
  }

  static Unit fault(DataProblem problem) {
    return new Unit(problem.file(), problem.file(), Kind.FAULT, null, null, null, null, List.of(), problem);
  }

  /** The mapping of an export's rows. */
  Mapping mapping() {
    return format == null ? new TableRule(mapping) : format.mapping();
  }

  /** What the file is read as, as {@link FileReport#format()} says it. */
  String label() {
    switch (kind) {
      case CANONICAL:
        return InputFormat.canonical(table).toString();
      case EXPORT:
        return mapping != null ? mapping.toString() : format.toString();
      case TEXT:
        return "text";
      case DELETIONS:
        return "deleted-events";
      default:
        return "unread";
    }
  }
}
