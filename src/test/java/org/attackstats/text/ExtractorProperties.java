package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.attackstats.dataset.Dataset;
import org.junit.jupiter.api.Test;

/**
 * Laws that hold for any text: no exception, quotes at their offsets, no date after publication,
 * the same result twice; over random words, random characters and random reports in the styles of
 * real text ({@link Reports}).
 */
class ExtractorProperties {
  private static final List<String> WORDS =
      List.of(
          "Two", "rockets", "hit", "Ain", "al-Asad", "air", "base", "on", "Tuesday", ",",
          "killing", "three", "U.S.", "soldiers", ".", "A", "drone", "attack", "in", "Erbil",
          "Oct.", "17", "since", "the", "Pentagon", "said", "at least", "61", "attacks",
          "fighter jets", "struck", "Boukamal", "\n\n", "between", "and", "21", "dozens", "of",
          "injured", "Houthi", "missile", "Red Sea", "about", "2,000", "forces", "Iraq", "Syria",
          "Of those", "29", "The", "toll", "rose", "to", "five", "قاعدة", "🚀", "\u0000", "\"");

  @Test
  void anyTextIsReadWithoutErrorAndEveryQuoteIsAtItsOffsets() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(0, 120))
        .checkAssert(
            idx -> {
              StringBuilder b = new StringBuilder();
              for (int i : idx) {
                b.append(WORDS.get(i)).append(' ');
              }
              check(b.toString());
            });
  }

  @Test
  void arbitraryCharactersAreReadWithoutError() {
    qt().withExamples(200)
        .forAll(strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(ExtractorProperties::check);
  }

  @Test
  void reportsInTheStylesOfRealTextAreReadWithoutErrorAndEveryQuoteIsAtItsOffsets() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 3650))
        .checkAssert((seed, days) -> check(Reports.document(new Random(seed)),
            LocalDate.of(2014, 1, 1).plusDays(days)));
  }

  private static void check(String text) {
    check(text, LocalDate.of(2023, 11, 21));
  }

  private static void check(String text, LocalDate published) {
    NewsDocument doc = NewsDocument.of("d", published, "P", text);
    Dataset d = Extractor.withDefaults().extract(doc).dataset();
    d.attacks().forEach(a -> assertQuote(text, a.source()));
    d.responses().forEach(r -> assertQuote(text, r.source()));
    d.tallies().forEach(t -> assertQuote(text, t.source()));
    d.incidents().forEach(i -> {
      assertTrue(!i.date().endInclusive().isAfter(doc.published()), text + " -> " + i);
      assertSentencesAreInTheText(text, i);
    });
    assertEquals(d, Extractor.withDefaults().extract(doc).dataset());
  }

  /** The {@code sentences} column lists offsets of sentences of the text, the quote's first. */
  private static void assertSentencesAreInTheText(String text, org.attackstats.model.Incident i) {
    String[] spans = i.extras().get("sentences").split("\\|");
    for (String span : spans) {
      if (span.equals("...")) {
        continue;
      }
      String[] ab = span.split("-");
      int a = Integer.parseInt(ab[0]);
      int b = Integer.parseInt(ab[1]);
      assertTrue(0 <= a && a < b && b <= text.length(), span);
    }
    assertEquals(i.source().quoteStart().getAsInt() + "-" + i.source().quoteEnd().getAsInt(),
        spans[0]);
  }

  private static void assertQuote(String text, org.attackstats.model.Source s) {
    assertEquals(
        s.quote().orElseThrow(), text.substring(s.quoteStart().getAsInt(), s.quoteEnd().getAsInt()));
  }
}
