package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Incident;
import org.junit.jupiter.api.Test;

/**
 * An older ACLED export converted, then updated with a newer one and a list of deleted events,
 * equals the newer export converted directly less the deleted events (the same records in the same
 * order), and the revision history lists exactly the cells that changed, every event added and
 * every event deleted.
 *
 * <p>The newer export holds every event of the older one that is not deleted (as a full ACLED
 * download does), with some figures changed and a newer timestamp, some events reclassified as
 * protests, and new events, in another order.
 */
class UpdateProperties {

  private static final List<String> COLUMNS =
      List.of("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
          "location", "latitude", "longitude", "fatalities", "notes", "timestamp");
  private static final List<String> ACTORS =
      List.of("Militia A", "Militia B", "Military Forces of the United States (2021-)", "Unidentified Armed Group");
  private static final List<String> SUB_EVENTS = List.of("Armed clash", "Air/drone strike", "Attack", "");

  private static Map<String, String> row(Random rnd, int id) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("event_id_cnty", "IRQ" + id);
    r.put("event_date", "2023-" + (10 + rnd.nextInt(3)) + "-" + (10 + rnd.nextInt(19)));
    r.put("event_type", rnd.nextBoolean() ? "Battles" : "Explosions/Remote violence");
    r.put("sub_event_type", SUB_EVENTS.get(rnd.nextInt(SUB_EVENTS.size())));
    r.put("actor1", ACTORS.get(rnd.nextInt(ACTORS.size())));
    r.put("actor2", rnd.nextBoolean() ? "" : ACTORS.get(rnd.nextInt(ACTORS.size())));
    r.put("country", rnd.nextBoolean() ? "Iraq" : "Syria");
    r.put("location", rnd.nextBoolean() ? "" : "Place " + rnd.nextInt(5));
    boolean located = rnd.nextBoolean();
    r.put("latitude", located ? String.valueOf(30 + rnd.nextInt(5)) : "");
    r.put("longitude", located ? String.valueOf(40 + rnd.nextInt(5)) : "");
    r.put("fatalities", rnd.nextInt(4) == 0 ? "" : String.valueOf(rnd.nextInt(20)));
    r.put("notes", rnd.nextBoolean() ? "" : "note " + rnd.nextInt(100));
    r.put("timestamp", String.valueOf(1_000 + rnd.nextInt(1_000)));
    return r;
  }

  /** A changed copy: one to three cells changed, and a newer timestamp. */
  private static Map<String, String> changed(Random rnd, Map<String, String> old, int id) {
    Map<String, String> fresh = row(rnd, id);
    Map<String, String> r = new LinkedHashMap<>(old);
    List<String> cells = new ArrayList<>(List.of("event_date", "actor1", "location", "fatalities", "notes"));
    Collections.shuffle(cells, rnd);
    for (String c : cells.subList(0, 1 + rnd.nextInt(3))) {
      r.put(c, fresh.get(c));
    }
    r.put("timestamp", String.valueOf(Long.parseLong(old.get("timestamp")) + 1 + rnd.nextInt(500)));
    return r;
  }

  private static String csv(List<Map<String, String>> rows) {
    StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (Map<String, String> r : rows) {
      List<String> cells = new ArrayList<>();
      COLUMNS.forEach(c -> cells.add(r.get(c)));
      sb.append(CSVFormat.RFC4180.format(cells.toArray())).append('\n');
    }
    return sb.toString();
  }

  @Test
  void updatingEqualsConvertingTheNewerExportLessDeletionsAndTheHistoryListsExactlyTheChanges() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(UpdateProperties::check);
  }

  private static void check(long seed) {
    Random rnd = new Random(seed);
    int n = rnd.nextInt(12);
    List<Map<String, String>> older = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      older.add(row(rnd, i));
    }
    List<Map<String, String>> newer = new ArrayList<>();
    StringBuilder deletedList = new StringBuilder("event_id_cnty,deleted_timestamp\n");
    Set<String> deleted = new TreeSet<>();
    Set<String> protests = new TreeSet<>();
    for (Map<String, String> r : older) {
      int fate = rnd.nextInt(6);
      String id = r.get("event_id_cnty");
      if (fate == 0) { // deleted, and gone from the export
        deleted.add(id);
        deletedList.append(id).append(',').append(Long.parseLong(r.get("timestamp")) + rnd.nextInt(10)).append('\n');
      } else if (fate == 1) { // deleted, though still in the export with its old timestamp
        deleted.add(id);
        deletedList.append(id).append(",9999\n");
        newer.add(r);
      } else if (fate == 2) {
        newer.add(changed(rnd, r, Integer.parseInt(id.substring(3))));
      } else if (fate == 3) { // reclassified: no longer an incident
        Map<String, String> p = new LinkedHashMap<>(r);
        p.put("event_type", "Protests");
        p.put("timestamp", String.valueOf(Long.parseLong(r.get("timestamp")) + 1));
        protests.add(id);
        newer.add(p);
      } else {
        newer.add(r);
      }
    }
    int added = rnd.nextInt(4);
    for (int i = 0; i < added; i++) {
      newer.add(row(rnd, 100 + i));
    }
    Collections.shuffle(newer, rnd);

    Path dir = null;
    try {
      dir = Files.createTempDirectory("update-props");
      Path data = dir.resolve("data");
      Files.writeString(dir.resolve("older.csv"), csv(older));
      Files.writeString(dir.resolve("newer.csv"), csv(newer));
      Files.writeString(dir.resolve("deleted.csv"), deletedList);
      Loader.convert(List.of(Input.of(dir.resolve("older.csv"))), data, ReadOptions.strict(), WriteOptions.defaults());
      Dataset before = CanonicalCsv.read(data).dataset();
      UpdateReport report = Loader.update(data, List.of(Input.of(dir.resolve("newer.csv"))),
          Optional.of(Input.of(dir.resolve("deleted.csv"))), ReadOptions.strict());

      Dataset direct = Loader.read(List.of(Input.of(dir.resolve("newer.csv"))), ReadOptions.strict()).dataset();
      Dataset.Builder expected = Dataset.builder();
      direct.attacks().stream().filter(a -> !deleted.contains(a.id())).forEach(expected::add);
      direct.responses().stream().filter(r -> !deleted.contains(r.id())).forEach(expected::add);
      Dataset updated = CanonicalCsv.read(data).dataset();
      assertEquals(expected.build(), updated, () -> "seed " + seed);

      // the history: every changed cell of every event both hold, every event added or deleted
      Set<String> expectedRevisions = new TreeSet<>();
      Map<String, Incident> old = new HashMap<>();
      before.incidents().forEach(i -> old.put(i.id(), i));
      for (Incident now : direct.incidents()) {
        Incident was = old.get(now.id());
        if (deleted.contains(now.id())) {
          continue;
        }
        if (was == null) {
          expectedRevisions.add(now.id() + " added ");
          continue;
        }
        Map<String, String> a = Records.cells(was);
        Map<String, String> b = Records.cells(now);
        Set<String> columns = new TreeSet<>(a.keySet());
        columns.addAll(b.keySet());
        for (String c : columns) {
          if (!c.equals("source_url") && !a.getOrDefault(c, "").equals(b.getOrDefault(c, ""))) {
            expectedRevisions.add(now.id() + " changed " + c);
          }
        }
        if (was.kind() != now.kind()) {
          expectedRevisions.add(now.id() + " changed kind");
        }
      }
      for (String id : old.keySet()) {
        if (deleted.contains(id) || protests.contains(id)) {
          expectedRevisions.add(id + " deleted ");
        }
      }
      Set<String> actual = new TreeSet<>();
      try (Reader r = Files.newBufferedReader(data.resolve("revisions.csv"), UTF_8)) {
        for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
          actual.add(rec.get("id") + " " + rec.get("change") + " " + rec.get("column"));
        }
      }
      assertEquals(expectedRevisions, actual, () -> "seed " + seed);
      assertEquals(actual.size(), report.revisions());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempDirs.delete(dir);
    }
  }
}
