package org.attackstats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.junit.jupiter.api.Test;

/** Keeps the README's first example compiling and its answers true. */
class ReadmeExampleTest {

  @Test
  void firstExample() {
    Dataset dataset = CanonicalCsv.read(Path.of("seeds/iraq-syria-2023")).dataset();

    Map<String, Long> attacksByCountry = dataset.attacks().stream()
        .collect(Collectors.groupingBy(
            a -> a.place().country().map(Country::code).orElse("unknown"),
            TreeMap::new, Collectors.counting()));

    DateSpan period = DateSpan.parse("2023-10-17/2023-11-21");
    Estimate injured = dataset.attacks().stream()
        .filter(a -> period.encloses(a.date()))
        .map(Attack::injured)
        .collect(Estimate.summing());

    assertEquals(Map.of("IQ", 3L, "SY", 1L, "unknown", 1L), attacksByCountry);
    assertEquals("{IQ=3, SY=1, unknown=1}", attacksByCountry.toString());
    assertEquals(Estimate.atLeast(4), injured);
    assertEquals(dataset, CanonicalCsv.seedDataset());
  }
}
