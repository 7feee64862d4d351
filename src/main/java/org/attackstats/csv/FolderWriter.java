package org.attackstats.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.dataset.RecordType;

/**
 * Writes a canonical folder all or nothing: every file is written to a temporary file in the
 * folder (created with the usual permissions, not a temporary file's owner-only ones) and only
 * once all are complete moved over the old ones, one atomic rename each; until then, or after a
 * failure, the old files are untouched and {@link #close()} removes the temporary files.
 *
 * <p>A table is either written whole ({@link #table}) or filled record by record ({@link #add}):
 * records then go to a spill file, canonical cells followed by their extras as name and value, so
 * that memory holds only the names of the extra columns seen; at {@link #commit()} the table is
 * written from the spill with the canonical columns and every extra column in first-seen order.
 * Other files (a report, a revision history) can be written alongside ({@link #file}).
 */
final class FolderWriter implements Closeable {

  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  /** Writes a whole file. */
  interface Content {
    void write(Writer w) throws IOException;
  }

  private final Path dir;
  private final WriteOptions options;
  private final Map<Path, Path> written = new LinkedHashMap<>(); // temporary file -> final name
  private final List<Path> spills = new ArrayList<>();
  private final Map<RecordType, Path> tables = new EnumMap<>(RecordType.class);
  private final Map<RecordType, Spill> spilled = new EnumMap<>(RecordType.class);

  private static final class Spill {
    final Path path;
    final CSVPrinter printer;
    final Set<String> extras = new LinkedHashSet<>();

    Spill(Path path, CSVPrinter printer) {
      this.path = path;
      this.printer = printer;
    }
  }

  FolderWriter(Path dir, WriteOptions options) {
    this.dir = dir;
    this.options = options;
    try {
      Files.createDirectories(dir);
      for (RecordType t : RecordType.values()) {
        inTheWay(dir.resolve(t.fileName()));
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private static void inTheWay(Path target) throws IOException {
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString(), null, "a folder is in the way of the file");
    }
  }

  /** A new file in the folder with a random name, created with the default permissions. */
  Path create(String name, String suffix) throws IOException {
    for (;;) {
      Path p = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + suffix);
      try {
        Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return p;
      } catch (FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  static Writer writer(Path p) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(p, StandardOpenOption.TRUNCATE_EXISTING), StandardCharsets.UTF_8),
        1 << 16);
  }

  /** Writes a file of the folder whole. */
  void file(String name, Content content) {
    try {
      inTheWay(dir.resolve(name));
      Path tmp = create(name, ".tmp");
      written.put(tmp, dir.resolve(name));
      try (Writer w = writer(tmp)) {
        content.write(w);
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Writes one canonical table whole. */
  void table(RecordType type, Content content) {
    file(type.fileName(), content);
    tables.put(type, dir.resolve(type.fileName()));
  }

  /** Adds one record to its table. */
  void add(Object record) {
    add(Records.type(record), Records.cells(record));
  }

  /** Adds one record, given by its cells (canonical columns and extras), to its table. */
  void add(RecordType type, Map<String, String> cells) {
    try {
      Spill s = spilled.get(type);
      if (s == null) {
        Path p = create(type.fileName(), ".spill");
        spills.add(p);
        s = new Spill(p, new CSVPrinter(writer(p), FORMAT));
        spilled.put(type, s);
      }
      List<String> row = new ArrayList<>(cells.size() * 2);
      List<String> canonical = Columns.of(type);
      for (String c : canonical) {
        row.add(cells.getOrDefault(c, ""));
      }
      for (Map.Entry<String, String> e : cells.entrySet()) {
        if (!canonical.contains(e.getKey())) {
          s.extras.add(e.getKey());
          row.add(e.getKey());
          row.add(e.getValue());
        }
      }
      s.printer.printRecord(row);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Writes the spilled tables and the empty ones, then moves every file into place. */
  void commit() {
    try {
      for (Map.Entry<RecordType, Spill> e : spilled.entrySet()) {
        e.getValue().printer.close();
        Spill s = e.getValue();
        RecordType type = e.getKey();
        table(type, w -> fromSpill(type, s, w));
      }
      for (RecordType t : Resolver.READ_ORDER) {
        if (!tables.containsKey(t)) {
          table(t, w -> header(t, new LinkedHashSet<>(), w));
        }
      }
      for (Map.Entry<Path, Path> e : written.entrySet()) {
        try {
          Files.move(e.getKey(), e.getValue(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException x) {
          Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private CSVPrinter header(RecordType type, Set<String> extras, Writer w) throws IOException {
    CSVPrinter p = new CSVPrinter(w, FORMAT);
    List<String> columns = new ArrayList<>(Columns.of(type));
    columns.addAll(extras);
    p.printRecord(columns);
    p.flush();
    return p;
  }

  private void fromSpill(RecordType type, Spill s, Writer w) throws IOException {
    CSVPrinter out = header(type, s.extras, w);
    List<String> canonical = Columns.of(type);
    List<String> extras = new ArrayList<>(s.extras);
    Map<String, Integer> at = new LinkedHashMap<>();
    for (int i = 0; i < extras.size(); i++) {
      at.put(extras.get(i), canonical.size() + i);
    }
    String[] row = new String[canonical.size() + extras.size()];
    try (Reader r = Files.newBufferedReader(s.path, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
      for (CSVRecord rec : p) {
        Arrays.fill(row, "");
        for (int i = 0; i < canonical.size(); i++) {
          row[i] = options.cell(canonical.get(i), rec.get(i));
        }
        for (int i = canonical.size(); i + 1 < rec.size(); i += 2) {
          row[at.get(rec.get(i))] = options.cell(rec.get(i), rec.get(i + 1));
        }
        out.printRecord((Object[]) row);
      }
    }
    out.flush();
  }

  private UncheckedIOException failed(IOException e) {
    return new UncheckedIOException("cannot write dataset to " + dir + ": " + e.getMessage(), e);
  }

  /** Removes the temporary files left: all of them unless {@link #commit()} moved them. */
  @Override
  public void close() {
    for (Spill s : spilled.values()) {
      try {
        s.printer.close();
      } catch (IOException e) {
        // the file is removed below
      }
    }
    List<Path> temporary = new ArrayList<>(spills);
    temporary.addAll(written.keySet());
    for (Path p : temporary) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // nothing more can be done
      }
    }
  }
}
