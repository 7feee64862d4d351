package org.attackstats.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.attackstats.model.TallyMetric;

/**
 * Reported figures: "61 attacks ... since Oct. 17", "Of those, 29 have been in Iraq and 32 in
 * Syria", "at least 60 U.S. personnel have reported minor injuries", "about 2,000 U.S. forces in
 * Iraq", "attacked U.S. bases more than 160 times", a zero from "retaliatory airstrikes only in
 * Syria", and a casualty figure pooled over several incidents ("12 assailants were killed across
 * the raids"). They come from the counts that no incident took as its casualties or munitions, and
 * from pooled figures. One instance reads one document, sentence by sentence, and carries the
 * period ("since Oct. 17") and the last figure from one sentence to the next; it returns immutable
 * drafts. See {@code docs/extraction.md}, "Tallies".
 */
final class Tallies {

  /**
   * A reported figure.
   *
   * @param metric what is counted
   * @param value how many
   * @param country where (empty: everywhere the text covers)
   * @param since the start of the period, if stated
   * @param subject what is counted, in the report's words
   * @param attribution who reported it, if named
   * @param sentence where it stands
   * @param confidence 0.90 for a number next to its metric word, 0.75 for a metric carried over,
   *     0.60 for a zero read from "only in"
   */
  record Draft(TallyMetric metric, Estimate value, Optional<Country> country,
      Optional<LocalDate> since, Optional<String> subject, Optional<String> attribution,
      Sentences.Sentence sentence, double confidence) {
    Draft withAttribution(Optional<String> a) {
      return new Draft(metric, value, country, since, subject, a, sentence, confidence);
    }
  }

  private LocalDate since;
  private Draft lastTally;
  private int lastTallySentence = -10;
  private List<Draft> previousTallies = List.of();
  private Facts previous;
  private final List<Draft> out = new ArrayList<>();

  /** The figures read so far, in text order. */
  List<Draft> drafts() {
    return List.copyOf(out);
  }

  /** The start of the period the text reports on ("since Oct. 17"), once read. */
  Optional<LocalDate> since() {
    return Optional.ofNullable(since);
  }

  /**
   * Reads the figures of one sentence.
   *
   * @param f the sentence
   * @param used the quantities (indices into {@code f.quantities()}) that incidents took
   * @param notes receives what was recognised but not recorded
   */
  void read(Facts f, BitSet used, List<String> notes) {
    boolean aboutAttacks = false;
    for (int k = 0; k < f.tokens().size(); k++) {
      if (Lexicon.EVENTS.match(f.tokens(), k) > 0 && !Events.afterSince(f.dates(), k)) {
        aboutAttacks = true;
      }
    }
    for (Dates.DateMention d : f.dates()) {
      if (d.since() && aboutAttacks) {
        since = d.span().start();
      }
    }
    List<Draft> found = new ArrayList<>();
    tallies(f, used, found, notes);
    for (Casualties.Figure fig : f.figures()) {
      // a figure counts people ("civilian deaths" alone counts no one a tally could give)
      if (fig.pooled() && !fig.zero() && fig.metric() != Lexicon.Metric.BOTH
          && !fig.groups().isEmpty()) {
        found.add(new Draft(fig.metric() == Lexicon.Metric.KILLED ? TallyMetric.KILLED
            : TallyMetric.INJURED, fig.value(), Optional.empty(), stated(f),
            Optional.of(f.span(fig.from(), Math.min(f.tokens().size(), fig.to() + 8))),
            attribution(f), f.sentence(), 0.75));
      }
    }
    if (found.isEmpty() && previous != null && previous.paragraph() == f.paragraph()) {
      attributeFromNextSentence(f);
    }
    previousTallies = found;
    previous = f;
    out.addAll(found);
  }

  /** Whether a count lies in a figure pooled over several incidents. */
  private static boolean inPooledFigure(Facts f, Quantities.Quantity q) {
    for (Casualties.Figure fig : f.figures()) {
      if (fig.pooled() && q.from() >= fig.from() && q.to() <= fig.to()) {
        return true;
      }
    }
    return false;
  }


  private void tallies(Facts f, BitSet used, List<Draft> found, List<String> notes) {
    boolean ofThose = f.word(0).equals("of") && Lexicon.is("anaphor", f.word(1));
    Draft model0 = ofThose && lastTallySentence == f.index() - 1 ? lastTally : null;
    LocalDate stated = stated(f).orElse(null);
    Optional<String> attribution = attribution(f);
    Draft inSentence = null;
    List<Token> t = f.tokens();
    int n = t.size();
    for (int qi = 0; qi < f.quantities().size(); qi++) {
      Quantities.Quantity q = f.quantities().get(qi);
      if (used.get(qi) || q.isProportion() || inPooledFigure(f, q)) {
        continue; // a pooled figure is one tally, read with its groups below
      }
      TallyMetric repeated =
          Events.isRepetition(f.word(q.to())) ? repeatedMetric(f, q.from()) : null;
      if (repeated == null && Lexicon.is("unit", f.word(q.to()))) {
        continue;
      }
      int windowEnd = q.to();
      while (windowEnd < n && windowEnd - q.to() < 8 && !t.get(windowEnd).isPunct(",")
          && !t.get(windowEnd).isPunct(";") && !t.get(windowEnd).isPunct("--")
          && !startsQuantity(f, windowEnd)) {
        windowEnd++;
      }
      TallyMetric metric = repeated != null ? repeated : metric(f, q.from(), q.to(), windowEnd);
      double confidence = 0.9;
      Draft model = null;
      if (metric == null && elliptical(f, q.to())) {
        model = inSentence != null ? inSentence : model0;
        if (model != null) {
          metric = model.metric();
          confidence = 0.75;
        }
      }
      if (metric == null) {
        continue;
      }
      int countryEnd = q.to();
      while (countryEnd < n && countryEnd - q.to() < 20 && !startsQuantity(f, countryEnd)) {
        countryEnd++;
      }
      Set<Country> countries = new LinkedHashSet<>();
      for (Places.Mention p : f.places()) {
        Optional<Country> c = countryOf(p);
        if (c.isPresent() && p.from() >= q.to() && p.to() <= countryEnd
            && !Lexicon.is("notplace", f.word(p.to()))) {
          countries.add(c.get());
        }
      }
      if (metric == TallyMetric.PERSONNEL && countries.size() != 1) {
        notes.add("sentence " + (f.index() + 1) + ": personnel figure " + q.value().get()
            + " names no single country, not recorded as a tally");
        continue;
      }
      if (countries.isEmpty()) {
        opening(f).ifPresent(countries::add);
      }
      Optional<Country> country =
          countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
      boolean flow = metric != TallyMetric.PERSONNEL;
      LocalDate from = stated != null ? stated
          : model != null ? model.since().orElse(null) : flow ? since : null;
      Optional<String> attr = attribution.isPresent() ? attribution
          : model != null ? model.attribution() : Optional.empty();
      String subject = model == null ? subject(f, q, metric, repeated != null)
          : elided(model, country.orElse(null));
      Draft d = new Draft(metric, q.value().get(), country, Optional.ofNullable(from),
          Optional.of(subject).filter(x -> !x.isBlank()), attr, f.sentence(), confidence);
      found.add(d);
      inSentence = d;
    }
    onlyIn(f, found, attribution);
    if (inSentence != null) {
      lastTally = inSentence;
      lastTallySentence = f.index();
    }
  }

  /** The start of the period the sentence states ("since Oct. 17"), if any. */
  private static Optional<LocalDate> stated(Facts f) {
    LocalDate stated = null;
    for (Dates.DateMention d : f.dates()) {
      if (d.since()) {
        stated = d.span().start();
      }
    }
    return Optional.ofNullable(stated);
  }

  /** "In Iraq, coalition forces conducted 12 airstrikes": the country opening the sentence. */
  private static Optional<Country> opening(Facts f) {
    for (Places.Mention p : f.places()) {
      if (p.from() == 1 && f.word(0).equals("in") && f.tokens().get(p.to()).isPunct(",")) {
        return countryOf(p);
      }
    }
    return Optional.empty();
  }

  /** The country a place mention names as a country ("in Iraq"), if it does. */
  private static Optional<Country> countryOf(Places.Mention p) {
    for (Gazetteer.Entry e : p.entries()) {
      if (e.kind() == Gazetteer.Kind.COUNTRY) {
        return e.country();
      }
    }
    return Optional.empty();
  }

  /** "responded with strikes on seven occasions", "attacked ... 160 times". */
  private static TallyMetric repeatedMetric(Facts f, int qFrom) {
    for (int j = qFrom - 1; j >= 0 && j >= qFrom - 12; j--) {
      String w = f.word(j);
      if (w.startsWith("respond") || w.startsWith("retaliat")) {
        return TallyMetric.RESPONSES;
      }
      int e = Lexicon.EVENTS.match(f.tokens(), j);
      if (e > 0 && Lexicon.EVENTS.get(f.tokens(), j, e).form() == Lexicon.Form.VERB) {
        return TallyMetric.ATTACKS;
      }
    }
    return null;
  }

  /**
   * What is counted, in the report's words: the noun phrase after the count, the whole predicate
   * for casualties, or the clause before a repetition.
   */
  private static String subject(Facts f, Quantities.Quantity q, TallyMetric metric, boolean repeated) {
    List<Token> t = f.tokens();
    if (repeated) {
      int from = q.from();
      while (from > 0 && q.from() - from < 12 && t.get(from - 1).isWord()
          && !Lexicon.is("perfect", f.word(from - 1))) {
        from--;
      }
      return f.span(from, q.to() + 1);
    }
    boolean casualty = metric == TallyMetric.INJURED || metric == TallyMetric.KILLED;
    int end = q.to();
    while (end < t.size() && end - q.to() < 14 && t.get(end).kind() != Token.Kind.PUNCT
        && (casualty || !Lexicon.is("perfect", f.word(end)) && !f.word(end).equals("is"))
        && !f.word(end).equals("since") && !f.word(end).equals("according")
        && !startsQuantity(f, end)) {
      end++;
    }
    return f.span(q.to(), end);
  }

  /** "Of those, 29 have been in Iraq": the subject before it, with this country. */
  private static String elided(Draft model, Country country) {
    String root = model.subject().orElse("");
    int in = root.indexOf(" in ");
    if (in > 0) {
      root = root.substring(0, in);
    }
    return country == null ? root : root + " in " + country.name();
  }

  private static boolean startsQuantity(Facts f, int k) {
    for (Quantities.Quantity q : f.quantities()) {
      if (q.from() == k) {
        return true;
      }
    }
    return false;
  }

  private static boolean elliptical(Facts f, int k) {
    int j = k;
    while (j < k + 3 && Lexicon.is("perfect", f.word(j))) {
      j++;
    }
    return f.word(j).equals("in");
  }

  private static TallyMetric metric(Facts f, int qFrom, int from, int to) {
    for (int j = qFrom - 1; j >= 0 && j >= qFrom - 2; j--) {
      Lexicon.CasualtyWord w = Lexicon.CASUALTIES.get(f.word(j));
      if (w != null && w.form() != Lexicon.CasualtyForm.NOUN) {
        return w.metric() == Lexicon.Metric.INJURED ? TallyMetric.INJURED : TallyMetric.KILLED;
      }
    }
    boolean people = false;
    boolean forces = false;
    // an event word counts while the counted phrase runs: "three ISIL tactical units and
    // destroyed an ISIL fighting position" counts units, not fighting
    boolean phrase = true;
    for (int j = from; j < to; j++) {
      String w = f.word(j);
      int e = Lexicon.EVENTS.match(f.tokens(), j);
      phrase &= !Lexicon.is("boundary", w);
      if (!people && phrase && e > 0) {
        String event = Lexicon.EVENTS.get(f.tokens(), j, e).event();
        if (event.equals("strike") || w.equals("responses")) {
          return TallyMetric.RESPONSES;
        }
        if (Lexicon.EVENTS.get(f.tokens(), j, e).form() != Lexicon.Form.VERB) {
          return TallyMetric.ATTACKS;
        }
        phrase = false;
      }
      if (!people && w.equals("responses")) {
        return TallyMetric.RESPONSES;
      }
      Lexicon.CasualtyWord c = Lexicon.CASUALTIES.get(w);
      if (c != null && c.metric() != Lexicon.Metric.BOTH) {
        return c.metric() == Lexicon.Metric.INJURED ? TallyMetric.INJURED : TallyMetric.KILLED;
      }
      if (Lexicon.person(w).isPresent() || Lexicon.is("forces", w)) {
        people = true;
        forces |= Lexicon.is("forces", w);
      }
    }
    return forces ? TallyMetric.PERSONNEL : null;
  }

  /** "according to the Pentagon", "critics argue", "U.S. officials said". */
  private static Optional<String> attribution(Facts f) {
    List<Token> t = f.tokens();
    int n = t.size();
    for (int k = 0; k + 1 < n; k++) {
      if (f.word(k).equals("according") && f.word(k + 1).equals("to")) {
        int j = k + 2;
        if (Lexicon.is("determiner", f.word(j))) {
          j++;
        }
        // "according to a tally by the Pentagon"
        if (j < n && !t.get(j).isCapitalized()) {
          for (int b = j + 1; b <= j + 3 && b < n; b++) {
            if (f.word(b).equals("by")) {
              j = f.word(b + 1).equals("the") ? b + 2 : b + 1;
              break;
            }
          }
        }
        int end = j;
        while (end < n && end - j < 4 && t.get(end).isWord()
            && (t.get(end).isCapitalized() || end == j)) {
          end++;
        }
        if (end > j) {
          return Optional.of(f.span(j, end));
        }
      }
    }
    Set<String> stop =
        Set.of("the", "a", "an", "that", "but", "and", "which", "who", "he", "she", "it", "they",
            "we", "i", "have", "has", "had", "was", "were", "is", "are");
    for (int k = 1; k < n; k++) {
      if (!Lexicon.is("speech", f.word(k)) || f.word(k).equals("confirmed")
          || f.word(k).equals("added")) {
        continue;
      }
      int j = k;
      while (j > 0 && k - j < 4 && t.get(j - 1).isWord() && !stop.contains(f.word(j - 1))) {
        j--;
      }
      if (j < k) {
        return Optional.of(f.span(j, k));
      }
    }
    return Optional.empty();
  }

  /** "retaliatory airstrikes only against locations in Syria": zero elsewhere. */
  private void onlyIn(Facts f, List<Draft> found, Optional<String> attribution) {
    boolean responses = false;
    for (Token t : f.tokens()) {
      if (t.norm().startsWith("retaliat") || t.norm().equals("airstrikes")) {
        responses = true;
      }
    }
    if (!responses) {
      return;
    }
    int n = f.tokens().size();
    for (int k = 0; k < n; k++) {
      if (!f.word(k).equals("only")) {
        continue;
      }
      Country only = null;
      for (Places.Mention p : f.places()) {
        Optional<Country> c = countryOf(p);
        if (c.isPresent() && p.from() > k && p.from() - k <= 5) {
          only = c.get();
          break;
        }
      }
      if (only == null) {
        continue;
      }
      Set<Country> others = new LinkedHashSet<>();
      for (Places.Mention p : f.places()) {
        Optional<Country> c = countryOf(p);
        if (c.isPresent() && !c.get().equals(only)) {
          others.add(c.get());
        }
      }
      for (Country c : others) {
        found.add(new Draft(TallyMetric.RESPONSES, Estimate.ZERO, Optional.of(c),
            Optional.ofNullable(since),
            Optional.of("responses in " + c.name() + " (the report says only in " + only.name() + ")"),
            attribution, f.sentence(), 0.6));
      }
      return;
    }
  }

  /** Figures with no attribution take "according to X" from the next sentence, if it has none. */
  private void attributeFromNextSentence(Facts next) {
    for (int k = 0; k + 1 < next.tokens().size(); k++) {
      if (next.word(k).equals("according") && next.word(k + 1).equals("to")) {
        Optional<String> a = attribution(next);
        for (int i = 0; i < out.size(); i++) {
          Draft d = out.get(i);
          if (previousTallies.contains(d) && d.attribution().isEmpty()) {
            out.set(i, d.withAttribution(a));
          }
        }
        return;
      }
    }
  }
}
