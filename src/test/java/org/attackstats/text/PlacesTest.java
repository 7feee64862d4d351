package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.attackstats.model.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlacesTest {

  static List<Places.Mention> places(String sentence) {
    return Stages.facts(sentence).places();
  }

  static List<String> written(String sentence) {
    return places(sentence).stream().map(Places.Mention::written).toList();
  }

  /** The place mention written so. */
  static Places.Mention mention(String sentence, String written) {
    return places(sentence).stream().filter(p -> p.written().equals(written)).findFirst()
        .orElseThrow(() -> new AssertionError(written + " not in " + written(sentence)));
  }

  private static boolean in(Places.Mention p, String country) {
    return p.entries().stream().anyMatch(e -> e.country().equals(Optional.of(Country.of(country))));
  }

  @Test
  void aTownWhoseNameEndsLikeASiteIsAPlaceButASiteIsNot() {
    // "Park" and "Station" close site names; a known town of that very name stays a town
    Places.Mention town = mention("Gunmen opened fire on a crowd in Overland Park, Kansas.",
        "Overland Park");
    assertTrue(in(town, "US"), town.toString());
    assertFalse(written("Gunmen opened fire on the Qorvali Forest Station in Tamba, Est, Burkina"
        + " Faso.").contains("Forest Station"));
  }

  @Test
  void aGazetteerNameAfterAPrepositionOfPlaceIsAPlace() {
    Places.Mention kabul = mention("A bomb exploded in Kabul on Monday.", "Kabul");
    assertTrue(kabul.known());
    assertTrue(in(kabul, "AF"));
    assertEquals("in", kabul.preposition());
    assertEquals(3, kabul.weight());
  }

  @Test
  void anUnknownCapitalisedNameAfterAPrepositionIsAPlaceAsWritten() {
    Places.Mention p = mention("Two men were killed in Chaltan.", "Chaltan");
    assertFalse(p.known());
    assertEquals(3, p.weight());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Chaltan said the attack was over.", "Police said the attack was over.",
      "Assailants attacked the market."})
  void anUnknownOrCommonNameWithNeitherPrepositionNorMarkerIsNoPlace(String sentence) {
    assertEquals(List.of(), places(sentence), sentence);
  }

  @Test
  void aCommonWordIsAPlaceOnlyWhenMarkedAsOne() {
    assertEquals(List.of("Hit"), written("In Hit, gunmen attacked a market."));
    assertEquals(List.of(), written("Gunmen hit a market."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Maoists attacked a camp in Sukma district. | Sukma | ADMIN2",
        "Gunmen raided a village in Kukawa local government area. | Kukawa | ADMIN2",
        "A bomb exploded in Orangi town, Karachi. | Orangi | PLACE",
        "Militants stormed the village of Kourmali. | Kourmali | PLACE",
        "The attack happened near the town of Hit. | Hit | PLACE",
        "A bomb exploded in the Kadamtali area of Dhaka. | Kadamtali | PLACE",
      })
  void aMarkerWordAfterOrBeforeTheNameGivesItsKind(String sentence, String name,
      Gazetteer.Kind kind) {
    assertEquals(Optional.of(kind), mention(sentence, name).cue(), sentence);
  }

  @Test
  void aChainRunsFromTheMostToTheLeastSpecificPlaceAcrossCommas() {
    List<Places.Mention> p =
        places("Gunmen attacked a bus in Zarghunkot, Achin district, Nangarhar, Afghanistan.");
    assertEquals(List.of("Zarghunkot", "Achin", "Nangarhar", "Afghanistan"),
        p.stream().map(Places.Mention::written).toList());
    assertTrue(p.stream().allMatch(x -> x.chain() == p.get(0).chain()), p.toString());
    assertTrue(p.stream().allMatch(x -> x.weight() == 3 && x.preposition().equals("in")));
    assertEquals(Optional.of(Gazetteer.Kind.ADMIN2), p.get(1).cue());
    assertTrue(p.get(3).onlyCountry());
  }

  @Test
  void bracketsContinueAChain() {
    List<Places.Mention> p =
        places("On 3 May 2019, two men were killed in the area of Tekparou (Djougou, Donga).");
    assertEquals(List.of("Tekparou", "Djougou", "Donga"),
        p.stream().map(Places.Mention::written).toList());
    assertEquals(1, p.stream().map(Places.Mention::chain).distinct().count());
    assertTrue(in(p.get(1), "BJ"));
  }

  @Test
  void inBetweenTwoPlacesContinuesTheChain() {
    List<Places.Mention> p = places("A blast hit a market in Mosul in Iraq.");
    assertEquals(List.of("Mosul", "Iraq"), p.stream().map(Places.Mention::written).toList());
    assertEquals(p.get(0).chain(), p.get(1).chain());
  }

  @Test
  void aCountryEndsItsChainAndAndStartsAnother() {
    List<Places.Mention> p = places("Clashes erupted in al-Qaim and Deir ez-Zor.");
    assertEquals(List.of("al-Qaim", "Deir ez-Zor"), p.stream().map(Places.Mention::written).toList());
    assertFalse(p.get(0).chain() == p.get(1).chain());
    List<Places.Mention> q = places("Rockets hit bases in Syria, Lebanon and Jordan.");
    assertEquals(3, q.stream().map(Places.Mention::chain).distinct().count(), q.toString());
  }

  @Test
  void aPlaceAfterAndTakesThePrepositionOfThePlaceBefore() {
    List<Places.Mention> p = places("Drones struck at Ain al-Asad air base in Iraq and al-Tanf.");
    Places.Mention tanf = mention("Drones struck at Ain al-Asad air base in Iraq and al-Tanf.",
        "al-Tanf");
    assertEquals("at", tanf.preposition());
    assertTrue(tanf.has(Gazetteer.Kind.BASE));
    assertFalse(tanf.chain() == p.get(0).chain());
  }

  @Test
  void aPossessivePutsThePlaceInsideFirst() {
    List<Places.Mention> p = places("Police said Chhattisgarh's Sukma district saw clashes.");
    assertEquals(List.of("Sukma", "Chhattisgarh"), p.stream().map(Places.Mention::written).toList());
    assertEquals(p.get(0).chain(), p.get(1).chain());
  }

  @Test
  void theNameOfASiteIsNoPlaceButTheTownThatOpensItIs() {
    assertEquals(List.of("Mashhad"), written("An explosion struck the Imam Reza shrine in Mashhad."));
    assertEquals(List.of("Kabul"), written("A Kabul boxing gym was attacked."));
  }

  @Test
  void aSiteWordAndACommaLinkTheSiteToItsTown() {
    List<Places.Mention> p = places("A bomb went off at Bounds Green tube station, London.");
    assertEquals(List.of("Bounds Green", "London"), p.stream().map(Places.Mention::written).toList());
    assertEquals(p.get(0).chain(), p.get(1).chain());
  }

  @Test
  void aTownOpeningASiteNameIsNoPlaceWhenTheTextSaysWhereTheSiteIs() {
    assertEquals(List.of("Kabul"), written("A Kabul wedding hall was attacked."));
    assertEquals(List.of("Accra", "Ghana"),
        written("A bomb went off at the Lagos Kelemu restaurant at 12 Tobanji St, Accra, Ghana."));
  }

  @Test
  void aNumberAfterANameIsPartOfItOnlyWhenItEndsThePhrase() {
    assertEquals(List.of("Mile 9", "Tobanji"), written("Police were attacked in Mile 9, Tobanji."));
    assertEquals(List.of("Kabul"), written("In Kabul 12 people were killed."));
  }

  @Test
  void aMarkerWordIsNoNameOfItsOwn() {
    // GeoNames has towns called Market and Camp: after a name they only mark it
    assertEquals(List.of("Kelemu Colony Kitchen", "Dhaka"),
        written("Gunmen took position near Kelemu Colony Kitchen Market area in Dhaka."));
    assertEquals(List.of("Tobanji Military", "Gitega"),
        written("Gunmen shot an officer at the Tobanji Military Camp in Gitega."));
  }

  @Test
  void aSaintsChurchIsASiteButASaintsTownIsAPlace() {
    assertEquals(List.of("Kelemu"), written("A bomber struck beside Saint Mark's Church in Kelemu."));
    assertEquals(List.of("St Petersburg"), written("A bomb went off in the St Petersburg metro."));
  }

  @Test
  void anUnknownPossessiveIsWhereTheNextNameLies() {
    List<Places.Mention> p = places("A bomber struck a bus in Kelemu's Tobanji district.");
    assertEquals(List.of("Tobanji", "Kelemu"), p.stream().map(Places.Mention::written).toList());
    assertEquals(p.get(0).chain(), p.get(1).chain());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Yemen-based Houthis fired missiles.", "Iran-backed militias fired rockets.",
      "Drones attacked U.S. bases overnight.", "Iraqi forces repelled the attack."})
  void aNameUsedAsAnAdjectiveIsNoPlace(String sentence) {
    assertEquals(List.of(), places(sentence), sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The attack happened on Thursday in May.",
      "On 21 June, gunmen attacked a market.", "Militants attacked on Sunday."})
  void datesAreNoPlaces(String sentence) {
    assertEquals(List.of(), places(sentence), sentence);
  }

  @Test
  void anUnknownHeadAfterAWeakPrepositionIsAPersonNotThePlace() {
    assertEquals(List.of("Caxias"),
        written("Gunmen opened fire on Joaquim Tavares Bezerra in Caxias."));
  }

  @Test
  void theNameIsWrittenAsTheTextWritesIt() {
    assertEquals(List.of("Deir ez-Zor"), written("Shelling hit Deir ez-Zor on Monday."));
    assertEquals(List.of("Al-Bukamal"), written("A drone struck a car near Al-Bukamal."));
  }

  @Test
  void aMarkerWordIsPartOfTheMentionButNotOfTheName() {
    String s = "Maoists attacked a camp in Sukma district.";
    Places.Mention p = mention(s, "Sukma");
    Facts f = Stages.facts(s);
    assertEquals("Sukma district", f.span(p.from(), p.to()));
  }

  @Test
  void aLongerUnknownNameIsNotCutIntoTheKnownNamesInsideIt() {
    Places.Mention p = mention("Gunmen attacked a post in Kalata Akhunda village.", "Kalata Akhunda");
    assertEquals(Optional.of(Gazetteer.Kind.PLACE), p.cue());
  }

  @Test
  void aCountryThatGeoNamesAlsoListsAsATownStillEndsItsChain() {
    // GeoNames lists Arak (Iran) as "Iraq": the country is then not "only a country", "Syria"
    // continues its chain, and the extractor records location "Iraq" in Syria
    List<Places.Mention> p = places("On Monday, rockets hit a U.S. base in Iraq, Syria and Jordan.");
    assertEquals(3, p.stream().map(Places.Mention::chain).distinct().count(), written(
        "On Monday, rockets hit a U.S. base in Iraq, Syria and Jordan.").toString());
  }

  @Test
  void aTownWithAPossessiveInItsNameIsFound() {
    // key and tokens both drop the possessive: "cox bazar", not Cox (Spain) and Bazar-Korgon
    // (Kyrgyzstan)
    Places.Mention p = mention("Gunmen killed two men in a camp in Cox's Bazar.", "Cox's Bazar");
    assertTrue(in(p, "BD"), p.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen attacked a checkpoint in 'Amran, killing two soldiers. | Amran | YE",
        "Gunmen attacked a checkpoint in Ra's al 'Ayn, killing two soldiers. | Ra's al 'Ayn | SY",
        "Gunmen attacked a checkpoint in Raʿs al-ʿAyn, killing two soldiers."
            + " | Raʿs al-ʿAyn | SY",
        "Gunmen attacked a checkpoint in Ta‘izz, killing two soldiers. | Ta‘izz | YE",
      })
  void aNameWrittenWithApostrophesOrAynMarksIsFoundAfterItsPreposition(String sentence,
      String written, String country) {
    Places.Mention p = mention(sentence, written);
    assertTrue(in(p, country), p.toString());
    assertEquals("in", p.preposition(), p.toString());
  }

  @Test
  void aDirectionAndOfBeforeAPlaceMarkWhereTheEventWas() {
    // prepositionBefore skips "north of" and finds no preposition: weight 0, as if the town were
    // named in passing
    Places.Mention kabul = mention("A bomb exploded 20 km north of Kabul on Monday.", "Kabul");
    assertTrue(kabul.weight() > 0, kabul.toString());
  }

  @Test
  void aTownOpeningTheNameOfASiteTheTextLocatesIsNoPlaceOfItsOwn() {
    String s = "A car bomb killed 7 people near Tunis Carthage International Airport in the"
        + " Libyan capital.";
    List<String> written = Stages.facts(s).places().stream().map(Places.Mention::written).toList();
    assertFalse(written.contains("Tunis"), written.toString());
  }

  @Test
  void aSiteNamedSomethingOfATownIsNoPlaceUnlessTheTownIsACity() {
    // Justice is a village in Illinois; Baghdad a city
    assertEquals(List.of(), Stages.facts("A bomber blew himself up outside the Palace of Justice.")
        .places());
    assertTrue(in(mention("Gunmen attacked the University of Baghdad.", "Baghdad"), "IQ"));
  }

  @Test
  void theCapitalBeforeANameKeepsThePrepositionOfPlace() {
    Places.Mention p = mention("Three bombs exploded in the capital Kathmandu on Monday.",
        "Kathmandu");
    assertEquals("in", p.preposition(), p.toString());
  }
}
