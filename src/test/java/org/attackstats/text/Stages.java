package org.attackstats.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attackstats.model.Country;
import org.attackstats.model.VagueNumberPolicy;

/**
 * Runs the stages of the reading on sentences written in tests: tokens, the facts of one
 * sentence, the facts of a document. The sentences are our own, in the styles real reports use.
 */
final class Stages {
  private Stages() {}

  /** The publication day the stage tests resolve dates against: Thursday 1 February 2024. */
  static final LocalDate PUB = LocalDate.of(2024, 2, 1);

  static List<Token> tokens(String text) {
    return Token.tokenize(text, 0, text.length());
  }

  /** The facts of a text read as one sentence, published on {@link #PUB}. */
  static Facts facts(String sentence) {
    return facts(sentence, PUB);
  }

  /** The facts of a text read as one sentence. */
  static Facts facts(String sentence, LocalDate published) {
    return Facts.of(sentence, new Sentences.Sentence(0, sentence.length(), 0, 0), published,
        Gazetteer.defaults(), VagueNumberPolicy.ACLED_LIKE, false);
  }

  /** The facts of every sentence of a document, as the extractor splits it. */
  static List<Facts> document(String text, LocalDate published) {
    List<Facts> out = new ArrayList<>();
    for (Sentences.Sentence s : Sentences.split(text, 0)) {
      out.add(Facts.of(text, s, published, Gazetteer.defaults(), VagueNumberPolicy.ACLED_LIKE,
          false));
    }
    return out;
  }

  /** The country of an ISO code, as the stages give it. */
  static Optional<Country> country(String code) {
    return Optional.of(Country.of(code));
  }
}
