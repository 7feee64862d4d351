package org.attackstats.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.attackstats.model.TallyMetric;

/**
 * The rules that read reported figures ("61 attacks ... since Oct. 17", "Of those, 29 have been
 * in Iraq") from the counts that no incident used. One instance reads one document, sentence by
 * sentence, and carries the period and the last figure from one sentence to the next. See {@code
 * docs/extraction.md}, "Tallies".
 */
final class TallyRules {

  /** A reported figure found in a sentence. */
  static final class Draft {
    TallyMetric metric;
    Estimate value;
    Country country;
    LocalDate since;
    String subject;
    String attribution;
    Sentences.Sentence sentence;
    double confidence;
  }

  private LocalDate since;
  private Draft lastTally;
  private int lastTallySentence = -10;
  private List<Draft> previousTallies = List.of();
  private Sentences.Sentence previous;

  /**
   * Reads the figures of one sentence, after its incidents have taken their counts.
   *
   * @param sd the sentence
   * @param notes receives what was recognised but not recorded
   * @return the figures
   */
  List<Draft> read(SentenceData sd, List<String> notes) {
    boolean aboutAttacks = false;
    for (int k = 0; k < sd.tokens.size(); k++) {
      if (Lexicon.isTrigger(sd.word(k)) && !DocumentAnalyzer.afterSince(sd, k)) {
        aboutAttacks = true;
      }
    }
    for (Dates.DateMention d : sd.dates) {
      if (d.since() && aboutAttacks) {
        since = d.span().start();
      }
    }
    List<Draft> found = new ArrayList<>();
    tallies(sd, found, notes);
    if (found.isEmpty() && previous != null && previous.paragraph() == sd.paragraph()) {
      attributeFromNextSentence(previousTallies, sd);
    }
    previousTallies = found;
    previous = sd.sentence;
    return found;
  }

  private void tallies(SentenceData sd, List<Draft> out, List<String> notes) {
    boolean ofThose =
        sd.word(0).equals("of")
            && Lexicon.OF_THOSE.contains(sd.word(1));
    Draft previous = ofThose && lastTallySentence == sd.index - 1 ? lastTally : null;
    LocalDate stated = null;
    for (Dates.DateMention d : sd.dates) {
      if (d.since()) {
        stated = d.span().start();
      }
    }
    String attribution = attribution(sd);
    Draft inSentence = null;
    int n = sd.tokens.size();
    for (int qi = 0; qi < sd.quantities.size(); qi++) {
      Quantities.Quantity q = sd.quantities.get(qi);
      if (sd.isConsumed(qi) || q.isProportion()) {
        continue;
      }
      TallyMetric repeated = DocumentAnalyzer.isRepetition(sd.word(q.to())) ? repeatedMetric(sd, q.from()) : null;
      if (repeated == null && Lexicon.UNITS.contains(sd.word(q.to()))) {
        continue;
      }
      int windowEnd = q.to();
      while (windowEnd < n && windowEnd - q.to() < 8 && !sd.tokens.get(windowEnd).isPunct(",")
          && !sd.tokens.get(windowEnd).isPunct(";") && !sd.tokens.get(windowEnd).isPunct("--")
          && !startsQuantity(sd, windowEnd)) {
        windowEnd++;
      }
      TallyMetric metric = repeated != null ? repeated : metric(sd, q.from(), q.to(), windowEnd);
      double confidence = 0.9;
      Draft model = null;
      if (metric == null && elliptical(sd, q.to())) {
        model = inSentence != null ? inSentence : previous;
        if (model != null) {
          metric = model.metric;
          confidence = 0.75;
        }
      }
      if (metric == null) {
        continue;
      }
      int countryEnd = q.to();
      while (countryEnd < n && countryEnd - q.to() < 20 && !startsQuantity(sd, countryEnd)) {
        countryEnd++;
      }
      Set<Country> countries = new LinkedHashSet<>();
      for (Gazetteer.Match g : sd.matches) {
        if (g.entry().kind() == Gazetteer.Kind.COUNTRY && g.from() >= q.to() && g.to() <= countryEnd
            && !Lexicon.NOT_A_LOCATION_AFTER.contains(sd.word(g.to()))) {
          countries.add(g.entry().country().get());
        }
      }
      if (metric == TallyMetric.PERSONNEL && countries.size() != 1) {
        notes.add("sentence " + (sd.index + 1) + ": personnel figure " + q.value().get()
            + " names no single country, not recorded as a tally");
        continue;
      }
      Draft t = new Draft();
      t.metric = metric;
      t.value = q.value().get();
      t.country = countries.size() == 1 ? countries.iterator().next() : null;
      boolean flow = metric != TallyMetric.PERSONNEL;
      t.since =
          stated != null ? stated : model != null ? model.since : flow ? since : null;
      t.attribution =
          attribution != null ? attribution : model != null ? model.attribution : null;
      t.subject = model == null ? subject(sd, q, metric, repeated != null) : elided(model, t.country);
      t.sentence = sd.sentence;
      t.confidence = confidence;
      sd.consume(qi);
      out.add(t);
      inSentence = t;
    }
    onlyIn(sd, out, attribution);
    if (inSentence != null) {
      lastTally = inSentence;
      lastTallySentence = sd.index;
    }
  }

  /** "responded with strikes on seven occasions", "attacked ... 160 times". */
  private static TallyMetric repeatedMetric(SentenceData sd, int qFrom) {
    for (int j = qFrom - 1; j >= 0 && j >= qFrom - 12; j--) {
      String w = sd.word(j);
      if (w.startsWith("respond") || w.startsWith("retaliat")) {
        return TallyMetric.RESPONSES;
      }
      if (Lexicon.TRIGGER_VERBS.contains(w)) {
        return TallyMetric.ATTACKS;
      }
    }
    return null;
  }

  /**
   * What is counted, in the report's words: the noun phrase after the count ("attacks on bases and
   * facilities housing U.S. personnel"), the whole predicate for casualties ("U.S. personnel have
   * reported minor injuries"), or the clause before a repetition ("attacked U.S. bases in Iraq and
   * Syria more than 160 times").
   */
  private static String subject(SentenceData sd, Quantities.Quantity q, TallyMetric metric, boolean repeated) {
    if (repeated) {
      int from = q.from();
      while (from > 0 && q.from() - from < 12 && sd.tokens.get(from - 1).isWord()
          && !Lexicon.HAVE_BEEN.contains(sd.word(from - 1))) {
        from--;
      }
      return sd.span(from, q.to() + 1);
    }
    boolean casualty = metric == TallyMetric.INJURED || metric == TallyMetric.KILLED;
    int end = q.to();
    while (end < sd.tokens.size() && end - q.to() < 14
        && sd.tokens.get(end).kind() != Token.Kind.PUNCT
        && (casualty || !Lexicon.HAVE_BEEN.contains(sd.word(end)) && !sd.word(end).equals("is"))
        && !sd.word(end).equals("since") && !sd.word(end).equals("according")
        && !startsQuantity(sd, end)) {
      end++;
    }
    return sd.span(q.to(), end);
  }

  /** "Of those, 29 have been in Iraq": the subject before it, with this country. */
  private static String elided(Draft model, Country country) {
    String root = model.subject;
    int in = root.indexOf(" in ");
    if (in > 0) {
      root = root.substring(0, in);
    }
    return country == null ? root : root + " in " + country.name();
  }

  private static boolean startsQuantity(SentenceData sd, int k) {
    for (Quantities.Quantity q : sd.quantities) {
      if (q.from() == k) {
        return true;
      }
    }
    return false;
  }

  private static boolean elliptical(SentenceData sd, int k) {
    int j = k;
    while (j < k + 3 && Lexicon.HAVE_BEEN.contains(sd.word(j))) {
      j++;
    }
    return sd.word(j).equals("in");
  }

  private static TallyMetric metric(SentenceData sd, int qFrom, int from, int to) {
    for (int j = qFrom - 1; j >= 0 && j >= qFrom - 2; j--) {
      String w = sd.word(j);
      if (w.equals("killed") || w.equals("killing")) {
        return TallyMetric.KILLED;
      }
      if (w.equals("wounded") || w.equals("injured") || w.equals("wounding")) {
        return TallyMetric.INJURED;
      }
    }
    boolean people = false;
    boolean forces = false;
    for (int j = from; j < to; j++) {
      String w = sd.word(j);
      if (!people && (w.equals("attacks") || w.equals("attack"))) {
        return TallyMetric.ATTACKS;
      }
      if (!people && (w.equals("strikes") || w.equals("airstrikes") || w.equals("responses"))) {
        return TallyMetric.RESPONSES;
      }
      if (Lexicon.KILLED_WORDS.contains(w)) {
        return TallyMetric.KILLED;
      }
      if (Lexicon.INJURED_WORDS.contains(w)) {
        return TallyMetric.INJURED;
      }
      if (Lexicon.PEOPLE.contains(w) || Lexicon.FORCES.contains(w)) {
        people = true;
        forces |= Lexicon.FORCES.contains(w);
      }
    }
    return forces ? TallyMetric.PERSONNEL : null;
  }

  /** "according to the Pentagon", "critics argue", "U.S. officials said". */
  private static String attribution(SentenceData sd) {
    int n = sd.tokens.size();
    for (int k = 0; k + 1 < n; k++) {
      if (sd.word(k).equals("according") && sd.word(k + 1).equals("to")) {
        int j = k + 2;
        if (Lexicon.DETERMINERS.contains(sd.word(j))) {
          j++;
        }
        // "according to a tally by the Pentagon"
        if (j < n && !sd.tokens.get(j).isCapitalized()) {
          for (int b = j + 1; b <= j + 3 && b < n; b++) {
            if (sd.word(b).equals("by")) {
              j = sd.word(b + 1).equals("the") ? b + 2 : b + 1;
              break;
            }
          }
        }
        int end = j;
        while (end < n && end - j < 4 && sd.tokens.get(end).isWord()
            && (sd.tokens.get(end).isCapitalized() || end == j)) {
          end++;
        }
        if (end > j) {
          return sd.span(j, end);
        }
      }
    }
    Set<String> stop =
        Set.of("the", "a", "an", "that", "but", "and", "which", "who", "he", "she", "it", "they",
            "we", "i", "have", "has", "had", "was", "were", "is", "are");
    for (int k = 1; k < n; k++) {
      if (!Lexicon.SPEECH.contains(sd.word(k)) || sd.word(k).equals("confirmed")
          || sd.word(k).equals("added")) {
        continue;
      }
      int j = k;
      while (j > 0 && k - j < 4 && sd.tokens.get(j - 1).isWord()
          && !stop.contains(sd.word(j - 1))) {
        j--;
      }
      if (j < k) {
        return sd.span(j, k);
      }
    }
    return null;
  }

  /** "retaliatory airstrikes only against locations in Syria": zero elsewhere. */
  private void onlyIn(SentenceData sd, List<Draft> out, String attribution) {
    int n = sd.tokens.size();
    boolean responses = false;
    for (Token t : sd.tokens) {
      if (t.norm().startsWith("retaliat") || t.norm().equals("airstrikes")) {
        responses = true;
      }
    }
    if (!responses) {
      return;
    }
    for (int k = 0; k < n; k++) {
      if (!sd.word(k).equals("only")) {
        continue;
      }
      Country only = null;
      for (Gazetteer.Match g : sd.matches) {
        if (g.entry().kind() == Gazetteer.Kind.COUNTRY && g.from() > k && g.from() - k <= 5) {
          only = g.entry().country().get();
          break;
        }
      }
      if (only == null) {
        continue;
      }
      Set<Country> others = new LinkedHashSet<>();
      for (Gazetteer.Match g : sd.matches) {
        if (g.entry().kind() == Gazetteer.Kind.COUNTRY && !g.entry().country().get().equals(only)) {
          others.add(g.entry().country().get());
        }
      }
      for (Country c : others) {
        Draft t = new Draft();
        t.metric = TallyMetric.RESPONSES;
        t.value = Estimate.ZERO;
        t.country = c;
        t.since = since;
        t.subject = "responses in " + c.name() + " (the report says only in " + only.name() + ")";
        t.attribution = attribution;
        t.sentence = sd.sentence;
        t.confidence = 0.6;
        out.add(t);
      }
      return;
    }
  }

  /** Figures with no attribution take "according to X" from the next sentence, if it has none. */
  private static void attributeFromNextSentence(List<Draft> previous, SentenceData next) {
    for (int k = 0; k + 1 < next.tokens.size(); k++) {
      if (next.word(k).equals("according") && next.word(k + 1).equals("to")) {
        String a = attribution(next);
        for (Draft t : previous) {
          if (t.attribution == null) {
            t.attribution = a;
          }
        }
        return;
      }
    }
  }
}
