package org.attackstats.stats;

import java.time.LocalDate;
import java.util.List;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;

/** The seed dataset and the article's dates. */
final class Seed {
  static final Country IQ = Country.of("IQ");
  static final Country SY = Country.of("SY");
  static final LocalDate SINCE = LocalDate.of(2023, 10, 17);
  static final LocalDate AS_OF = LocalDate.of(2023, 11, 21);
  static final DateSpan CAMPAIGN = DateSpan.of(SINCE, AS_OF);

  private Seed() {}

  /** The seed dataset seeds/iraq-syria-2023, as bundled. */
  static Dataset dataset() {
    return CanonicalCsv.seedDataset();
  }

  /** The ids of incidents, in their order. */
  static List<String> ids(List<? extends Incident> incidents) {
    return incidents.stream().map(Incident::id).toList();
  }
}
