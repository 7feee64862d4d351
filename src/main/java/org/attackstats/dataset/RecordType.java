package org.attackstats.dataset;

import java.util.Locale;

/** The four kinds of record a dataset holds, each stored in its own canonical CSV file. */
public enum RecordType {
  /** Attacks, in {@code attacks.csv}. */
  ATTACK("attacks.csv"),
  /** Retaliatory responses, in {@code responses.csv}. */
  RESPONSE("responses.csv"),
  /** Bases, in {@code bases.csv}. */
  BASE("bases.csv"),
  /** Reported tallies, in {@code tallies.csv}. */
  TALLY("tallies.csv");

  private final String fileName;

  RecordType(String fileName) {
    this.fileName = fileName;
  }

  /**
   * The canonical file name in a dataset folder.
   *
   * @return for example {@code "attacks.csv"}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The lower-case singular name used in messages.
   *
   * @return for example {@code "attack"}
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
