package org.attackstats.text;

import static org.attackstats.text.Stages.country;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.attackstats.model.Estimate;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reported figures, read sentence by sentence by one {@link Tallies} per document. */
class TalliesTest {

  /** A Tuesday, the day of the seed report. */
  private static final LocalDate PUB = LocalDate.of(2023, 11, 21);

  /** The tallies of a text whose counts no incident took. */
  static List<Tallies.Draft> tallies(String text) {
    return read(text, new ArrayList<>()).drafts();
  }

  private static Tallies read(String text, List<String> notes) {
    Tallies t = new Tallies();
    for (Facts f : Stages.document(text, PUB)) {
      t.read(f, new BitSet(), notes);
    }
    return t;
  }

  static Tallies.Draft only(String text) {
    List<Tallies.Draft> d = tallies(text);
    assertEquals(1, d.size(), text + " -> " + d);
    return d.get(0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "There have been 61 attacks on U.S. forces since Oct. 17. | ATTACKS | 61",
        "Militias have attacked U.S. forces 61 times since Oct. 17. | ATTACKS | 61",
        "U.S. forces have been attacked at least 66 times since Oct. 17. | ATTACKS | >=66",
        "At least 60 U.S. personnel have reported minor injuries. | INJURED | >=60",
        "The U.S. responded with strikes on seven occasions. | RESPONSES | 7",
        "Coalition military forces conducted 12 airstrikes. | RESPONSES | 12",
        "Officials said 40 people have been wounded since January. | INJURED | 40",
      })
  void aCountNextToItsMetricWordIsATally(String text, TallyMetric metric, String value) {
    Tallies.Draft d = only(text);
    assertEquals(metric, d.metric(), text);
    assertEquals(Estimate.parse(value), d.value(), text);
    assertEquals(0.9, d.confidence(), text);
  }

  @Test
  void sinceOpensThePeriodOfTheTalliesThatFollow() {
    List<Tallies.Draft> d = tallies("Since Oct. 17 there have been 61 attacks on U.S. forces. At"
        + " least 60 U.S. personnel have been injured in the attacks.");
    assertEquals(List.of(Optional.of(LocalDate.of(2023, 10, 17)),
        Optional.of(LocalDate.of(2023, 10, 17))), d.stream().map(Tallies.Draft::since).toList());
    Tallies t = read("Since Oct. 17 there have been 61 attacks on U.S. forces.", new ArrayList<>());
    assertEquals(Optional.of(LocalDate.of(2023, 10, 17)), t.since());
  }

  @Test
  void sinceOpensAPeriodOnlyInASentenceAboutAttacks() {
    assertEquals(Optional.empty(),
        read("The weather in Iraq has been fine since Oct. 17.", new ArrayList<>()).since());
  }

  @Test
  void ofThoseCarriesTheMetricAndThePeriodOfTheSentenceBefore() {
    List<Tallies.Draft> d = tallies("Iran-backed militias have attacked U.S. forces 61 times since"
        + " Oct. 17, according to the Pentagon. Of those, 29 have been in Iraq and 32 in Syria.");
    assertEquals(List.of(Estimate.exact(61), Estimate.exact(29), Estimate.exact(32)),
        d.stream().map(Tallies.Draft::value).toList());
    assertEquals(List.of(Optional.empty(), country("IQ"), country("SY")),
        d.stream().map(Tallies.Draft::country).toList());
    assertTrue(d.stream().allMatch(x -> x.metric() == TallyMetric.ATTACKS
        && x.since().equals(Optional.of(LocalDate.of(2023, 10, 17)))
        && x.attribution().equals(Optional.of("Pentagon"))), d.toString());
    assertEquals(0.75, d.get(1).confidence());
    assertEquals(Optional.of("attacked U.S. forces 61 times in Iraq"), d.get(1).subject());
  }

  @Test
  void personnelNeedsOneCountry() {
    Tallies.Draft d = only("There are about 2,000 U.S. forces in Iraq.");
    assertEquals(TallyMetric.PERSONNEL, d.metric());
    assertEquals(Estimate.approximately(2000), d.value());
    assertEquals(country("IQ"), d.country());
    assertEquals(Optional.empty(), d.since(), "a stock, not a flow");
    List<String> notes = new ArrayList<>();
    assertEquals(List.of(), read("The army has 5,000 troops in the region.", notes).drafts());
    assertEquals(List.of("sentence 1: personnel figure 5000 names no single country, not recorded"
        + " as a tally"), notes);
  }

  @Test
  void onlyInOneCountryIsAZeroInTheOthersNamed() {
    Tallies.Draft d = only("The U.S. has carried out retaliatory airstrikes only in Syria, not in"
        + " Iraq.");
    assertEquals(TallyMetric.RESPONSES, d.metric());
    assertEquals(Estimate.ZERO, d.value());
    assertEquals(country("IQ"), d.country());
    assertEquals(0.6, d.confidence());
  }

  @Test
  void aPooledCasualtyFigureIsATally() {
    Tallies.Draft d = tallies("The attacks killed a total of 26 people.").get(0);
    assertEquals(TallyMetric.KILLED, d.metric());
    assertEquals(Estimate.exact(26), d.value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Since Oct. 17 there have been 61 attacks, according to a tally by the Pentagon. |"
            + " Pentagon",
        "There have been 61 attacks since Oct. 17, according to the Defense Ministry. |"
            + " Defense Ministry",
        "There have been 61 attacks since Oct. 17, U.S. officials said. | U.S. officials",
      })
  void theSourceOfAFigureIsWhoTheSentenceSaysReportedIt(String text, String source) {
    assertEquals(Optional.of(source), only(text).attribution(), text);
  }

  @Test
  void aFigureWithoutSourceTakesTheSourceTheNextSentenceGives() {
    assertEquals(Optional.of("Pentagon"), only("Militias have carried out 61 attacks on U.S. forces"
        + " since Oct. 17. That is according to the Pentagon.").attribution());
  }

  @Test
  void countsOfUnitsAreNoTallies() {
    assertEquals(List.of(), tallies("The base lies 64 kilometers from the border."));
  }

  @Test
  void aCountThatAnIncidentTookIsNoTally() {
    String text = "On Monday, gunmen attacked a police post in Gao, killing three police officers.";
    Extraction x = Extractor.withDefaults().extract(NewsDocument.of("d", PUB, "Wire", text));
    assertEquals(1, x.dataset().attacks().size());
    assertEquals(List.of(), x.dataset().tallies());
  }

  @Test
  void aRecordedTallyIsDatedByItsPeriodAndThePublication() {
    String text = "There have been 61 attacks on U.S. forces since Oct. 17, according to the"
        + " Pentagon.";
    Tally t = Extractor.withDefaults().extract(NewsDocument.of("d", PUB, "Wire", text)).dataset()
        .tallies().get(0);
    assertEquals(Optional.of(LocalDate.of(2023, 10, 17)), t.since());
    assertEquals(Optional.of(PUB), t.asOf());
    assertEquals(text, t.source().quote().orElseThrow());
  }

  @Test
  void aPooledFigureIsOneTally() {
    // the count was read once as "40 people were killed" and once as the pooled figure
    Tallies.Draft d = only("In total, 40 people were killed in the raids.");
    assertEquals(TallyMetric.KILLED, d.metric());
    assertEquals(Estimate.exact(40), d.value());
    assertEquals(0.75, d.confidence());
    // the pooled figure keeps its groups: two counts, one tally of their sum
    Tallies.Draft both = only("Two gunmen and four guards were killed across the raids.");
    assertEquals(Estimate.exact(6), both.value());
  }

  @Test
  void aTollOfTheAttacksSinceADateIsAPooledTallyOfThatPeriod() {
    Tallies.Draft d = only("Officials said 40 people have been wounded in the attacks since"
        + " January.");
    assertEquals(TallyMetric.INJURED, d.metric());
    assertEquals(Estimate.exact(40), d.value());
    assertEquals(Optional.of(LocalDate.of(2023, 1, 1)), d.since());
    assertEquals(0.75, d.confidence());
  }

  @Test
  void aPooledFigureThatCountsNoOneIsNoTally() {
    assertEquals(List.of(), tallies("Since Oct. 17, as civilian deaths rose, there has been a"
        + " spike in attacks.").stream().filter(d -> d.metric() == TallyMetric.KILLED).toList());
  }

  @Test
  void aCountOfTargetsIsNoTallyOfAttacks() {
    // "three ISIL tactical units and destroyed an ISIL fighting position": "fighting" is a
    // clash noun within the window, so 3 becomes a tally of attacks
    assertEquals(List.of(), tallies("Near Bayji, eight strikes struck three ISIL tactical units"
        + " and destroyed an ISIL fighting position.").stream()
        .filter(d -> d.metric() == TallyMetric.ATTACKS).toList());
  }

  @Test
  void aCountryOpeningTheSentenceIsTheCountryOfItsTally() {
    Tallies.Draft d = only("In Iraq, coalition military forces conducted 12 airstrikes.");
    assertEquals(TallyMetric.RESPONSES, d.metric());
    assertEquals(country("IQ"), d.country());
  }
}
