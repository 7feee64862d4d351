package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import org.attackstats.dataset.Dataset;
import org.junit.jupiter.api.Test;

/** Laws that hold for any text: no exception, quotes at their offsets, the same result twice. */
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

  private static void check(String text) {
    NewsDocument doc = NewsDocument.of("d", LocalDate.of(2023, 11, 21), "P", text);
    Dataset d = Extractor.withDefaults().extract(doc).dataset();
    d.attacks().forEach(a -> assertQuote(text, a.source()));
    d.responses().forEach(r -> assertQuote(text, r.source()));
    d.tallies().forEach(t -> assertQuote(text, t.source()));
    d.incidents().forEach(i -> assertEquals(true, !i.date().endInclusive().isAfter(doc.published())));
    assertEquals(d, Extractor.withDefaults().extract(doc).dataset());
  }

  private static void assertQuote(String text, org.attackstats.model.Source s) {
    assertEquals(
        s.quote().orElseThrow(), text.substring(s.quoteStart().getAsInt(), s.quoteEnd().getAsInt()));
  }
}
