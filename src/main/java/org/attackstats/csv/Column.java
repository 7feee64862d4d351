package org.attackstats.csv;

/**
 * A canonical column, by the name its header cell has. {@link Header} resolves every column to its
 * position once per file, so that reading a cell is an array access, not a lookup by name.
 */
enum Column {
  ID("id", false),
  DATE_START("date_start", true),
  DATE_END("date_end", true),
  DATE_PRECISION("date_precision", true),
  TIME("time", true),
  COUNTRY("country", true),
  ADMIN1("admin1", true),
  LOCATION("location", true),
  LATITUDE("latitude", true),
  LONGITUDE("longitude", true),
  BASE_ID("base_id", true),
  TARGET("target", true),
  PERPETRATOR("perpetrator", true),
  RESPONDER("responder", true),
  METHOD("method", true),
  MUNITIONS("munitions", true),
  TARGET_ACTOR("target_actor", true),
  INJURED("injured", true),
  KILLED("killed", true),
  VICTIMS("victims", true),
  IN_RESPONSE_TO("in_response_to", true),
  NAME("name", false),
  ALIASES("aliases", false),
  OPERATOR("operator", true),
  PERSONNEL("personnel", true),
  METRIC("metric", true),
  VALUE("value", true),
  SINCE("since", true),
  AS_OF("as_of", true),
  SUBJECT("subject", true),
  ATTRIBUTION("attribution", true),
  SOURCE("source", true),
  SOURCE_DATE("source_date", true),
  SOURCE_URL("source_url", false),
  QUOTE("quote", false),
  QUOTE_START("quote_start", true),
  QUOTE_END("quote_end", true),
  NOTES("notes", false);

  /** The name in the header. */
  final String label;

  /**
   * Whether values of this column may repeat between rows, so that a {@link Memo} of its distinct
   * values can pay: false for ids, names, quotes, documents and notes, which are mostly unique.
   */
  final boolean repeats;

  Column(String label, boolean repeats) {
    this.label = label;
    this.repeats = repeats;
  }
}
