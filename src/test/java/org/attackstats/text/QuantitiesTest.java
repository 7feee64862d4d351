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
}
