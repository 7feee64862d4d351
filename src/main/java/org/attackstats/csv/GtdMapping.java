package org.attackstats.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.attackstats.model.Place;

/**
 * GTD rows (the full CSV, reduced extracts, and subsets whose only date is in {@code eventid}) to
 * records. See docs/formats.md.
 *
 * <p>Incidents are the rows GTD has no doubt are terrorism: {@code doubtterr} 0, or -9 and empty
 * (not coded before 1997). A row with {@code doubtterr} 1 (the criteria are met, but it may be
 * insurgency, crime, conflict between groups, unintended or by a state; GTD's {@code
 * alternative}) is not an incident.
 */
final class GtdMapping extends Mapping {

  static final GtdMapping INSTANCE = new GtdMapping();

  /** The columns of the full GTD file (135, lower-cased). */
  static final List<String> COLUMNS =
      List.of(
          "eventid",
          "iyear",
          "imonth",
          "iday",
          "approxdate",
          "extended",
          "resolution",
          "country",
          "country_txt",
          "region",
          "region_txt",
          "provstate",
          "city",
          "latitude",
          "longitude",
          "specificity",
          "vicinity",
          "location",
          "summary",
          "crit1",
          "crit2",
          "crit3",
          "doubtterr",
          "alternative",
          "alternative_txt",
          "multiple",
          "success",
          "suicide",
          "attacktype1",
          "attacktype1_txt",
          "attacktype2",
          "attacktype2_txt",
          "attacktype3",
          "attacktype3_txt",
          "targtype1",
          "targtype1_txt",
          "targsubtype1",
          "targsubtype1_txt",
          "corp1",
          "target1",
          "natlty1",
          "natlty1_txt",
          "targtype2",
          "targtype2_txt",
          "targsubtype2",
          "targsubtype2_txt",
          "corp2",
          "target2",
          "natlty2",
          "natlty2_txt",
          "targtype3",
          "targtype3_txt",
          "targsubtype3",
          "targsubtype3_txt",
          "corp3",
          "target3",
          "natlty3",
          "natlty3_txt",
          "gname",
          "gsubname",
          "gname2",
          "gsubname2",
          "gname3",
          "gsubname3",
          "motive",
          "guncertain1",
          "guncertain2",
          "guncertain3",
          "individual",
          "nperps",
          "nperpcap",
          "claimed",
          "claimmode",
          "claimmode_txt",
          "claim2",
          "claimmode2",
          "claimmode2_txt",
          "claim3",
          "claimmode3",
          "claimmode3_txt",
          "compclaim",
          "weaptype1",
          "weaptype1_txt",
          "weapsubtype1",
          "weapsubtype1_txt",
          "weaptype2",
          "weaptype2_txt",
          "weapsubtype2",
          "weapsubtype2_txt",
          "weaptype3",
          "weaptype3_txt",
          "weapsubtype3",
          "weapsubtype3_txt",
          "weaptype4",
          "weaptype4_txt",
          "weapsubtype4",
          "weapsubtype4_txt",
          "weapdetail",
          "nkill",
          "nkillus",
          "nkillter",
          "nwound",
          "nwoundus",
          "nwoundte",
          "property",
          "propextent",
          "propextent_txt",
          "propvalue",
          "propcomment",
          "ishostkid",
          "nhostkid",
          "nhostkidus",
          "nhours",
          "ndays",
          "divert",
          "kidhijcountry",
          "ransom",
          "ransomamt",
          "ransomamtus",
          "ransompaid",
          "ransompaidus",
          "ransomnote",
          "hostkidoutcome",
          "hostkidoutcome_txt",
          "nreleased",
          "addnotes",
          "scite1",
          "scite2",
          "scite3",
          "dbsource",
          "int_log",
          "int_ideo",
          "int_misc",
          "int_any",
          "related");

  /** GTD's codes for "unknown" in numeric fields. */
  static final Set<String> SENTINELS = Set.of("-9", "-99");

  /** The word GTD writes for an unknown perpetrator, place or target. */
  static final String UNKNOWN = "Unknown";

  /** Weapon types and the method each implies. */
  static final Map<String, Optional<Method>> WEAPON_METHODS = methods(weaponMethods());

  static final Set<String> ATTACK_TYPES =
      Set.of(
          "assassination",
          "armed assault",
          "bombing/explosion",
          "hijacking",
          "hostage taking (barricade incident)",
          "hostage taking (kidnapping)",
          "facility/infrastructure attack",
          "unarmed assault",
          "unknown");

  private static Map<String, String> weaponMethods() {
    Map<String, String> m = new TreeMap<>();
    m.put("biological", "biological");
    m.put("chemical", "chemical_weapon");
    m.put("radiological", "radiological");
    m.put("nuclear", "nuclear");
    m.put("firearms", "small_arms");
    m.put("explosives", "explosive");
    m.put("explosives/bombs/dynamite", "explosive");
    m.put("fake weapons", "fake_weapon");
    m.put("incendiary", "incendiary");
    m.put("melee", "melee");
    m.put("vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)", "vehicle");
    m.put("vehicle", "vehicle");
    m.put("sabotage equipment", "sabotage");
    m.put("other", "other");
    m.put("unknown", "unknown");
    return Map.copyOf(m);
  }

  private GtdMapping() {}

  @Override
  String prefix() {
    return "gtd_";
  }

  @Override
  String idColumn() {
    return "eventid";
  }

  @Override
  List<String> requiredColumns() {
    return List.of("eventid");
  }

  @Override
  String notAnIncident(SourceRow row) {
    if (!row.get("doubtterr").strip().equals("1")) {
      return null;
    }
    String alternative = row.get("alternative_txt").strip();
    return "not an incident: doubtterr 1 (doubt it is terrorism"
        + (alternative.isEmpty() ? "" : ": " + alternative) + ")";
  }

  @Override
  void checkHeader(Binding binding, Context context) {
    if (!binding.has("iyear")) {
      context.warn("iyear", "", "date from eventid",
          "no iyear, imonth, iday columns: each date is read from eventid (yyyymmdd and a sequence"
              + " number, 00 for an unknown month or day), which in some rows is the day the event"
              + " was recorded rather than the day it happened");
    }
    if (!binding.has("country_txt")) {
      context.warn("country_txt", "", "no country column",
          "no country_txt column: every incident's country is unknown");
    }
  }

  @Override
  Set<String> knownColumns() {
    return Set.copyOf(COLUMNS);
  }

  @Override
  Incident map(SourceRow row, Context context) {
    Draft d = new Draft();
    d.id = id(row, context);
    d.date = date(row);
    d.place =
        Place.unknown()
            .withCountry(
                row.has("country_txt")
                    ? CountryNames.resolve("country_txt", row.get("country_txt"), context)
                    : null)
            .withAdmin1(unlessUnknown(row, "provstate"))
            .withLocation(unlessUnknown(row, "city"))
            .withCoordinates(
                Cells.coordinates(
                        "latitude", row.take("latitude"), "longitude", row.take("longitude"))
                    .orElse(null));
    d.actingSide = unlessUnknown(row, "gname");
    if (!d.actingSide.isEmpty()) {
      actor(row, "gname");
    }
    d.target = unlessUnknown(row, "target1");
    d.method = method(row, "weaptype1_txt", WEAPON_METHODS, context);
    checkKnown(row, "attacktype1_txt", ATTACK_TYPES, context);
    d.killed = casualties(row, "nkill");
    d.injured = casualties(row, "nwound");
    d.notes = row.take("summary");
    return d.build(row, context);
  }

  /** The cell, consumed, unless it says "Unknown": then absent, and kept in the extras. */
  private static String unlessUnknown(SourceRow row, String column) {
    String v = row.take(column);
    if (v.strip().equalsIgnoreCase(UNKNOWN)) {
      row.keep(column);
      return "";
    }
    return v;
  }

  /** Blank or a sentinel is unknown (a sentinel is kept in the extras); else an exact count. */
  static Estimate casualties(SourceRow row, String column) {
    String v = row.take(column).strip();
    if (SENTINELS.contains(v)) {
      row.keep(column);
      return Estimate.unknown();
    }
    return Cells.count(column, v);
  }

  /**
   * iday 0 is a month span, imonth 0 a year span. Without an {@code iyear} column the date is read
   * from {@code eventid}, whose first eight digits are yyyymmdd.
   */
  static DateSpan date(SourceRow row) {
    if (!row.has("iyear")) {
      String id = row.get("eventid").strip();
      if (id.length() < 9 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new CellException("eventid", id, Cells.INVALID_DATE,
            "no iyear column, and eventid is not yyyymmdd followed by a sequence number, such as 201710170001");
      }
      String[] cells = {"eventid", id, "eventid", id, "eventid", id};
      return date(cells, Integer.parseInt(id.substring(0, 4)), Integer.parseInt(id.substring(4, 6)),
          Integer.parseInt(id.substring(6, 8)));
    }
    String[] cells = {"iyear", row.get("iyear"), "imonth", row.get("imonth"), "iday", row.get("iday")};
    int year = Cells.integer("iyear", Cells.required("iyear", cells[1]));
    int month = Cells.integer("imonth", Cells.required("imonth", cells[3]));
    int day = Cells.integer("iday", Cells.required("iday", cells[5]));
    return date(cells, year, month, day);
  }

  /**
   * The date of year, month (0 unknown) and day (0 unknown); {@code cells} are the column and raw
   * value of the year, the month and the day, for problems.
   */
  private static DateSpan date(String[] cells, int year, int month, int day) {
    String yc = cells[0];
    String yv = cells[1];
    String mc = cells[2];
    String mv = cells[3];
    String dc = cells[4];
    String dv = cells[5];
    if (year < 1 || year > 9999) {
      throw new CellException(
          yc, yv, Cells.INVALID_DATE, "expected a year such as 2017");
    }
    if (month == 0) {
      if (day != 0) {
        throw new CellException(
            dc,
            dv,
            Cells.INVALID_DATE,
            "a day without a month: expected iday 0 when imonth is 0");
      }
      return DateSpan.ofYear(Year.of(year));
    }
    if (month < 1 || month > 12) {
      throw new CellException(
          mc, mv, Cells.INVALID_DATE, "expected 1 to 12, or 0 for unknown");
    }
    if (day == 0) {
      return DateSpan.ofMonth(YearMonth.of(year, month));
    }
    try {
      return DateSpan.ofDay(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      throw new CellException(
          dc,
          dv,
          Cells.INVALID_DATE,
          "no such day in "
              + YearMonth.of(year, month)
              + ": expected 1 to "
              + YearMonth.of(year, month).lengthOfMonth()
              + ", or 0 for unknown");
    }
  }
}
