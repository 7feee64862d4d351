package org.attackstats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.attackstats.stats.GroupedResult;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Measure;
import org.attackstats.stats.Query;
import org.attackstats.stats.Result;
import org.attackstats.stats.GroupRow;
import org.junit.jupiter.api.Test;

/** Keeps the README's first example compiling and its answers true. */
class ReadmeExampleTest {

  @Test
  void firstExample() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream System_out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    // --- README example, with System.out captured ---
    Dataset dataset = CanonicalCsv.read(Path.of("seeds/iraq-syria-2023")).dataset();

    GroupedResult byCountry = Query.of(dataset).attacks().groupBy(Grouping.COUNTRY).summarize();
    for (GroupRow row : byCountry.rows()) {
      System_out.println(row.key().get(Grouping.COUNTRY).map(Country::name).orElse("unknown")
          + ": " + row.count());
    }

    Result campaign = Query.of(dataset).attacks()
        .period(LocalDate.of(2023, 10, 17), LocalDate.of(2023, 11, 21))
        .summarize();
    // --- end of the example ---

    assertEquals("Iraq: 3\nSyria: 1\nunknown: 1\n", printed.toString(StandardCharsets.UTF_8).replace("\r", ""));
    assertEquals(Estimate.exact(5), campaign.count());
    assertEquals(Estimate.atLeast(4), campaign.get(Measure.INJURED));
    assertEquals(5, campaign.records().size());
    assertEquals(dataset, CanonicalCsv.seedDataset());
    Estimate october =
        Query.of(dataset).attacks().period(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31)).count();
    assertEquals(Estimate.of(2, 3, 3), october);
    assertEquals("3[2..3]", october.toString());
  }
}
