package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attackstats.stats.Summary;
import org.attackstats.text.NewsDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One way to load any mix of canonical folders, exports and news text, with one account. */
class LoaderTest {

  @TempDir Path dir;

  private static final String REPORT =
      " date 2024-01-29 AP/ Three U.S. soldiers were killed and at least 40 injured in a drone attack on"
          + " Tower 22, a base in Jordan, on Sunday.";

  @Test
  void aMixOfACanonicalFolderAnExportAndNewsTextIsOneDatasetWithOneAccount() throws IOException {
    Path text = dir.resolve("tower-22.txt");
    Files.writeString(text, REPORT);
    Path canonical = Files.createDirectory(dir.resolve("canonical"));
    Files.writeString(canonical.resolve("bases.csv"), "id,name\nb1,Ain al-Asad\n");
    Files.writeString(canonical.resolve("attacks.csv"), "id,date_start,base_id\nx1,2023-10-17,b1\n");
    LoadResult r = Loader.read(
        List.of(Input.of(canonical), Input.of(Fixtures.path("acled-api.json")), Input.of(text)), ReadOptions.lenient());
    assertEquals(List.of(), r.report().problems());
    assertEquals(List.of("canonical:bases", "canonical:attacks", "acled-json", "text"),
        r.report().files().stream().map(FileReport::format).toList());
    FileReport news = r.report().files().get(3);
    assertEquals(text.toString(), news.file());
    long fromText = r.dataset().incidents().stream()
        .filter(i -> i.source().document().orElse("").equals("tower-22.txt")).count();
    assertTrue(fromText >= 1 && news.accepted() >= fromText, news::toString);
    assertEquals(1 + 3 + fromText, r.dataset().incidents().size(),
        "every incident of every input is in the one dataset");
    assertEquals(r.report().rowsRead(), r.report().accepted() + r.report().leftOut() + r.report().rejected());
  }

  @Test
  void aTextRecordWhoseIdAnEarlierInputHoldsIsAProblemAtTheLineOfItsQuote() throws IOException {
    Path text = dir.resolve("tower-22.txt");
    Files.writeString(text, REPORT.replace("AP/ Three", "AP/\n\n\nThree"));
    Path canonical = Files.createDirectory(dir.resolve("c"));
    Files.writeString(canonical.resolve("attacks.csv"), "id,date_start\na01,2024-01-28\n");
    LoadResult r = Loader.read(List.of(Input.of(canonical), Input.of(text)), ReadOptions.lenient());
    DataProblem p = r.report().problems().get(0);
    assertEquals(List.of(text.toString(), "id", "a01"), List.of(p.file(), p.column(), p.value()));
    assertEquals(4, p.line(), p::toString);
  }

  @Test
  void undatedTextIsAProblemOfItsFileUnlessADateIsGiven() throws IOException {
    Path text = dir.resolve("bare.txt");
    Files.writeString(text, "Two rockets hit Ain al-Asad air base on Tuesday.");
    LoadResult undated = Loader.read(List.of(Input.of(text)), ReadOptions.lenient());
    assertTrue(undated.report().problems().get(0).reason().contains("give its publication date with --date"));
    ReadOptions dated = ReadOptions.lenient().toBuilder().textDate(LocalDate.of(2023, 11, 21)).textPublisher("AP").build();
    assertEquals(1, Loader.read(List.of(Input.of(text)), dated).dataset().attacks().size());
    List<NewsDocument> docs = Loader.documents(List.of(Input.of(text)), dated);
    assertEquals(List.of("bare.txt"), docs.stream().map(NewsDocument::id).toList());
    assertThrows(DataFormatException.class, () -> Loader.documents(List.of(Input.of(text)), ReadOptions.lenient()));
  }

  @Test
  void streamedIncidentsAreTheRecordsOfARead() {
    List<Input> in = List.of(Input.of(Path.of("seeds", "iraq-syria-2023")), Input.of(Fixtures.path("acled.csv")));
    LoadResult read = Loader.read(in, ReadOptions.lenient());
    try (RecordStream s = Loader.stream(in, ReadOptions.lenient())) {
      assertEquals(read.dataset().incidents().stream().collect(Summary.toSummary()),
          s.incidents().collect(Summary.toSummary()));
      assertEquals(read.report(), s.report());
    }
  }

  @Test
  void convertWritesWhatReadHolds() {
    List<Input> in = List.of(Input.of(Path.of("seeds", "iraq-syria-2023")), Input.of(Fixtures.path("gtd.csv")));
    LoadResult read = Loader.read(in, ReadOptions.lenient());
    LoadReport converted = Loader.convert(in, dir.resolve("out"), ReadOptions.lenient(), WriteOptions.defaults());
    assertEquals(read.report(), converted);
    assertEquals(read.dataset(), CanonicalCsv.read(dir.resolve("out")).dataset());
  }
}
