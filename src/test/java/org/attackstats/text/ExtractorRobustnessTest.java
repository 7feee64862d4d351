package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Source;
import org.junit.jupiter.api.Test;

/** Odd input gives an empty or partial result, never an exception. */
class ExtractorRobustnessTest {
  private static final LocalDate PUB = LocalDate.of(2024, 1, 30);

  private static Extraction extract(String text) {
    return Extractor.withDefaults().extract(NewsDocument.of("doc", PUB, "Wire", text));
  }

  private static void quotesHold(String text, Dataset d) {
    List<Source> sources =
        java.util.stream.Stream.of(
                d.attacks().stream().map(a -> a.source()),
                d.responses().stream().map(r -> r.source()),
                d.tallies().stream().map(t -> t.source()))
            .flatMap(s -> s)
            .toList();
    for (Source s : sources) {
      assertEquals(
          s.quote().orElseThrow(),
          text.substring(s.quoteStart().getAsInt(), s.quoteEnd().getAsInt()));
    }
  }

  @Test
  void emptyTextGivesAnEmptyDataset() {
    Extraction x = extract("");
    assertTrue(x.dataset().isEmpty());
    assertEquals(0, x.reports().get(0).sentences());
  }

  @Test
  void textWithoutIncidentsGivesAnEmptyDataset() {
    String text =
        "Temperatures in Baghdad reached 45 degrees on Tuesday. The Iraqi parliament met to"
            + " discuss the budget. Dr. Smith said the U.S. economy grew 3 percent in 2023.";
    assertTrue(extract(text).dataset().isEmpty());
  }

  @Test
  void aTenMegabyteLineIsReadWithoutError() {
    String sentence = "Two rockets hit Ain al-Asad air base on Tuesday, wounding 3 soldiers. ";
    StringBuilder b = new StringBuilder(10_000_100);
    while (b.length() < 10_000_000) {
      b.append(sentence);
    }
    String text = b.toString();
    Extraction x = extract(text);
    Dataset d = x.dataset();
    assertEquals(1, d.attacks().size(), "every mention is the same incident");
    quotesHold(text, d);
  }

  @Test
  void aTenMegabyteLineWithoutFullStopsIsCutIntoBoundedPieces() {
    StringBuilder b = new StringBuilder(10_000_100);
    while (b.length() < 10_000_000) {
      b.append("militants fired rockets at bases and drones ");
    }
    String text = b.toString();
    Extraction x = extract(text);
    assertTrue(x.reports().get(0).sentences() >= 10_000_000 / Sentences.MAX_LENGTH);
    quotesHold(text, x.dataset());
  }

  @Test
  void binaryGarbageIsReadWithoutError() {
    Random random = new Random(42);
    byte[] bytes = new byte[200_000];
    random.nextBytes(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    quotesHold(text, extract(text).dataset());
    char[] chars = new char[200_000];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
    }
    String raw = new String(chars);
    quotesHold(raw, extract(raw).dataset());
  }

  @Test
  void mixedScriptsGiveThePartThatCanBeRead() {
    String text =
        "قصف صاروخي على قاعدة عين الأسد. Two rockets hit Ain al-Asad air base on Tuesday 🚀."
            + " 火箭袭击了基地。 Ракеты попали в базу.";
    Extraction x = extract(text);
    assertEquals(1, x.dataset().attacks().size());
    assertEquals(
        "Two rockets hit Ain al-Asad air base on Tuesday 🚀.",
        x.dataset().attacks().get(0).source().quote().orElseThrow());
    quotesHold(text, x.dataset());
  }

  @Test
  void severalDocumentsAreNumberedAcross() {
    Extraction x =
        Extractor.withDefaults()
            .extract(
                List.of(
                    NewsDocument.of("one", PUB, "A", "Two rockets hit Ain al-Asad air base on Monday."),
                    NewsDocument.of("two", PUB, "B", "A drone struck al-Tanf garrison on Sunday.")));
    assertEquals(List.of("a01", "a02"), x.dataset().attacks().stream().map(a -> a.id()).toList());
    assertEquals("two", x.dataset().attacks().get(1).source().document().orElseThrow());
    assertEquals(2, x.reports().size());
    assertEquals(2, x.dataset().bases().size());
  }
}
