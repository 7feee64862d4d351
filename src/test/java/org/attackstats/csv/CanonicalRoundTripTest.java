package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fixture, converted, written in the canonical form and read back, gives equal records. */
class CanonicalRoundTripTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acled.csv",
        "acled-reordered.csv",
        "acled-legacy.csv",
        "acled-api.json",
        "gtd.csv",
        "gtd-reduced.csv",
        "ucdp-ged.csv"
      })
  void convertedFixtureSurvivesTheCanonicalForm(String file, @TempDir Path dir) {
    LoadResult c = Fixtures.read(file);
    CanonicalCsv.write(c.dataset(), dir);
    LoadResult back = CanonicalCsv.read(dir);
    assertTrue(back.report().problems().isEmpty(), back.report().problems().toString());
    assertEquals(c.dataset().attacks(), back.dataset().attacks());
    assertEquals(c.dataset().responses(), back.dataset().responses());
    assertEquals(c.dataset(), back.dataset());
  }
}
