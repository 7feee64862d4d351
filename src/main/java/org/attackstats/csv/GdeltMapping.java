package org.attackstats.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Source;

/**
 * GDELT event rows (the 2.0 export, and the 1.0 daily and historical files) to records. See
 * docs/formats.md.
 *
 * <p>Incidents are the events of the CAMEO root codes 18 (assault), 19 (fight) and 20 (use
 * unconventional mass violence); every other root code is left out, its reason naming the code
 * and its CAMEO name. GDELT has no casualty figures: injured and killed are unknown. The country
 * is the action's ({@code ActionGeo_CountryCode}, FIPS 10-4, see {@link FipsCountries}); the
 * record's source document is the article's URL ({@code SOURCEURL}) when the file has one.
 */
final class GdeltMapping extends Mapping {

  static final GdeltMapping INSTANCE = new GdeltMapping();

  /** The 61 columns of the GDELT 2.0 event export, in file order, named as in its codebook. */
  static final List<String> COLUMNS = columns(true, true);

  /** The 58 columns of the GDELT 1.0 daily files (no {@code *_ADM2Code}). */
  static final List<String> V1_COLUMNS = columns(false, true);

  /** The 57 columns of the GDELT 1.0 historical backfile (1979 to March 2013: no SOURCEURL). */
  static final List<String> V1_HISTORICAL_COLUMNS = columns(false, false);

  /** The CAMEO root codes that are incidents. */
  static final Set<String> INCIDENT_ROOTS = Set.of("18", "19", "20");

  /** The CAMEO root codes and their names (lower case), 01 to 20. */
  static final Map<String, String> ROOTS = roots();

  /** The CAMEO event codes under the incident roots (CAMEO 1.1b3, as GDELT codes them). */
  static final Set<String> INCIDENT_CODES =
      Set.of(
          "18", "180", "181", "182", "1821", "1822", "1823", "183", "1831", "1832", "1833", "1834",
          "184", "185", "186",
          "19", "190", "191", "192", "193", "194", "195", "1951", "1952", "196",
          "20", "200", "201", "202", "203", "204", "2041", "2042");

  /** Event codes and the method each implies; codes not listed give no method. */
  static final Map<String, Optional<Method>> METHODS = methods(eventMethods());

  static final Set<String> QUAD_CLASSES = Set.of("1", "2", "3", "4");

  /** ActionGeo_Type: 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
  static final Set<String> GEO_TYPES = Set.of("0", "1", "2", "3", "4", "5");

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern DAY = Pattern.compile("\\d{8}");

  private GdeltMapping() {}

  private static List<String> columns(boolean adm2, boolean sourceUrl) {
    List<String> c = new ArrayList<>(List.of("globaleventid", "sqldate", "monthyear", "year", "fractiondate"));
    for (String actor : List.of("actor1", "actor2")) {
      for (String field : List.of("code", "name", "countrycode", "knowngroupcode", "ethniccode",
          "religion1code", "religion2code", "type1code", "type2code", "type3code")) {
        c.add(actor + field);
      }
    }
    c.addAll(List.of("isrootevent", "eventcode", "eventbasecode", "eventrootcode", "quadclass",
        "goldsteinscale", "nummentions", "numsources", "numarticles", "avgtone"));
    for (String geo : List.of("actor1geo_", "actor2geo_", "actiongeo_")) {
      c.addAll(List.of(geo + "type", geo + "fullname", geo + "countrycode", geo + "adm1code"));
      if (adm2) {
        c.add(geo + "adm2code");
      }
      c.addAll(List.of(geo + "lat", geo + "long", geo + "featureid"));
    }
    c.add("dateadded");
    if (sourceUrl) {
      c.add("sourceurl");
    }
    return List.copyOf(c);
  }

  /** The columns of a file whose lines have this many cells, or empty for no GDELT layout. */
  static Optional<List<String>> layout(int cells) {
    return cells == COLUMNS.size() ? Optional.of(COLUMNS)
        : cells == V1_COLUMNS.size() ? Optional.of(V1_COLUMNS)
        : cells == V1_HISTORICAL_COLUMNS.size() ? Optional.of(V1_HISTORICAL_COLUMNS)
        : Optional.empty();
  }

  /** The layout's name, for messages. */
  static String layoutName(List<String> columns) {
    return columns.size() == COLUMNS.size() ? "GDELT 2.0 events"
        : columns.size() == V1_COLUMNS.size() ? "GDELT 1.0 daily events"
        : "GDELT 1.0 historical events";
  }

  /**
   * Whether the first line of a file is a GDELT event: 57, 58 or 61 tab-separated cells, a whole
   * number first (GlobalEventID) and eight digits second (SQLDATE).
   */
  static boolean looksLikeEvent(String line) {
    String[] cells = line.split("\t", -1);
    return layout(cells.length).isPresent()
        && DIGITS.matcher(cells[0]).matches()
        && DAY.matcher(cells[1]).matches();
  }

  private static Map<String, String> roots() {
    String[] names = {
      "make public statement", "appeal", "express intent to cooperate", "consult",
      "engage in diplomatic cooperation", "engage in material cooperation", "provide aid", "yield",
      "investigate", "demand", "disapprove", "reject", "threaten", "protest",
      "exhibit force posture", "reduce relations", "coerce", "assault", "fight",
      "use unconventional mass violence",
    };
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(String.format(Locale.ROOT, "%02d", i + 1), names[i]);
    }
    return Map.copyOf(m);
  }

  private static Map<String, String> eventMethods() {
    Map<String, String> m = new TreeMap<>();
    m.put("183", "explosive");
    m.put("1831", "suicide_bomb");
    m.put("1832", "car_bomb");
    m.put("1833", "ied");
    m.put("1834", "explosive");
    m.put("193", "small_arms");
    m.put("194", "artillery");
    m.put("195", "airstrike");
    m.put("1951", "airstrike");
    m.put("1952", "drone_strike");
    m.put("2042", "nuclear");
    for (String code : INCIDENT_CODES) {
      m.putIfAbsent(code, "");
    }
    return m;
  }

  @Override
  String prefix() {
    return "gdelt_";
  }

  @Override
  String idColumn() {
    return "globaleventid";
  }

  @Override
  List<String> requiredColumns() {
    return List.of("globaleventid", "sqldate", "eventcode", "eventrootcode");
  }

  @Override
  Set<String> knownColumns() {
    return Set.copyOf(COLUMNS);
  }

  @Override
  String notAnIncident(SourceRow row) {
    String root = row.get("eventrootcode").strip();
    String name = ROOTS.get(root);
    return name == null || INCIDENT_ROOTS.contains(root) ? null : "not an incident: CAMEO " + root + " (" + name + ")";
  }

  @Override
  Incident map(SourceRow row, Context context) {
    Draft d = new Draft();
    String raw = row.get(idColumn());
    if (!raw.isBlank() && !DIGITS.matcher(raw).matches()) {
      throw new CellException(idColumn(), raw, "invalid id", "expected GDELT's GlobalEventID, a whole number");
    }
    d.id = id(row, context);
    d.date = DateSpan.ofDay(date(row));
    if (INCIDENT_ROOTS.contains(eventRoot(row))) {
      // a code outside CAMEO's list under 18, 19 and 20 is counted as an unknown value
      d.method = method(row, "eventcode", METHODS, context);
    }
    checkKnown(row, "quadclass", QUAD_CLASSES, context);
    checkKnown(row, "actiongeo_type", GEO_TYPES, context);
    d.place =
        Place.unknown()
            .withCountry(FipsCountries.resolve("actiongeo_countrycode", row.get("actiongeo_countrycode"), context))
            .withLocation(row.take("actiongeo_fullname"))
            .withCoordinates(
                Cells.coordinates("actiongeo_lat", row.take("actiongeo_lat"), "actiongeo_long",
                    row.take("actiongeo_long")).orElse(null));
    d.actingSide = actor(row, "actor1name");
    d.otherSide = actor(row, "actor2name");
    String url = row.take("sourceurl").strip();
    if (!url.isEmpty()) {
      d.source = Source.of(context.source().publisher().orElse(null), null, url);
    }
    return d.build(row, context);
  }

  /** SQLDATE, a day yyyyMMdd, checked against Year and MonthYear when they are given. */
  private static LocalDate date(SourceRow row) {
    String text = Cells.required("sqldate", row.get("sqldate")).strip();
    LocalDate day;
    try {
      if (!DAY.matcher(text).matches()) {
        throw new DateTimeException(text);
      }
      day = LocalDate.of(
          Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
          Integer.parseInt(text.substring(6)));
    } catch (DateTimeException e) {
      throw new CellException("sqldate", text, Cells.INVALID_DATE, "expected a day yyyyMMdd such as 20231017");
    }
    day = Cells.inRange("sqldate", text, day);
    String year = row.get("year").strip();
    if (!year.isEmpty() && !year.equals(text.substring(0, 4))) {
      throw new CellException("year", year, Cells.INVALID_DATE, "Year differs from SQLDATE '" + text + "'");
    }
    String month = row.get("monthyear").strip();
    if (!month.isEmpty() && !month.equals(text.substring(0, 6))) {
      throw new CellException("monthyear", month, Cells.INVALID_DATE,
          "MonthYear differs from SQLDATE '" + text + "' (expected " + text.substring(0, 6) + ")");
    }
    return day;
  }

  /**
   * EventRootCode, checked with EventCode, which must lie under it (and under EventBaseCode, when
   * given).
   */
  private static String eventRoot(SourceRow row) {
    String root = row.get("eventrootcode").strip();
    if (!ROOTS.containsKey(root)) {
      throw new CellException("eventrootcode", root, "invalid value", "expected a CAMEO root code, 01 to 20");
    }
    String code = Cells.required("eventcode", row.get("eventcode")).strip();
    if (!DIGITS.matcher(code).matches() || !code.startsWith(root)) {
      throw new CellException("eventcode", code, "invalid value",
          "expected a CAMEO event code under the root code " + root + " of EventRootCode, such as " + root + "0");
    }
    String base = row.get("eventbasecode").strip();
    if (!base.isEmpty() && !code.startsWith(base)) {
      throw new CellException("eventbasecode", base, "invalid value",
          "EventCode " + code + " does not lie under this EventBaseCode (expected "
              + code.substring(0, Math.min(3, code.length())) + ")");
    }
    return root;
  }
}
