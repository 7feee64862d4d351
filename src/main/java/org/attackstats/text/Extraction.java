package org.attackstats.text;

import java.util.List;
import java.util.Objects;
import org.attackstats.dataset.Dataset;

/**
 * What {@link Extractor#extract} returns: the dataset of every document read, and one report per
 * document saying what was found and what was left out and why.
 *
 * @param dataset the attacks, responses, bases and tallies found
 * @param reports one per document, in input order
 */
public record Extraction(Dataset dataset, List<DocumentReport> reports) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if an argument is null
   */
  public Extraction {
    Objects.requireNonNull(dataset, "dataset");
    reports = List.copyOf(reports);
  }
}
