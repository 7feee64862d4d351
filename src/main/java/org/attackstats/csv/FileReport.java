package org.attackstats.csv;

import org.attackstats.dataset.RecordType;

/**
 * What happened to one file: rows read, accepted and rejected. Always {@code rowsRead = accepted +
 * rejected}.
 *
 * @param file the file name or path
 * @param type the kind of record it holds
 * @param rowsRead data rows read (the header is not counted)
 * @param accepted rows that became records
 * @param rejected rows reported as problems
 */
public record FileReport(String file, RecordType type, long rowsRead, long accepted, long rejected) {

  /**
   * Checks that the counts add up.
   *
   * @throws IllegalArgumentException if {@code rowsRead != accepted + rejected}
   */
  public FileReport {
    if (rowsRead != accepted + rejected || accepted < 0 || rejected < 0) {
      throw new IllegalArgumentException(
          "counts must add up: read " + rowsRead + " = accepted " + accepted + " + rejected " + rejected);
    }
  }
}
