package org.attackstats.csv;

import java.util.Objects;
import org.attackstats.dataset.Dataset;

/**
 * The result of converting a third-party export: the dataset of the rows accepted and the report on
 * every row.
 *
 * @param dataset the attacks and responses made
 * @param report what happened to every row
 */
public record Conversion(Dataset dataset, ConversionReport report) {

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a component is null
   */
  public Conversion {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(report, "report");
  }
}
