package org.attackstats.csv;

import java.util.List;
import java.util.Set;
import org.attackstats.dataset.RecordType;

/** The canonical column names of each file, in the order written, and which are required. */
final class Columns {
  private Columns() {}

  static final List<String> ATTACKS =
      List.of(
          "id", "date_start", "date_end", "date_precision", "time", "country", "admin1", "location",
          "latitude", "longitude", "base_id", "target", "perpetrator", "method", "munitions",
          "injured", "killed", "victims", "source", "source_date", "source_url", "quote",
          "quote_start", "quote_end", "notes");

  static final List<String> RESPONSES =
      List.of(
          "id", "date_start", "date_end", "date_precision", "time", "country", "admin1", "location",
          "latitude", "longitude", "responder", "method", "munitions", "target", "target_actor",
          "injured", "killed", "in_response_to", "source", "source_date", "source_url", "quote",
          "quote_start", "quote_end", "notes");

  /** The design's columns plus the provenance columns, which every other file has too. */
  static final List<String> BASES =
      List.of(
          "id", "name", "aliases", "country", "admin1", "latitude", "longitude", "operator",
          "personnel", "notes", "source", "source_date", "source_url", "quote", "quote_start",
          "quote_end");

  /** The design's columns plus {@code attribution} (who the number is attributed to). */
  static final List<String> TALLIES =
      List.of(
          "id", "metric", "value", "country", "since", "as_of", "subject", "source", "source_date",
          "source_url", "quote", "quote_start", "quote_end", "attribution");

  /**
   * Columns whose cells are ids, codes, numbers or dates. Formula neutralisation leaves them alone
   * (a negative longitude must stay a number, a reference must still name its record); every other
   * cell is free text.
   */
  static final Set<String> STRUCTURED =
      Set.of(
          "id", "base_id", "in_response_to", "date_start", "date_end", "date_precision", "time", "country", "latitude", "longitude",
          "method", "munitions", "injured", "killed", "personnel", "value", "metric", "since",
          "as_of", "source_date", "quote_start", "quote_end");

  static List<String> of(RecordType type) {
    switch (type) {
      case ATTACK:
        return ATTACKS;
      case RESPONSE:
        return RESPONSES;
      case BASE:
        return BASES;
      default:
        return TALLIES;
    }
  }

  static List<String> required(RecordType type) {
    switch (type) {
      case ATTACK:
      case RESPONSE:
        return List.of("id", "date_start");
      case BASE:
        return List.of("id", "name");
      default:
        return List.of("id", "metric", "value");
    }
  }
}
