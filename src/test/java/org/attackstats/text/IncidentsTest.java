package org.attackstats.text;

import static org.attackstats.text.Stages.country;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The document stage from sentences to incidents: mentions, grouping, merging, combining. */
class IncidentsTest {

  static final Incidents.Settings DEFAULTS = new Incidents.Settings(Extractor.DEFAULT_RESPONDERS,
      Extractor.DEFAULT_UNDATED_DAYS, Extractor.DEFAULT_PROVOKING_DAYS);

  static List<Incidents.Incident> incidents(String text) {
    return incidents(text, DEFAULTS);
  }

  /** The incidents of a document published on {@link Stages#PUB}, without dateline or period. */
  static List<Incidents.Incident> incidents(String text, Incidents.Settings settings) {
    LocalDate pub = Stages.PUB;
    List<Facts> facts = Stages.document(text, pub);
    Locator.Evidence ev = Locator.evidence(facts);
    List<Incidents.Grouped> groups = Incidents.group(Incidents.mentions(facts), ev, settings);
    Incidents.Context ctx = new Incidents.Context(pub, Optional.empty(), Optional.empty(),
        Incidents.claims(facts), ev, facts);
    return Incidents.combineAll(groups, ctx, settings);
  }

  static Incidents.Incident only(String text) {
    List<Incidents.Incident> i = incidents(text);
    assertEquals(1, i.size(), text + " -> " + i.size() + " incidents");
    return i.get(0);
  }

  @Test
  void aPlaceNearAnotherIsOneIncident() {
    Incidents.Incident i = only("Police are looking into the death of a union organiser in Kelemu"
        + " near Brits.");
    assertEquals(Optional.of("Kelemu, Brits"), i.place().location());
  }

  private static List<Integer> sentences(Incidents.Incident i) {
    return i.mentions().stream().map(Incidents.EventMention::sentence).toList();
  }

  @Test
  void anIncidentReferredToAsTheAttackIsWhereTheTextToldIt() {
    // the first sentence names no attack word the stages know ("cut off"); the second refers to
    // it as "the attack": the place is the one the paragraph gave
    Incidents.Incident i = only("05/02/2019: Men armed with machetes cut off the water supply of"
        + " a cocoa farm in Kumba, South-West, Cameroon. Four farmers were hurt in the"
        + " attack.");
    assertEquals(Optional.of("Kumba"), i.place().location());
  }

  @Test
  void aPlaceLocatedInItsDivisionAndCountryWinsOverATownASiteIsNamedAfter() {
    // "Hebron" names the restaurant; Dayton is the town, told with its state and country
    Incidents.Incident i = only("On Monday, a gunman opened fire at the Hebron Restaurant in"
        + " Dayton, Ohio, United States, killing two people.");
    assertEquals(Optional.of("Dayton"), i.place().location());
    assertEquals(country("US"), i.place().country());
  }

  @Test
  void theFirstIncidentOfAParagraphWithoutAPlaceIsWhereTheParagraphSetIt() {
    Incidents.Incident i = only("Traders marched against a market closure in Kumba on Monday."
        + " Police then shot at the marchers, killing one.");
    assertEquals(Optional.of("Kumba"), i.place().location());
    assertEquals(country("CM"), i.place().country());
  }

  @Test
  void aClauseWithAnEventWordOrAFigureIsAMention() {
    List<Incidents.EventMention> m = Incidents.mentions(Stages.document(
        "A bomb exploded in Kabul on Monday. The weather was fine. Two people were killed.",
        Stages.PUB));
    assertEquals(List.of(0, 2), m.stream().map(Incidents.EventMention::sentence).toList());
    assertEquals(Optional.of(DateSpan.parse("2024-01-29")),
        m.get(0).date().map(Dates.DateMention::span));
    assertEquals(1, m.get(0).chains().size());
    assertEquals(Estimate.exact(2), m.get(1).figures().get(0).value());
  }

  @Test
  void mentionsOfOneEventJoinAndALaterTollReplacesTheFirst() {
    Incidents.Incident i = only("A car bomb exploded at a market in Mogadishu on Monday, killing"
        + " six people. The death toll from the blast rose to nine on Tuesday.");
    assertEquals(List.of(0, 1), sentences(i));
    assertEquals(Estimate.exact(9), i.killed());
    assertEquals(DateSpan.parse("2024-01-29"), i.date());
    assertEquals(Optional.of(Method.of("car_bomb")), i.method());
  }

  @Test
  void aFigureOnlySentenceJoinsTheEventBeforeIt() {
    Incidents.Incident i =
        only("A bomb exploded in Kabul on Monday. The weather was fine. Two people were killed.");
    assertEquals(Estimate.exact(2), i.killed());
  }

  @Test
  void aSentenceThatSaysAnotherEventStartsANewIncident() {
    List<Incidents.Incident> i = incidents("On Monday, a car bomb exploded at a market in"
        + " Mogadishu, killing six people. In a separate attack, gunmen killed two soldiers in"
        + " Kismayo.");
    assertEquals(2, i.size());
    assertEquals(Optional.of("Kismayo"), i.get(1).place().location());
    assertEquals(Estimate.exact(2), i.get(1).killed());
    assertEquals(Estimate.exact(6), i.get(0).killed());
  }

  @Test
  void anotherDateAndPlaceStartANewIncident() {
    List<Incidents.Incident> i = incidents("On Monday, a car bomb exploded at a market in"
        + " Mogadishu, killing six people. On Tuesday, another bomb exploded in Baidoa, wounding"
        + " three.");
    assertEquals(2, i.size());
    assertEquals(DateSpan.parse("2024-01-30"), i.get(1).date());
    assertEquals(Estimate.exact(3), i.get(1).injured());
    assertEquals(Estimate.unknown(), i.get(1).killed());
  }

  @Test
  void aMentionWithNothingOfItsOwnIsPartOfTheEventBefore() {
    Incidents.Incident i = only("A bomb exploded in Kabul on Monday. The blast shattered windows.");
    assertEquals(List.of(0, 1), sentences(i));
  }

  @Test
  void severalPlacesInSeveralCountriesGiveOneIncidentEach() {
    List<Incidents.Incident> i = incidents("U.S. aircraft struck targets near al-Qaim in Iraq and"
        + " near Deir ez-Zor in Syria on Friday.");
    assertEquals(2, i.size());
    assertEquals(List.of(country("IQ"), country("SY")),
        i.stream().map(x -> x.place().country()).toList());
    assertTrue(i.stream().allMatch(x -> x.kind() == Incidents.Kind.RESPONSE
        && x.date().equals(DateSpan.parse("2024-01-26"))));
  }

  @Test
  void anEventByAResponderIsAResponseAndTheRespondersAreAnOption() {
    String text = "An Israeli airstrike hit a building in Gaza on Monday.";
    assertEquals(Incidents.Kind.ATTACK, only(text).kind());
    Incidents.Settings israel = new Incidents.Settings(Set.of("Israel"), 7, 30);
    Incidents.Incident i = incidents(text, israel).get(0);
    assertEquals(Incidents.Kind.RESPONSE, i.kind());
    assertEquals(Optional.of("Israel"), i.actor().map(Gazetteer.Entry::name));
  }

  @Test
  void aStrikeInTheParagraphOfANamedResponderIsItsResponse() {
    List<Incidents.Incident> i = incidents("On Sunday, U.S. forces conducted airstrikes against"
        + " ISIL in Iraq. On Monday, near Bayji, an airstrike struck an ISIL tactical unit.");
    Incidents.Incident bayji = i.stream()
        .filter(x -> x.place().location().equals(Optional.of("Bayji"))).findFirst().orElseThrow();
    assertEquals(Incidents.Kind.RESPONSE, bayji.kind());
    assertEquals(Optional.of("United States"), bayji.actor().map(Gazetteer.Entry::name));
    assertEquals(Optional.of("responder named earlier in the text"), bayji.actorNote());
    assertEquals(Optional.of("Islamic State"), bayji.targetActor().map(Gazetteer.Entry::name));
  }

  @Test
  void aStrikeThatSaysWhereTheResponderStruckRefinesTheResponseBefore() {
    Incidents.Incident i = only("On Sunday, U.S. and coalition forces conducted airstrikes"
        + " against ISIL in Iraq. Near Bayji, an airstrike struck an ISIL tactical unit.");
    assertEquals(Incidents.Kind.RESPONSE, i.kind());
    assertEquals(Optional.of("Bayji"), i.place().location());
    assertEquals(DateSpan.parse("2024-01-28"), i.date());
  }

  @Test
  void theEventAResponseAnswersIsAnAttackOfItsOwn() {
    List<Incidents.Incident> i = incidents("U.S. forces struck a weapons depot in Syria on Friday"
        + " in response to an attack on Tower 22 in Jordan on Sunday.");
    assertEquals(2, i.size());
    assertEquals(Incidents.Kind.RESPONSE, i.get(0).kind());
    assertEquals(country("SY"), i.get(0).place().country());
    assertEquals(Incidents.Kind.ATTACK, i.get(1).kind());
    assertTrue(i.get(1).provoking());
    assertEquals(country("JO"), i.get(1).place().country());
    assertEquals(DateSpan.parse("2024-01-28"), i.get(1).date());
  }

  @Test
  void anAnsweredEventWithNoDateSpansTheProvokingDays() {
    Incidents.Incident attack = incidents("U.S. forces struck a weapons depot in Syria on Friday"
        + " in response to an attack on a base in Jordan.").get(1);
    assertEquals(DateSpan.of(Stages.PUB.minusDays(30), Stages.PUB), attack.date());
    assertFalse(attack.dateStated());
  }

  @Test
  void aFigureSaidTwiceIsCountedOnce() {
    assertEquals(Estimate.exact(14), only("Gunmen killed 14 people in Kabul on Monday. In total 14"
        + " people were killed.").killed());
  }

  @Test
  void anotherVictimAddsToTheToll() {
    assertEquals(Estimate.exact(3), only("Two soldiers were wounded when a bomb exploded in Kabul"
        + " on Monday. Another soldier was wounded.").injured());
  }

  @Test
  void attackersKilledAfterTheirVictimsAddToTheToll() {
    assertEquals(Estimate.exact(5), only("Gunmen killed three soldiers in Kabul on Monday. Two"
        + " attackers were killed.").killed());
  }

  @Test
  void aSecondAttackerKilledAddsToTheFirst() {
    assertEquals(Estimate.exact(2), only("Two gunmen stormed a bus depot in Garoua on Monday."
        + " One gunman blew himself up, wounding three people, and the second gunman died in"
        + " hospital.").killed());
  }

  @Test
  void noCasualtiesIsAnExplicitZero() {
    Incidents.Incident i = only("A bomb exploded in Kabul on Monday. No casualties were reported.");
    assertEquals(Estimate.ZERO, i.killed());
    assertEquals(Estimate.ZERO, i.injured());
  }

  @Test
  void aDeadlyAttackKilledAtLeastOne() {
    assertEquals(Estimate.atLeast(1), only("A deadly attack hit a market in Kabul on Monday.")
        .killed());
  }

  @Test
  void aFigurePooledOverSeveralIncidentsIsNoIncidentsToll() {
    Incidents.Incident i = only("Militants attacked three villages in Maiduguri, Borno on Monday."
        + " In total, 40 people were killed in the raids.");
    assertEquals(Estimate.unknown(), i.killed());
  }

  @Test
  void anUndatedEventSpansTheUndatedDaysUpToPublication() {
    Incidents.Incident i = only("A bomb exploded in a market in Kabul.");
    assertEquals(DateSpan.of(Stages.PUB.minusDays(7), Stages.PUB), i.date());
    assertFalse(i.dateStated());
    assertEquals(Optional.of("date not stated: the 7 days up to publication"), i.dateNote());
    Incidents.Settings sameDay = new Incidents.Settings(Extractor.DEFAULT_RESPONDERS, 0, 30);
    assertEquals(DateSpan.ofDay(Stages.PUB),
        incidents("A bomb exploded in a market in Kabul.", sameDay).get(0).date());
  }

  @Test
  void anEventHoursLaterTakesTheDateOfTheEventBefore() {
    List<Incidents.Incident> i = incidents("On Monday a bomb exploded in Kabul. Hours later,"
        + " gunmen attacked a checkpoint in Herat.");
    assertEquals(2, i.size());
    assertEquals(DateSpan.parse("2024-01-29"), i.get(1).date());
    assertEquals(Optional.of("date of the event told before (\"later\")"), i.get(1).dateNote());
  }

  @Test
  void anUndatedSentenceTakesTheDateStatedBeforeInItsParagraph() {
    List<Incidents.Incident> i = incidents("On Monday, a car bomb exploded at a market in"
        + " Mogadishu. In a separate attack, gunmen killed two soldiers in Kismayo.");
    assertEquals(DateSpan.parse("2024-01-29"), i.get(1).date());
    assertEquals(Optional.of("date not stated in the sentence, taken from the paragraph"),
        i.get(1).dateNote());
  }

  @Test
  void aClaimOfResponsibilityNamesThePerpetrator() {
    Incidents.Incident i = only("Gunmen attacked a checkpoint in Kabul on Monday. The Taliban"
        + " claimed responsibility for the attack.");
    assertEquals(Optional.of("Taliban"), i.actor().map(Gazetteer.Entry::name));
    assertEquals(Optional.of("Taliban claimed responsibility"), i.actorNote());
  }

  @Test
  void aSuspicionNamesThePerpetratorAsNotClaimed() {
    Incidents.Incident i = only("Gunmen attacked a checkpoint in Kabul on Monday. Officials blamed"
        + " the Taliban.");
    assertEquals(Optional.of("Taliban"), i.actor().map(Gazetteer.Entry::name));
    assertEquals(Optional.of("attributed to Taliban (not claimed)"), i.actorNote());
  }

  @Test
  void incidentsOfSeveralParagraphsMergeWhenDatesAndPlacesFit() {
    List<Incidents.Incident> same = incidents("A car bomb exploded in Mogadishu on Monday, killing"
        + " six.\n\nThe bombing in Mogadishu on Monday wounded ten.");
    assertEquals(1, same.size());
    assertEquals(Estimate.exact(10), same.get(0).injured());
    List<Incidents.Incident> other = incidents("A car bomb exploded in Mogadishu on Monday, killing"
        + " six.\n\nOn Tuesday, gunmen attacked a hotel in Mogadishu.");
    assertEquals(2, other.size());
  }

  @Test
  void aTextThatReportsAnEventWithNothingOfItsOwnGivesOneIncident() {
    Incidents.Incident i = only("Gunmen attacked the convoy.");
    assertEquals(Locator.Located.NOWHERE, i.place());
  }

  @Test
  void theLargerOfTwoFiguresIsTheOneWithTheHigherLowThenBest() {
    assertEquals(Estimate.exact(5), Incidents.larger(Estimate.exact(3), Estimate.exact(5)));
    assertEquals(Estimate.atLeast(5), Incidents.larger(Estimate.atLeast(5), Estimate.exact(4)));
    assertEquals(Estimate.exact(3), Incidents.larger(Estimate.exact(3), Estimate.unknown()));
    assertEquals(Estimate.exact(3), Incidents.larger(Estimate.unknown(), Estimate.exact(3)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"The bombing was claimed by al-Shabaab.",
      "The attack was later claimed by al-Shabaab.",
      "Responsibility for the attack was claimed by the militant group al-Shabaab."})
  void aClaimInThePassiveNamesThePerpetrator(String claim) {
    // claims() read "X claimed" and "blamed X", not "was claimed by X"; "The bombing was claimed
    // by" was read as "bombing by X", which made the claim the main sentence
    Incidents.Incident i = only("A car bomb exploded in Mogadishu on Monday, killing six. " + claim);
    assertEquals(Optional.of("al-Shabaab"), i.actor().map(Gazetteer.Entry::name));
    assertEquals(Optional.of("al-Shabaab claimed responsibility"), i.actorNote());
    assertEquals(0, i.main().sentence());
    assertEquals(Optional.of(Method.of("car_bomb")), i.method());
  }

  @Test
  void aStrikeReleaseGivesAResponseByTheResponderItNames() {
    // "Near Bayji, eight strikes struck ...": the coalition named before, the strikes are its
    // responses; the release's target actor comes out as the perpetrator of an attack instead
    List<Incidents.Incident> i = incidents("On Sunday, U.S. and coalition forces conducted"
        + " airstrikes against ISIL in Iraq. Near Bayji, eight strikes struck three ISIL tactical"
        + " units and destroyed an ISIL mortar position.");
    Incidents.Incident bayji = i.stream()
        .filter(x -> x.place().location().equals(Optional.of("Bayji"))).findFirst().orElseThrow();
    assertEquals(Incidents.Kind.RESPONSE, bayji.kind());
    assertEquals(Estimate.exact(8), bayji.munitions());
  }

  @Test
  void aRetaliationOpeningTheSentenceIsAResponse() {
    List<Incidents.Incident> i = incidents("On Sunday, militants attacked a U.S. base in Syria"
        + " with drones. In retaliation for the attack, U.S. jets struck two sites in Syria on"
        + " Monday.");
    assertTrue(i.stream().anyMatch(x -> x.kind() == Incidents.Kind.RESPONSE
        && x.date().equals(DateSpan.parse("2024-01-29"))), i.toString());
  }

  @Test
  void aTollOverSeveralEventsSinceADateIsNoIncident() {
    // "have left more than 300 people dead since January" becomes an attack with killed >=301
    Extraction x = Extractor.withDefaults().extract(NewsDocument.of("d", Stages.PUB, "Wire",
        "Clashes in the region have left more than 300 people dead since January."));
    assertEquals(List.of(), x.dataset().attacks());
    assertEquals(List.of(Estimate.atLeast(301)), x.dataset().tallies().stream()
        .filter(t -> t.metric() == org.attackstats.model.TallyMetric.KILLED)
        .map(org.attackstats.model.Tally::value).toList());
  }

  @Test
  void aRocketAttackOnABaseKeepsItsMethodAndMunitions() {
    Incidents.Incident i = only("On Monday, militants fired three rockets at Ain al-Asad air base"
        + " in Iraq.");
    assertEquals(Optional.of(Method.of("rocket")), i.method());
    assertEquals(Estimate.exact(3), i.munitions());
  }
}
