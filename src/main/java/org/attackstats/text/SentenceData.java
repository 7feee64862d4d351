package org.attackstats.text;

import java.util.List;

/** One sentence with everything found in it. */
final class SentenceData {
  final int index;
  final Sentences.Sentence sentence;
  final String text;
  final List<Token> tokens;
  final List<Gazetteer.Match> matches;
  final List<Dates.DateMention> dates;
  final List<Dates.TimeMention> times;
  final List<Quantities.Quantity> quantities;
  final boolean[] consumed;

  SentenceData(
      int index,
      Sentences.Sentence sentence,
      String text,
      List<Token> tokens,
      List<Gazetteer.Match> matches,
      List<Dates.DateMention> dates,
      List<Dates.TimeMention> times,
      List<Quantities.Quantity> quantities) {
    this.index = index;
    this.sentence = sentence;
    this.text = text;
    this.tokens = tokens;
    this.matches = matches;
    this.dates = dates;
    this.times = times;
    this.quantities = quantities;
    this.consumed = new boolean[quantities.size()];
  }

  int start() {
    return sentence.start();
  }

  int end() {
    return sentence.end();
  }

  int paragraph() {
    return sentence.paragraph();
  }

  String word(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
  }

  /** The document text from token {@code from} to token {@code to} (exclusive). */
  String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
