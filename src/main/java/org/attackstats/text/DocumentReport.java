package org.attackstats.text;

import java.util.List;
import java.util.Objects;

/**
 * Diagnostics for one document: how many sentences were read, how many records came out, and
 * notes on mentions that were recognised but not recorded (outside the scope, without a place).
 *
 * @param documentId the document's id
 * @param sentences sentences read
 * @param attacks attack records produced
 * @param responses response records produced
 * @param tallies tally records produced
 * @param notes one line per decision worth knowing, with the sentence offsets
 */
public record DocumentReport(
    String documentId, int sentences, int attacks, int responses, int tallies, List<String> notes) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if an argument is null
   */
  public DocumentReport {
    Objects.requireNonNull(documentId, "documentId");
    notes = List.copyOf(notes);
  }
}
