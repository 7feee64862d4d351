package org.attackstats.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.attackstats.model.Estimate;

/**
 * Finds the people a sentence reports killed or injured, as figures with the groups they count:
 *
 * <ul>
 *   <li>a subject before a participle or an intransitive verb: "At least four soldiers and 15
 *       assailants were killed", "One person died", "2 killed, 5 injured", "Three persons
 *       were shot dead", "Nazari, the health deputy, was killed" (a named person counts one);
 *   <li>an object after an active verb or a gerund: "killing three soldiers and two civilians",
 *       "shot and killed two guards", "killing himself and five others";
 *   <li>a number before a noun: "three deaths", "two civilian casualties", "left two people dead";
 *   <li>a corrected toll: "the death toll rose to 7";
 *   <li>an explicit zero: "no casualties were reported", "no one was hurt", "without injuries".
 * </ul>
 *
 * <p>A subset ("Six people, including five soldiers and one attacker, were killed")
 * is not added to its whole. Hypothetical words ("whether anyone was killed") give no figure;
 * "killed or wounded" gives none (the split is unknown). A figure in a clause that pools several
 * incidents ("killed across the raids", "between this attack and the earlier raid") is marked
 * pooled: the caller records it as a tally, not as one incident's toll. One left-to-right pass;
 * every look-back and look-ahead is bounded.
 */
final class Casualties {
  private Casualties() {}

  /** How far a noun phrase of casualties reaches, in tokens. */
  static final int WINDOW = 20;

  /**
   * One group counted in a figure.
   *
   * @param value how many
   * @param role who they are
   * @param from first token, inclusive
   * @param to last token, exclusive
   */
  record Group(Estimate value, Lexicon.Role role, int from, int to) {}

  /**
   * A figure of people killed or injured.
   *
   * @param metric killed, injured, or both ("casualties")
   * @param value the number of people, the sum of the groups
   * @param groups the groups counted (empty for a zero or a noun figure)
   * @param word the token of the casualty word
   * @param from first token of the figure, inclusive
   * @param to last token, exclusive
   * @param zero whether the text says none ("no casualties")
   * @param correction whether it replaces an earlier figure ("the death toll rose to 7")
   * @param additional whether it adds to an earlier figure ("another was injured", "also")
   * @param pooled whether it is shared by several incidents
   */
  record Figure(Lexicon.Metric metric, Estimate value, List<Group> groups, int word, int from,
      int to, boolean zero, boolean correction, boolean additional, boolean pooled) {
    Figure {
      groups = List.copyOf(groups);
    }

    /** Whether every group counted is an attacker. */
    boolean perpetrators() {
      return !groups.isEmpty()
          && groups.stream().allMatch(g -> g.role() == Lexicon.Role.PERPETRATOR);
    }

    boolean counts(Lexicon.Metric m) {
      return metric == m || metric == Lexicon.Metric.BOTH;
    }
  }

  /**
   * The figures of one sentence.
   *
   * @param t the tokens
   * @param qs the counts found in them (dates and names already removed)
   * @param names the gazetteer names (a nationality or an actor qualifies a person: "Afghan
   *     soldiers")
   * @param places the places (a place of an event is not a person counted)
   * @param pooledClause whether the sentence pools incidents (see {@link #poolsIncidents})
   * @return the figures, in text order
   */
  static List<Figure> find(List<Token> t, List<Quantities.Quantity> qs,
      List<Gazetteer.Match> names, List<Places.Mention> places, boolean pooledClause) {
    Quantities.Quantity[] qAt = new Quantities.Quantity[t.size()];
    for (Quantities.Quantity q : qs) {
      qAt[q.from()] = q;
    }
    BitSet named = new BitSet(t.size());
    BitSet person = new BitSet(t.size());
    for (Gazetteer.Match m : names) {
      if (m.has(Gazetteer.Kind.NATIONALITY) || m.has(Gazetteer.Kind.ACTOR)) {
        person.set(m.from(), m.to());
      }
    }
    for (Places.Mention p : places) {
      if (p.weight() >= 2) {
        named.set(p.from(), p.to()); // "in Kabul": a place, not a person counted
      }
    }
    Ctx c = new Ctx(t, qAt, named, person);
    List<Figure> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int e = Lexicon.CASUALTIES.match(t, i);
      if (e < 0) {
        i++;
        continue;
      }
      Lexicon.CasualtyWord w = Lexicon.CASUALTIES.get(t, i, e);
      Figure f = figure(c, i, e, w, pooledClause);
      if (f != null) {
        out.add(f);
      }
      // "stabbed one man to death": the figure read "death" too
      i = f != null && f.metric() != w.metric() && f.to() > e ? f.to() : e;
    }
    return out;
  }

  /**
   * Whether a sentence pools several incidents: "across", "combined", "altogether", "between
   * this incident and", or a total ("in total", "a total of", "overall") together with a plural
   * event noun ("the attacks").
   */
  static boolean poolsIncidents(List<Token> t) {
    boolean total = false;
    boolean plural = false;
    for (int k = 0; k < t.size(); k++) {
      String w = t.get(k).norm();
      if (w.equals("across") || w.equals("combined") || w.equals("altogether")
          || w.equals("cumulative")) {
        return true;
      }
      if (w.equals("between") && is(t, k + 1, "this") && (is(t, k + 2, "incident")
          || is(t, k + 2, "attack") || is(t, k + 2, "event"))) {
        return true;
      }
      if (w.equals("total") || w.equals("overall") || w.equals("all") && is(t, k - 1, "in")) {
        total = true;
      }
      int e = Lexicon.EVENTS.match(t, k);
      if (e > 0 && Lexicon.EVENTS.get(t, k, e).form() == Lexicon.Form.PLURAL) {
        plural = true;
      }
    }
    return total && plural;
  }

  private record Ctx(List<Token> t, Quantities.Quantity[] qAt, BitSet named, BitSet person) {
    String w(int k) {
      return k >= 0 && k < t.size() ? t.get(k).norm() : "";
    }
  }

  private static Figure figure(Ctx c, int i, int e, Lexicon.CasualtyWord w, boolean pooled) {
    List<Token> t = c.t();
    if (hedged(c, i)) {
      return null;
    }
    // "killed or wounded", "dead or injured": the split is unknown
    if (c.w(e).equals("or") && Lexicon.CASUALTIES.match(t, e + 1) > 0
        || c.w(i - 1).equals("or") && i >= 2 && Lexicon.CASUALTIES.match(t, i - 2) == i - 1) {
      return null;
    }
    Figure zero = zero(c, i, e, w, pooled);
    if (zero != null) {
      return zero;
    }
    String phrase = Places.span(t, i, e).toLowerCase(java.util.Locale.ROOT);
    if (phrase.contains("suicide") || phrase.contains("himself") || phrase.contains("herself")
        || phrase.contains("themselves")) {
      // "committed suicide", "blew himself up": the attacker died
      Figure f = figure0(c, i, e, w, pooled);
      return f == null ? null : asPerpetrators(f);
    }
    return withAddition(c, figure0(c, i, e, w, pooled));
  }

  /** "Five people were killed, in addition to the bomber": the people after the figure add. */
  private static Figure withAddition(Ctx c, Figure f) {
    if (f == null) {
      return null;
    }
    int k = f.to();
    if (c.t().size() > k && c.t().get(k).isPunct(",")) {
      k++;
    }
    int start;
    if (c.w(k).equals("in") && c.w(k + 1).equals("addition") && c.w(k + 2).equals("to")) {
      start = k + 3;
    } else if (c.w(k).equals("plus")) {
      start = k + 1;
    } else {
      return f;
    }
    List<Group> more = objects(c, start);
    if (more.isEmpty()) {
      return f;
    }
    List<Group> groups = new ArrayList<>(f.groups());
    groups.addAll(more);
    Estimate total = f.value();
    for (Group g : more) {
      total = total.plus(g.value());
    }
    return new Figure(f.metric(), total, groups, f.word(), f.from(), end(more, f.to()), false,
        f.correction(), f.additional(), f.pooled());
  }

  private static Figure asPerpetrators(Figure f) {
    List<Group> g = new ArrayList<>();
    for (Group x : f.groups()) {
      g.add(new Group(x.value(), Lexicon.Role.PERPETRATOR, x.from(), x.to()));
    }
    return new Figure(f.metric(), f.value(), g, f.word(), f.from(), f.to(), f.zero(),
        f.correction(), f.additional(), f.pooled());
  }

  private static Figure figure0(Ctx c, int i, int e, Lexicon.CasualtyWord w, boolean pooled) {
    List<Token> t = c.t();
    boolean additional = additional(c, i);
    switch (w.form()) {
      case PARTICIPLE:
        {
          int before = skipAdverbs(c, i - 1);
          // "was identified and killed", "were shot and wounded": the auxiliary of the first
          if (before >= 1 && c.w(before).equals("and") && Lexicon.is("auxiliary", c.w(before - 2))) {
            before = before - 2;
          }
          boolean aux = before >= 0 && Lexicon.is("auxiliary", c.w(before));
          if (aux) {
            int subjectEnd = before;
            // "has been killed", "had been wounded"
            while (subjectEnd - 1 >= 0 && (c.w(subjectEnd - 1).equals("have")
                || c.w(subjectEnd - 1).equals("has") || c.w(subjectEnd - 1).equals("had")
                || Lexicon.is("auxiliary", c.w(subjectEnd - 1))
                || Lexicon.is("adverb", c.w(subjectEnd - 1)))) {
              subjectEnd--;
            }
            return subject(c, subjectEnd, i, e, w, additional, pooled, true);
          }
          // "At least three killed and 40 wounded": a count just before is the subject
          Quantities.Quantity qb = quantityEndingAt(c, i);
          Quantities.Quantity qb1 = i > 0 ? quantityEndingAt(c, i - 1) : null;
          boolean countBefore = qb != null && qb.value().isPresent()
              || Lexicon.person(c.w(i - 1)).filter(r -> r != Lexicon.Role.PERPETRATOR).isPresent()
                  && qb1 != null && qb1.value().isPresent();
          List<Group> obj = countBefore ? List.of() : objects(c, e);
          if (!obj.isEmpty()) {
            int to = end(obj, e);
            int death = toDeath(c, to);
            if (death > to) {
              // "stabbed one guard to death", "shot two men dead": they were killed
              return make(KILLED, obj, i, i, death, additional, pooled);
            }
            return make(w, obj, i, i, to, additional, pooled);
          }
          // "2 killed, 5 injured", "three others injured", "another wounded"
          return subject(c, i, i, e, w, additional, pooled, false);
        }
      case GERUND:
        {
          List<Group> obj = objects(c, e);
          return obj.isEmpty() ? null : make(w, obj, i, i, end(obj, e), additional, pooled);
        }
      case INTRANSITIVE:
        {
          Figure f = subject(c, skipAdverbs(c, i - 1) + 1, i, e, w, additional, pooled, true);
          if (f == null && c.w(i - 1).equals("and")) {
            // "One U.S. contractor suffered a cardiac arrest and died": the clause's subject
            int s = i - 1;
            while (s > 0 && !c.t().get(s - 1).isPunct(",") && !c.t().get(s - 1).isPunct(";")
                && i - s < WINDOW) {
              s--;
            }
            List<Group> g = objects(c, s);
            String p = c.w(s);
            if (g.isEmpty() && (p.equals("he") || p.equals("she"))) {
              g = List.of(new Group(Estimate.exact(1), Lexicon.Role.EITHER, s, s + 1));
            }
            if (!g.isEmpty()) {
              return make(w, g.subList(0, 1), i, s, e, additional, pooled);
            }
          }
          return f;
        }
      case ADJECTIVE:
        {
          // "left two people dead", "leaving 3 dead", "40 men were dead", "18 Misratans dead"
          int end = skipAdverbs(c, i - 1) + 1;
          if (end > 0 && Lexicon.is("auxiliary", c.w(end - 1))) {
            end--;
          }
          return subject(c, end, i, e, w, additional, pooled, false);
        }
      case NOUN:
      default:
        return noun(c, i, e, w, additional, pooled);
    }
  }

  private static final Lexicon.CasualtyWord KILLED =
      new Lexicon.CasualtyWord(Lexicon.Metric.KILLED, Lexicon.CasualtyForm.PARTICIPLE);

  /** The end of "to death" or "dead" at {@code k} ("stabbed him to death"), else {@code k}. */
  private static int toDeath(Ctx c, int k) {
    if (c.w(k).equals("to") && c.w(k + 1).equals("death")) {
      return k + 2;
    }
    return c.w(k).equals("dead") ? k + 1 : k;
  }

  /** A verb of attack just before "... and killed": "stabbed and injured six people". */
  private static boolean activeBefore(Ctx c, int i) {
    if (!c.w(i - 1).equals("and")) {
      return false;
    }
    int k = i - 2;
    if (k < 0) {
      return false;
    }
    for (int s = Math.max(0, k - 3); s <= k; s++) {
      int e = Lexicon.EVENTS.match(c.t(), s);
      if (e == k + 1) {
        return true;
      }
    }
    return false;
  }

  private static int end(List<Group> groups, int fallback) {
    int e = fallback;
    for (Group g : groups) {
      e = Math.max(e, g.to());
    }
    return e;
  }

  private static boolean hedged(Ctx c, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      // "unknown gunmen killed two": who is unknown, not whether anyone died
      if (Lexicon.is("hedge", c.w(k)) && !(c.w(k).equals("unknown")
          && Lexicon.person(c.w(k + 1)).isPresent())) {
        return true;
      }
      if (c.t().get(k).kind() == Token.Kind.PUNCT && !c.t().get(k).isPunct(",")) {
        break;
      }
    }
    return false;
  }

  private static boolean additional(Ctx c, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
      String w = c.w(k);
      // "the second gunman died in hospital", "the remaining attackers were killed"
      if (w.equals("also") || w.equals("another") || w.equals("additional")
          || w.equals("further") || w.equals("second") || w.equals("third")
          || w.equals("remaining")) {
        return true;
      }
      if (c.t().get(k).kind() == Token.Kind.PUNCT) {
        break;
      }
    }
    return false;
  }

  /** "no casualties", "no one was hurt", "nobody was killed", "without injuries", "unharmed". */
  private static Figure zero(Ctx c, int i, int e, Lexicon.CasualtyWord w, boolean pooled) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      Token tok = c.t().get(k);
      if (tok.kind() == Token.Kind.PUNCT) {
        break;
      }
      String x = tok.norm();
      boolean neg = Lexicon.is("negation", x) || x.equals("not") && k >= i - 2;
      if (neg) {
        // "no one was killed" but not "no group claimed ... killed"
        int words = i - k;
        if (words <= 3 || c.w(k + 1).equals("one") || c.w(k + 1).equals("reported")) {
          return new Figure(w.metric(), Estimate.ZERO, List.of(), i, k, e, true, false, false,
              pooled);
        }
      }
    }
    return null;
  }

  private static int skipAdverbs(Ctx c, int k) {
    while (k >= 0 && Lexicon.is("adverb", c.w(k))) {
      k--;
    }
    return k;
  }

  /**
   * The figure whose groups are the subject ending before token {@code end}: "At least four
   * soldiers and 15 assailants [were killed]".
   */
  private static Figure subject(Ctx c, int end, int word, int e, Lexicon.CasualtyWord w,
      boolean additional, boolean pooled, boolean allowPronoun) {
    List<Group> groups = groupsLeft(c, end);
    if (groups.isEmpty() && allowPronoun && end >= 1) {
      String p = c.w(end - 1);
      if (p.equals("he") || p.equals("she")) {
        groups = List.of(new Group(Estimate.exact(1), Lexicon.Role.EITHER, end - 1, end));
      }
    }
    if (groups.isEmpty()) {
      return null;
    }
    return make(w, groups, word, groups.get(0).from(), e, additional, pooled);
  }

  private static Figure make(Lexicon.CasualtyWord w, List<Group> groups, int word, int from,
      int to, boolean additional, boolean pooled) {
    Estimate total = Estimate.ZERO;
    for (Group g : groups) {
      total = total.plus(g.value());
    }
    return new Figure(w.metric(), total, groups, word, Math.min(from, word), to, false, false,
        additional, pooled);
  }

  /** "three deaths", "two civilian casualties", "the death toll rose to 7", "toll of 16". */
  private static Figure noun(Ctx c, int i, int e, Lexicon.CasualtyWord w, boolean additional,
      boolean pooled) {
    String head = c.w(i);
    if (head.equals("death") && c.w(i - 1).equals("to") && e == i + 1) {
      // "beat a thief to death", "hacked two farmers to death": the people before
      Figure f = subject(c, i - 1, i, e, w, additional, pooled, false);
      if (f != null) {
        return f;
      }
    }
    if (head.equals("toll") || head.equals("death")) {
      // "death toll (rose|climbed) to N", "toll of N", "death toll stood at N", "the toll of
      // injured rose to 40"
      Lexicon.Metric metric = Lexicon.Metric.KILLED;
      if (c.w(e).equals("of") && Lexicon.CASUALTIES.match(c.t(), e + 1) > 0
          && Lexicon.CASUALTIES.get(c.t(), e + 1, Lexicon.CASUALTIES.match(c.t(), e + 1)).metric()
              == Lexicon.Metric.INJURED) {
        metric = Lexicon.Metric.INJURED;
      }
      for (int k = e; k < c.t().size() && k < e + 7; k++) {
        Quantities.Quantity q = c.qAt()[k];
        if (q != null && q.value().isPresent()) {
          return new Figure(metric, q.value().get(), List.of(), i, i, q.to(), false,
              true, false, pooled);
        }
        if (c.t().get(k).kind() == Token.Kind.PUNCT) {
          break;
        }
      }
      if (head.equals("toll")) {
        return null;
      }
    }
    // "suffered minor injuries", "have sustained injuries": the subject of the verb counts
    if (head.equals("injuries") || head.equals("injury") || head.equals("wounds")) {
      for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
        String v = c.w(k);
        if (v.equals("suffered") || v.equals("sustained") || v.equals("received")) {
          int s = k;
          while (s > 0 && (c.w(s - 1).equals("have") || c.w(s - 1).equals("has")
              || c.w(s - 1).equals("had") || Lexicon.is("adverb", c.w(s - 1)))) {
            s--;
          }
          return subject(c, s, i, e, w, additional, pooled, true);
        }
      }
    }
    // "the death of a union activist", "the killing of two farmers"
    if ((head.equals("death") || head.equals("deaths")) && c.w(e).equals("of")) {
      List<Group> obj = objects(c, e + 1);
      if (!obj.isEmpty()) {
        return make(w, obj, i, i, end(obj, e), additional, pooled);
      }
    }
    // a number up to two words before: "three deaths", "two civilian casualties"
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      Token tok = c.t().get(k);
      if (tok.kind() == Token.Kind.PUNCT) {
        break;
      }
      Quantities.Quantity q = quantityEndingAt(c, k + 1);
      if (q != null && q.value().isPresent()) {
        Group g = new Group(q.value().get(), Lexicon.Role.VICTIM, q.from(), e);
        return new Figure(w.metric(), g.value(), List.of(g), i, q.from(), e, false, false,
            additional, pooled);
      }
    }
    // "the injuries were in the initial attacks", "caused injuries": someone, number unknown
    if ((head.equals("injuries") || head.equals("deaths")) && w.metric() != Lexicon.Metric.BOTH) {
      return new Figure(w.metric(), Estimate.atLeast(1), List.of(), i, i, e, false, false,
          additional, pooled);
    }
    return null;
  }

  private static Quantities.Quantity quantityEndingAt(Ctx c, int end) {
    for (int k = Math.max(0, end - 4); k < end; k++) {
      Quantities.Quantity q = c.qAt()[k];
      if (q != null && q.to() == end) {
        return q;
      }
    }
    return null;
  }

  // ----------------------------------------------------------------------- noun phrase lists

  /**
   * The groups of a subject ending before {@code end}, read leftwards: items separated by "and"
   * and commas, a subset after "including" left out, an apposition between commas skipped
   * ("Nazari, the health deputy, was killed").
   */
  static List<Group> groupsLeft(Ctx c, int end) {
    List<Token> t = c.t();
    int e = end;
    // skip an apposition: ", a district judge," / ", identified as X,"
    if (e - 1 >= 0 && t.get(e - 1).isPunct(",")) {
      int open = -1;
      for (int k = e - 2; k >= 0 && k >= e - WINDOW; k--) {
        if (t.get(k).isPunct(",")) {
          open = k;
          break;
        }
        if (t.get(k).isPunct(";") || t.get(k).isPunct(":") || t.get(k).isPunct("--")) {
          break;
        }
      }
      if (open > 0) {
        boolean subset = c.w(open + 1).equals("including");
        List<Group> before = groupsLeft(c, open);
        if (!before.isEmpty()) {
          return before;
        }
        if (subset) {
          return List.of();
        }
      }
      return List.of();
    }
    // "(NDS) were killed": a parenthesis closes the phrase
    if (e - 1 >= 0 && t.get(e - 1).isPunct(")")) {
      int k = e - 2;
      while (k >= 0 && e - k < WINDOW && !t.get(k).isPunct("(")) {
        k--;
      }
      if (k > 0) {
        List<Group> before = groupsLeft(c, k);
        if (!before.isEmpty()) {
          return before;
        }
      }
    }
    // find the left edge of the phrase
    int s = e;
    while (s - 1 >= 0 && e - (s - 1) <= WINDOW && inPhrase(c, s - 1, true)) {
      s--;
    }
    if (s == e) {
      return List.of();
    }
    // "wounding at least 35 people, all 5 attackers were killed": what follows the verb before
    // the comma is its object, not this subject
    if (s > 0 && (Lexicon.CASUALTIES.match(c.t(), s - 1) > 0 || isEventWordEnding(c, s - 1)
        || Lexicon.EVENTS.match(c.t(), s - 1) > 0)) {
      int cut = -1;
      for (int k = s; k < e; k++) {
        if (c.t().get(k).isPunct(",")) {
          cut = k + 1;
        }
      }
      // "killed nine guards and another 14 were hurt": without a comma, "and" (not
      // after a verb without object: "were killed and two soldiers and a guard were injured")
      for (int k = e - 1; cut < 0 && k > s && !c.w(s).equals("and"); k--) {
        if (c.w(k).equals("and")) {
          cut = k + 1;
        }
      }
      if (cut > 0) {
        s = cut;
      }
    }
    return items(c, s, e, true);
  }

  /** The groups of an object starting at {@code start}, read rightwards. */
  static List<Group> objects(Ctx c, int start) {
    int s = start;
    // "killed and mutilated a farmer", "shot and wounded a man": the second verb's object
    if (c.w(s).equals("and") && c.w(s + 1).endsWith("ed") && s + 2 < c.t().size()) {
      s += 2;
    }
    // "killed by machete a young herder" is too far; "killing at least 12" starts here
    int e = s;
    while (e < c.t().size() && e - s < WINDOW && inPhrase(c, e, false)) {
      e++;
    }
    if (e == s) {
      return List.of();
    }
    // "wounding at least 35 people, all 5 attackers were killed", "wounding two service members,
    // U.S. officials said": the part after the last comma is the next clause's subject
    if (e < c.t().size() && (Lexicon.is("auxiliary", c.w(e)) || Lexicon.CASUALTIES.match(c.t(), e) > 0
        || Lexicon.is("speech", c.w(e)))) {
      int cut = -1;
      for (int k = e - 1; k > s; k--) {
        if (c.t().get(k).isPunct(",")) {
          cut = k;
          break;
        }
      }
      // "killed nine guards and another 14 were hurt": so is the part after the last
      // "and" before a verb of its own
      for (int k = e - 1; cut < 0 && k > s && !Lexicon.is("speech", c.w(e)); k--) {
        if (c.w(k).equals("and")) {
          cut = k;
        }
      }
      if (cut > 0) {
        e = cut;
      }
    }
    return items(c, s, e, false);
  }

  /** Whether token {@code k} may belong to a noun phrase list of casualties. */
  private static boolean inPhrase(Ctx c, int k, boolean leftwards) {
    Token tok = c.t().get(k);
    String w = tok.norm();
    if (tok.isPunct(",")) {
      return true;
    }
    if (tok.kind() == Token.Kind.PUNCT) {
      return tok.isPunct("'") || tok.isPunct("\u2019") || tok.isPunct("\"");
    }
    if (tok.kind() == Token.Kind.NUMBER || c.qAt()[k] != null) {
      return true;
    }
    if (w.equals("and") || w.equals("including") || w.equals("of") || w.equals("other")) {
      return !(w.equals("and") && Lexicon.CASUALTIES.match(c.t(), k + 1) > 0);
    }
    if (w.equals("least") && c.w(k - 1).equals("at") || w.equals("at") && c.w(k + 1).equals("least")
        || w.equals("than") && (c.w(k - 1).equals("more") || c.w(k - 1).equals("fewer"))
        || w.equals("to") && c.w(k - 1).equals("up")) {
      return true;
    }
    if (Lexicon.is("boundary", w) || Lexicon.is("speech", w) || Lexicon.is("auxiliary", w)
        || w.equals("have") || w.equals("has") || w.equals("had")) {
      return false;
    }
    if (Lexicon.CASUALTIES.match(c.t(), k) > 0 || Lexicon.EVENTS.match(c.t(), k) > 0
        || isEventWordEnding(c, k)) {
      return false;
    }
    if (c.named().get(k)) {
      return false; // a place: "in Kabul"
    }
    return tok.isWord();
  }

  /** Whether token {@code k} ends a multi-word event phrase ("opened fire"). */
  private static boolean isEventWordEnding(Ctx c, int k) {
    for (int s = Math.max(0, k - 3); s < k; s++) {
      if (Lexicon.EVENTS.match(c.t(), s) == k + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits tokens {@code [s, e)} into groups at "and" and commas; drops the subset after
   * "including"; stops (from the casualty word's side) at the first item that counts nobody.
   */
  private static List<Group> items(Ctx c, int s, int e, boolean leftwards) {
    List<int[]> spans = new ArrayList<>();
    int itemStart = s;
    boolean subset = false;
    List<Boolean> subsets = new ArrayList<>();
    for (int k = s; k <= e; k++) {
      boolean sep = k == e || c.t().get(k).isPunct(",") || c.w(k).equals("and")
          || c.w(k).equals("including");
      if (sep) {
        if (k > itemStart) {
          // "12 people, eight of them children", "among them three soldiers", "mostly women":
          // a part of the item before, as after "including"
          subset |= !spans.isEmpty() && partOfBefore(c, itemStart, k);
          spans.add(new int[] {itemStart, k});
          subsets.add(subset);
        }
        if (k < e && c.w(k).equals("including")) {
          subset = true;
        } else if (k < e && c.t().get(k).isPunct(",") && c.w(k + 1).equals("and")) {
          subset = false; // "including two soldiers, and 20 assailants": ", and" closes it
        }
        itemStart = k + 1;
      }
    }
    // "Nduwakora, a Burundian Army major, and two other people": the second item describes the
    // first (a name), it is not another person
    for (int x = 0; x + 1 < spans.size(); x++) {
      int[] a = spans.get(x);
      int[] b = spans.get(x + 1);
      boolean commaBetween = a[1] < c.t().size() && c.t().get(a[1]).isPunct(",") && b[0] == a[1] + 1;
      if (commaBetween && isName(c, a[0], a[1]) && Lexicon.is("determiner", c.w(b[0]))) {
        spans.remove(x + 1);
        subsets.remove(x + 1);
      }
    }
    List<Group> groups = new ArrayList<>();
    if (leftwards) {
      for (int x = spans.size() - 1; x >= 0; x--) {
        Group g = item(c, spans.get(x)[0], spans.get(x)[1]);
        if (g == null) {
          break;
        }
        if (!subsets.get(x)) {
          groups.add(0, g);
        }
      }
    } else {
      for (int x = 0; x < spans.size(); x++) {
        Group g = item(c, spans.get(x)[0], spans.get(x)[1]);
        if (g == null) {
          break;
        }
        if (!subsets.get(x)) {
          groups.add(g);
        }
      }
    }
    // a subset with nothing before it ("including two soldiers were killed") counts itself
    if (groups.isEmpty()) {
      return List.of();
    }
    return groups;
  }

  /** Whether item {@code [from, to)} names a part of the item before it ("most of them"). */
  private static boolean partOfBefore(Ctx c, int from, int to) {
    String first = c.w(from);
    if (first.equals("mostly") || first.equals("mainly") || first.equals("among")
        || first.equals("amongst")) {
      return true;
    }
    for (int k = from + 1; k < to; k++) {
      String w = c.w(k);
      if ((w.equals("them") || w.equals("whom")) && (c.w(k - 1).equals("of")
          || c.w(k - 1).equals("among") || c.w(k - 1).equals("amongst"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * One item: a count ("three police officers", "at least 20 assailants", "several others"), one
   * person ("a civilian", "the bomber", "another", "himself", "Mawlavi Sher Agha"), or a plural
   * noun of people without a number (at least one). Null if it counts nobody.
   */
  private static Group item(Ctx c, int from, int to) {
    List<Token> t = c.t();
    Lexicon.Role role = null;
    for (int k = to - 1; k >= from && role == null; k--) {
      Optional<Lexicon.Role> r = Lexicon.person(c.w(k));
      if (r.isPresent()) {
        role = r.get();
      } else if (c.person().get(k)) {
        role = Lexicon.Role.EITHER; // "two Fulani", "Israelis"
      }
    }
    if (to - from >= 2 && t.get(to - 1).isWord() && c.w(to - 1).endsWith("ed")
        && Lexicon.person(c.w(to - 1)).isEmpty()) {
      return null; // "several prisoners escaped", "two suspects arrested": a clause of its own
    }
    for (int k = from; k < to; k++) {
      Quantities.Quantity q = c.qAt()[k];
      if (q != null && q.to() <= to && q.value().isPresent()) {
        if (role == null && q.to() < to && Lexicon.is("unit", c.w(q.to()))) {
          return null; // "shot at the wall 4 times": a measure, nobody counted
        }
        return new Group(q.value().get(), role == null ? Lexicon.Role.VICTIM : role, from, to);
      }
    }
    String first = c.w(from);
    if (first.equals("himself") || first.equals("herself")) {
      return new Group(Estimate.exact(1), Lexicon.Role.PERPETRATOR, from, to);
    }
    if (first.equals("themselves")) {
      return new Group(Estimate.atLeast(1), Lexicon.Role.PERPETRATOR, from, to);
    }
    if (first.equals("another") || first.equals("one")) {
      return new Group(Estimate.exact(1), role == null ? Lexicon.Role.VICTIM : role, from, to);
    }
    boolean indefinite = first.equals("a") || first.equals("an");
    if (role == null && (indefinite || first.equals("the"))
        && to - from <= 6 && singular(c.w(to - 1)) && t.get(to - 1).isWord()
        && (!t.get(to - 1).isCapitalized() || indefinite && to - from >= 2
            && !c.named().get(to - 1))) {
      // (and "a Village Defence Guard VDG was killed": one person the text names by title)
      // "A cyclist died", "killed the head of an immunisation programme"
      return new Group(Estimate.exact(1), Lexicon.Role.VICTIM, from, to);
    }
    if (role != null) {
      boolean singular = singular(c.w(lastPerson(c, from, to)));
      if (Lexicon.is("determiner", first) || singular && t.get(from).isCapitalized()) {
        if (singular) {
          return new Group(Estimate.exact(1), role, from, to);
        }
        return new Group(Estimate.atLeast(1), role, from, to); // "the assailants"
      }
      if (!singular) {
        return new Group(Estimate.atLeast(1), role, from, to); // "assailants were killed"
      }
      return null;
    }
    if (isName(c, from, to)) {
      return new Group(Estimate.exact(1), Lexicon.Role.VICTIM, from, to);
    }
    return null;
  }

  /** A person's name: up to four capitalised words that are no place, nationality or actor. */
  private static boolean isName(Ctx c, int from, int to) {
    if (to - from > 4 || to <= from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token tok = c.t().get(k);
      if (!tok.isCapitalized() || c.named().get(k) || c.person().get(k)
          || Lexicon.isVocabulary(tok.norm())) {
        return false;
      }
    }
    return true;
  }

  private static int lastPerson(Ctx c, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (Lexicon.person(c.w(k)).isPresent()) {
        return k;
      }
    }
    return to - 1;
  }

  /** "officer", "man", "police": one person; "officers", "men", "people": several. */
  private static boolean singular(String noun) {
    switch (noun) {
      case "people":
      case "men":
      case "women":
      case "children":
      case "police":
      case "personnel":
      case "troops":
      case "gunmen":
      case "policemen":
      case "militiamen":
      case "herdsmen":
      case "servicemen":
      case "others":
      case "staff":
      case "crew":
        return false;
      default:
        return !noun.endsWith("s") || noun.endsWith("ss");
    }
  }

  private static boolean is(List<Token> t, int k, String w) {
    return k >= 0 && k < t.size() && t.get(k).norm().equals(w);
  }
}
