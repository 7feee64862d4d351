package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attackstats.model.Estimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CasualtiesTest {

  static List<Casualties.Figure> figures(String sentence) {
    return Stages.facts(sentence).figures();
  }

  /** The one figure of a metric in a sentence. */
  static Casualties.Figure only(String sentence, Lexicon.Metric metric) {
    List<Casualties.Figure> f =
        figures(sentence).stream().filter(x -> x.metric() == metric).toList();
    assertEquals(1, f.size(), sentence + " -> " + figures(sentence));
    return f.get(0);
  }

  static Estimate killed(String sentence) {
    return only(sentence, Lexicon.Metric.KILLED).value();
  }

  static Estimate injured(String sentence) {
    return only(sentence, Lexicon.Metric.INJURED).value();
  }

  private static List<Lexicon.Role> roles(Casualties.Figure f) {
    return f.groups().stream().map(Casualties.Group::role).toList();
  }

  @Test
  void theSubjectBeforeAPassiveParticipleIsCountedGroupByGroup() {
    Casualties.Figure f = only("03/08/2017: At least four soldiers and 15 assailants were"
        + " killed in the clash.", Lexicon.Metric.KILLED);
    assertEquals(Estimate.atLeast(19), f.value());
    assertEquals(List.of(Estimate.atLeast(4), Estimate.exact(15)),
        f.groups().stream().map(Casualties.Group::value).toList());
    assertEquals(List.of(Lexicon.Role.VICTIM, Lexicon.Role.PERPETRATOR), roles(f));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen attacked a bus, killing three soldiers and two civilians. | 5",
        "The explosion killed six people and wounded 10 others. | 6",
        "Gunmen shot dead two farmers in Zamfara. | 2",
        "The militants killed a farmer and two herders in the village. | 3",
        "Police said the gunman shot and killed two guards. | 2",
        "A roadside bomb struck the patrol, killing at least 12. | >=12",
      })
  void theObjectOfAnActiveVerbOrAGerundIsCounted(String sentence, String expected) {
    assertEquals(Estimate.parse(expected), killed(sentence), sentence);
  }

  @Test
  void aSecondVerbOfTheSentenceCountsItsOwnObject() {
    String s = "The explosion killed six people and wounded 10 others.";
    assertEquals(Estimate.exact(6), killed(s));
    assertEquals(Estimate.exact(10), injured(s));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2 killed, 5 injured in Kabul blast. | 2 | 5",
        "At least 3 people were killed and 40 wounded. | >=3 | 40",
        "Six people were killed and 10 wounded when a car bomb exploded. | 6 | 10",
        // footnote marks and editors' notes are read through
        "Sixteen soldiers[citation needed] were killed and 64[12] wounded. | 16 | 64",
        "Nine people [who?] were killed and 3 [a] were hurt. | 9 | 3",
      })
  void aCountBeforeABareParticipleIsItsSubject(String sentence, String dead, String hurt) {
    assertEquals(Estimate.parse(dead), killed(sentence), sentence);
    assertEquals(Estimate.parse(hurt), injured(sentence), sentence);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "One person died. | 1",
        "One U.S. contractor suffered a cardiac arrest and died. | 1",
        "The blast left two people dead. | 2",
        "The attack caused three deaths. | 3",
        "Police reported the death of a union activist. | 1",
        "The death toll rose to 12 on Friday. | 12",
      })
  void intransitiveVerbsAdjectivesAndNounsCountToo(String sentence, String expected) {
    assertEquals(Estimate.parse(expected), killed(sentence), sentence);
  }

  @Test
  void theSufferersOfInjuriesAreCounted() {
    assertEquals(Estimate.exact(3), injured("Three soldiers suffered minor injuries."));
  }

  @Test
  void casualtiesCountKilledAndInjuredTogether() {
    Casualties.Figure f = only("The attack caused two civilian casualties.", Lexicon.Metric.BOTH);
    assertEquals(Estimate.exact(2), f.value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Nazari, the health deputy, was killed. | 1",
        "Mawlavi Sher Agha was killed in the attack. | 1",
        "Nduwakora, a Burundian Army major, and two other people were killed. | 3",
      })
  void aNamedPersonCountsOneAndAnAppositionIsNoOtherPerson(String sentence, String expected) {
    assertEquals(Estimate.parse(expected), killed(sentence), sentence);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Six people, including five soldiers and one attacker, were killed. | 6",
        "Seven people including three soldiers were killed. | 7",
        "Five people were killed, including two children and a teacher. | 5",
        "Gunmen stormed the school, killing five people, including two children. | 5",
        "The blast killed two soldiers and three civilians, including a child. | 5",
      })
  void aSubsetAfterIncludingIsNotAddedToItsWhole(String sentence, String expected) {
    assertEquals(Estimate.parse(expected), killed(sentence), sentence);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "No casualties were reported. | BOTH",
        "There were no casualties. | BOTH",
        "Nobody was killed. | KILLED",
        "No one was hurt in the attack. | INJURED",
        "The attack left no one injured. | INJURED",
      })
  void aNegationBeforeACasualtyWordIsAnExplicitZero(String sentence, Lexicon.Metric metric) {
    Casualties.Figure f = only(sentence, metric);
    assertTrue(f.zero(), sentence);
    assertEquals(Estimate.ZERO, f.value());
  }

  @Test
  void aNegationOfSomethingElseIsNoZero() {
    Casualties.Figure f = only("No group claimed responsibility for the attack, which killed two"
        + " soldiers.", Lexicon.Metric.KILLED);
    assertFalse(f.zero());
    assertEquals(Estimate.exact(2), f.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "It was unclear whether anyone was killed.",
      "Officials feared that more people could be killed.",
      "Five people were killed or wounded.",
      "The number of dead or injured was not known."})
  void hypotheticalOrUnsplitFiguresGiveNone(String sentence) {
    assertEquals(List.of(), figures(sentence), sentence);
  }

  @Test
  void aRisingTollCorrectsTheFigure() {
    Casualties.Figure f = only("The death toll from the blast rose to nine.", Lexicon.Metric.KILLED);
    assertTrue(f.correction());
    assertEquals(Estimate.exact(9), f.value());
    Casualties.Figure hurt = only("The toll of injured rose to 40.", Lexicon.Metric.INJURED);
    assertTrue(hurt.correction());
    assertEquals(Estimate.exact(40), hurt.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Another soldier was wounded.", "Two more people were also injured.",
      "An additional three civilians were injured."})
  void anotherOrAlsoMarksAFigureThatAdds(String sentence) {
    assertTrue(only(sentence, Lexicon.Metric.INJURED).additional(), sentence);
  }

  @Test
  void aFigureWithoutAnotherOrAlsoDoesNotAdd() {
    assertFalse(only("Two soldiers were injured.", Lexicon.Metric.INJURED).additional());
  }

  @Test
  void theAttackerWhoDiedIsAPerpetrator() {
    Casualties.Figure f = only("The bomber killed himself and five others.", Lexicon.Metric.KILLED);
    assertEquals(Estimate.exact(6), f.value());
    assertEquals(List.of(Lexicon.Role.PERPETRATOR, Lexicon.Role.VICTIM), roles(f));
    List<Casualties.Figure> both = figures("A suicide bomber blew himself up, killing five people.");
    assertTrue(both.get(0).perpetrators(), both.toString());
    assertEquals(Estimate.exact(5), both.get(1).value());
  }

  @Test
  void attackersKilledAfterTheirVictimsAreTheirOwnFigure() {
    List<Casualties.Figure> f = figures("Gunmen killed two guards, wounding at least 35"
        + " people, all 5 attackers were killed.");
    assertEquals(List.of(Estimate.exact(2), Estimate.atLeast(35), Estimate.exact(5)),
        f.stream().map(Casualties.Figure::value).toList());
    assertTrue(f.get(2).perpetrators());
  }

  @Test
  void aSpeakerAfterTheObjectIsNotCounted() {
    assertEquals(Estimate.exact(12), killed("The attackers opened fire, killing 12 people,"
        + " police officials told reporters."));
  }

  @Test
  void aNationalityOrAnActorMakesANounOfPeople() {
    Casualties.Figure f = only("Gunmen killed two Israelis.", Lexicon.Metric.KILLED);
    assertEquals(Estimate.exact(2), f.value());
    assertEquals(List.of(Lexicon.Role.EITHER), roles(f));
  }

  @Test
  void aPlaceAfterAStrongPrepositionIsNoPersonCounted() {
    Casualties.Figure f = only("Two men were killed in Kabul.", Lexicon.Metric.KILLED);
    assertEquals(Estimate.exact(2), f.value());
    assertEquals(1, f.groups().size());
  }

  @Test
  void aFigureInASentenceThatPoolsIncidentsIsPooled() {
    assertTrue(only("The attacks killed a total of 26 people.", Lexicon.Metric.KILLED).pooled());
    assertTrue(only("Twelve assailants were killed across the raids.", Lexicon.Metric.KILLED)
        .pooled());
    assertFalse(only("The attack killed 26 people.", Lexicon.Metric.KILLED).pooled());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The attacks killed a total of 26 people. | true",
        "In total, 40 people were killed in the raids. | true",
        "The casualties between this attack and the earlier raid were 20. | true",
        "A total of 26 people were killed in the attack. | false",
        "The attack killed 26 people. | false",
      })
  void aSentencePoolsIncidentsWithATotalOverPluralEventsOrAcrossThem(String sentence,
      boolean pooled) {
    assertEquals(pooled, Casualties.poolsIncidents(Stages.tokens(sentence)), sentence);
  }

  @Test
  void aFigureSpansItsGroupsAndNamesItsWord() {
    String s = "On Monday, gunmen killed three soldiers in Gao.";
    Casualties.Figure f = only(s, Lexicon.Metric.KILLED);
    Facts facts = Stages.facts(s);
    assertEquals("killed", facts.word(f.word()));
    assertEquals("killed three soldiers", facts.span(f.from(), f.to()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen killed 12 people, eight of them children. | 12",
        "Gunmen opened fire on a bus, killing 12 passengers, among them three children. | 12",
        "Gunmen opened fire on a bus, killing 12 passengers, most of them women. | 12",
        "Gunmen killed 12 people, mostly women and children. | 12",
        "The blast killed 12 people, among them four soldiers. | 12",
      })
  void aSubsetAfterAmongThemOrOfThemIsNotAddedToItsWhole(String sentence, String expected) {
    assertEquals(Estimate.parse(expected), killed(sentence), sentence);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen attacked a bus, killing nine people, including two children, a teacher and a"
            + " guard. | 9",
        "Nine people including two children, a teacher and a guard were killed. | 9",
      })
  void aSubsetListedWithCommasAfterIncludingIsNotAddedToItsWhole(String sentence,
      String expected) {
    assertEquals(Estimate.parse(expected), killed(sentence), sentence);
  }

  @Test
  void theBomberInAdditionToTheVictimsIsCounted() {
    Casualties.Figure f = only("Five people were killed, in addition to the bomber.",
        Lexicon.Metric.KILLED);
    assertEquals(Estimate.exact(6), f.value());
    assertEquals(List.of(Lexicon.Role.VICTIM, Lexicon.Role.PERPETRATOR), roles(f));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The intruder stabbed one guard to death and injured four others. | 1 | 4",
        "The gunman shot two guards dead and wounded three officers. | 2 | 3",
        "Villagers beat a thief to death. | 1 | ",
      })
  void aVictimStabbedOrShotToDeathIsKilledNotInjured(String s, int killed, Integer injured) {
    assertEquals(Estimate.exact(killed), only(s, Lexicon.Metric.KILLED).value());
    List<Casualties.Figure> hurt = figures(s).stream()
        .filter(x -> x.metric() == Lexicon.Metric.INJURED).toList();
    assertEquals(injured == null ? List.of() : List.of(Estimate.exact(injured)),
        hurt.stream().map(Casualties.Figure::value).toList(), s + " -> " + figures(s));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Guards shot at the wall 4 times and several prisoners got away, two were killed. | 2",
        "Two suspects arrested, three killed. | 3",
        "The convoy was hit 3 times, five soldiers were killed. | 5",
      })
  void aClauseOrAMeasureBeforeTheSubjectCountsNobody(String s, int killed) {
    assertEquals(Estimate.exact(killed), only(s, Lexicon.Metric.KILLED).value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A roadside mine killed at least 12 workers and another 31 were hurt. | >=12 | 31",
        "A mine killed four soldiers and another was wounded. | 4 | 1",
        "The raid killed two guards and a driver and six workers were hurt. | 3 | 6",
        "Two guards and 9 raiders were killed and a driver and 4 raiders were hurt. | 11 | 5",
      })
  void aSubjectAfterTheLastAndOfAnObjectStartsTheNextClause(String s, String killed,
      String injured) {
    assertEquals(Estimate.parse(killed), only(s, Lexicon.Metric.KILLED).value());
    assertEquals(Estimate.parse(injured), only(s, Lexicon.Metric.INJURED).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"On Friday unknown gunmen shot and killed a village chief near his home.",
      "On Monday, unknown assailants killed and mutilated a farmer near the river."})
  void unknownAttackersAreNoHedge(String s) {
    assertEquals(Estimate.exact(1), only(s, Lexicon.Metric.KILLED).value());
  }

  @Test
  void whetherAnyoneWasKilledIsUnknown() {
    assertEquals(List.of(), figures("It is unknown whether anyone was killed."));
  }

  @Test
  void aPersonNamedByATitleInCapitalsIsOne() {
    assertEquals(Estimate.exact(2), only("A soldier and a Village Defence Guard VDG were killed in"
        + " the clash.", Lexicon.Metric.KILLED).value());
  }
}
