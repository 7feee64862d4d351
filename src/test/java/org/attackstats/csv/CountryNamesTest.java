package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attackstats.model.Country;
import org.attackstats.model.Source;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

  private static Mapping.Context context() {
    return new Mapping.Context(ResponderRule.none(), Source.none(), "f.csv", (c, v) -> {});
  }

  /** The country, or empty when the name has none or resolving it is a problem. */
  private static Optional<Country> find(String name) {
    try {
      return Optional.ofNullable(CountryNames.resolve("country", name, context()));
    } catch (CellException p) {
      return Optional.empty();
    }
  }

  @Test
  void namesTheSourcesUse() {
    String[][] cases = {
      {"DR Congo (Zaire)", "CD"},
      {"Democratic Republic of the Congo", "CD"},
      {"Democratic Republic of Congo", "CD"},
      {"Congo", "CG"},
      {"Ivory Coast", "CI"},
      {"C\u00f4te d'Ivoire", "CI"},
      {"Myanmar (Burma)", "MM"},
      {"Yemen (North Yemen)", "YE"},
      {"Russia (Soviet Union)", "RU"},
      {"Serbia (Yugoslavia)", "RS"},
      {"Bosnia-Herzegovina", "BA"},
      {"West Bank and Gaza Strip", "PS"},
      {"Kosovo", "XK"},
      {"Turkey", "TR"},
      {"T\u00fcrkiye", "TR"},
      {"  united   states ", "US"},
      {"Trinidad & Tobago", "TT"},
      {"Iraq", "IQ"},
      {"Syria", "SY"},
      {"eSwatini", "SZ"},
      {"Cambodia (Kampuchea)", "KH"},
      {"Zimbabwe (Rhodesia)", "ZW"},
      // UCDP GED
      {"Macedonia, FYR", "MK"},
      {"Vietnam (North Vietnam)", "VN"},
      {"Kingdom of eSwatini (Swaziland)", "SZ"},
      {"Madagascar (Malagasy)", "MG"},
      {"Sao Tome and Principe", "ST"},
      // ACLED
      {"Saint-Martin", "MF"},
      {"Saint-Barthelemy", "BL"},
      {"Virgin Islands, U.S.", "VI"},
      {"Bailiwick of Jersey", "JE"},
      {"Saint Helena, Ascension and Tristan da Cunha", "SH"},
      {"Caribbean Netherlands", "BQ"},
      {"Republic of Congo", "CG"},
      {"Palestine", "PS"},
      {"Cape Verde", "CV"},
      {"East Timor", "TL"},
      // GTD
      {"Slovak Republic", "SK"},
      {"St. Kitts and Nevis", "KN"},
      {"Macau", "MO"},
      {"Zaire", "CD"},
      {"Rhodesia", "ZW"},
      {"New Hebrides", "VU"},
      // Gleditsch-Ward spellings of older UCDP releases
      {"Iran (Persia)", "IR"},
      {"Korea, Republic of", "KR"},
      {"German Federal Republic", "DE"},
      {"Yemen, People's Republic of", "YE"},
    };
    for (String[] c : cases) {
      assertEquals(Optional.of(Country.of(c[1])), find(c[0]), c[0]);
    }
  }

  @Test
  void historicalStatesWithSeveralSuccessorsHaveNoCountryAndAWarningNeverAGuess() {
    for (String name :
        new String[] {
          "Yugoslavia", "Soviet Union", "Czechoslovakia", "Serbia-Montenegro", "International",
          "Netherlands Antilles", "Akrotiri and Dhekelia"
        }) {
      Mapping.Context c = context();
      assertEquals(null, CountryNames.resolve("country_txt", name, c), name);
      assertEquals(1, c.warnings.size());
      Mapping.Warning w = c.warnings.get(0);
      assertEquals("no current country", w.category());
      assertEquals(name, w.value());
      assertTrue(w.reason().contains("has no single current ISO 3166 country"), w.reason());
    }
  }

  @Test
  void unknownAndEmptyNames() {
    CellException unknown =
        assertThrows(CellException.class, () -> CountryNames.resolve("country", "Atlantis", context()));
    assertEquals("unknown country", unknown.category());
    CellException empty = assertThrows(CellException.class, () -> CountryNames.resolve("country", " ", context()));
    assertEquals("missing value", empty.category());
    assertEquals(Country.of("IQ"), CountryNames.resolve("country", "IRAQ", context()));
  }

  @Test
  void everyTableRowNamesAnAssignedCodeOrSaysWhyNot() throws IOException {
    try (Reader r =
        new InputStreamReader(
            CountryNames.class.getResourceAsStream(CountryNames.RESOURCE),
            StandardCharsets.UTF_8)) {
      int rows = 0;
      for (CSVRecord rec :
          CSVFormat.RFC4180
              .builder()
              .setCommentMarker('#')
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(r)) {
        rows++;
        String code = rec.get("code");
        if (code.equals("-")) {
          assertTrue(!rec.get("note").isBlank(), rec.get("name"));
          assertEquals(Optional.empty(), find(rec.get("name")));
        } else {
          assertEquals(Country.find(code), find(rec.get("name")), rec.get("name"));
        }
      }
      assertTrue(rows > 80, "rows: " + rows);
    }
  }

  @Test
  void everyIsoEnglishNameIsFound() {
    for (Country c : Country.all()) {
      assertEquals(Optional.of(c), find(c.name()), c.name());
    }
  }
}
