package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<String> split(String text) {
    return Sentences.split(text, 0).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertEquals(
        List.of(
            "U.S. jets struck on Oct. 27 at 3:30 a.m. Tuesday near St. Mary's, Dr. Ali said.",
            "Gen. Qassim Soleimani was killed in Jan. 2020.",
            "It was Nov. 8."),
        split(
            "U.S. jets struck on Oct. 27 at 3:30 a.m. Tuesday near St. Mary's, Dr. Ali said."
                + " Gen. Qassim Soleimani was killed in Jan. 2020. It was Nov. 8."));
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertEquals(
        List.of("He said, \u201cthe officers left.\u201d", "Then they went home!", "Why?"),
        split("He said, \u201cthe officers left.\u201d Then they went home! Why?"));
  }

  @Test
  void lineBreaksEndSentencesAndParagraphs() {
    String text = "First line without stop\n\nSecond paragraph. Still second.\nThird";
    List<Sentences.Sentence> s = Sentences.split(text, 0);
    assertEquals(List.of("First line without stop", "Second paragraph.", "Still second.", "Third"),
        split(text));
    assertEquals(List.of(0, 1, 1, 2), s.stream().map(Sentences.Sentence::paragraph).toList());
    assertEquals(List.of(0, 1, 2, 3), s.stream().map(Sentences.Sentence::index).toList());
  }

  @Test
  void aLowerCaseWordAfterAFullStopContinuesTheSentence() {
    assertEquals(List.of("The base, i.e. the airport, was hit."), split("The base, i.e. the airport, was hit."));
  }

  @Test
  void longSentencesAreCutAtWhiteSpace() {
    String text = "word ".repeat(2000);
    List<Sentences.Sentence> s = Sentences.split(text, 0);
    assertEquals(4, s.size());
    for (Sentences.Sentence x : s) {
      assertEquals(true, x.end() - x.start() <= Sentences.MAX_LENGTH);
      assertEquals(false, text.substring(x.start(), x.end()).startsWith(" "));
    }
  }
}
