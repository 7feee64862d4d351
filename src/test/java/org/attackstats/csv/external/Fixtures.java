package org.attackstats.csv.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.attackstats.csv.ReadOptions;

/** The hand-written fixtures in src/test/resources/org/attackstats/csv/external. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a fixture leniently with the default options, detecting its format. */
  static Conversion read(String name) {
    try {
      return ExternalReader.read(path(name), ConversionOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ConversionOptions strict() {
    return ConversionOptions.defaults().toBuilder().readOptions(ReadOptions.strict()).build();
  }
}
