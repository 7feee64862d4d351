package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The hand-written fixtures in src/test/resources/org/attackstats/csv/exports. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("exports/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a fixture leniently with the default options, detecting its format; named by its file name. */
  static LoadResult read(String name) {
    return read(name, InputFormat.AUTO, ReadOptions.lenient());
  }

  /** Reads a fixture, named by its file name, as this format. */
  static LoadResult read(String name, InputFormat format, ReadOptions options) {
    return read(name, bytes(name), format, options);
  }

  /** Reads bytes, named {@code name}, as this format. */
  static LoadResult read(String name, byte[] bytes, InputFormat format, ReadOptions options) {
    return Loader.read(List.of(Input.of(name, bytes, format)), options);
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report of the one file read. */
  static FileReport file(LoadResult r) {
    assertEquals(1, r.report().files().size(), r.report().files()::toString);
    return r.report().files().get(0);
  }

  /** The cells of the first row of a CSV fixture whose id column holds this id, read plainly. */
  static Map<String, String> csvRow(String name, String idColumn, String id) {
    try (Reader in = Files.newBufferedReader(path(name))) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (r.get(idColumn).equals(id)) {
          return r.toMap();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no row " + id + " in " + name);
  }

  /** What the extras must be: every non-blank cell of the row except the consumed columns. */
  static Map<String, String> expectedExtras(
      Map<String, String> row, String prefix, Set<String> consumed) {
    Map<String, String> m = new TreeMap<>();
    row.forEach(
        (k, v) -> {
          if (!v.isBlank() && !consumed.contains(k)) {
            m.put(prefix + k, v);
          }
        });
    return m;
  }

  static ReadOptions strict() {
    return ReadOptions.strict();
  }
}
