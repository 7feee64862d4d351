package org.attackstats.csv;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.dataset.RecordIds;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.Incident;

/**
 * Updates a canonical folder from a newer export, as {@code acled_update} does for ACLED users,
 * without holding the records: memory holds the ids (with where each incident of the folder is kept
 * on disk meanwhile), never the records themselves.
 *
 * <ul>
 *   <li>An incident of the export whose id the folder does not hold is added.
 *   <li>One it holds replaces the folder's, unless both carry a version (ACLED's {@code timestamp},
 *       kept as the extra {@code acled_timestamp}) and the folder's is newer: then the folder's is
 *       kept. Replaced incidents whose cells differ are changed, the others unchanged.
 *   <li>The list of deleted events removes each listed incident, from the folder and from the
 *       export, unless its version is newer than the deletion's {@code deleted_timestamp}.
 *   <li>An incident whose event the export holds but no longer counts as one (reclassified as a
 *       protest, say) is deleted, the reason in the history's {@code new_value}.
 *   <li>Incidents of the folder that the export does not hold stay; bases and tallies stay. A
 *       response's {@code in_response_to} link to an attack that is no longer there is removed.
 * </ul>
 *
 * <p>The folder is written in the export's order, then the incidents of the folder it did not
 * hold, so that an update with an export holding every event equals converting that export (less
 * the deleted events). Every change is a row of {@code revisions.csv} in the folder ({@code id,
 * kind, change, column, old_value, new_value, old_version, new_version, source}): one per added or
 * deleted incident and one per changed cell ({@code killed 3 -> 5}, with both versions); the
 * provenance columns {@code source} and {@code source_url} (which name the export) are not
 * compared, though a replaced incident takes the export's. The folder and its history are written
 * all or nothing.
 */
final class Update {

  static final String REVISIONS = "revisions.csv";
  static final List<String> REVISION_COLUMNS =
      List.of("id", "kind", "change", "column", "old_value", "new_value", "old_version", "new_version", "source");

  private final Path dir;
  private final ReadOptions options;
  private final FolderWriter out;
  private final Map<String, Long> folder = new HashMap<>(); // incident id -> offset in the store
  private final Map<String, DeletionScan.Deletion> deletions = new HashMap<>();
  private final Set<String> attacks = new HashSet<>(); // attack ids written
  private Path store;
  private Path history;
  private CSVPrinter log;
  private long added;
  private long changed;
  private long unchanged;
  private long deleted;
  private long kept;
  private long revisions;
  /** Where records keep their version: ACLED's {@code timestamp} (no other source has one). */
  private final String versionExtra =
      AcledMapping.CURRENT.prefix() + AcledMapping.CURRENT.versionColumn();

  private Update(Path dir, ReadOptions options, FolderWriter out) {
    this.dir = dir;
    this.options = options;
    this.out = out;
  }

  static UpdateReport apply(Path dir, List<Input> newer, Optional<Input> deleted, ReadOptions options) {
    if (!Files.isDirectory(dir)) {
      throw new UncheckedIOException("no such folder: " + dir, new NoSuchFileException(dir.toString()));
    }
    List<LoadReport> reports = new ArrayList<>();
    try (FolderWriter out = new FolderWriter(dir, WriteOptions.defaults())) {
      Update u = new Update(dir, options, out);
      try {
        if (deleted.isPresent()) {
          reports.add(u.readDeletions(deleted.get()));
        }
        LoadReport folder = u.readFolder();
        if (folder.hasProblems()) {
          // rewriting the folder would drop the rows that cannot be read: refuse instead
          DataProblem p = folder.problems().get(0);
          throw new DataFormatException(new DataProblem(p.file(), p.line(), p.record(), p.column(), p.value(),
              Messages.bounded(p.reason() + " (the folder to update has " + folder.problems().size()
                  + " problems: an update would drop their rows, so nothing was changed; see validate)")));
        }
        reports.add(folder);
        reports.add(u.readExport(newer));
        u.rest();
        u.log.close();
        out.file(REVISIONS, u::writeHistory);
        out.commit();
      } finally {
        u.cleanUp();
      }
      return new UpdateReport(merge(reports), u.added, u.changed, u.unchanged, u.deleted, u.kept, u.revisions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update " + dir + ": " + e.getMessage(), e);
    }
  }

  private LoadReport readDeletions(Input in) {
    try (Scan scan = new Scan(Resolver.deletions(in, options), options, Scan.Keeper.NONE, Memo.STREAMING)) {
      for (Object r; (r = scan.next()) != null; ) {
        DeletionScan.Deletion d = (DeletionScan.Deletion) r;
        deletions.merge(d.id(), d, Update::later);
      }
      return scan.report();
    }
  }

  private static DeletionScan.Deletion later(DeletionScan.Deletion a, DeletionScan.Deletion b) {
    if (a.timestamp().isEmpty() || b.timestamp().isEmpty()) {
      return a.timestamp().isEmpty() ? a : b;
    }
    return a.timestamp().getAsLong() >= b.timestamp().getAsLong() ? a : b;
  }

  /** Bases and tallies are carried over; incidents go to the store, indexed by id. */
  private LoadReport readFolder() throws IOException {
    store = out.create("update", ".store");
    history = out.create("update", ".history");
    log = new CSVPrinter(FolderWriter.writer(history), FolderWriter.FORMAT);
    boolean canonical = false;
    for (RecordType t : RecordType.values()) {
      canonical |= Files.isRegularFile(dir.resolve(t.fileName()));
    }
    if (!canonical) {
      return new LoadReport(List.of(), List.of(), List.of(), 0);
    }
    try (Scan scan = new Scan(Resolver.resolve(List.of(Input.of(dir, InputFormat.CANONICAL)), options),
            options, Scan.Keeper.of(RecordIds.create()), Memo.STREAMING);
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(store, StandardOpenOption.TRUNCATE_EXISTING))) {
      long offset = 0;
      for (Object r; (r = scan.next()) != null; ) {
        if (!(r instanceof Incident)) {
          out.add(r);
          continue;
        }
        String id = Records.id(r);
        if (folder.containsKey(id)) {
          throw new DataFormatException(new DataProblem(dir.toString(), 0, 0, "id", id,
              "the folder holds an attack and a response with this id: an update cannot tell which an"
                  + " event of the export replaces"));
        }
        folder.put(id, offset);
        byte[] line = encode(Records.type(r), Records.cells(r));
        o.write(line);
        offset += line.length;
      }
      return scan.report();
    }
  }

  private LoadReport readExport(List<Input> newer) throws IOException {
    try (Scan scan = new Scan(Resolver.resolve(newer, options), options, Scan.Keeper.of(RecordIds.create()),
            Memo.STREAMING);
        FileChannel channel = FileChannel.open(store, StandardOpenOption.READ)) {
      scan.onLeftOut((id, reason) -> notAnIncident(id, reason, scan.lastFile().unit.document, channel));
      for (Object r; (r = scan.next()) != null; ) {
        if (!(r instanceof Incident)) {
          continue; // an export holds incidents only; a canonical input's bases are not merged
        }
        merge((Incident) r, scan.lastFile().unit.document, channel);
      }
      return scan.report();
    }
  }

  private void merge(Incident n, String source, FileChannel channel) throws IOException {
    RecordType type = Records.type(n);
    Map<String, String> cells = Records.cells(n);
    Long at = folder.remove(n.id());
    Stored old = at == null ? null : read(channel, at);
    String version = cells.getOrDefault(versionExtra, "");
    String oldVersion = old == null ? "" : old.cells.getOrDefault(versionExtra, "");
    if (deletedAt(n.id(), version)) {
      deleted++;
      revision(n.id(), old == null ? type : old.type, "deleted", "", "", "", oldVersion, version, source);
      return;
    }
    if (old == null) {
      added++;
      revision(n.id(), type, "added", "", "", "", "", version, source);
      write(type, cells);
      return;
    }
    if (newer(oldVersion, version)) {
      kept++;
      write(old.type, old.cells);
      return;
    }
    List<String> columns = differences(old.cells, cells);
    if (old.type != type) {
      columns.add(0, "kind");
    }
    if (columns.isEmpty()) {
      unchanged++;
    } else {
      changed++;
      for (String c : columns) {
        boolean kind = c.equals("kind");
        revision(n.id(), type, "changed", c, kind ? old.type.toString() : old.cells.getOrDefault(c, ""),
            kind ? type.toString() : cells.getOrDefault(c, ""), oldVersion, version, source);
      }
    }
    write(type, cells);
  }

  /** An event the export holds but no longer counts as an incident: it leaves the folder. */
  private void notAnIncident(String id, String reason, String source, FileChannel channel) {
    Long at = folder.remove(id);
    if (at == null) {
      return;
    }
    try {
      Stored old = read(channel, at);
      deleted++;
      revision(id, old.type, "deleted", "", "", reason, old.cells.getOrDefault(versionExtra, ""), "", source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The incidents of the folder that the export did not hold, in the folder's order. */
  private void rest() throws IOException {
    try (InputStream in = Files.newInputStream(store);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(FolderWriter.FORMAT).get()) {
      for (CSVRecord rec : p) {
        Stored s = decode(rec);
        String id = s.cells.get("id");
        if (!folder.containsKey(id)) {
          continue; // merged with the export's
        }
        String version = s.cells.getOrDefault(versionExtra, "");
        if (deletedAt(id, version)) {
          deleted++;
          revision(id, s.type, "deleted", "", "", "", version, "", "");
          continue;
        }
        unchanged++;
        if (s.type == RecordType.RESPONSE) {
          unlink(id, s.cells);
        }
        write(s.type, s.cells);
      }
    }
  }

  /** Removes the links of a response to attacks that are no longer there. */
  private void unlink(String id, Map<String, String> cells) throws IOException {
    String links = cells.getOrDefault("in_response_to", "");
    if (links.isEmpty()) {
      return;
    }
    List<String> keptLinks = new ArrayList<>();
    for (String l : links.split("\\|")) {
      if (attacks.contains(l)) {
        keptLinks.add(l);
      }
    }
    String now = String.join("|", keptLinks);
    if (!now.equals(links)) {
      revision(id, RecordType.RESPONSE, "changed", "in_response_to", links, now, "", "",
          "an attack it responds to is no longer in the folder");
      cells.put("in_response_to", now);
    }
  }

  private boolean deletedAt(String id, String version) {
    DeletionScan.Deletion d = deletions.get(id);
    if (d == null) {
      return false;
    }
    Long v = number(version);
    return d.timestamp().isEmpty() || v == null || v <= d.timestamp().getAsLong();
  }

  /** Whether the folder's version is newer than the export's (both known). */
  private static boolean newer(String folderVersion, String exportVersion) {
    Long a = number(folderVersion);
    Long b = number(exportVersion);
    return a != null && b != null && a > b;
  }

  private static Long number(String v) {
    try {
      return v.isBlank() ? null : Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Provenance: which export (and release) a record comes from, not a figure of the event. */
  private static final Set<String> PROVENANCE = Set.of("source", "source_url");

  /**
   * The columns whose cells differ, canonical ones first, an absent cell being empty; the
   * provenance columns, which name the export read, are not figures of the event.
   */
  private static List<String> differences(Map<String, String> a, Map<String, String> b) {
    Set<String> columns = new LinkedHashSet<>(a.keySet());
    columns.addAll(b.keySet());
    List<String> diff = new ArrayList<>();
    for (String c : columns) {
      if (!PROVENANCE.contains(c) && !a.getOrDefault(c, "").equals(b.getOrDefault(c, ""))) {
        diff.add(c);
      }
    }
    return diff;
  }

  private void write(RecordType type, Map<String, String> cells) {
    if (type == RecordType.ATTACK) {
      attacks.add(cells.get("id"));
    }
    out.add(type, cells);
  }

  private void revision(String id, RecordType type, String change, String column, String oldValue,
      String newValue, String oldVersion, String newVersion, String source) throws IOException {
    revisions++;
    log.printRecord(id, type, change, column, oldValue, newValue, oldVersion, newVersion, source);
  }

  /** The history so far, then this update's rows. */
  private void writeHistory(Writer w) throws IOException {
    Path old = dir.resolve(REVISIONS);
    CSVPrinter p = new CSVPrinter(w, FolderWriter.FORMAT);
    if (Files.isRegularFile(old)) {
      try (Reader r = Files.newBufferedReader(old, StandardCharsets.UTF_8)) {
        r.transferTo(w);
      }
    } else {
      p.printRecord(REVISION_COLUMNS);
    }
    p.flush();
    try (Reader r = Files.newBufferedReader(history, StandardCharsets.UTF_8)) {
      r.transferTo(w);
    }
  }

  // ---- the store: incidents of the folder, one CSV record each, read back by offset ----

  private record Stored(RecordType type, Map<String, String> cells) {}

  private static byte[] encode(RecordType type, Map<String, String> cells) {
    List<String> values = new ArrayList<>(cells.size() * 2 + 1);
    values.add(type.name());
    cells.forEach((k, v) -> {
      values.add(k);
      values.add(v);
    });
    return (FolderWriter.FORMAT.format(values.toArray()) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static Stored decode(CSVRecord rec) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 1; i + 1 < rec.size(); i += 2) {
      cells.put(rec.get(i), rec.get(i + 1));
    }
    return new Stored(RecordType.valueOf(rec.get(0)), cells);
  }

  private static Stored read(FileChannel channel, long offset) throws IOException {
    channel.position(offset);
    Reader r = Channels.newReader(channel, StandardCharsets.UTF_8);
    CSVParser p = CSVParser.builder().setReader(r).setFormat(FolderWriter.FORMAT).get();
    Iterator<CSVRecord> it = p.iterator();
    return decode(it.next());
  }

  private void cleanUp() {
    try {
      if (log != null) {
        log.close();
      }
      for (Path p : new Path[] {store, history}) {
        if (p != null) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LoadReport merge(List<LoadReport> reports) {
    List<FileReport> files = new ArrayList<>();
    List<DataProblem> problems = new ArrayList<>();
    List<DataProblem> warnings = new ArrayList<>();
    long notListed = 0;
    for (LoadReport r : reports) {
      files.addAll(r.files());
      problems.addAll(r.problems());
      warnings.addAll(r.warnings());
      notListed += r.warningsNotListed();
    }
    return new LoadReport(files, problems, warnings, notListed);
  }
}
