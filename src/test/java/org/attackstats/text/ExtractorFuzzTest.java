package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Source;

/**
 * Coverage-guided fuzzing of the text extractor (Jazzer). Each input is the bytes of a news text,
 * decoded as UTF-8 (invalid bytes become U+FFFD). Without {@code -Pfuzz} this test replays the
 * committed corpus under {@code src/test/resources/org/attackstats/text/ExtractorFuzzTestInputs/}
 * as ordinary regression tests; see docs/reliability.md for fuzzing.
 */
class ExtractorFuzzTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 30);

  /**
   * No exception; every quote is the text at its offsets; no record is dated after publication.
   * The text is read through the API (a fixed publication date) and, when it starts with a seed
   * header, through {@link NewsDocument#parse}.
   */
  @FuzzTest(maxDuration = "5m")
  void extract(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    check(NewsDocument.of("fuzz", PUBLISHED, "Wire", text));
    NewsDocument parsed;
    try {
      parsed = NewsDocument.parse("fuzz", text);
    } catch (IllegalArgumentException e) {
      return; // no seed header: documented
    }
    check(parsed);
  }

  private static void check(NewsDocument doc) {
    Extraction x = Extractor.withDefaults().extract(doc);
    Dataset d = x.dataset();
    LocalDate pub = doc.published();
    Stream.of(
            d.attacks().stream().map(a -> a.date()),
            d.responses().stream().map(r -> r.date()))
        .flatMap(s -> s)
        .forEach(
            date -> assertFalse(date.endInclusive().isAfter(pub), () -> date + " after " + pub));
    d.tallies()
        .forEach(
            t ->
                t.since()
                    .ifPresent(
                        s -> assertFalse(s.isAfter(pub), () -> "since " + s + " after " + pub)));
    List<Source> sources =
        Stream.of(
                d.attacks().stream().map(a -> a.source()),
                d.responses().stream().map(r -> r.source()),
                d.tallies().stream().map(t -> t.source()))
            .flatMap(s -> s)
            .toList();
    for (Source s : sources) {
      if (s.quoteStart().isPresent()) {
        assertEquals(
            s.quote().orElse(""),
            doc.text().substring(s.quoteStart().getAsInt(), s.quoteEnd().getAsInt()));
      }
    }
  }
}
