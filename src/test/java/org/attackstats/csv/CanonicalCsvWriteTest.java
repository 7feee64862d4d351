package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.Base;
import org.attackstats.model.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File handling: writing a dataset folder is all or nothing and touches only the four files inside
 * the folder named; reading refuses what is not a regular file.
 */
class CanonicalCsvWriteTest {

  @TempDir Path tmp;

  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        m.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return m;
  }

  @Test
  void aRecordRefusedInTheThirdFileLeavesTheOldDatasetAsItWas() throws IOException {
    Path dir = tmp.resolve("out");
    Dataset seed = CanonicalCsv.seedDataset();
    CanonicalCsv.write(seed, dir);
    Map<String, byte[]> before = contents(dir);

    // new bases and attacks (files 1 and 2) and a response the writer refuses (file 3)
    Response first = seed.responses().get(0);
    Response refused = first.toBuilder().extra("notes", "an extra column with a canonical name").build();
    Dataset changed =
        seed.toBuilder()
            .add(Base.of("zz-new", "A base that must not reach the disk", first.place()))
            .build();
    Dataset bad =
        Dataset.of(changed.attacks(), List.of(refused), changed.bases(), changed.tallies());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CanonicalCsv.write(bad, dir));
    assertTrue(e.getMessage().contains("'notes'"), e.getMessage());

    Map<String, byte[]> after = contents(dir);
    assertEquals(before.keySet(), after.keySet(), "no temporary file is left behind");
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    assertEquals(seed, CanonicalCsv.read(dir).dataset());
  }

  @Test
  void aSymbolicLinkInPlaceOfAFileIsReplacedNotFollowed() throws IOException {
    Path outside = tmp.resolve("outside.csv");
    Files.writeString(outside, "precious, not to be overwritten\n");
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Files.createSymbolicLink(dir.resolve("attacks.csv"), outside);

    CanonicalCsv.write(CanonicalCsv.seedDataset(), dir);

    assertEquals("precious, not to be overwritten\n", Files.readString(outside));
    assertFalse(Files.isSymbolicLink(dir.resolve("attacks.csv")));
    assertEquals(CanonicalCsv.seedDataset(), CanonicalCsv.read(dir).dataset());
    try (Stream<Path> all = Files.list(tmp)) {
      assertEquals(List.of("out", "outside.csv"), all.map(p -> p.getFileName().toString()).sorted().toList());
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("attacks.csv", "bases.csv", "responses.csv", "tallies.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aFolderInTheWayOfAFileFailsBeforeAnyFileIsReplaced() throws IOException {
    Path dir = tmp.resolve("out");
    CanonicalCsv.write(Dataset.empty(), dir);
    Map<String, byte[]> before = contents(dir);
    Files.delete(dir.resolve("tallies.csv"));
    Files.createDirectory(dir.resolve("tallies.csv"));
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> CanonicalCsv.write(CanonicalCsv.seedDataset(), dir));
    assertTrue(e.getMessage().contains("tallies.csv"), e.getMessage());
    for (String name : List.of("attacks.csv", "bases.csv", "responses.csv")) {
      assertArrayEquals(before.get(name), Files.readAllBytes(dir.resolve(name)), name);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(4, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void basesAreWrittenWithExactlyTheirColumnsAndAnExtraLocationColumnRoundTrips() {
    // Found by fuzzing: the writer gave bases a 'location' column, which bases.csv does not have,
    // so a bases file with an extra column named location could be read but not written back.
    byte[] csv = "id,name,location\nb1,Ain al-Asad,Anbar desert\n".getBytes(UTF_8);
    LoadResult r = CsvChecks.read(csv, RecordType.BASE, ReadOptions.strict());
    assertEquals(Map.of("location", "Anbar desert"), r.dataset().base("b1").orElseThrow().extras());
    java.io.StringWriter out = new java.io.StringWriter();
    CanonicalCsv.write(r.dataset(), RecordType.BASE, out, WriteOptions.defaults());
    assertEquals(String.join(",", Columns.BASES) + ",location", out.toString().lines().findFirst().orElseThrow());
    CsvChecks.roundTrip(r.dataset(), RecordType.BASE);
  }

  @Test
  void readingSomethingThatIsNotARegularFileSaysSo() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("attacks.csv"));
    DataFormatException e = assertThrows(DataFormatException.class, () -> CanonicalCsv.read(tmp));
    assertEquals(folder.toString(), e.file());
    assertTrue(e.reason().startsWith("not a regular file (a folder"), e.getMessage());
    assertEquals(1, CanonicalCsv.read(tmp, ReadOptions.lenient()).report().problems().size());
    UncheckedIOException device =
        assertThrows(UncheckedIOException.class, () -> CanonicalCsv.read(Path.of("/dev/null"), ReadOptions.lenient()));
    assertTrue(device.getMessage().endsWith("not a regular file or folder (a device or pipe)"), device.getMessage());
    UncheckedIOException missing =
        assertThrows(
            UncheckedIOException.class,
            () -> CanonicalCsv.read(tmp.resolve("nope.csv"), ReadOptions.lenient()));
    assertTrue(missing.getMessage().startsWith("no such file or folder"), missing.getMessage());
  }
}
