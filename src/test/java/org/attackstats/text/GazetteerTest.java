package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attackstats.model.Country;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static List<Gazetteer.Match> find(Gazetteer g, String text) {
    return g.matches(Token.tokenize(text, 0, text.length()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "on the Abu Ghreib highway | PLACE | Abu Ghraib",
        "near Abu Ghraib | PLACE | Abu Ghraib",
        "in Deir el-Zour | ADMIN1 | Deir ez-Zor",
        "in Deir ez-Zor | ADMIN1 | Deir ez-Zor",
        "near Boukamal | PLACE | Abu Kamal",
        "near Al-Bukamal | PLACE | Abu Kamal",
        "in Abu Kamal | PLACE | Abu Kamal",
        "at Ain al-Asad air base | BASE | Ain al-Asad",
        "at Al Asad | BASE | Ain al-Asad",
        "the al-Tanf garrison | BASE | al-Tanf",
        "At Tanf | BASE | al-Tanf",
        "in Mayadin | PLACE | Mayadin",
        "in Ramadi | PLACE | Ramadi",
        "in Irbil | PLACE | Erbil",
        "the Iraqi capital | PLACE | Baghdad",
        "near Maysulun | PLACE | Maysulun",
        "in the Bulbul district | DISTRICT | Bulbul",
        "Kata'ib Hezbollah | ACTOR | Kata'ib Hezbollah",
        "Kataeb Hezbollah | ACTOR | Kata'ib Hezbollah",
        "Hezbollah Brigades | ACTOR | Kata'ib Hezbollah",
        "Asaib Ahl al-Haq | ACTOR | Asaib Ahl al-Haq",
        "the Islamic Resistance in Iraq | ACTOR | Islamic Resistance in Iraq",
        "Iran’s Islamic Revolutionary Guard Corps | ACTOR | Islamic Revolutionary Guard Corps",
        "an IRGC facility | ACTOR | Islamic Revolutionary Guard Corps",
        "Yemen's Houthis | ACTOR | Houthis",
        "one-way drones | METHOD | drone",
        "fighter jets | METHOD | airstrike",
        "two rockets | METHOD | rocket",
        "a roadside bomb | METHOD | ied",
      })
  void recognisesSpellingVariants(String text, String kind, String name) {
    List<Gazetteer.Match> m = find(Gazetteer.defaults(), text);
    assertTrue(
        m.stream().flatMap(x -> x.entries().stream())
            .anyMatch(e -> e.kind().name().equals(kind) && e.name().equals(name)),
        text + " -> " + m);
  }

  /** The places GeoNames knows that the first hand-made gazetteer did not, by any spelling. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fighting in Tal Afar | IQ | Tall 'Afar",
        "clashes near Tel Afar | IQ | Tall 'Afar",
        "a bomb in Bayji | IQ | Bayji",
        "a bomb in Baiji | IQ | Bayji",
        "in Sinjar, Nineveh | IQ | Sinjar",
        "the town of Hit | IQ | Hit",
        "in Kabul | AF | Kabul",
        "in Maiduguri, Borno | NG | Maiduguri",
        "a market in Mogadishu | SO | Mogadishu",
        "in Lashkar Gah | AF | Lashkar Gah",
        "in Ar-Rutbah | IQ | Ar Rutbah",
        "in Ar Rutbah | IQ | Ar Rutbah",
      })
  void findsGeoNamesPlacesBySpellingVariants(String text, String country, String name) {
    List<Gazetteer.Match> m = find(Gazetteer.defaults(), text);
    assertTrue(m.stream().flatMap(x -> x.entries().stream())
            .anyMatch(e -> e.kind() == Gazetteer.Kind.PLACE && e.name().equals(name)
                && e.country().equals(java.util.Optional.of(Country.of(country)))
                && e.coordinates().isPresent() && e.population().isPresent()),
        text + " -> " + m);
  }

  @Test
  void aHandMadePlaceStandsForGeoNamesPlacesOfItsNameInItsCountry() {
    List<Gazetteer.Entry> ramadi = find(Gazetteer.defaults(), "in Al-Ramadi").get(0).entries();
    assertEquals(List.of("Ramadi"), ramadi.stream().filter(e -> e.kind() == Gazetteer.Kind.PLACE)
        .map(Gazetteer.Entry::name).toList());
    assertTrue(ramadi.stream().noneMatch(Gazetteer.Entry::fromGeoNames), ramadi.toString());
  }

  @Test
  void geoNamesPlacesMatchOnlyCapitalisedWords() {
    assertTrue(find(Gazetteer.defaults(), "rockets hit the base").stream()
        .noneMatch(x -> x.has(Gazetteer.Kind.PLACE)), "'hit' is a verb here");
    assertTrue(find(Gazetteer.defaults(), "in Hit").stream().anyMatch(x -> x.has(Gazetteer.Kind.PLACE)));
  }

  @Test
  void namesThatAreCommonWordsAreFlagged() {
    Gazetteer.Entry police = find(Gazetteer.defaults(), "Police said").get(0).entries().stream()
        .filter(e -> e.kind() == Gazetteer.Kind.PLACE).findFirst().orElseThrow();
    assertEquals("true", police.attribute("common").orElse(""), police.toString());
    assertTrue(find(Gazetteer.defaults(), "in Mosul").get(0).entries().stream()
        .noneMatch(e -> e.attributes().containsKey("common")));
  }

  @Test
  void countriesAndNationalitiesComeFromTheLexicon() {
    List<Gazetteer.Match> m = find(Gazetteer.defaults(), "Afghan forces in the DR Congo");
    assertTrue(m.get(0).has(Gazetteer.Kind.NATIONALITY) || m.get(0).has(Gazetteer.Kind.ACTOR), m.toString());
    assertTrue(m.stream().anyMatch(x -> x.entries().stream().anyMatch(
        e -> e.kind() == Gazetteer.Kind.COUNTRY && e.country().get().equals(Country.of("CD")))), m.toString());
  }

  @Test
  void lookupFindsEveryEntryOfAName() {
    List<Gazetteer.Entry> lagos = Gazetteer.defaults().lookup("Lagos");
    assertTrue(lagos.stream().anyMatch(e -> e.country().equals(java.util.Optional.of(Country.of("NG")))), lagos.toString());
    assertTrue(lagos.stream().anyMatch(e -> e.country().equals(java.util.Optional.of(Country.of("PT")))), lagos.toString());
  }

  @Test
  void shortCapitalAliasesMatchOnlyInCapitals() {
    assertEquals(List.of(), find(Gazetteer.defaults(), "it is up to us"));
    assertEquals("Islamic State", find(Gazetteer.defaults(), "to counter IS").get(0).entries().get(0).name());
    assertEquals("United States", find(Gazetteer.defaults(), "the US said").get(0).entries().get(0).name());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a JeM commander was killed | Jaish-e-Mohammed",
        "JeM's chief | Jaish-e-Mohammed",
        "JEM fighters attacked | Justice and Equality Movement",
        "a LeT cell | Lashkar-e-Taiba",
      })
  void acronymsThatDifferOnlyInCaseAreTheEntryOfTheirSpelling(String text, String actor) {
    List<Gazetteer.Entry> e = find(Gazetteer.defaults(), text).stream()
        .filter(m -> m.has(Gazetteer.Kind.ACTOR)).findFirst().orElseThrow().entries();
    assertEquals(List.of(actor), e.stream().map(Gazetteer.Entry::name).toList(), text);
  }

  @Test
  void aMixedCaseAcronymIsNotMatchedInAnotherCase() {
    assertTrue(find(Gazetteer.defaults(), "Jem said that let him go").stream()
        .noneMatch(m -> m.has(Gazetteer.Kind.ACTOR)));
  }

  @Test
  void theLongestNameWins() {
    List<Gazetteer.Match> m = find(Gazetteer.defaults(), "the Islamic Resistance in Iraq said");
    assertEquals(1, m.size());
    assertEquals(Gazetteer.Kind.ACTOR, m.get(0).entries().get(0).kind());
  }

  @Test
  void entriesCarryCountryProvinceAndAttributes() {
    Gazetteer.Entry tanf = Gazetteer.defaults().find(Gazetteer.Kind.BASE, "al-Tanf").orElseThrow();
    assertEquals(Country.of("SY"), tanf.country().orElseThrow());
    assertEquals("Homs", tanf.admin1().orElseThrow());
    assertEquals("al-tanf", tanf.attribute("id").orElseThrow());
  }

  @Test
  void isEasyToExtend() {
    Gazetteer g =
        Gazetteer.defaults()
            .plus(Gazetteer.parse("base\tCamp Lemonnier\tDJ\t\tCamp Lemonnier|Lemonnier\tid=lemonnier\n",
                "mine.tsv"));
    assertEquals("Camp Lemonnier", find(g, "at Lemonnier").get(0).entries().get(0).name());
    assertEquals(Gazetteer.Kind.BASE, find(g, "at Lemonnier").get(0).entries().get(0).kind());
  }

  @Test
  void errorsNameTheLineTheColumnAndWhatIsValid() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gazetteer.parse("# comment\nvillage\tX\tIQ\t\t\t\n", "bad.tsv"));
    assertTrue(e.getMessage().contains("bad.tsv line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("column kind"), e.getMessage());
    assertTrue(e.getMessage().contains("place"), e.getMessage());
    assertTrue(e.getMessage().contains("nationality"), e.getMessage());
    IllegalArgumentException c =
        assertThrows(
            IllegalArgumentException.class, () -> Gazetteer.parse("place\tX\tZZ\t\t\t\n", "bad.tsv"));
    assertTrue(c.getMessage().contains("column country"), c.getMessage());
    IllegalArgumentException m =
        assertThrows(
            IllegalArgumentException.class, () -> Gazetteer.parse("method\tbig boom!\t\t\t\t\n", "bad.tsv"));
    assertTrue(m.getMessage().contains("column name"), m.getMessage());
    IllegalArgumentException b =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gazetteer.parse("base\tX\tIQ\t\tX\tid=a|b\n", "bad.tsv"));
    assertTrue(b.getMessage().contains("invalid id 'a|b'"), b.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Attackers wounded two supporters of the New Democratic Front (NDF) at home. | NDF | false",
        "Fighters of the National Defence Forces (NDF) attacked a post. | NDF | true",
        "Fighters of the Islamic State (IS) attacked a post. | IS | true",
      })
  void anAcronymTheTextDefinesAsAnotherNameIsNotTheGazetteersEntry(String s, String acronym,
      boolean kept) {
    Facts f = Stages.facts(s);
    assertEquals(kept, f.names().stream().anyMatch(m -> f.span(m.from(), m.to()).equals(acronym)
        && m.has(Gazetteer.Kind.ACTOR)), f.names().toString());
  }
}
