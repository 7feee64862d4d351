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
  /** Whether this clause follows "in response to": it describes the event being answered. */
  final boolean provoking;
  private final boolean[] consumed;
  private final SentenceData parent;
  private final int[] parentIndex;

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
    this.provoking = false;
    this.parent = null;
    this.parentIndex = null;
  }

  private SentenceData(SentenceData parent, int from, int to, boolean provoking) {
    this.provoking = provoking;
    this.index = parent.index;
    this.sentence = parent.sentence;
    this.text = parent.text;
    this.tokens = parent.tokens.subList(from, to);
    this.matches = new java.util.ArrayList<>();
    for (Gazetteer.Match m : parent.matches) {
      if (m.from() >= from && m.to() <= to) {
        matches.add(new Gazetteer.Match(m.entry(), m.from() - from, m.to() - from));
      }
    }
    this.dates = new java.util.ArrayList<>();
    for (Dates.DateMention d : parent.dates) {
      if (d.from() >= from && d.to() <= to) {
        dates.add(new Dates.DateMention(d.from() - from, d.to() - from, d.span(), d.since(), d.qualifier()));
      }
    }
    this.times = new java.util.ArrayList<>();
    for (Dates.TimeMention t : parent.times) {
      if (t.from() >= from && t.to() <= to) {
        times.add(new Dates.TimeMention(t.from() - from, t.to() - from, t.time()));
      }
    }
    this.quantities = new java.util.ArrayList<>();
    java.util.List<Integer> map = new java.util.ArrayList<>();
    for (int qi = 0; qi < parent.quantities.size(); qi++) {
      Quantities.Quantity q = parent.quantities.get(qi);
      if (q.from() >= from && q.to() <= to) {
        quantities.add(new Quantities.Quantity(q.from() - from, q.to() - from, q.value()));
        map.add(qi);
      }
    }
    this.consumed = null;
    this.parent = parent;
    this.parentIndex = map.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The tokens {@code [from, to)} as a clause of this sentence; consumption is shared. */
  SentenceData clause(int from, int to, boolean provoking) {
    return from == 0 && to == tokens.size() && !provoking
        ? this
        : new SentenceData(this, from, to, provoking);
  }

  boolean isConsumed(int qi) {
    return parent == null ? consumed[qi] : parent.isConsumed(parentIndex[qi]);
  }

  void consume(int qi) {
    if (parent == null) {
      consumed[qi] = true;
    } else {
      parent.consume(parentIndex[qi]);
    }
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
