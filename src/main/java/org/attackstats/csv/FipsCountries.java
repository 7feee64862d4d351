package org.attackstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.model.Country;

/**
 * FIPS 10-4 country codes, as GDELT writes them, to ISO 3166 countries: the bundled table {@code
 * fips-countries.csv}. A code the table marks as having no single current country (a disputed
 * area, a dissolved state) gives none, with a warning; a code not in the table is a problem.
 */
final class FipsCountries {
  static final String RESOURCE = "fips-countries.csv";

  /** FIPS code to ISO alpha-2 code, or to {@code "-" + note} for codes without a single country. */
  private static final Map<String, String> TABLE = load();

  private FipsCountries() {}

  private static Map<String, String> load() {
    Map<String, String> table = new HashMap<>();
    try (InputStream in = FipsCountries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      CSVFormat format =
          CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord rec : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String code = rec.get("code");
        String fips = rec.get("fips");
        if (code.equals("-")) {
          table.put(fips, "-" + rec.get("name") + ": " + rec.get("note"));
        } else {
          table.put(fips, Country.of(code).code());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }

  /**
   * The country a FIPS code means, or null: for an empty cell (GDELT found no place), and for a
   * code the table marks as having no single current country, with a warning (the row is kept
   * without a country; the code stays in the extras). A code not in the table is a problem.
   */
  static Country resolve(String column, String code, Mapping.Context context) {
    String c = code.strip();
    if (c.isEmpty()) {
      return null;
    }
    String iso = TABLE.get(c.toUpperCase(Locale.ROOT));
    if (iso == null) {
      throw new CellException(column, code, CountryNames.UNKNOWN_COUNTRY,
          "not a FIPS 10-4 country code (GDELT writes FIPS 10-4, not ISO 3166: IZ is Iraq, SY Syria);"
              + " add it to " + RESOURCE);
    }
    if (iso.startsWith("-")) {
      context.warn(column, code, CountryNames.HISTORICAL,
          "FIPS 10-4 '" + c + "' has no single current ISO 3166 country (" + iso.substring(1)
              + "): kept without a country");
      return null;
    }
    return Country.of(iso);
  }
}
