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
        m.stream().anyMatch(x -> x.entry().kind().name().equals(kind) && x.entry().name().equals(name)),
        text + " -> " + m);
  }

  @Test
  void shortCapitalAliasesMatchOnlyInCapitals() {
    assertEquals(List.of(), find(Gazetteer.defaults(), "it is up to us"));
    assertEquals("Islamic State", find(Gazetteer.defaults(), "to counter IS").get(0).entry().name());
    assertEquals("United States", find(Gazetteer.defaults(), "the US said").get(0).entry().name());
  }

  @Test
  void theLongestNameWins() {
    List<Gazetteer.Match> m = find(Gazetteer.defaults(), "the Islamic Resistance in Iraq said");
    assertEquals(1, m.size());
    assertEquals(Gazetteer.Kind.ACTOR, m.get(0).entry().kind());
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
            .plus(Gazetteer.parse("place\tTal Afar\tIQ\tNinawa\tTal Afar|Tel Afar\t\n", "mine.tsv"));
    assertEquals("Tal Afar", find(g, "in Tel Afar").get(0).entry().name());
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
}
