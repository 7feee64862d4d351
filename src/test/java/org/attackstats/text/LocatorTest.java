package org.attackstats.text;

import static org.attackstats.text.Stages.country;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.attackstats.model.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocatorTest {

  /** The place of the chain that holds the mention written so, against the document's evidence. */
  static Locator.Located located(String text, String written) {
    List<Facts> facts = Stages.document(text, Stages.PUB);
    Locator.Evidence ev = Locator.evidence(facts);
    for (Facts f : facts) {
      for (Places.Mention p : f.places()) {
        if (p.written().equals(written)) {
          return Locator.resolve(Locator.chain(f, p.chain()), ev);
        }
      }
    }
    throw new AssertionError(written + " is no place mention of: " + text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen killed two men in Hit, Anbar. | Hit | IQ | Anbar | Hit",
        "Gunmen attacked a checkpoint in Kabul, Afghanistan. | Kabul | AF | Kabul | Kabul",
        "A bomb exploded in Maiduguri, Borno. | Maiduguri | NG | Borno State | Maiduguri",
        "A bomb exploded in Tripoli, Lebanon. | Tripoli | LB | North Lebanon | Tripoli",
        "Gunmen attacked a bus in Zarghunkot, Achin district, Nangarhar, Afghanistan."
            + " | Zarghunkot | AF | Nangarhar | Zarghunkot, Achin",
        "Gunmen shot a trader at Qorvali village under Dastmir upazila in Sylhet Division."
            + " | Qorvali | BD | Sylhet Division | Qorvali, Dastmir",
        // a name near another: the other is where it is, known or not
        "Police are looking into the death of a union organiser in Kelemu near Brits. | Kelemu | ZA"
            + " | North West | Kelemu, Brits",
        "Rebels ambushed a patrol at Kelemu Ading near Tobanji in the West Garo Hills."
            + " | Kelemu Ading | IN | Meghalaya | Kelemu Ading, Tobanji, West Garo Hills",
        "A herder was shot dead by gunmen in Kelemu village, near Tobanji (Ketou, Plateau)."
            + " | Kelemu | BJ | Plateau | Kelemu, Tobanji, Ketou",
        // a division is not near what follows it: the governor of the state, near a church
        "Gunmen fired on a convoy of the governor of Borno State, near Kelemu Church Tobanji in"
            + " Maiduguri, Borno, Nigeria. | Kelemu Church Tobanji | NG | Borno State"
            + " | Kelemu Church Tobanji, Maiduguri",
        // everything that holds it below the division is written
        "A man was killed in a clash at Kelemu Bazaar in Tobanji upazila in Gaibandha district."
            + " | Kelemu | BD | Rangpur Division | Kelemu, Tobanji, Gaibandha",
        "A girl was injured by firing at Tobanji village in Kelemu sector of Kotli district."
            + " | Tobanji | PK | Azad Kashmir | Tobanji, Kelemu, Kotli",
        // a name with a number is a place of its own, not GeoNames' town Mile (China)
        "Separatists ambushed a police patrol at Mile 9, Buea, Cameroon. | Mile 9 | CM"
            + " | South-West | Mile 9, Buea",
        // an ampersand joins one name: the site, not the town Nazareth
        "A man with a knife wounded four people in Nazareth Grill & Deli in Columbus, Ohio."
            + " | Nazareth Grill & Deli | US | Ohio | Nazareth Grill & Deli, Columbus",
        // a neighbourhood is written with its town
        "Gunmen shot at a patrol in Kelemu-Plage near Kelemu-Daho neighborhood of Tobanji-Ouest"
            + " (Seme-Podji, Oueme). | Kelemu-Plage | BJ | Ouémé"
            + " | Kelemu-Plage, Kelemu-Daho, Tobanji-Ouest",
        // a site named "X of Y" is no place: the town the text locates it in is
        "A bomb went off at the Islamic Centre of Qorvali in Kabul, Afghanistan. | Kabul | AF | Kabul"
            + " | Kabul",
      })
  void aChainIsResolvedFromItsMostGeneralMemberToItsMostSpecific(String text, String head,
      String country, String admin1, String location) {
    Locator.Located l = located(text, head);
    assertEquals(country(country), l.country(), text);
    assertEquals(Optional.of(admin1), l.admin1(), text);
    assertEquals(Optional.of(location), l.location(), text);
  }

  @Test
  void aLongerNameOpenedByAWellKnownCityTakesItsCountryButNotOneOpenedByASmallTown() {
    assertEquals(country("NG"), located("Gunmen attacked soldiers in Kano Kelemu.", "Kano Kelemu").country());
    // GeoNames has small towns called Oda in Nigeria, Ghana and Japan: "Oda Kelemu" is none of them
    Locator.Located l = located("Gunmen attacked soldiers in Oda Kelemu.", "Oda Kelemu");
    assertEquals(Optional.empty(), l.country(), l.notes().toString());
    assertEquals(Optional.of("Oda Kelemu"), l.location());
  }

  @Test
  void anAmbiguousNameTakesTheLargerPlaceAndSaysSo() {
    Locator.Located l = located("Gunmen killed two men in Tripoli.", "Tripoli");
    assertEquals(country("LY"), l.country());
    assertTrue(l.notes().stream().anyMatch(n -> n.contains("'Tripoli' is ambiguous")
        && n.contains("Lebanon")), l.notes().toString());
  }

  @Test
  void theCountriesTheDocumentStatesDecideAnAmbiguousName() {
    Locator.Located l = located("The Lebanese army deployed troops in the north. Gunmen killed two"
        + " men in Tripoli.", "Tripoli");
    assertEquals(country("LB"), l.country());
    assertTrue(l.notes().stream().noneMatch(n -> n.contains("ambiguous")), l.notes().toString());
  }

  @Test
  void aNameTheGazetteerDoesNotKnowKeepsItsSpellingWithTheTownItLiesIn() {
    Locator.Located l = located("On 3 May 2019, two men were killed in the area of Tekparou"
        + " (Djougou, Donga).", "Tekparou");
    assertEquals(country("BJ"), l.country());
    assertEquals(Optional.of("Donga"), l.admin1());
    assertEquals(Optional.of("Tekparou, Djougou"), l.location());
    assertTrue(l.coordinates().isPresent(), "the town's");
    assertTrue(l.notes().contains("'Tekparou' is not in the gazetteer; location as written, in"
        + " Djougou"), l.notes().toString());
    assertEquals(3, l.specificity());
  }

  @Test
  void anUnknownMiddleMemberBeforeACountryIsTheDivision() {
    Locator.Located l = located("Gunmen attacked a village in Zarkhel, Dandokhel, Afghanistan.",
        "Zarkhel");
    assertEquals(country("AF"), l.country());
    assertEquals(Optional.of("Dandokhel"), l.admin1());
    assertEquals(Optional.of("Zarkhel"), l.location());
  }

  @Test
  void aDistrictOfATownGivesTheTownAsLocation() {
    Locator.Located l = located("Gunmen killed two men in the Bulbul district of Mayadin.",
        "Bulbul district");
    assertEquals(Optional.of("Mayadin"), l.location());
    assertEquals(Optional.of("Bulbul"), l.district());
    assertEquals(country("SY"), l.country());
  }

  @Test
  void aBaseIsTheMostSpecificPlace() {
    Locator.Located l = located("A drone struck Ain al-Asad air base in Iraq.", "Ain al-Asad air base");
    assertTrue(l.base().isPresent());
    assertEquals(4, l.specificity());
    assertEquals(Optional.of("Ain al-Asad"), l.location());
    assertEquals(Optional.of("Anbar"), l.admin1());
  }

  @Test
  void aGeoNamesPlaceKeepsTheSourcesSpellingAndNotesGeoNamesName() {
    Locator.Located l = located("Clashes broke out near Tal Afar.", "Tal Afar");
    assertEquals(Optional.of("Tal Afar"), l.location());
    assertEquals(country("IQ"), l.country());
    assertTrue(l.geonames().isPresent());
    assertTrue(l.notes().contains("'Tal Afar' is GeoNames' Tall 'Afar"), l.notes().toString());
  }

  @Test
  void aDivisionAloneGivesItsLevel() {
    Locator.Located province = located("Militants attacked villages in Nangarhar province.",
        "Nangarhar province");
    assertEquals(1, province.specificity());
    assertEquals(Optional.of("Nangarhar"), province.admin1());
    assertEquals(Optional.empty(), province.location());
    Locator.Located country = located("Militants attacked villages in Mali.", "Mali");
    assertEquals(0, country.specificity());
    assertEquals(country("ML"), country.country());
  }

  @Test
  void evidenceWeighsHowStronglyTheTextStatesACountry() {
    Locator.Evidence ev = Locator.evidence(Stages.document("Afghan forces clashed with fighters."
        + " Turkish engineers were visiting. Officials in Mali spoke.", Stages.PUB));
    assertEquals(6, ev.of(Country.of("AF")), "a nationality before forces");
    assertEquals(1, ev.of(Country.of("TR")), "a nationality before other people");
    assertEquals(10 + 1, ev.of(Country.of("ML")), "a country after a strong preposition, and the"
        + " state named as an actor");
    assertEquals(Optional.of(Country.of("ML")), ev.best());
    assertEquals(List.of(Country.of("ML"), Country.of("AF"), Country.of("TR")), ev.ranked());
  }

  @Test
  void aMarkerWordOfOneCountrysDivisionsIsEvidenceOfThatCountryOnly() {
    // the incident of an unknown place takes its country from this evidence (Incidents)
    assertEquals(3, Locator.evidence(Stages.document("A bus was hit in Tobanji upazila.",
        Stages.PUB)).of(Country.of("BD")));
    // "district" is a word of many countries' divisions: no country from it
    assertEquals(Optional.empty(), Locator.evidence(Stages.document("A bus was hit in Tobanji"
        + " district.", Stages.PUB)).best());
  }

  @Test
  void theFirstCountryStatedWinsATie() {
    Locator.Evidence ev = new Locator.Evidence();
    ev.add(Country.of("SY"), 4);
    ev.add(Country.of("IQ"), 4);
    assertEquals(Optional.of(Country.of("SY")), ev.best());
    assertEquals(Optional.empty(), new Locator.Evidence().best());
  }

  @Test
  void placesAreCompatibleWhenNothingTheySayContradicts() {
    Locator.Located mosul = located("A bomb exploded in Mosul, Iraq.", "Mosul");
    Locator.Located mosulAgain = located("Gunmen attacked a market in Mosul.", "Mosul");
    Locator.Located iraq = located("Rockets hit bases in Iraq.", "Iraq");
    Locator.Located kabul = located("A bomb exploded in Kabul, Afghanistan.", "Kabul");
    Locator.Located basra = located("A bomb exploded in Basra, Iraq.", "Basra");
    assertTrue(mosul.compatible(mosulAgain), "the same town");
    assertTrue(mosul.compatible(iraq) && iraq.compatible(mosul), "a town and its country");
    assertTrue(!mosul.compatible(kabul) && !kabul.compatible(mosul), "another country");
    assertTrue(!mosul.compatible(basra), "another town of another province");
  }

  @Test
  void nothingIsNowhere() {
    assertEquals(Locator.Located.NOWHERE, Locator.resolve(List.of(), new Locator.Evidence()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "On Monday, militants attacked a village in Borno, killing five people. | Borno | NG",
        "On Monday, militants attacked a village in Anbar, killing five people. | Anbar | IQ",
        "On Monday, militants attacked a village in Nineveh, killing five people. | Nineveh | IQ",
        "On Monday, militants attacked a village in Sinai, killing five people. | Sinai | EG",
      })
  void aFirstLevelDivisionOutranksAHamletOfTheSameName(String text, String written,
      String country) {
    // the GeoNames places Borno (Italy, 2,600 people), Anbar (Turkey), Nineveh (Ohio) and Sinai
    // (Mexico) outscore the divisions: +20 for a place at the head, population, own name
    assertEquals(country(country), located(text, written).country(), text);
  }

  @Test
  void aDivisionOutranksASmallTownOfItsNameInItsOwnCountryButNotACity() {
    Locator.Located kansas = located("On Monday, a gunman opened fire on a church in Kansas.",
        "Kansas");
    assertEquals(Optional.of("Kansas"), kansas.admin1());
    assertEquals(Optional.empty(), kansas.location(), "Kansas, Oklahoma has 800 people");
    Locator.Located baghdad = located("On Monday, a bomb exploded in Baghdad.", "Baghdad");
    assertEquals(Optional.of("Baghdad"), baghdad.location(), "the city of seven million");
  }

  @Test
  void aCountryNamedOnceWeighsTheSameWhicheverCountryItIs() {
    // Iraq, Syria, Yemen, Jordan, Iran, Israel, Lebanon, Kuwait, Saudi Arabia and Palestine have a
    // second country entry in gazetteer.tsv: each mention counts twice (a trace of the old scope)
    Locator.Evidence ev = Locator.evidence(Stages.document("Officials in Iraq spoke. Officials in"
        + " Mali spoke.", Stages.PUB));
    assertEquals(ev.of(Country.of("ML")), ev.of(Country.of("IQ")));
  }

  @Test
  void aTownWithAPossessiveInItsNameIsLocated() {
    Locator.Located l = located("Gunmen killed two Rohingya men in Cox's Bazar.", "Cox's Bazar");
    assertEquals(country("BD"), l.country());
  }

  @Test
  void aRegionOfOurOwnEntriesIsNoTownGeoNamesAlsoCallsSo() {
    // GeoNames lists "Kashmir" as a name of Cashmere, Washington: the city after it is located
    // in its own country, not searched for in Washington
    Locator.Located l = located("A man threw a grenade at a police post in south Kashmir's"
        + " Anantnag late on Friday.", "Anantnag");
    assertEquals(country("IN"), l.country());
    assertEquals(Optional.of("Anantnag"), l.location());
  }

  @Test
  void theCapitalOfACountryIsLocatedByItsName() {
    Locator.Located l = located("A car bomb exploded in the Somali capital on Monday.",
        "Somali capital");
    assertEquals(Optional.of("Mogadishu"), l.location());
    assertEquals(country("SO"), l.country());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Assailants attacked Kiyanza, Cibitoke, Burundi.",
      "10/29/2016: Assailants raided Kiyanza, Cibitoke, Burundi."})
  void anUnknownNameBeforeAProvinceAndCountryIsThePlace(String text) {
    Locator.Located l = located(text, "Kiyanza");
    assertEquals(country("BI"), l.country());
    assertEquals(Optional.of("Kiyanza, Cibitoke"), l.location());
  }
}
