package org.attackstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.dataset.RecordType;

/**
 * The one loop that reads canonical tables, shared by the loader that builds a dataset and by the
 * streaming scan: the header, the limits, line and record numbers, the account of every row, and
 * strict or lenient handling of problems. Subclasses say what becomes of a parsed row.
 */
abstract class TableReader {
  final ReadOptions options;
  final List<DataProblem> problems = new ArrayList<>();
  final List<FileReport> reports = new ArrayList<>();

  TableReader(ReadOptions options) {
    this.options = options;
  }

  /**
   * Turns a row into a record and keeps it.
   *
   * @return the problem of the row, or null once its record was kept
   * @throws CellException for a bad cell
   */
  abstract DataProblem accept(Row row, RecordType type, String file, long line, long number);

  /**
   * The canonical files of a folder (in reading order), or the one file named.
   *
   * @throws DataFormatException if a folder holds none of the four files
   * @throws UncheckedIOException if a file is missing or not a regular file
   */
  static List<Path> files(Path path) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      for (RecordType t : CanonicalCsv.READ_ORDER) {
        Path f = path.resolve(t.fileName());
        if (Files.isRegularFile(f)) {
          files.add(f);
        }
      }
      if (files.isEmpty()) {
        throw new DataFormatException(
            new DataProblem(
                path.toString(), 0, 0, "", "",
                "folder holds none of attacks.csv, responses.csv, bases.csv, tallies.csv"));
      }
    } else {
      files.add(path);
    }
    return files;
  }

  /**
   * Reads files as one dataset: each file's kind from its name or header, bases first, then
   * attacks, responses and tallies, so that references are checked as rows arrive.
   *
   * @throws UncheckedIOException if a file is missing, not a regular file, or cannot be read
   */
  final void readAll(Collection<Path> files) {
    Map<RecordType, List<Path>> byType = new EnumMap<>(RecordType.class);
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        String why = Files.exists(f) ? "not a regular file (a folder, device or pipe)" : "no such file";
        throw new UncheckedIOException("cannot read " + f + ": " + why, new NoSuchFileException(f.toString()));
      }
      byType.computeIfAbsent(CanonicalCsv.kindOf(f, options), k -> new ArrayList<>()).add(f);
    }
    for (RecordType t : CanonicalCsv.READ_ORDER) {
      for (Path f : byType.getOrDefault(t, List.of())) {
        try (InputStream in = Files.newInputStream(f)) {
          table(in, f.toString(), t);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** Shares equal values between the records this reader keeps; by default nothing is shared. */
  Interner interner() {
    return Interner.NONE;
  }

  /** Reads one table, keeping the account of its rows in {@link #reports}. */
  final void table(InputStream raw, String file, RecordType type) {
    long read = 0;
    long accepted = 0;
    Header header = null;
    CanonicalCsv.CountingInputStream in = new CanonicalCsv.CountingInputStream(raw);
    try (Reader r = CanonicalCsv.limited(CanonicalCsv.reader(in), options);
        CSVParser parser = CSVParser.builder().setReader(r).setFormat(CanonicalCsv.READ_FORMAT).get()) {
      Iterator<CSVRecord> it = parser.iterator();
      long line = 1;
      try {
        if (!it.hasNext()) {
          fail(new DataProblem(file, 0, 0, "", "", "file is empty: expected a header row"));
          return;
        }
        try {
          header = Header.of(it.next().toList(), type, file, options.maxColumns());
        } catch (DataFormatException e) {
          fail(e.problem()); // strict: throws; lenient: the file is reported and skipped
          return;
        }
        line = parser.getCurrentLineNumber() + 1;
        while (it.hasNext()) {
          CSVRecord rec = it.next();
          long end = parser.getCurrentLineNumber();
          long start = end - CanonicalCsv.breaks(rec);
          line = end + 1;
          read++;
          if (read > options.maxRows()) {
            read--;
            throw new DataFormatException(
                new DataProblem(
                    file, start, rec.getRecordNumber(), "", "",
                    "more than " + options.maxRows()
                        + " data rows (raise the limit with ReadOptions.maxRows)"));
          }
          if (read % ReadProgress.EVERY == 0) {
            options.progress().update(file, in.count, read);
          }
          DataProblem p = row(rec, header, file, type, start);
          if (p == null) {
            accepted++;
          } else {
            fail(p);
          }
        }
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof LimitingReader.LimitException) {
          LimitingReader.LimitException x = (LimitingReader.LimitException) e.getCause();
          String column =
              header != null && x.cell >= 0 && x.cell < header.size() ? header.name(x.cell) : "";
          DataProblem p = new DataProblem(file, x.line, x.record, column, "", x.getMessage());
          fail(p); // a header over a limit ends the file: thrown when strict, reported when lenient
        } else {
          fail(malformed(file, line, e.getCause()));
        }
      }
    } catch (IOException e) {
      fail(malformed(file, 0, e));
    } finally {
      options.progress().finished(file, in.count, read);
      reports.add(new FileReport(file, type, read, accepted, read - accepted));
    }
  }

  private static DataProblem malformed(String file, long line, Throwable e) {
    String why =
        e instanceof CharacterCodingException
            ? "invalid UTF-8 (the file must be UTF-8 encoded)"
            : "malformed CSV: " + e.getMessage();
    return new DataProblem(file, line, 0, "", "", why + "; the rest of the file was not read");
  }

  final void fail(DataProblem p) {
    if (!options.isLenient()) {
      throw new DataFormatException(p);
    }
    if (problems.size() >= options.maxProblems()) {
      throw new DataFormatException(
          new DataProblem(
              p.file(), p.line(), p.record(), "", "",
              "more than " + options.maxProblems()
                  + " problems (raise the limit with ReadOptions.maxProblems)"));
    }
    problems.add(p);
  }

  /** The problem of this row, or null once its record was kept. */
  private DataProblem row(CSVRecord rec, Header header, String file, RecordType type, long line) {
    long number = rec.getRecordNumber();
    if (rec.size() > options.maxColumns()) {
      return new DataProblem(
          file, line, number, "", CanonicalCsv.abbreviate(rec.values()), CanonicalCsv.tooManyCells(options));
    }
    if (rec.size() != header.size()) {
      return new DataProblem(
          file, line, number, "", CanonicalCsv.abbreviate(rec.values()),
          "row has " + rec.size() + " cells but the header has " + header.size());
    }
    String[] cells = rec.values();
    for (int i = 0; i < cells.length; i++) {
      if (cells[i].length() > options.maxCellLength()) {
        return new DataProblem(
            file, line, number, header.name(i), CanonicalCsv.abbreviate(cells[i]), CanonicalCsv.tooLong(options));
      }
    }
    Row row = new Row(header, cells, interner());
    try {
      return accept(row, type, file, line, number);
    } catch (CellException e) {
      return new DataProblem(
          file, line, number, e.column, CanonicalCsv.abbreviate(e.value), CanonicalCsv.bounded(e.getMessage()));
    }
  }
}
