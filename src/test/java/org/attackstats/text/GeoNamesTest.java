package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.attackstats.model.Coordinates;
import org.attackstats.model.Country;
import org.junit.jupiter.api.Test;

/**
 * The compact GeoNames layer, built from two small files in the format that {@code
 * build_gazetteer.py} writes (our own rows: made-up ids and round figures).
 */
class GeoNamesTest {

  static final String ADMIN = String.join("\n",
      "# level\tcode\tname",
      "1\tIQ.01\tAnbar",
      "2\tIQ.01.3\tHīt District",
      "1\tNG.27\tBorno State",
      "1\tAF.18\tNangarhar Province",
      "2\tAF.18.1\tAchīn",
      "1\tAF.13\tKabol",
      "1\tXX.01\tNowhere",
      "");

  static final String PLACES = String.join("\n",
      "# id\tname\talternates\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\tfeature",
      "100\tHīt\tHeet|Hit\tIQ\t01\t3\t33.64\t42.83\t60000\tPPLA2",
      "101\tTall 'Afar\tTal Afar|Tel Afar|Tall `Afar|Tal-Afar\tIQ\t01\t\t36.37\t42.45\t200000\tPPL",
      "102\tMaiduguri\tYerwa\tNG\t27\t\t11.85\t13.16\t1100000\tPPLA",
      "103\tKabul\tKābul|Kabul\tAF\t13\t\t34.53\t69.17\t4400000\tPPLC",
      "104\tPolice\t\tPL\t\t\t54.57\t16.94\t400\tPPL",
      "105\tBa\t\tFJ\t\t\t-17.53\t177.67\t14000\tPPL",
      "106\tGhost Town\t\tXX\t\t\t0\t0\t10\tPPL",
      "107\tShort row\tIQ",
      "108\tAchin\tAchīn\tAF\t18\t1\t34.08\t70.69\t2000\tPPLA2",
      "");

  static GeoNames build(String places, String admin, Set<String> common) {
    try {
      return GeoNames.build(stream(places), stream(admin), common);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static final GeoNames G = build(PLACES, ADMIN, Set.of("police"));

  /** The place of this GeoNames id. */
  private static int place(GeoNames g, long id) {
    for (int p = 0; p < g.places(); p++) {
      if (g.geonameId(p) == id) {
        return p;
      }
    }
    throw new AssertionError("no place " + id);
  }

  /** The division of this name. */
  private static int division(GeoNames g, String name) {
    for (int x : g.lookup(Names.key(name))) {
      if (x < 0 && g.divisionName(-x - 1).equals(name)) {
        return -x - 1;
      }
    }
    throw new AssertionError("no division " + name);
  }

  @Test
  void aPlaceIsFoundUnderItsNameAndEveryAlternateName() {
    int maiduguri = place(G, 102);
    for (String n : new String[] {"Maiduguri", "Yerwa", "YERWA"}) {
      assertArrayEquals(new int[] {maiduguri}, G.lookup(Names.key(n)), n);
      assertTrue(G.contains(Names.key(n)), n);
    }
    int hit = place(G, 100);
    assertArrayEquals(new int[] {hit}, G.lookup("heet"));
    // "Hīt District" is also "Hīt": the division and the town
    assertArrayEquals(new int[] {-(division(G, "Hīt District") + 1), hit}, G.lookup("hit"));
  }

  @Test
  void namesAreFoldedAsTheTextIsFolded() {
    int talAfar = place(G, 101);
    for (String n : new String[] {"Tall 'Afar", "Tall `Afar", "Tall Afar", "Tal Afar", "Tal-Afar",
        "TEL AFAR"}) {
      assertArrayEquals(new int[] {talAfar}, G.lookup(NamesProperties.tokenKey(n)), n);
    }
  }

  @Test
  void twoSpellingsWithOneMatchingFormGiveOnePosting() {
    assertArrayEquals(new int[] {place(G, 103)}, G.lookup("kabul"));
  }

  @Test
  void aDivisionIsFoundWithAndWithoutItsDivisionWord() {
    int borno = division(G, "Borno State");
    assertArrayEquals(new int[] {-(borno + 1)}, G.lookup("borno state"));
    assertArrayEquals(new int[] {-(borno + 1)}, G.lookup("borno"));
    assertEquals(GeoNames.Level.ADMIN1, G.level(borno));
    assertEquals(Country.of("NG"), G.divisionCountry(borno));
    assertEquals(-1, G.divisionParent(borno));
    int nangarhar = division(G, "Nangarhar Province");
    assertArrayEquals(new int[] {-(nangarhar + 1)}, G.lookup("nangarhar"));
  }

  @Test
  void aNameOfAPlaceAndADivisionListsBoth() {
    int[] achin = G.lookup("achin");
    assertEquals(2, achin.length);
    assertTrue(achin[0] == -(division(G, "Achīn") + 1) || achin[1] == -(division(G, "Achīn") + 1));
    assertTrue(achin[0] == place(G, 108) || achin[1] == place(G, 108));
  }

  @Test
  void aSecondLevelDivisionKnowsItsFirstLevelOne() {
    int achin = division(G, "Achīn");
    assertEquals(GeoNames.Level.ADMIN2, G.level(achin));
    assertEquals(division(G, "Nangarhar Province"), G.divisionParent(achin));
    assertEquals(Country.of("AF"), G.divisionCountry(achin));
  }

  @Test
  void aPlaceCarriesItsCountryDivisionsCoordinatesAndPopulation() {
    int hit = place(G, 100);
    assertEquals("Hīt", G.name(hit));
    assertEquals(Country.of("IQ"), G.country(hit));
    assertEquals(Optional.of("Anbar"), G.admin1(hit));
    assertEquals(division(G, "Anbar"), G.admin1Index(hit));
    assertEquals(Optional.of("Hīt District"), G.admin2(hit));
    assertEquals(Coordinates.of((float) 33.64, (float) 42.83), G.coordinates(hit));
    assertEquals(60000, G.population(hit));
    int talAfar = place(G, 101);
    assertEquals(Optional.empty(), G.admin2(talAfar));
    int police = place(G, 104);
    assertEquals(Optional.empty(), G.admin1(police));
    assertEquals(-1, G.admin1Index(police));
    assertEquals(Coordinates.of((float) -17.53, (float) 177.67), G.coordinates(place(G, 105)));
  }

  @Test
  void theFeatureCodeRanksCapitalsAndSeats() {
    assertEquals(3, G.featureRank(place(G, 103)), "PPLC");
    assertEquals(2, G.featureRank(place(G, 102)), "PPLA");
    assertEquals(1, G.featureRank(place(G, 100)), "PPLA2");
    assertEquals(0, G.featureRank(place(G, 101)), "PPL");
  }

  @Test
  void namesThatAreCommonWordsOrShortAreFlagged() {
    assertTrue(G.isCommon("police"), "a common word");
    assertTrue(G.isCommon("ba"), "two letters");
    assertFalse(G.isCommon("maiduguri"));
    assertFalse(G.isCommon("tall afar"));
    assertFalse(G.isCommon("not a name"), "unknown");
  }

  @Test
  void rowsOfUnknownCountriesCommentsAndShortRowsAreLeftOut() {
    assertEquals(7, G.places());
    assertFalse(G.contains("ghost town"));
    assertFalse(G.contains("short row"));
    assertFalse(G.contains("nowhere"));
    assertArrayEquals(new int[0], G.lookup("nowhere"));
  }

  @Test
  void readRefusesAStreamThatIsNotAnIndex() {
    IOException e = assertThrows(IOException.class,
        () -> GeoNames.read(stream("place\tname\n")));
    assertTrue(e.getMessage().contains("not a GeoNames index"), e.getMessage());
  }

  @Test
  void readRefusesAnUnknownCountryCode() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DataOutputStream o = new DataOutputStream(b);
    o.writeInt(0x47454f31);
    o.writeInt(1);
    o.writeUTF("ZZ");
    o.flush();
    IOException e = assertThrows(IOException.class,
        () -> GeoNames.read(new ByteArrayInputStream(b.toByteArray())));
    assertTrue(e.getMessage().contains("unknown country code ZZ"), e.getMessage());
  }

  @Test
  void everyBundledPlaceIsFoundUnderItsOwnName() {
    GeoNames g = GeoNames.bundled();
    assertTrue(g.places() > 100_000, "places: " + g.places());
    for (int p = 0; p < g.places(); p++) {
      int[] post = g.lookup(Names.key(g.name(p)));
      boolean found = false;
      for (int x : post) {
        found |= x == p;
      }
      if (!found) {
        throw new AssertionError(g.name(p) + " (" + g.geonameId(p) + ") is not found under its name");
      }
    }
  }
}
