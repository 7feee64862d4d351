package org.attackstats.csv;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.attackstats.model.Place;

/**
 * ACLED rows (current export, older export, API JSON) to records. See docs/formats.md.
 *
 * <p>Incidents are the political-violence event types: battles, explosions and remote violence,
 * violence against civilians, and riots where ACLED's disorder type counts them as political
 * violence (mob violence) rather than as demonstrations alone (violent demonstrations); the older
 * codebook's battles, remote violence and violence against civilians likewise. Protests, strategic
 * developments and the older codebook's riots/protests, strategic developments, headquarters or
 * bases established and non-violent transfers of territory are not incidents. A row whose event
 * type is empty or outside the codebook is kept (and the value counted as unknown).
 */
final class AcledMapping extends Mapping {

  static final List<String> CURRENT_COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");

  static final List<String> LEGACY_COLUMNS =
      List.of(
          "data_id",
          "iso",
          "event_id_cnty",
          "event_id_no_cnty",
          "event_date",
          "year",
          "time_precision",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "timestamp",
          "iso3");

  /** Event types that are incidents (lower-case), of the current and the older codebook. */
  static final Set<String> INCIDENT_TYPES =
      lowerCase(
          "Battles",
          "Explosions/Remote violence",
          "Violence against civilians",
          "Remote violence",
          "Battle-No change of territory",
          "Battle-Government regains territory",
          "Battle-Non-state actor overtakes territory");

  /** Event types that are not incidents (lower-case); riots depend on the disorder type. */
  static final Set<String> NOT_INCIDENT_TYPES =
      lowerCase(
          "Protests",
          "Strategic developments",
          "Riots/Protests",
          "Strategic development",
          "Headquarters or base established",
          "Non-violent transfer of territory");

  /** Every event type of the two codebooks. */
  static final Set<String> EVENT_TYPES = allOf(INCIDENT_TYPES, NOT_INCIDENT_TYPES, lowerCase("Riots"));

  /** Sub-event types and the method each implies; an empty name means none. */
  static final Map<String, Optional<Method>> SUB_EVENT_METHODS = methods(subEventMethods());

  static final Set<String> ACTOR_TYPES =
      lowerCase(
          "0",
          "1",
          "2",
          "3",
          "4",
          "5",
          "6",
          "7",
          "8",
          "State forces",
          "Rebel group",
          "Political militia",
          "Identity militia",
          "Rioters",
          "Protesters",
          "Civilians",
          "External/Other forces");

  private static final Pattern ISO_NUMERIC = Pattern.compile("\\d{1,3}");

  /** Week span half-width: a time_precision 2 date is the middle of a seven-day span. */
  static final int HALF_WEEK = 3;

  private static final DateTimeFormatter[] DATES = {
    DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
    pattern("d MMMM uuuu"),
    pattern("d-MMM-uuuu"),
    pattern("d-MMMM-uuuu"),
    pattern("d-M-uuuu"),
  };

  /** Two-digit years of the older export ({@code 9-May-20}) are read as 1950 to 2049. */
  private static final DateTimeFormatter TWO_DIGIT_YEAR =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1950)
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);

  private final List<String> required;
  private final Set<String> known;

  private AcledMapping(List<String> required, Set<String> known) {
    this.required = required;
    this.known = known;
  }

  /** Columns ACLED adds on request: population estimates around the event. */
  static final List<String> OPTIONAL_COLUMNS =
      List.of("population_1km", "population_2km", "population_5km", "population_best");

  static final AcledMapping CURRENT =
      new AcledMapping(List.of("event_id_cnty", "event_date"), known(CURRENT_COLUMNS));
  static final AcledMapping LEGACY =
      new AcledMapping(List.of("event_id_cnty", "event_date"), known(LEGACY_COLUMNS));
  static final AcledMapping JSON = new AcledMapping(List.of(), union());

  private static Set<String> known(List<String> columns) {
    Set<String> s = new TreeSet<>(columns);
    s.addAll(OPTIONAL_COLUMNS);
    return Set.copyOf(s);
  }

  private static Set<String> union() {
    Set<String> s = new TreeSet<>(known(CURRENT_COLUMNS));
    s.addAll(LEGACY_COLUMNS);
    return Set.copyOf(s);
  }

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(p)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  @SafeVarargs
  private static Set<String> allOf(Set<String>... sets) {
    Set<String> s = new TreeSet<>();
    for (Set<String> x : sets) {
      s.addAll(x);
    }
    return Set.copyOf(s);
  }

  private static Set<String> lowerCase(String... values) {
    Set<String> s = new TreeSet<>();
    for (String v : values) {
      s.add(v.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(s);
  }

  private static Map<String, String> subEventMethods() {
    Map<String, String> m = new TreeMap<>();
    m.put("air/drone strike", "airstrike");
    m.put("shelling/artillery/missile attack", "shelling");
    m.put("remote explosive/landmine/ied", "ied");
    m.put("suicide bomb", "suicide_bomb");
    m.put("grenade", "grenade");
    m.put("chemical weapon", "chemical_weapon");
    m.put("armed clash", "armed_clash");
    for (String none :
        List.of(
            "government regains territory",
            "non-state actor overtakes territory",
            "sexual violence",
            "attack",
            "abduction/forced disappearance",
            "peaceful protest",
            "protest with intervention",
            "excessive force against protesters",
            "violent demonstration",
            "mob violence",
            "agreement",
            "arrests",
            "change to group/activity",
            "disrupted weapons use",
            "headquarters or base established",
            "looting/property destruction",
            "non-violent transfer of territory",
            "other")) {
      m.put(none, "");
    }
    return Map.copyOf(m);
  }

  @Override
  String prefix() {
    return "acled_";
  }

  @Override
  String notAnIncident(SourceRow row) {
    String type = row.get("event_type").strip();
    String t = type.toLowerCase(Locale.ROOT);
    if (t.equals("riots")) {
      String disorder = row.get("disorder_type").strip();
      boolean violent =
          disorder.isEmpty()
              ? row.get("sub_event_type").strip().equalsIgnoreCase("mob violence")
              : disorder.toLowerCase(Locale.ROOT).contains("political violence");
      return violent ? null : "not an incident: " + type + (disorder.isEmpty() ? "" : " (" + disorder + ")");
    }
    return NOT_INCIDENT_TYPES.contains(t) ? "not an incident: " + type : null;
  }

  @Override
  String versionColumn() {
    return "timestamp";
  }

  @Override
  List<String> fallbackIdColumns() {
    return List.of("data_id");
  }

  @Override
  String idColumn() {
    return "event_id_cnty";
  }

  @Override
  List<String> requiredColumns() {
    return required;
  }

  @Override
  Set<String> knownColumns() {
    return known;
  }

  @Override
  Incident map(SourceRow row, Context context) {
    Draft d = new Draft();
    d.id = id(row, context);
    d.date = date(row);
    d.place =
        Place.unknown()
            .withCountry(country(row, context))
            .withAdmin1(row.take("admin1"))
            .withLocation(row.take("location"))
            .withCoordinates(
                Cells.coordinates(
                        "latitude", row.take("latitude"), "longitude", row.take("longitude"))
                    .orElse(null));
    d.actingSide = actor(row, "actor1");
    d.otherSide = actor(row, "actor2");
    d.method = method(row, "sub_event_type", SUB_EVENT_METHODS, context);
    checkKnown(row, "event_type", EVENT_TYPES, context);
    checkKnown(row, "inter1", ACTOR_TYPES, context);
    checkKnown(row, "inter2", ACTOR_TYPES, context);
    d.killed = Cells.count("fatalities", row.take("fatalities"));
    d.notes = row.take("notes");
    return d.build(row, context);
  }

  private static Country country(SourceRow row, Mapping.Context context) {
    String iso = row.get("iso").strip();
    if (ISO_NUMERIC.matcher(iso).matches()) {
      Optional<Country> c = Country.ofNumeric(Integer.parseInt(iso));
      if (c.isPresent()) {
        return c.get();
      }
    }
    String iso3 = row.get("iso3").strip();
    if (!iso3.isEmpty()) {
      Optional<Country> c = Country.ofAlpha3(iso3);
      if (c.isPresent()) {
        return c.get();
      }
    }
    String name = row.get("country");
    if (name.isBlank() && !iso.isEmpty()) {
      throw new CellException(
          "iso",
          iso,
          CountryNames.UNKNOWN_COUNTRY,
          "not an ISO 3166 numeric code, and the country column is empty");
    }
    return CountryNames.resolve("country", name, context);
  }

  static DateSpan date(SourceRow row) {
    String text = Cells.required("event_date", row.get("event_date")).strip();
    LocalDate day = Cells.inRange("event_date", text, parseDate(text));
    String year = row.get("year").strip();
    if (!year.isEmpty()) {
      int y = Cells.integer("year", year);
      if (y != day.getYear()) {
        throw new CellException(
            "year", year, Cells.INVALID_DATE, "year differs from event_date '" + text + "'");
      }
    }
    String precision = row.get("time_precision").strip();
    switch (precision) {
      case "":
      case "1":
        return DateSpan.ofDay(day);
      case "2":
        return DateSpan.of(
            Cells.inRange("event_date", text, day.minusDays(HALF_WEEK)),
            Cells.inRange("event_date", text, day.plusDays(HALF_WEEK)));
      case "3":
        return DateSpan.ofMonth(YearMonth.from(day));
      default:
        throw new CellException(
            "time_precision",
            precision,
            "invalid value",
            "expected 1 (day), 2 (week) or 3 (month)");
    }
  }

  private static LocalDate parseDate(String text) {
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(text, f);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      return LocalDate.parse(text, TWO_DIGIT_YEAR);
    } catch (DateTimeParseException e) {
      throw new CellException(
          "event_date",
          text,
          Cells.INVALID_DATE,
          "expected a date such as 2023-10-17, 17 October 2023, 17-Oct-2023, 17-October-2023 or 9-May-20");
    }
  }
}
