package org.attackstats.csv;

import java.util.List;
import java.util.Locale;

/**
 * The third-party exports attack-stats reads (see {@code docs/formats.md}).
 *
 * <ul>
 *   <li>{@link #ACLED}: any ACLED export; the form (CSV, older CSV, API JSON) is told from the file.
 *   <li>{@link #ACLED_CSV}: the current ACLED CSV export (31 columns, {@code event_id_cnty} to
 *       {@code timestamp}).
 *   <li>{@link #ACLED_LEGACY}: the older ACLED CSV export, recognised by {@code data_id}, {@code
 *       event_id_no_cnty} or {@code iso3}.
 *   <li>{@link #ACLED_JSON}: an ACLED API response, {@code {"data":[{...}]}}, or a bare array of
 *       events.
 *   <li>{@link #GTD}: the START Global Terrorism Database CSV: the full export, a reduced one, or a
 *       subset whose only date is in {@code eventid}.
 *   <li>{@link #UCDP_GED}: the UCDP Georeferenced Event Dataset CSV.
 *   <li>{@link #GDELT}: GDELT's event files: tab-separated, no header, in the layout of GDELT 2.0
 *       (61 columns) or of GDELT 1.0 (58 columns in the daily files, 57 in the historical ones).
 * </ul>
 *
 * <p>{@code toString()} is the command-line name ({@code acled-csv}) that {@link #parse} reads.
 */
public enum ExternalFormat {
  /** Any ACLED export: the CSV forms and the API's JSON, told apart by the file. */
  ACLED("ACLED", null),
  /** The current ACLED CSV export. */
  ACLED_CSV("ACLED", AcledMapping.CURRENT),
  /** The older ACLED CSV export ({@code data_id}, {@code event_id_no_cnty}, {@code iso3}). */
  ACLED_LEGACY("ACLED", AcledMapping.LEGACY),
  /** An ACLED API response in JSON. */
  ACLED_JSON("ACLED", AcledMapping.JSON),
  /** The START Global Terrorism Database CSV. */
  GTD("GTD", GtdMapping.INSTANCE),
  /** The UCDP Georeferenced Event Dataset CSV. */
  UCDP_GED("UCDP GED", UcdpMapping.INSTANCE),
  /** GDELT event files (2.0 export, 1.0 daily and historical files). */
  GDELT("GDELT", GdeltMapping.INSTANCE);

  /** The command-line names, for messages. */
  static final String NAMES = "acled, acled-csv, acled-legacy, acled-json, gtd, ucdp-ged (or ucdp), gdelt";

  private final String datasetName;
  private final Mapping mapping;

  ExternalFormat(String datasetName, Mapping mapping) {
    this.datasetName = datasetName;
    this.mapping = mapping;
  }

  /**
   * The dataset's name as written in each record's {@code source}: {@code ACLED}, {@code GTD},
   * {@code UCDP GED} or {@code GDELT}.
   *
   * @return the name
   */
  public String datasetName() {
    return datasetName;
  }

  /** The mapping; for {@link #ACLED} that of the current CSV export. */
  Mapping mapping() {
    return this == ACLED ? AcledMapping.CURRENT : mapping;
  }

  boolean isAcled() {
    return datasetName.equals("ACLED");
  }

  /**
   * The format with this name: the command-line name in any case ({@code acled}, {@code
   * acled-csv}, {@code acled-legacy}, {@code acled-json}, {@code gtd}, {@code ucdp-ged}, {@code
   * ucdp} or {@code gdelt}), or the constant's name.
   *
   * @param name the name
   * @return the format
   * @throws IllegalArgumentException naming the value and the valid names
   */
  public static ExternalFormat parse(CharSequence name) {
    String n = name.toString().strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (n.equals("UCDP")) {
      return UCDP_GED;
    }
    for (ExternalFormat f : values()) {
      if (f.name().equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "': expected one of " + NAMES);
  }

  /**
   * The columns that a file of this format must have (none for JSON, whose rows are checked one by
   * one; for GDELT, whose files have no header, columns every layout has).
   *
   * @return the required column names
   */
  public List<String> requiredColumns() {
    return mapping().requiredColumns();
  }

  /**
   * The command-line name.
   *
   * @return for example {@code acled-json}
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
