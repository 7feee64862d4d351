package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.attackstats.model.Estimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateTest {

  private static final String HEADER = "event_id_cnty,event_date,event_type,actor1,country,fatalities,timestamp\n";

  @TempDir Path dir;

  private Input export(String name, String rows) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, HEADER + rows);
    return Input.of(f);
  }

  private Path folder(String rows) throws IOException {
    Path data = dir.resolve("data");
    Loader.convert(List.of(export("old.csv", rows)), data, ReadOptions.strict(), WriteOptions.defaults());
    return data;
  }

  private Optional<Input> deleted(String rows) throws IOException {
    Path f = dir.resolve("deleted.csv");
    Files.writeString(f, "event_id_cnty,deleted_timestamp\n" + rows);
    return Optional.of(Input.of(f));
  }

  private List<String> revisions(Path data) throws IOException {
    try (Stream<String> lines = Files.lines(data.resolve("revisions.csv"))) {
      return lines.toList();
    }
  }

  @Test
  void aNewerExportAddsChangesDeletesAndWritesEveryChangedFigure() throws IOException {
    Path data = folder(
        "IRQ1,2023-10-17,Battles,Militia A,Iraq,3,100\n"
            + "IRQ2,2023-10-18,Battles,Militia B,Iraq,0,100\n"
            + "IRQ4,2023-10-19,Battles,Militia C,Iraq,1,100\n");
    Input newer = export("new.csv",
        "IRQ1,2023-10-17,Battles,Militia A,Iraq,5,200\n"
            + "IRQ2,2023-10-18,Battles,Militia B,Iraq,0,100\n"
            + "IRQ3,2023-10-20,Battles,Militia D,Iraq,2,200\n"
            + "IRQ4,2023-10-19,Battles,Militia C,Iraq,1,100\n");
    UpdateReport r = Loader.update(data, List.of(newer), deleted("IRQ4,150\n"), ReadOptions.strict());
    assertEquals(List.of(1L, 1L, 1L, 1L, 0L), List.of(r.added(), r.changed(), r.unchanged(), r.deleted(), r.kept()));
    LoadResult back = CanonicalCsv.read(data);
    assertEquals(List.of("IRQ1", "IRQ2", "IRQ3"), back.dataset().attacks().stream().map(a -> a.id()).toList());
    assertEquals(Estimate.exact(5), back.dataset().attack("IRQ1").orElseThrow().killed());
    assertEquals(
        List.of(
            "id,kind,change,column,old_value,new_value,old_version,new_version,source",
            "IRQ1,attack,changed,killed,3,5,100,200,new.csv",
            "IRQ1,attack,changed,acled_timestamp,100,200,100,200,new.csv",
            "IRQ3,attack,added,,,,,200,new.csv",
            "IRQ4,attack,deleted,,,,100,100,new.csv"),
        revisions(data));
    assertEquals(r.revisions(), revisions(data).size() - 1);
    assertEquals(4 + 3 + 1, r.read().rowsRead(), "the export, the folder and the list of deleted events");
  }

  @Test
  void theFoldersNewerVersionIsKeptAndAnEventReAddedAfterItsDeletionStays() throws IOException {
    Path data = folder("IRQ1,2023-10-17,Battles,Militia A,Iraq,3,300\nIRQ2,2023-10-18,Battles,Militia B,Iraq,0,100\n");
    Input older = export("new.csv",
        "IRQ1,2023-10-17,Battles,Militia A,Iraq,9,200\nIRQ2,2023-10-18,Battles,Militia B,Iraq,1,400\n");
    UpdateReport r = Loader.update(data, List.of(older), deleted("IRQ2,300\n"), ReadOptions.strict());
    assertEquals(1, r.kept());
    assertEquals(1, r.changed(), "re-added at 400, after its deletion at 300");
    assertEquals(0, r.deleted());
    LoadResult back = CanonicalCsv.read(data);
    assertEquals(Estimate.exact(3), back.dataset().attack("IRQ1").orElseThrow().killed());
    assertEquals(Estimate.exact(1), back.dataset().attack("IRQ2").orElseThrow().killed());
  }

  @Test
  void eventsTheExportDoesNotHoldStayAndRevisionsAccumulate() throws IOException {
    Path data = folder("IRQ1,2023-10-17,Battles,Militia A,Iraq,3,100\nIRQ2,2023-10-18,Battles,Militia B,Iraq,0,100\n");
    Loader.update(data, List.of(export("a.csv", "IRQ3,2023-10-20,Battles,Militia D,Iraq,2,200\n")), Optional.empty(),
        ReadOptions.strict());
    UpdateReport r = Loader.update(data, List.of(export("b.csv", "IRQ1,2023-10-17,Battles,Militia A,Iraq,4,300\n")),
        deleted("IRQ2,\n"), ReadOptions.strict());
    assertEquals(List.of("IRQ1", "IRQ3"), CanonicalCsv.read(data).dataset().attacks().stream().map(a -> a.id()).toList());
    assertEquals(List.of(0L, 1L, 1L, 1L), List.of(r.added(), r.changed(), r.unchanged(), r.deleted()));
    List<String> history = revisions(data);
    assertEquals("IRQ3,attack,added,,,,,200,a.csv", history.get(1));
    assertEquals("IRQ2,attack,deleted,,,,100,,", history.get(history.size() - 1));
  }

  @Test
  void aResponseLosesItsLinkToADeletedAttackAndTheHistorySaysSo() throws IOException {
    Path data = Files.createDirectory(dir.resolve("hand"));
    Files.writeString(data.resolve("attacks.csv"), "id,date_start,acled_timestamp\nIRQ1,2023-10-17,100\nIRQ2,2023-10-18,100\n");
    Files.writeString(data.resolve("responses.csv"), "id,date_start,in_response_to\nr1,2023-10-19,IRQ1|IRQ2\n");
    UpdateReport r = Loader.update(data, List.of(export("e.csv", "")), deleted("IRQ1,150\n"), ReadOptions.strict());
    assertEquals(1, r.deleted());
    LoadResult back = CanonicalCsv.read(data);
    assertEquals(List.of("IRQ2"), back.dataset().response("r1").orElseThrow().inResponseTo());
    assertTrue(revisions(data).contains(
        "r1,response,changed,in_response_to,IRQ1|IRQ2,IRQ2,,,an attack it responds to is no longer in the folder"),
        revisions(data)::toString);
  }

  @Test
  void aFailedUpdateLeavesTheFolderAsItWas() throws IOException {
    Path data = folder("IRQ1,2023-10-17,Battles,Militia A,Iraq,3,100\n");
    byte[] before = Files.readAllBytes(data.resolve("attacks.csv"));
    Input bad = export("bad.csv", "IRQ1,2023-10-17,Battles,Militia A,Iraq,5,200\nIRQ9,yesterday,Battles,X,Iraq,1,200\n");
    assertThrows(DataFormatException.class, () -> Loader.update(data, List.of(bad), Optional.empty(), ReadOptions.strict()));
    assertEquals(new String(before, UTF_8), Files.readString(data.resolve("attacks.csv")));
    assertTrue(Files.notExists(data.resolve("revisions.csv")));
    try (Stream<Path> files = Files.list(data)) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".")).toList(),
          "no temporary file is left");
    }
  }

  @Test
  void aFolderWithRowsThatCannotBeReadIsNotUpdatedLestTheyBeDropped() throws IOException {
    Path data = folder("IRQ1,2023-10-17,Battles,Militia A,Iraq,3,100\n");
    Files.writeString(data.resolve("attacks.csv"), "x9,yesterday\n", StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(data.resolve("attacks.csv"));
    DataFormatException e = assertThrows(DataFormatException.class, () -> Loader.update(data,
        List.of(export("new.csv", "IRQ2,2023-10-18,Battles,Militia B,Iraq,1,100\n")), Optional.empty(),
        ReadOptions.lenient()));
    assertTrue(e.reason().contains("an update would drop their rows, so nothing was changed"), e.reason());
    assertEquals(new String(before, UTF_8), Files.readString(data.resolve("attacks.csv")));
  }
}
