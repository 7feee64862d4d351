package org.attackstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.model.Country;

/**
 * Country names as the sources write them, to ISO codes: the bundled table {@code
 * country-names.csv} (variants and historical names), then the English short names of {@link
 * Country}. Names are compared ignoring case, accents, {@code &} versus {@code and}, and runs of
 * whitespace. A name the table marks as having no single current country gives none (with a
 * warning), and a name found nowhere is a problem: never a guess.
 */
final class CountryNames {
  static final String UNKNOWN_COUNTRY = "unknown country";
  static final String HISTORICAL = "no current country";
  static final String RESOURCE = "country-names.csv";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int MAX_SEEN = 10_000;
  private static final Map<String, String> SEEN = new ConcurrentHashMap<>();

  /** Normalised name to code, or to {@code "-" + note} for names without a single country. */
  private static final Map<String, String> TABLE = load();

  private CountryNames() {}

  private static Map<String, String> load() {
    Map<String, String> table = new HashMap<>();
    for (Country c : Country.all()) {
      table.put(normalise(c.name()), c.code());
    }
    try (InputStream in = CountryNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setCommentMarker('#')
              .setHeader()
              .setSkipHeaderRecord(true)
              .get();
      for (CSVRecord rec : format.parse(r)) {
        String code = rec.get("code").strip();
        if (!code.equals("-")) {
          Country.of(code);
        }
        table.put(normalise(rec.get("name")), code.equals("-") ? "-" + rec.get("note") : code);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }

  static String normalise(String name) {
    String n = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    n = n.toLowerCase(Locale.ROOT).replace("&", " and ");
    return WHITESPACE.matcher(n).replaceAll(" ").strip();
  }

  /** The table's entry for a name, remembering the few distinct names a file holds. */
  private static String lookup(String name) {
    String code = SEEN.get(name);
    if (code == null) {
      code = TABLE.getOrDefault(normalise(name), "");
      if (SEEN.size() < MAX_SEEN) {
        SEEN.put(name, code);
      }
    }
    return code.isEmpty() ? null : code;
  }

  /**
   * The country the name means. A name the table marks as having no single current country (a
   * dissolved state, international waters) gives none, with a warning: the row is kept, its place
   * has no country, and the name stays in the extras. A name found nowhere is a problem.
   */
  static Country resolve(String column, String name, Mapping.Context context) {
    Cells.required(column, name);
    String code = lookup(name);
    if (code == null) {
      throw new CellException(
          column,
          name,
          UNKNOWN_COUNTRY,
          "country name not in the bundled table: add it to "
              + RESOURCE
              + " or use an ISO 3166 English short name");
    }
    if (code.startsWith("-")) {
      context.warn(column, name, HISTORICAL,
          "'" + name.strip() + "' has no single current ISO 3166 country (" + code.substring(1)
              + "): kept without a country");
      return null;
    }
    return Country.of(code);
  }
}
