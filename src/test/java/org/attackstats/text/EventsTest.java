package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventsTest {

  static List<Events.Trigger> triggers(String sentence) {
    return Stages.facts(sentence).triggers();
  }

  /** The roles of the only clause of a sentence. */
  static Events.Roles roles(String sentence) {
    Facts f = Stages.facts(sentence);
    List<Events.Clause> clauses = Events.clauses(f);
    assertEquals(1, clauses.size(), sentence + " -> " + clauses);
    return Events.roles(f, clauses.get(0), f.triggers());
  }

  static Optional<String> actor(Events.Roles r) {
    return r.actor().map(Gazetteer.Entry::name);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A car bomb exploded near a police station in Kirkuk. | exploded | bombing",
        "A roadside bomb went off as a patrol passed. | went off | bombing",
        "A suicide bomber detonated an explosive vest at a market. | detonated | bombing",
        "Gunmen opened fire on worshippers at a mosque. | opened fire | shooting",
        "A sniper shot a soldier at a checkpoint. | shot | shooting",
        "Troops clashed with militants near the border. | clashed | clash",
        "Militants ambushed a convoy on the highway. | ambushed | ambush",
        "Taliban militants stormed a checkpoint. | stormed | assault",
        "Assailants set fire to a school in the village. | set fire to | arson",
        "A man threw a grenade into a crowded bar. | threw a grenade | grenade",
        "Government forces shelled the town overnight. | shelled | shelling",
        "Two rockets landed near the airport. | landed | shelling",
        "Unknown gunmen kidnapped a priest. | kidnapped | abduction",
        "He was stabbed to death by a neighbour. | stabbed | stabbing",
        "An Israeli airstrike hit a building in Gaza. | airstrike | strike",
        "Near Mosul, an airstrike struck an ISIL IED factory. | airstrike | strike",
      })
  void eventWordsAreFoundInTheirActiveIntransitiveAndNominalForms(String sentence, String words,
      String event) {
    Facts f = Stages.facts(sentence);
    List<Events.Trigger> t = f.triggers();
    assertTrue(t.stream().anyMatch(x -> f.span(x.from(), x.to()).equals(words)
            && x.word().event().equals(event)),
        sentence + " -> " + t);
  }

  @Test
  void setOnFireIsArsonWhereverTheObjectStands() {
    List<Events.Trigger> t = triggers("Attackers set several houses on fire in the village.");
    assertEquals(List.of("arson"), t.stream().map(x -> x.word().event()).toList());
    assertEquals(List.of("arson"),
        triggers("The mob set the police station ablaze.").stream().map(x -> x.word().event()).toList());
  }

  @Test
  void aPassiveParticipleIsMarkedPassive() {
    Events.Trigger t = triggers("A police post was attacked overnight.").get(0);
    assertTrue(t.passive());
    assertFalse(triggers("Gunmen attacked a police post.").get(0).passive());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The plan was to attack the base.",
      "Officials said militants continued to attack villages.",
      "Police foiled a planned attack on the embassy.",
      "The group has carried out 61 attacks since October.",
      "Militants have launched dozens of attacks on the base.",
      "They attacked U.S. bases more than 160 times.",
      "The shell scored a direct hit.",
      "Attack helicopters flew over the city.",
      "The strike decisions were made in Washington.",
      "He spoke of the battle of ideas.",
  })
  void wordsThatReportNoOneEventAreNoTriggers(String sentence) {
    assertEquals(List.of(), triggers(sentence), sentence);
  }

  @Test
  void attacksCountedAfterSinceAreATallyNotAnEvent() {
    assertEquals(List.of(), triggers("Since Oct. 17 attacks have continued."));
  }

  @Test
  void oneEventCountedAsOneIsStillAnEvent() {
    assertEquals(1, triggers("There was one attack on the base.").size());
  }

  @Test
  void clausesAreCutAtSemicolons() {
    Facts f = Stages.facts("A bomb exploded in Kabul; gunmen attacked a checkpoint in Herat.");
    assertEquals(List.of(new Events.Clause(0, 5, false), new Events.Clause(6, 13, false)),
        Events.clauses(f));
  }

  @Test
  void clausesAreCutAtCommaAndWhenBothSidesHaveTheirOwnEventAndAnchor() {
    Facts f = Stages.facts("On Monday a bomb exploded in Kabul, and on Tuesday gunmen attacked a"
        + " checkpoint in Herat.");
    assertEquals(2, Events.clauses(f).size());
    Facts one = Stages.facts("On Monday a bomb exploded in Kabul, and it wounded three people.");
    assertEquals(1, Events.clauses(one).size(), "the second side has no place or date of its own");
  }

  @Test
  void whatFollowsInResponseToIsTheProvokingEvent() {
    Facts f = Stages.facts("U.S. forces struck a weapons depot in Syria in response to an attack"
        + " on Tower 22 in Jordan.");
    List<Events.Clause> c = Events.clauses(f);
    assertEquals(2, c.size());
    assertFalse(c.get(0).provoking());
    assertTrue(c.get(1).provoking());
    assertEquals("attack", f.word(c.get(1).from() + 1));
  }

  @Test
  void inRetaliationForAlsoOpensTheProvokingEvent() {
    Facts f = Stages.facts("Israeli jets struck Gaza in retaliation for a rocket attack.");
    List<Events.Clause> c = Events.clauses(f);
    assertEquals(2, c.size());
    assertTrue(c.get(1).provoking());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Taliban militants stormed a checkpoint in Kandahar. | Taliban",
        "Two soldiers were killed by Boko Haram fighters. | Boko Haram",
        "A Hamas attack on a kibbutz killed dozens. | Hamas",
        "A U.S. drone strike killed a commander in Somalia. | United States",
        "An Israeli airstrike hit a building in Gaza. | Israel",
        "Benin military shot two suspects near the border. | Benin",
        "U.S. and British forces carried out airstrikes on Houthi targets in Yemen. | United States",
      })
  void thePerpetratorIsTheSubjectTheAgentOrTheNameBeforeTheEventOrWeapon(String sentence,
      String perpetrator) {
    assertEquals(Optional.of(perpetrator), actor(roles(sentence)), sentence);
  }

  @Test
  void theBackerOfAnActorIsNotTheActor() {
    Events.Roles r = roles("Iran-backed militias attacked U.S. forces at al-Tanf.");
    assertEquals(Optional.empty(), actor(r));
    assertEquals(Optional.of("United States"), r.targetActor().map(Gazetteer.Entry::name));
  }

  @Test
  void aNameInsideTheTargetIsTheTargetsActorNeverThePerpetrator() {
    Events.Roles r = roles("Near Tal Afar, two airstrikes struck an ISIL IED factory.");
    assertEquals(Optional.empty(), actor(r));
    assertEquals(Optional.of("Islamic State"), r.targetActor().map(Gazetteer.Entry::name));
    assertEquals(Optional.of("ISIL IED factory"), r.target());
    assertEquals(Optional.of(Method.of("airstrike")), r.method(), "the IED was hit, not used");
    assertEquals(Estimate.exact(2), r.munitions());
  }

  @Test
  void aDestroyedWeaponIsNotTheMethod() {
    Events.Roles r = roles("Coalition jets destroyed a mortar position near Mosul.");
    assertEquals(Optional.of(Method.of("airstrike")), r.method());
    assertEquals(Optional.of("Coalition"), actor(r));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen attacked a police post in Gao. | police post",
        "Gunmen launched an attack on a police post in Gao. | police post",
        "Gunmen opened fire on worshippers at a mosque. | worshippers",
        "Assailants set fire to a school in the village. | school",
        "Militants ambushed a convoy on the highway. | convoy",
      })
  void theTargetIsTheObjectOfTheVerbOrWhatTheEventIsOn(String sentence, String target) {
    assertEquals(Optional.of(target), roles(sentence).target(), sentence);
  }

  @Test
  void theTargetOfAPassiveVerbIsItsSubject() {
    Events.Roles r = roles("The police station was attacked by gunmen.");
    assertEquals(Optional.of("The police station"), r.target());
  }

  @Test
  void theVictimsOfKillingAreCountedNotTargeted() {
    assertEquals(Optional.empty(), roles("Gunmen killed two farmers in Zamfara.").target());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A car bomb exploded near a police station in Kirkuk. | car_bomb",
        "A roadside bomb exploded near a convoy in Helmand. | ied",
        "Gunmen opened fire on worshippers at a mosque. | small_arms",
        "Assailants set fire to a school in the village. | arson",
        "A suicide bomber blew himself up at a wedding. | suicide_bomb",
        "Ain al-Asad air base was hit by two rockets. | rocket",
      })
  void theMethodIsTheWeaponNamedOrTheMostSpecificEventWord(String sentence, String method) {
    assertEquals(Optional.of(Method.of(method)), roles(sentence).method(), sentence);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ain al-Asad air base was hit by two rockets. | 2",
        "Near Bayji, eight strikes struck an ISIL tactical unit. | 8",
        "The coalition conducted three airstrikes near Raqqa. | 3",
      })
  void munitionsAreTheCountBeforeAWeaponOrStrikes(String sentence, String munitions) {
    assertEquals(Estimate.parse(munitions), roles(sentence).munitions(), sentence);
  }

  @Test
  void aCountBeforeAWeaponThatWasHitIsNoMunitions() {
    assertEquals(Estimate.unknown(),
        roles("Coalition jets destroyed two ISIL rocket launchers near Mosul.").munitions());
  }

  @Test
  void severalEventsAreMentionedByPluralEventNouns() {
    assertTrue(Events.mentionsSeveralEvents(Stages.tokens("The attacks killed 26 people.")));
    assertFalse(Events.mentionsSeveralEvents(Stages.tokens("The attack killed 26 people.")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Houthi rebels fired a missile at a tanker. | missile | tanker | ",
        "Militants fired three rockets at Ain al-Asad air base. | rocket | Ain al-Asad air base | 3",
        "Al-Shabaab fighters fired mortars at the presidential palace. | mortar | presidential"
            + " palace | ",
        "The Houthis launched a drone at a commercial ship. | drone | commercial ship | ",
      })
  void aFiredWeaponIsTheMethodAndWhatItWasFiredAtIsTheTarget(String sentence, String method,
      String target, String munitions) {
    // the object of "fired"/"launched" is taken as the target, and a weapon in the target is
    // then no method: method empty, target "missile", "three rockets", "mortars", "drone"
    Events.Roles r = roles(sentence);
    assertEquals(Optional.of(Method.of(method)), r.method(), sentence);
    assertEquals(Optional.of(target), r.target(), sentence);
    if (munitions != null) {
      assertEquals(Estimate.parse(munitions), r.munitions(), sentence);
    }
  }

  @Test
  void rocketsFiredAtATargetAreTheMethodInThePassiveToo() {
    // "were fired at" is read as shooting: method small_arms, munitions unknown
    Events.Roles r = roles("Three rockets were fired at Ain al-Asad air base in Iraq.");
    assertEquals(Optional.of(Method.of("rocket")), r.method());
    assertEquals(Estimate.exact(3), r.munitions());
  }

  @Test
  void aNameBeforeADestroyedWeaponIsNotThePerpetrator() {
    // the issue's own strike release: ISIL, the target's actor, comes out as the perpetrator
    // through the "name before a weapon" rule ("an ISIL mortar position")
    Events.Roles r = roles("Near Bayji, eight strikes struck three ISIL tactical units and"
        + " destroyed an ISIL mortar position.");
    assertEquals(Optional.empty(), actor(r));
    assertEquals(Optional.of("Islamic State"), r.targetActor().map(Gazetteer.Entry::name));
    assertEquals(Estimate.exact(8), r.munitions());
  }

  @Test
  void aPlaceBeforeWithWeaponsIsNotThePerpetrator() {
    // "Syria" (a state actor too) before "with drones" is taken as the one who used the drones
    assertEquals(Optional.empty(),
        actor(roles("On Sunday, militants attacked a U.S. base in Syria with drones.")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "In retaliation for the attack, U.S. jets struck two sites in Syria on Monday.",
      "In response to the attack, U.S. forces carried out airstrikes in Syria on Monday."})
  void anOpeningInResponseToPhraseEndsAtItsComma(String sentence) {
    // the provoking clause runs to the end of the sentence: the response itself is read as the
    // event it answers
    Facts f = Stages.facts(sentence);
    Events.Clause last = Events.clauses(f).get(Events.clauses(f).size() - 1);
    assertFalse(last.provoking(), Events.clauses(f).toString());
    assertEquals(Optional.of("United States"),
        Events.roles(f, last, f.triggers()).actor().map(Gazetteer.Entry::name));
  }

  @Test
  void aPersonFiredFromAJobIsNoEvent() {
    // Events.isEvent's comment says "was fired from his job" is no event; after an auxiliary it
    // is one, and the extractor records an attack on "The police chief"
    assertEquals(List.of(), triggers("The police chief was fired from his job on Monday."));
  }

  @Test
  void theTargetIsWrittenAsInTheText() {
    // Places.span joins tokens "as in the text" but turns hyphens into spaces
    assertEquals(Optional.of("pro-government militia post"),
        roles("Militants attacked a pro-government militia post in Deir ez-Zor.").target());
  }
}
