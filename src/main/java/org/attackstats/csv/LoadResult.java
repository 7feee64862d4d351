package org.attackstats.csv;

import java.util.Objects;
import org.attackstats.dataset.Dataset;

/**
 * A loaded dataset and the account of every row read (see {@link LoadReport}).
 *
 * @param dataset the records accepted
 * @param report what happened to every file and row
 */
public record LoadResult(Dataset dataset, LoadReport report) {

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a component is null
   */
  public LoadResult {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(report, "report");
  }
}
