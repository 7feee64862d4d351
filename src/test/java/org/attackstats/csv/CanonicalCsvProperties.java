package org.attackstats.csv;

import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.testing.DatasetSettings;
import org.attackstats.testing.EdgeCases;
import org.attackstats.testing.Generators;
import org.attackstats.testing.Qt;
import org.junit.jupiter.api.Test;

/** Writing then reading gives an equal dataset, for generated datasets with awkward content. */
class CanonicalCsvProperties {

  private static Dataset roundTrip(Dataset d) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("attack-stats-roundtrip");
      CanonicalCsv.write(d, dir);
      LoadResult r = CanonicalCsv.read(dir);
      if (r.report().hasProblems() || r.report().rowsRead() != r.report().accepted()) {
        throw new AssertionError("problems reading back what was written: " + r.report().problems());
      }
      return r.dataset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempDirs.delete(dir);
    }
  }

  @Test
  void writingThenReadingAFolderGivesAnEqualDataset() {
    qt().withExamples(150).forAll(Qt.datasets(DatasetSettings.small())).check(d -> roundTrip(d).equals(d));
  }

  @Test
  void writingThenReadingEachTableThroughStreamsGivesEqualRecords() {
    qt().withExamples(100)
        .forAll(Qt.datasets(DatasetSettings.small()))
        .check(d -> {
          // bases and tallies stand alone; attacks without bases need their references kept out
          for (RecordType t : new RecordType[] {RecordType.BASE, RecordType.TALLY}) {
            StringWriter w = new StringWriter();
            CanonicalCsv.write(d, t, w, WriteOptions.defaults());
            Dataset back =
                CsvChecks.read(w.toString().getBytes(StandardCharsets.UTF_8), t, ReadOptions.strict())
                    .dataset();
            boolean same = t == RecordType.BASE ? back.bases().equals(d.bases()) : back.tallies().equals(d.tallies());
            if (!same) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void edgeCaseDatasetsRoundTrip() {
    for (Dataset d : EdgeCases.datasets()) {
      if (!roundTrip(d).equals(d)) {
        throw new AssertionError("edge case did not round-trip: " + d);
      }
    }
  }

  @Test
  void everyEstimateAndDateSpanSurvivesItsCell() {
    qt().forAll(Qt.from(Generators::estimate), Qt.from(Generators::dateSpan))
        .check((e, s) -> Estimate.parse(e.toCell()).equals(e) && DateSpan.parse(s.toString()).equals(s));
  }
}
