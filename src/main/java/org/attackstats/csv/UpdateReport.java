package org.attackstats.csv;

import java.util.Objects;

/**
 * What {@link Loader#update} did: how many incidents of the folder were added, changed, left
 * unchanged, deleted or kept because the folder's version is newer than the export's, how many
 * revisions were written to {@code revisions.csv}, and the account of the rows read (the folder, the
 * export, the list of deleted events).
 *
 * @param read the account of every row read
 * @param added incidents of the export that the folder did not hold
 * @param changed incidents whose cells differ from the folder's, replaced by the export's
 * @param unchanged incidents the same in both, or in the folder only
 * @param deleted incidents removed by the list of deleted events
 * @param kept incidents of the folder kept because the export's version (ACLED {@code timestamp})
 *     is older
 * @param revisions rows added to the revision history
 */
public record UpdateReport(
    LoadReport read, long added, long changed, long unchanged, long deleted, long kept, long revisions) {

  /**
   * Checks for nulls and negative counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public UpdateReport {
    Objects.requireNonNull(read, "read");
    if (added < 0 || changed < 0 || unchanged < 0 || deleted < 0 || kept < 0 || revisions < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }
}
