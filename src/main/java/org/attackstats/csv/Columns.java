package org.attackstats.csv;

import static org.attackstats.csv.Column.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attackstats.dataset.RecordType;

/** The canonical column names of each file, in the order written, and which are required. */
final class Columns {
  private Columns() {}

  static final List<String> ATTACKS =
      names(
          ID, DATE_START, DATE_END, DATE_PRECISION, TIME, COUNTRY, ADMIN1, LOCATION, LATITUDE,
          LONGITUDE, BASE_ID, TARGET, PERPETRATOR, METHOD, MUNITIONS, INJURED, KILLED, VICTIMS,
          SOURCE, SOURCE_DATE, SOURCE_URL, QUOTE, QUOTE_START, QUOTE_END, NOTES);

  static final List<String> RESPONSES =
      names(
          ID, DATE_START, DATE_END, DATE_PRECISION, TIME, COUNTRY, ADMIN1, LOCATION, LATITUDE,
          LONGITUDE, RESPONDER, METHOD, MUNITIONS, TARGET, TARGET_ACTOR, INJURED, KILLED,
          IN_RESPONSE_TO, SOURCE, SOURCE_DATE, SOURCE_URL, QUOTE, QUOTE_START, QUOTE_END, NOTES);

  /** The design's columns plus the provenance columns, which every other file has too. */
  static final List<String> BASES =
      names(
          ID, NAME, ALIASES, COUNTRY, ADMIN1, LATITUDE, LONGITUDE, OPERATOR, PERSONNEL, NOTES,
          SOURCE, SOURCE_DATE, SOURCE_URL, QUOTE, QUOTE_START, QUOTE_END);

  /** The design's columns plus {@code attribution} (who the number is attributed to). */
  static final List<String> TALLIES =
      names(
          ID, METRIC, VALUE, COUNTRY, SINCE, AS_OF, SUBJECT, SOURCE, SOURCE_DATE, SOURCE_URL, QUOTE,
          QUOTE_START, QUOTE_END, ATTRIBUTION);

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

  private static List<String> names(Column... columns) {
    List<String> names = new ArrayList<>();
    for (Column c : columns) {
      names.add(c.label);
    }
    return List.copyOf(names);
  }

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
