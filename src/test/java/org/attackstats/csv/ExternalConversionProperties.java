package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DatePrecision;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Laws of the conversion, over generated third-party rows written in each format (ACLED, GTD,
 * UCDP GED, GDELT):
 *
 * <ul>
 *   <li>every row becomes one record, attack or response as the responder rule says;
 *   <li>the source row can be rebuilt from its record (the consumed columns from the record's
 *       fields, every other cell from the extras), so nothing read is lost;
 *   <li>the records survive the canonical CSV form unchanged;
 *   <li>with corrupted rows, rows read = records + problems, and the problems are exactly the
 *       corrupted rows.
 * </ul>
 */
class ExternalConversionProperties {

  private static final int EXAMPLES = 60;
  private static final String US = "Military Forces of the United States (2021-)";

  /** Draws values from QuickTheories' randomness, so that failures shrink. */
  private static final class Draw {
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int lo, int hi) {
      return integers().between(lo, hi).generate(in);
    }

    boolean chance(int oneIn) {
      return between(1, oneIn) == 1;
    }

    <T> T pick(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    String word() {
      StringBuilder sb = new StringBuilder();
      int n = between(1, 6);
      for (int i = 0; i < n; i++) {
        sb.append(pick(List.of('a', 'b', 'k', 'z', 'E', '\u00e9', '\u0634', '1', '\'', '-')));
      }
      return sb.toString();
    }

    /** Words joined by awkward separators: commas, quotes, line breaks, runs of spaces. */
    String text() {
      StringBuilder sb = new StringBuilder(word());
      int n = between(0, 3);
      for (int i = 0; i < n; i++) {
        sb.append(pick(List.of(" ", ", ", " \"", "\" ", "\n", "\r\n", "; ", "  ", "\t", "|")))
            .append(word());
      }
      return sb.toString();
    }

    String optionalText() {
      return chance(4) ? "" : text();
    }

    String degrees(int max) {
      return BigDecimal.valueOf(between(-max * 10_000, max * 10_000), 4).toPlainString();
    }

    LocalDate date(int fromYear, int toYear) {
      return LocalDate.ofEpochDay(
          between(
              (int) LocalDate.of(fromYear, 1, 1).toEpochDay(),
              (int) LocalDate.of(toYear, 12, 31).toEpochDay()));
    }

    long seed() {
      return between(0, Integer.MAX_VALUE);
    }
  }

  /** Generated rows of one format, and how each must map. */
  private record Sample(ExternalFormat format, List<Map<String, String>> rows, long seed) {}

  // ---- ACLED ----

  private static final List<String[]> ACLED_COUNTRIES =
      List.of(
          new String[] {"368", "Iraq", "IQ"}, new String[] {"760", "Syria", "SY"},
          new String[] {"0", "Kosovo", "XK"},
              new String[] {"180", "Democratic Republic of Congo", "CD"},
          new String[] {"887", "Yemen", "YE"}, new String[] {"384", "Ivory Coast", "CI"});

  private static Map<String, String> acledRow(Draw d, int index, ExternalFormat format) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("event_id_cnty", "EV" + index + d.word().replace('\'', 'q'));
    LocalDate date = d.date(1997, 2030);
    r.put(
        "event_date",
        format == ExternalFormat.ACLED_LEGACY
            ? date.format(DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH))
            : d.chance(2)
                ? date.toString()
                : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
    r.put("year", d.chance(5) ? "" : String.valueOf(date.getYear()));
    r.put("time_precision", d.pick(List.of("1", "2", "3", "")));
    r.put(
        "event_type",
        d.pick(List.of("Battles", "Explosions/Remote violence", "Remote violence", "")));
    r.put(
        "sub_event_type",
        d.pick(List.of("Air/drone strike", "Armed clash", "Attack", "Rocket barrage", "")));
    r.put("actor1", d.chance(3) ? US : d.optionalText());
    r.put("assoc_actor_1", d.optionalText());
    r.put("inter1", d.pick(List.of("1", "3", "8", "Political militia", "Nine", "")));
    r.put("actor2", d.chance(3) ? US : d.optionalText());
    r.put("inter2", d.pick(List.of("2", "External/Other forces", "")));
    String[] c = d.pick(ACLED_COUNTRIES);
    r.put("iso", c[0]);
    r.put("country", c[1]);
    r.put("admin1", d.optionalText());
    r.put("admin2", d.optionalText());
    r.put("location", d.optionalText());
    boolean located = !d.chance(4);
    r.put("latitude", located ? d.degrees(90) : "");
    r.put("longitude", located ? d.degrees(180) : "");
    r.put("source", d.optionalText());
    r.put("notes", d.optionalText());
    r.put("fatalities", d.chance(4) ? "" : String.valueOf(d.between(0, 500)));
    r.put("timestamp", String.valueOf(d.between(800_000_000, 1_800_000_000)));
    if (format == ExternalFormat.ACLED_LEGACY) {
      r.put("data_id", String.valueOf(index + 1000));
      r.put("event_id_no_cnty", String.valueOf(index));
      r.put("iso3", Country.of(c[2]).alpha3());
    }
    int extra = d.between(0, 2);
    for (int i = 0; i < extra; i++) {
      r.put("x_" + i, d.text());
    }
    return r;
  }

  private static Gen<Sample> acledSamples() {
    return in -> {
      Draw d = new Draw(in);
      ExternalFormat f =
          d.pick(
              List.of(
                  ExternalFormat.ACLED, ExternalFormat.ACLED_LEGACY, ExternalFormat.ACLED_JSON));
      List<Map<String, String>> rows = new ArrayList<>();
      int n = d.between(1, 5);
      for (int i = 0; i < n; i++) {
        rows.add(acledRow(d, i, f));
      }
      return new Sample(f, rows, d.seed());
    };
  }

  private static Map<String, String> unmapAcled(Incident i) {
    Map<String, String> m = common(i, "acled_");
    put(m, "event_id_cnty", i.id());
    put(m, "location", i.place().location().orElse(""));
    put(m, "admin1", i.place().admin1().orElse(""));
    put(m, "notes", i.notes().orElse(""));
    put(m, "fatalities", i.killed().toCell());
    sides(m, i, "actor1", "actor2");
    return overlay(m, i, "acled_");
  }

  private static void checkAcled(Map<String, String> row, Incident i) {
    String[] c =
        ACLED_COUNTRIES.stream()
            .filter(x -> x[1].equals(row.get("country")))
            .findFirst()
            .orElseThrow();
    assertEquals(Country.of(c[2]), i.place().country().orElseThrow());
    assertTrue(i.injured().isUnknown(), "ACLED has no injuries");
    String dateText = row.get("event_date");
    LocalDate day =
        dateText.matches("\\d{4}-.*")
            ? LocalDate.parse(dateText)
            : LocalDate.parse(
                dateText,
                DateTimeFormatter.ofPattern(
                    dateText.contains(" ") ? "d MMMM yyyy" : "d-MMM-yy", Locale.ENGLISH));
    if (day.getYear() > 2049) {
      day = day.minusYears(100); // two-digit years of the older export are 1950 to 2049
    }
    switch (row.get("time_precision")) {
      case "2":
        assertEquals(DateSpan.of(day.minusDays(3), day.plusDays(3)), i.date());
        break;
      case "3":
        assertEquals(DateSpan.ofMonth(YearMonth.from(day)), i.date());
        break;
      default:
        assertEquals(DateSpan.ofDay(day), i.date());
    }
  }

  // ---- GTD ----

  private static final Map<String, String> GTD_COUNTRIES =
      Map.of(
          "Iraq",
          "IQ",
          "West Germany (FRG)",
          "DE",
          "United States",
          "US",
          "Ivory Coast",
          "CI",
          "West Bank and Gaza Strip",
          "PS",
          "Bosnia-Herzegovina",
          "BA",
          "Zaire",
          "CD");

  private static String casualties(Draw d) {
    return d.pick(
        List.of("", "-9", "-99", String.valueOf(d.between(0, 3000)), d.between(0, 3000) + ".5"));
  }

  private static Map<String, String> gtdRow(Draw d, int index) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("eventid", String.valueOf(197000000000L + index));
    int month = d.between(0, 12);
    r.put("iyear", String.valueOf(d.between(1970, 2020)));
    r.put("imonth", String.valueOf(month));
    r.put("iday", String.valueOf(month == 0 ? 0 : d.between(0, 28)));
    r.put("approxdate", d.optionalText());
    r.put("country_txt", d.pick(new ArrayList<>(new TreeSet<>(GTD_COUNTRIES.keySet()))));
    r.put("provstate", d.chance(4) ? "Unknown" : d.optionalText());
    r.put("city", d.chance(4) ? "Unknown" : d.optionalText());
    boolean located = !d.chance(4);
    r.put("latitude", located ? d.degrees(90) : "");
    r.put("longitude", located ? d.degrees(180) : "");
    r.put("summary", d.optionalText());
    r.put("attacktype1_txt", d.pick(List.of("Bombing/Explosion", "Armed Assault", "Cyber", "")));
    r.put("weaptype1_txt", d.pick(List.of("Explosives", "Firearms", "Laser", "Unknown", "")));
    r.put("target1", d.chance(4) ? "Unknown" : d.optionalText());
    r.put("targtype1_txt", d.optionalText());
    r.put("gname", d.chance(4) ? "Unknown" : d.chance(4) ? "United States" : d.optionalText());
    r.put("nkill", casualties(d));
    r.put("nwound", casualties(d));
    r.put("nkillus", casualties(d));
    r.put("nwoundus", casualties(d));
    r.put("propvalue", d.pick(List.of("-99", "", "1000")));
    int extra = d.between(0, 2);
    for (int i = 0; i < extra; i++) {
      r.put("x_" + i, d.text());
    }
    return r;
  }

  private static Gen<Sample> gtdSamples() {
    return in -> {
      Draw d = new Draw(in);
      List<Map<String, String>> rows = new ArrayList<>();
      int n = d.between(1, 5);
      for (int i = 0; i < n; i++) {
        rows.add(gtdRow(d, i));
      }
      return new Sample(ExternalFormat.GTD, rows, d.seed());
    };
  }

  private static Map<String, String> unmapGtd(Incident i) {
    Map<String, String> m = common(i, "gtd_");
    put(m, "eventid", i.id());
    put(m, "provstate", i.place().admin1().orElse(""));
    put(m, "city", i.place().location().orElse(""));
    put(m, "summary", i.notes().orElse(""));
    put(m, "nkill", i.killed().toCell());
    put(m, "nwound", i.injured().toCell());
    put(
        m,
        "target1",
        i instanceof Attack
            ? ((Attack) i).target().orElse("")
            : ((Response) i).target().orElse(""));
    put(m, "gname", actingSide(i));
    return overlay(m, i, "gtd_");
  }

  private static void checkGtd(Map<String, String> row, Incident i) {
    assertEquals(
        Country.of(GTD_COUNTRIES.get(row.get("country_txt"))), i.place().country().orElseThrow());
    int y = Integer.parseInt(row.get("iyear"));
    int m = Integer.parseInt(row.get("imonth"));
    int day = Integer.parseInt(row.get("iday"));
    DatePrecision p =
        m == 0 ? DatePrecision.YEAR : day == 0 ? DatePrecision.MONTH : DatePrecision.DAY;
    assertEquals(p, i.date().precision());
    assertEquals(LocalDate.of(y, Math.max(m, 1), Math.max(day, 1)), i.date().start());
  }

  // ---- UCDP GED ----

  private static final Map<String, String> UCDP_COUNTRIES =
      Map.of(
          "Iraq",
          "IQ",
          "DR Congo (Zaire)",
          "CD",
          "Yemen (North Yemen)",
          "YE",
          "Russia (Soviet Union)",
          "RU",
          "Serbia (Yugoslavia)",
          "RS",
          "Myanmar (Burma)",
          "MM",
          "Kosovo",
          "XK",
          "Syria",
          "SY");

  private static Map<String, String> ucdpRow(Draw d, int index) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", String.valueOf(100_000 + index));
    LocalDate start = d.date(1989, 2024);
    LocalDate end =
        d.chance(3) ? YearMonth.from(start).atEndOfMonth() : start.plusDays(d.between(0, 40));
    if (d.chance(4)) {
      start = YearMonth.from(start).atDay(1);
    }
    r.put("date_start", start + (d.chance(2) ? " 00:00:00.000" : ""));
    r.put("date_end", d.chance(6) ? "" : end.toString());
    r.put("date_prec", d.pick(List.of("1", "2", "3", "4", "5", "7")));
    r.put("type_of_violence", d.pick(List.of("1", "2", "3")));
    r.put("country", d.pick(new ArrayList<>(new TreeSet<>(UCDP_COUNTRIES.keySet()))));
    r.put("side_a", d.chance(3) ? "Government of United States of America" : d.text());
    r.put("side_b", d.optionalText());
    r.put("adm_1", d.optionalText());
    r.put("where_coordinates", d.optionalText());
    r.put("where_description", d.optionalText());
    boolean located = !d.chance(5);
    r.put("latitude", located ? d.degrees(90) : "");
    r.put("longitude", located ? d.degrees(180) : "");
    r.put("source_article", d.optionalText());
    int low = d.between(0, 100);
    int best = low + d.between(0, 50);
    int high = best + d.between(0, 50);
    boolean known = !d.chance(6);
    r.put("best", known ? String.valueOf(best) : "");
    r.put("low", known ? String.valueOf(low) : "");
    r.put("high", known ? String.valueOf(high) : "");
    r.put("deaths_a", String.valueOf(d.between(0, 10)));
    int extra = d.between(0, 2);
    for (int i = 0; i < extra; i++) {
      r.put("x_" + i, d.text());
    }
    return r;
  }

  private static Gen<Sample> ucdpSamples() {
    return in -> {
      Draw d = new Draw(in);
      List<Map<String, String>> rows = new ArrayList<>();
      int n = d.between(1, 5);
      for (int i = 0; i < n; i++) {
        rows.add(ucdpRow(d, i));
      }
      return new Sample(ExternalFormat.UCDP_GED, rows, d.seed());
    };
  }

  private static Map<String, String> unmapUcdp(Incident i) {
    Map<String, String> m = common(i, "ucdp_");
    put(m, "id", i.id());
    put(m, "adm_1", i.place().admin1().orElse(""));
    put(m, "where_coordinates", i.place().location().orElse(""));
    sides(m, i, "side_a", "side_b");
    Estimate k = i.killed();
    if (!k.isUnknown()) {
      put(m, "best", number(k.best()));
      put(m, "low", number(k.low()));
      put(m, "high", number(k.high()));
    }
    return overlay(m, i, "ucdp_");
  }

  private static void checkUcdp(Map<String, String> row, Incident i) {
    assertEquals(
        Country.of(UCDP_COUNTRIES.get(row.get("country"))), i.place().country().orElseThrow());
    LocalDate start = LocalDate.parse(row.get("date_start").substring(0, 10));
    LocalDate end = row.get("date_end").isEmpty() ? start : LocalDate.parse(row.get("date_end"));
    assertEquals(start, i.date().start());
    assertEquals(end, i.date().endInclusive());
  }

  // ---- GDELT ----

  private static final Map<String, String> FIPS =
      Map.of("IZ", "IQ", "SY", "SY", "AF", "AF", "GM", "DE", "UP", "UA", "RS", "RU", "KV", "XK", "GZ", "PS");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  /** Text as GDELT's cells hold it: no tab and no line break. */
  private static String gdeltText(Draw d) {
    return d.text().replaceAll("[\t\r\n]", " ");
  }

  private static Map<String, String> gdeltRow(Draw d, int index) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("globaleventid", String.valueOf(900_000_000 + index));
    String day = d.date(1979, 2024).format(DAY);
    r.put("sqldate", day);
    r.put("monthyear", d.chance(5) ? "" : day.substring(0, 6));
    r.put("year", d.chance(5) ? "" : day.substring(0, 4));
    r.put("fractiondate", day.substring(0, 4) + ".5000");
    r.put("actor1code", d.pick(List.of("USAMIL", "IRQREB", "")));
    r.put("actor1name", d.chance(3) ? "UNITED STATES" : d.chance(5) ? "" : gdeltText(d));
    r.put("actor2name", d.chance(4) ? "" : gdeltText(d));
    r.put("isrootevent", d.pick(List.of("0", "1")));
    String root = d.pick(List.of("18", "19", "20"));
    String code = d.pick(new ArrayList<>(new TreeSet<>(
        GdeltMapping.INCIDENT_CODES.stream().filter(c -> c.startsWith(root)).toList())));
    r.put("eventcode", code);
    r.put("eventbasecode", d.chance(4) ? "" : code.substring(0, Math.min(3, code.length())));
    r.put("eventrootcode", root);
    r.put("quadclass", "4");
    r.put("goldsteinscale", "-10.0");
    r.put("nummentions", String.valueOf(d.between(1, 300)));
    r.put("actiongeo_type", d.pick(List.of("1", "4", "5")));
    r.put("actiongeo_fullname", d.chance(4) ? "" : gdeltText(d));
    r.put("actiongeo_countrycode", d.pick(new ArrayList<>(new TreeSet<>(FIPS.keySet()))));
    boolean located = !d.chance(5);
    // degrees in the plain form that unmapGdelt writes back
    r.put("actiongeo_lat", located ? number(Double.parseDouble(d.degrees(90))) : "");
    r.put("actiongeo_long", located ? number(Double.parseDouble(d.degrees(180))) : "");
    r.put("dateadded", day + "121500");
    r.put("sourceurl", d.chance(4) ? "" : "https://news.example.org/" + index + "/" + d.word());
    return r;
  }

  private static Gen<Sample> gdeltSamples() {
    return in -> {
      Draw d = new Draw(in);
      List<Map<String, String>> rows = new ArrayList<>();
      int n = d.between(1, 5);
      for (int i = 0; i < n; i++) {
        rows.add(gdeltRow(d, i));
      }
      return new Sample(ExternalFormat.GDELT, rows, d.seed());
    };
  }

  private static Map<String, String> unmapGdelt(Incident i) {
    Map<String, String> m = new TreeMap<>();
    put(m, "globaleventid", i.id());
    put(m, "actiongeo_fullname", i.place().location().orElse(""));
    i.place().coordinates().ifPresent(c -> {
      m.put("actiongeo_lat", number(c.latitude()));
      m.put("actiongeo_long", number(c.longitude()));
    });
    sides(m, i, "actor1name", "actor2name");
    i.source().document().filter(doc -> doc.startsWith("https://")).ifPresent(u -> m.put("sourceurl", u));
    return overlay(m, i, "gdelt_");
  }

  private static void checkGdelt(Map<String, String> row, Incident i) {
    assertEquals(Country.of(FIPS.get(row.get("actiongeo_countrycode"))), i.place().country().orElseThrow());
    assertEquals(LocalDate.parse(row.get("sqldate"), DAY), i.date().start());
    assertEquals(DateSpan.ofDay(i.date().start()), i.date());
    assertTrue(i.injured().isUnknown() && i.killed().isUnknown(), "GDELT has no casualty figures");
  }

  // ---- shared ----

  private static Map<String, String> common(Incident i, String prefix) {
    Map<String, String> m = new TreeMap<>();
    i.place()
        .coordinates()
        .ifPresent(
            c -> {
              m.put("latitude", Double.toString(c.latitude()));
              m.put("longitude", Double.toString(c.longitude()));
            });
    return m;
  }

  private static String actingSide(Incident i) {
    return i instanceof Attack
        ? ((Attack) i).perpetrator().map(a -> a.name()).orElse("")
        : ((Response) i).responder().map(a -> a.name()).orElse("");
  }

  private static void sides(Map<String, String> m, Incident i, String acting, String other) {
    put(m, acting, actingSide(i));
    put(
        m,
        other,
        i instanceof Attack
            ? ((Attack) i).target().orElse("")
            : ((Response) i).targetActor().map(a -> a.name()).orElse(""));
  }

  private static void put(Map<String, String> m, String column, String value) {
    if (!value.isEmpty()) {
      m.put(column, value);
    }
  }

  /** The extras, prefix removed, override the fields: they hold the text as given. */
  private static Map<String, String> overlay(Map<String, String> m, Incident i, String prefix) {
    i.extras()
        .forEach(
            (k, v) -> {
              assertTrue(k.startsWith(prefix), k);
              m.put(k.substring(prefix.length()), v);
            });
    return m;
  }

  private static String number(double d) {
    return d == Math.rint(d)
        ? Long.toString((long) d)
        : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** The row as the record must give it back: empty cells absent, degrees compared by value. */
  private static Map<String, String> normalised(Map<String, String> row) {
    Map<String, String> m = new TreeMap<>();
    row.forEach(
        (k, v) -> {
          if (v.isEmpty()) {
            return;
          }
          boolean degrees = k.equals("latitude") || k.equals("longitude");
          m.put(k, degrees ? Double.toString(Double.parseDouble(v) + 0.0) : v);
        });
    return m;
  }

  private static String write(Sample s) {
    Set<String> columns = new TreeSet<>();
    s.rows().forEach(r -> columns.addAll(r.keySet()));
    List<String> header = new ArrayList<>(columns);
    Collections.shuffle(header, new Random(s.seed()));
    if (s.format() == ExternalFormat.ACLED_JSON) {
      StringBuilder sb = new StringBuilder("{\"success\": true, \"data\": [\n");
      for (int r = 0; r < s.rows().size(); r++) {
        sb.append(r == 0 ? "  {" : ",\n  {");
        for (int c = 0; c < header.size(); c++) {
          sb.append(c == 0 ? "" : ", ")
              .append(json(header.get(c)))
              .append(": ")
              .append(json(s.rows().get(r).getOrDefault(header.get(c), "")));
        }
        sb.append('}');
      }
      return sb.append("\n]}\n").toString();
    }
    if (s.format() == ExternalFormat.GDELT) {
      StringBuilder sb = new StringBuilder();
      for (Map<String, String> row : s.rows()) {
        sb.append(String.join("\t", GdeltMapping.COLUMNS.stream().map(c -> row.getOrDefault(c, "")).toList()))
            .append('\n');
      }
      return sb.toString();
    }
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      boolean upper = s.format() == ExternalFormat.ACLED_LEGACY;
      p.printRecord(header.stream().map(h -> upper ? h.toUpperCase(Locale.ROOT) : h).toList());
      for (Map<String, String> row : s.rows()) {
        p.printRecord(header.stream().map(h -> row.getOrDefault(h, "")).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static LoadResult convert(String text, ExternalFormat format, ReadOptions options) {
    return Fixtures.read("generated", text.getBytes(StandardCharsets.UTF_8), InputFormat.of(format), options);
  }

  private static Dataset throughCanonical(Dataset d) {
    Dataset.Builder b = Dataset.builder();
    for (RecordType t : List.of(RecordType.ATTACK, RecordType.RESPONSE)) {
      StringWriter out = new StringWriter();
      CanonicalCsv.write(d, t, out, WriteOptions.defaults());
      LoadResult back = CsvChecks.read(out.toString().getBytes(StandardCharsets.UTF_8), t, ReadOptions.strict());
      back.dataset().attacks().forEach(b::add);
      back.dataset().responses().forEach(b::add);
    }
    return b.build();
  }

  private interface Unmap {
    Map<String, String> apply(Incident i);
  }

  private interface Check {
    void apply(Map<String, String> row, Incident i);
  }

  private static void lossless(Sample s, Unmap unmap, Check check) {
    LoadResult c = convert(write(s), s.format(), ReadOptions.strict());
    LoadReport r = c.report();
    assertEquals(s.rows().size(), r.rowsRead());
    assertEquals(s.rows().size(), r.accepted());
    assertEquals(0, r.warningCount(), r.warnings()::toString);
    List<Incident> byRow = new ArrayList<>();
    for (Map<String, String> row : s.rows()) {
      String id = row.get(s.format().mapping().idColumn());
      Incident i =
          c.dataset().incidents().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      byRow.add(i);
      String acting = row.getOrDefault("actor1", row.getOrDefault("side_a",
          row.getOrDefault("actor1name", row.get("gname"))));
      assertEquals(
          ResponderRule.unitedStates().isResponder(acting)
              ? Incident.Kind.RESPONSE
              : Incident.Kind.ATTACK,
          i.kind());
      check.apply(row, i);
      assertEquals(normalised(row), unmap.apply(i), "row rebuilt from its record");
    }
    assertEquals(c.dataset(), throughCanonical(c.dataset()), "canonical form and back");
  }

  @Test
  void acledRowsAreRebuiltFromTheirRecordsAndSurviveTheCanonicalForm() {
    qt().withExamples(EXAMPLES)
        .forAll(acledSamples())
        .checkAssert(
            s ->
                lossless(
                    s,
                    ExternalConversionProperties::unmapAcled,
                    ExternalConversionProperties::checkAcled));
  }

  @Test
  void gtdRowsAreRebuiltFromTheirRecordsAndSurviveTheCanonicalForm() {
    qt().withExamples(EXAMPLES)
        .forAll(gtdSamples())
        .checkAssert(
            s ->
                lossless(
                    s,
                    ExternalConversionProperties::unmapGtd,
                    ExternalConversionProperties::checkGtd));
  }

  @Test
  void ucdpRowsAreRebuiltFromTheirRecordsAndSurviveTheCanonicalForm() {
    qt().withExamples(EXAMPLES)
        .forAll(ucdpSamples())
        .checkAssert(
            s ->
                lossless(
                    s,
                    ExternalConversionProperties::unmapUcdp,
                    ExternalConversionProperties::checkUcdp));
  }

  @Test
  void gdeltRowsAreRebuiltFromTheirRecordsAndSurviveTheCanonicalForm() {
    qt().withExamples(EXAMPLES)
        .forAll(gdeltSamples())
        .checkAssert(
            s ->
                lossless(
                    s,
                    ExternalConversionProperties::unmapGdelt,
                    ExternalConversionProperties::checkGdelt));
  }

  /** Corruptions that each make a UCDP row unreadable. */
  private static final List<String[]> CORRUPTIONS =
      List.of(
          new String[] {"date_start", "2017-13-01"}, new String[] {"country", "Atlantis"},
          new String[] {"country", "Narnia"}, new String[] {"best", "many"},
          new String[] {"high", "-1"}, new String[] {"latitude", "91"},
          new String[] {"id", "DUPLICATE"}, new String[] {"date_end", "1900-01-01"});

  @Test
  void everyRowIsOneRecordOrOneProblem() {
    Gen<Sample> corrupted =
        in -> {
          Draw d = new Draw(in);
          Sample s = ucdpSamples().generate(in);
          List<Map<String, String>> rows = new ArrayList<>();
          for (Map<String, String> row : s.rows()) {
            Map<String, String> r = new LinkedHashMap<>(row);
            if (d.chance(2)) {
              String[] c = d.pick(CORRUPTIONS);
              r.put(c[0], c[0].equals("id") ? rows.isEmpty() ? "x" : rows.get(0).get("id") : c[1]);
              r.put("x_corrupt", "yes");
              String id = r.get("id");
              if (c[0].equals("id")
                  && rows.stream().noneMatch(x -> x.get("id").equals(id) && !x.containsKey("x_corrupt"))) {
                r.remove("x_corrupt"); // not a duplicate of an accepted record
              }
            }
            rows.add(r);
          }
          return new Sample(ExternalFormat.UCDP_GED, rows, s.seed());
        };
    qt().withExamples(EXAMPLES)
        .forAll(corrupted)
        .checkAssert(
            s -> {
              LoadResult c = convert(write(s), ExternalFormat.UCDP_GED, ReadOptions.lenient());
              LoadReport r = c.report();
              assertEquals(s.rows().size(), r.rowsRead());
              assertEquals(r.rowsRead(), c.dataset().incidents().size() + r.problems().size());
              assertEquals(r.accepted(), c.dataset().incidents().size());
              Set<Long> expected = new TreeSet<>();
              for (int i = 0; i < s.rows().size(); i++) {
                if ("yes".equals(s.rows().get(i).get("x_corrupt"))) {
                  expected.add(i + 2L);
                }
              }
              Set<Long> actual = new TreeSet<>();
              for (DataProblem p : r.problems()) {
                actual.add(p.record());
              }
              assertEquals(expected, actual);
            });
  }
}
