package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.attackstats.model.Estimate;
import org.attackstats.model.VagueNumberPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {
  private static List<Quantities.Quantity> find(String text, VagueNumberPolicy policy) {
    return Quantities.find(Token.tokenize(text, 0, text.length()), policy);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "61 attacks | 61",
        "1,200 Israelis | 1200",
        "two rockets | 2",
        "twenty-one soldiers | 21",
        "five dozen attacks | 60",
        "a dozen drones | 12",
        "more than five dozen attacks | >=61",
        "at least 60 personnel | >=60",
        "about 2,000 forces | ~2000",
        "nearly 900 troops | ~900",
        "up to 5 killed | 1..5",
        "fewer than 10 people | 0..9",
        "between 3 and 5 rockets | 3..5",
        "dozens of attacks | >=12",
        "several others | >=3",
        "a few drones | >=2",
        "hundreds of civilians | >=100",
        "thousands of civilians | >=1000",
        "over 150 attacks | >=151",
        "one contractor | 1",
      })
  void readsCounts(String text, String expected) {
    List<Quantities.Quantity> q = find(text, VagueNumberPolicy.ACLED_LIKE);
    assertEquals(1, q.size(), text);
    assertEquals(Optional.of(Estimate.parse(expected)), q.get(0).value(), text);
  }

  @Test
  void vagueWordsFollowThePolicy() {
    assertEquals(
        Optional.of(Estimate.atLeast(24)),
        find("dozens of attacks", VagueNumberPolicy.CONSERVATIVE).get(0).value());
  }

  @Test
  void proportionsAreNotCounts() {
    List<Quantities.Quantity> q = find("nearly half of the attacks", VagueNumberPolicy.ACLED_LIKE);
    assertEquals(1, q.size());
    assertTrue(q.get(0).isProportion());
  }

  @Test
  void timesAreNotCounts() {
    assertEquals(List.of(), find("at 3:30 a.m.", VagueNumberPolicy.ACLED_LIKE));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "seventy-five fighters | 75",
        "ninety nine people | 99",
        "one hundred people | 100",
        "a hundred people | 100",
        "five thousand people | 5000",
        "zero casualties | 0",
        "Both victims | 2",
        "an estimated 300 people | ~300",
        "close to 50 people | ~50",
        "some 30 people | ~30",
        "roughly 40 people | ~40",
        "less than 10 people | 0..9",
        "more than 1,000 people | >=1001",
        "more than a dozen people | >=13",
        "scores of people | >=20",
        "numerous civilians | >=2",
      })
  void readsNumberWordsScalesAndQualifiers(String text, String expected) {
    List<Quantities.Quantity> q = find(text, VagueNumberPolicy.ACLED_LIKE);
    assertEquals(1, q.size(), text + " -> " + q);
    assertEquals(Optional.of(Estimate.parse(expected)), q.get(0).value(), text);
  }

  @Test
  void aQuantityCoversItsQualifierAndItsWords() {
    Quantities.Quantity q = find("killing at least twenty-one people", VagueNumberPolicy.ACLED_LIKE).get(0);
    assertEquals(1, q.from());
    assertEquals(5, q.to());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "an 18-year-old man was shot",
        "an 18 year old man was shot",
        "both of them",
      })
  void agesAndBothOfAreNoCounts(String text) {
    assertEquals(List.of(), find(text, VagueNumberPolicy.ACLED_LIKE), text);
  }

  @Test
  void aRangeNeedsItsBoundsInOrder() {
    List<Quantities.Quantity> q = find("between 5 and 3 rockets", VagueNumberPolicy.ACLED_LIKE);
    assertEquals(List.of(Optional.of(Estimate.exact(5)), Optional.of(Estimate.exact(3))),
        q.stream().map(Quantities.Quantity::value).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a third of the attacks | 2",
        "a quarter of the town | 2",
        "more than half of the victims | 3",
      })
  void proportionsAreRecognisedAndCountNobody(String text, int end) {
    List<Quantities.Quantity> q = find(text, VagueNumberPolicy.ACLED_LIKE);
    assertEquals(1, q.size(), text);
    assertTrue(q.get(0).isProportion(), text);
    assertEquals(end, q.get(0).to(), text);
  }

  @Test
  void aQuarterThatIsAPlaceIsNoProportion() {
    assertEquals(List.of(), find("in the diplomatic quarter", VagueNumberPolicy.ACLED_LIKE));
  }

  @Test
  void aNumberTooLargeForAnEstimateIsNoCount() {
    assertEquals(List.of(), find("9999999999999 people", VagueNumberPolicy.ACLED_LIKE));
    assertEquals(List.of(), find("a million million million million", VagueNumberPolicy.ACLED_LIKE));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "no fewer than 12 people | >=12",
        "no less than 12 people | >=12",
        "as many as 30 people | 1..30",
        "no more than 12 people | 1..12",
        "2.5 million people | 2500000",
        "1.25 thousand people | 1250",
      })
  void readsQualifiersAndDecimalScalesAsTheyAreMeant(String text, String expected) {
    // "no fewer than 12" is at least 12 (not fewer than 12), "as many as 30" one bound (not
    // "many" and 30), "2.5 million" keeps its decimals
    List<Quantities.Quantity> q = find(text, VagueNumberPolicy.ACLED_LIKE);
    assertEquals(List.of(Optional.of(Estimate.parse(expected))),
        q.stream().map(Quantities.Quantity::value).toList(), text);
  }

  @Test
  void manyOfIsNoCount() {
    // "many" counts only before a noun: "many of them" is a part of a count named elsewhere
    assertEquals(List.of(), find("many of them were children", VagueNumberPolicy.ACLED_LIKE));
  }

  @Test
  void aDottedDateIsNoCount() {
    assertEquals(List.of(), find("22.01.2024 people", VagueNumberPolicy.ACLED_LIKE));
  }
}
