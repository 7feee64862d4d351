package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attackstats.model.Country;
import org.attackstats.model.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

  private static final List<String> RULE_FILES =
      List.of("events.tsv", "casualties.tsv", "people.tsv", "places.tsv", "prepositions.tsv",
          "words.tsv");

  @Test
  void everyWordOfTheRuleListsIsInMatchingForm() {
    List<String> bad = new ArrayList<>();
    for (String file : RULE_FILES) {
      for (String[] r : Lexicon.rows(file, 2)) {
        if (!Names.key(r[0]).equals(r[0])) {
          bad.add(file + ": '" + r[0] + "' (matching form '" + Names.key(r[0]) + "')");
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @ParameterizedTest
  @ValueSource(strings = {"events.tsv", "casualties.tsv", "people.tsv", "places.tsv",
      "prepositions.tsv"})
  void aPhraseIsListedOnceSoThatNoRowIsSilentlyIgnored(String file) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> twice = new ArrayList<>();
    for (String[] r : Lexicon.rows(file, 2)) {
      if (seen.merge(r[0], 1, Integer::sum) == 2) {
        twice.add(r[0]);
      }
    }
    assertEquals(List.of(), twice, file);
  }

  @Test
  void aWordIsListedOnceInAClass() {
    Map<String, Integer> seen = new HashMap<>();
    List<String> twice = new ArrayList<>();
    for (String[] r : Lexicon.rows("words.tsv", 2)) {
      if (seen.merge(r[1] + "\t" + r[0], 1, Integer::sum) == 2) {
        twice.add(r[1] + ": " + r[0]);
      }
    }
    assertEquals(List.of(), twice);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "casualties | gunmen shot dead two farmers | 1 | 3",
        "casualties | the farmer was shot and killed | 3 | 6",
        "events | he was shot in the leg | 2 | 3",
        "events | they opened fire on the crowd | 1 | 3",
        "events | a roadside bomb went off | 3 | 5",
        "events | police set fire to tyres | 1 | 4",
        "places | in Ondo local government area | 2 | 5",
      })
  void theLongestPhraseStartingAtAWordWins(String list, String text, int at, int end) {
    Lexicon.Phrases<?> phrases = list.equals("events") ? Lexicon.EVENTS
        : list.equals("places") ? Lexicon.CUES : Lexicon.CASUALTIES;
    assertEquals(end, phraseEnd(phrases, text, at), text);
  }

  private static int phraseEnd(Lexicon.Phrases<?> p, String text, int at) {
    return p.match(Stages.tokens(text), at);
  }

  @Test
  void punctuationEndsAPhrase() {
    assertEquals(-1, phraseEnd(Lexicon.CUES, "the local, government area", 1));
    assertEquals(-1, phraseEnd(Lexicon.CASUALTIES, "he was shot, dead", 2));
    assertEquals(4, phraseEnd(Lexicon.CASUALTIES, "he was shot dead", 2));
  }

  @Test
  void aPhraseIsFoundInAnyCaseAndWithHyphensForSpaces() {
    assertEquals(2, phraseEnd(Lexicon.CASUALTIES, "Shot Dead", 0));
    assertEquals(Lexicon.CUES.get("sub district"), Lexicon.CUES.get(Stages.tokens("sub-district"), 0, 2));
  }

  @Test
  void eventWordsSayWhatHappenedHowAndWithWhat() {
    Lexicon.EventWord detonated = Lexicon.EVENTS.get("detonated");
    assertEquals("bombing", detonated.event());
    assertEquals(Lexicon.Form.INTRANSITIVE, detonated.form());
    assertEquals(Optional.of(Method.of("explosive")), detonated.method());
    assertEquals(Lexicon.Form.PLURAL, Lexicon.EVENTS.get("airstrikes").form());
    assertEquals("strike", Lexicon.EVENTS.get("strikes").event());
    assertEquals("strike", Lexicon.EVENTS.get("airstrikes").event());
    assertEquals(Lexicon.Form.VERB, Lexicon.EVENTS.get("ambushed").form());
    assertEquals(Optional.of(Method.of("arson")), Lexicon.EVENTS.get("set fire").method());
  }

  @Test
  void casualtyWordsSayWhatTheyCountAndHowTheyTakeTheirNumber() {
    assertEquals(new Lexicon.CasualtyWord(Lexicon.Metric.KILLED, Lexicon.CasualtyForm.PARTICIPLE),
        Lexicon.CASUALTIES.get("killed"));
    assertEquals(new Lexicon.CasualtyWord(Lexicon.Metric.KILLED, Lexicon.CasualtyForm.GERUND),
        Lexicon.CASUALTIES.get("killing"));
    assertEquals(Lexicon.Metric.INJURED, Lexicon.CASUALTIES.get("wounded").metric());
    assertEquals(Lexicon.Metric.BOTH, Lexicon.CASUALTIES.get("casualties").metric());
    assertEquals(Lexicon.CasualtyForm.INTRANSITIVE, Lexicon.CASUALTIES.get("died").form());
    assertEquals(Lexicon.CasualtyForm.ADJECTIVE, Lexicon.CASUALTIES.get("dead").form());
  }

  @Test
  void nounsOfPeopleHaveARole() {
    assertEquals(Optional.of(Lexicon.Role.VICTIM), Lexicon.person("civilians"));
    assertEquals(Optional.of(Lexicon.Role.PERPETRATOR), Lexicon.person("assailants"));
    assertEquals(Optional.of(Lexicon.Role.PERPETRATOR), Lexicon.person("gunmen"));
    assertEquals(Optional.of(Lexicon.Role.EITHER), Lexicon.person("militants"));
    assertEquals(Optional.empty(), Lexicon.person("checkpoint"));
  }

  @Test
  void markersSayTheKindOfTheNameAndOnWhichSideTheyStand() {
    Lexicon.Cue district = Lexicon.CUES.get("district");
    assertEquals(Gazetteer.Kind.ADMIN2, district.kind());
    assertTrue(district.after() && district.before(), "Sukma district, the district of Sukma");
    Lexicon.Cue state = Lexicon.CUES.get("state");
    assertEquals(Gazetteer.Kind.ADMIN1, state.kind());
    assertTrue(state.after() && !state.before(), "Lagos State, not the state of the art");
    assertEquals(Gazetteer.Kind.PLACE, Lexicon.CUES.get("village").kind());
    assertEquals(Gazetteer.Kind.DISTRICT, Lexicon.CUES.get("neighbourhood").kind());
  }

  @Test
  void everyMarkerMarksAPlaceKind() {
    for (String[] r : Lexicon.rows("places.tsv", 3)) {
      assertTrue(Gazetteer.Kind.parse(r[1]).isPlace(), r[0]);
      assertTrue(Set.of("after", "before", "both").contains(r[2]), r[0] + ": " + r[2]);
    }
  }

  @Test
  void prepositionsWeighHowStronglyTheyMarkWhereAnEventWas() {
    assertEquals(3, Lexicon.PREPOSITIONS.get("in"));
    assertEquals(3, Lexicon.PREPOSITIONS.get("near"));
    assertEquals(2, Lexicon.PREPOSITIONS.get("outside"));
    assertEquals(1, Lexicon.PREPOSITIONS.get("from"));
    for (int w : Lexicon.PREPOSITIONS.values()) {
      assertTrue(w >= 1 && w <= 3, "weight " + w);
    }
  }

  @Test
  void wordClassesAnswerMembership() {
    assertTrue(Lexicon.is("auxiliary", "were"));
    assertTrue(Lexicon.is("negation", "no"));
    assertTrue(Lexicon.is("hedge", "whether"));
    assertTrue(Lexicon.is("weekday", "tuesday"));
    assertFalse(Lexicon.is("auxiliary", "killed"));
  }

  @Test
  void anUnknownWordClassFailsNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lexicon.is("verbs", "killed"));
    assertTrue(e.getMessage().contains("'verbs'"), e.getMessage());
    assertTrue(e.getMessage().contains("words.tsv"), e.getMessage());
  }

  @Test
  void theWordsOfTheRulesAreVocabularyNotNames() {
    for (String w : List.of("assailants", "clashes", "killed", "district", "near", "were")) {
      assertTrue(Lexicon.isVocabulary(w), w);
    }
    for (String w : List.of("mosul", "chaltan", "hezbollah")) {
      assertFalse(Lexicon.isVocabulary(w), w);
    }
  }

  @Test
  void everyCountryOfTheWorldHasANameEntry() {
    Set<Country> named = new java.util.HashSet<>();
    for (Gazetteer.Entry e : Lexicon.countryEntries()) {
      if (e.kind() == Gazetteer.Kind.COUNTRY) {
        named.add(e.country().orElseThrow());
        assertEquals(e.country().get().name(), e.name());
        assertTrue(e.aliases().contains(e.name()), e.name());
      }
    }
    assertEquals(Set.copyOf(Country.all()), named);
  }

  @Test
  void nationalityWordsNameTheirCountry() {
    Gazetteer.Entry afghan = Lexicon.countryEntries().stream()
        .filter(e -> e.kind() == Gazetteer.Kind.NATIONALITY && e.aliases().contains("Afghan"))
        .findFirst().orElseThrow();
    assertEquals(Optional.of(Country.of("AF")), afghan.country());
  }

  @Test
  void everyActorHasAKnownTypeAndAStateActorIsNamedAfterItsCountry() {
    for (Gazetteer.Entry e : Lexicon.actorEntries()) {
      String type = e.attribute("type").orElseThrow();
      assertTrue(Set.of("state", "group", "coalition").contains(type), e.name() + ": " + type);
      if (type.equals("state")) {
        assertEquals(e.country().orElseThrow().name(), e.name(), "state actor");
      }
      assertTrue(e.aliases().contains(e.name()), e.name());
    }
  }

  @Test
  void divisionVariantsKeepGeoNamesNameAndCountry() {
    Gazetteer.Entry borno = Lexicon.admin1Entries().stream()
        .filter(e -> e.aliases().contains("Borno"))
        .findFirst().orElseThrow();
    assertEquals(Gazetteer.Kind.ADMIN1, borno.kind());
    assertEquals(Optional.of(Country.of("NG")), borno.country());
    assertEquals(borno.admin1(), Optional.of(borno.name()));
  }

  @Test
  void everyAliasWrittenAsTextIsFoundAsItsEntry() {
    // aliases made of letters, spaces, hyphens, dots and apostrophes, those with a possessive
    // ("People's Protection Units", "Kurdistan Workers' Party") and acronyms that differ only in
    // case ("JeM" and "JEM") included; an apostrophe opening or closing a name ("'Amran", "Ad
    // Dali'") may be a quotation mark and is left out of the match, as is a final full stop
    Gazetteer g = Gazetteer.defaults();
    List<String> missed = new ArrayList<>();
    for (Gazetteer.Entry e : g.entries()) {
      for (String alias : e.aliases()) {
        if (!alias.matches("[\\p{L}\\p{M}0-9 .'\u2019\u2018\u00b4`-]+")) {
          continue;
        }
        List<Token> t = Stages.tokens(alias);
        int from = t.get(0).isApostrophe() ? 1 : 0;
        Token last = t.get(t.size() - 1);
        int end = last.isPunct(".") || last.isApostrophe() ? t.size() - 1 : t.size();
        boolean found = g.matches(t).stream()
            .anyMatch(m -> m.from() == from && m.to() == end && m.entries().contains(e));
        if (!found) {
          missed.add(e.kind() + " " + e.name() + ": '" + alias + "'");
        }
      }
    }
    assertEquals(List.of(), missed);
  }
}
