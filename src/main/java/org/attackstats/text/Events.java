package org.attackstats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;

/**
 * Event words and the roles around them. {@link #triggers} finds the words that report a
 * violent event ({@code events.tsv}: "detonated", "opened fire", "clashed", "ambushed", "set
 * fire", "abducted", "airstrikes", "killed" ...), in active, passive and nominal use, and leaves
 * out those that report no event (an infinitive "to attack", "planned attacks", a counted "61
 * attacks" or "more than 160 times", which are tallies, "a direct hit"). {@link #clauses} cuts a
 * sentence into the clauses that describe different events, and {@link #roles} reads who acted,
 * who or what was hit, the method and the number of munitions of one clause, keeping the roles
 * apart: a name inside the target ("struck an ISIL IED factory") is the target's actor, never the
 * perpetrator, and a weapon that was destroyed ("destroyed a mortar position") is not the method.
 */
final class Events {
  private Events() {}

  /**
   * An event word.
   *
   * @param from first token, inclusive
   * @param to last token, exclusive
   * @param word what it reports
   * @param passive whether it is a passive participle ("was attacked")
   */
  record Trigger(int from, int to, Lexicon.EventWord word, boolean passive) {
    boolean plural() {
      return word.form() == Lexicon.Form.PLURAL;
    }

    boolean noun() {
      return word.form() == Lexicon.Form.NOUN || word.form() == Lexicon.Form.PLURAL;
    }
  }

  /**
   * Who did what to whom in one clause.
   *
   * @param actor the perpetrator (or the responder), if named
   * @param actorFrom first token of the actor's name, -1 if none
   * @param target what was hit, as written
   * @param targetActor whose it was, if named
   * @param method the way of attack
   * @param munitions how many projectiles or strikes
   */
  record Roles(Optional<Gazetteer.Entry> actor, int actorFrom,
      Optional<String> target, Optional<Gazetteer.Entry> targetActor, Optional<Method> method,
      Estimate munitions) {}

  /** Words before "to" after which an event noun follows: "in response to attacks". */
  private static final java.util.Set<String> TO_NOUN =
      java.util.Set.of("response", "retaliation", "addition", "due", "prior", "subjected",
          "exposed", "attempted", "tried", "sought", "reaction", "linked", "related", "owing",
          "attempt", "attempts");

  /** Words after "fired" that make it an attack: "fired on", "fired rockets". */
  private static final java.util.Set<String> FIRED_AT =
      java.util.Set.of("on", "at", "upon", "into", "toward", "towards", "shots", "rockets",
          "mortars", "missiles", "shells", "bullets", "projectiles", "rounds", "artillery");

  static List<Trigger> triggers(List<Token> t, List<Gazetteer.Match> names,
      List<Quantities.Quantity> qs, List<Dates.DateMention> dates) {
    List<Trigger> out = new ArrayList<>();
    boolean[] inName = new boolean[t.size()];
    for (Gazetteer.Match m : names) {
      if (!m.has(Gazetteer.Kind.METHOD)) {
        for (int k = m.from(); k < m.to(); k++) {
          inName[k] = true;
        }
      }
    }
    int i = 0;
    while (i < t.size()) {
      int e = Lexicon.EVENTS.match(t, i);
      if (e < 0 && word(t, i).equals("set") && !inName[i]) {
        // "set the vehicle on fire", "set several houses ablaze"
        for (int k = i + 1; k < t.size() && k <= i + 6; k++) {
          if (word(t, k).equals("ablaze") || word(t, k).equals("alight")
              || word(t, k).equals("fire") && (word(t, k - 1).equals("on") || word(t, k - 1).equals("to"))) {
            out.add(new Trigger(i, i + 1, Lexicon.EVENTS.get("set fire"), false));
            break;
          }
          if (t.get(k).kind() == Token.Kind.PUNCT) {
            break;
          }
        }
      }
      if (e < 0 || inName[i]) {
        i++;
        continue;
      }
      Lexicon.EventWord w = Lexicon.EVENTS.get(t, i, e);
      if (isEvent(t, i, e, w, qs, dates)) {
        out.add(new Trigger(i, e, w, passive(t, i)));
      }
      i = e;
    }
    return out;
  }

  private static boolean isEvent(List<Token> t, int i, int e, Lexicon.EventWord w,
      List<Quantities.Quantity> qs, List<Dates.DateMention> dates) {
    String first = t.get(i).norm();
    String before = word(t, i - 1);
    boolean noun = w.form() == Lexicon.Form.NOUN || w.form() == Lexicon.Form.PLURAL;
    if (before.equals("to") && !TO_NOUN.contains(word(t, i - 2))) {
      return false; // "to attack", "continued to attack": an intention or a habit, no one event
    }
    for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
      if (Lexicon.is("nonevent", word(t, k))) {
        return false;
      }
    }
    if (first.equals("hit") && (before.equals("a") || before.equals("the") || before.equals("direct"))) {
      return false; // "a direct hit"
    }
    if (first.equals("fired") && e == i + 1 && !FIRED_AT.contains(word(t, e))
        && !weaponFollows(t, e) && !weaponBefore(t, i)) {
      return false; // "was fired from his job"; "rockets fired from" is read by "hit"
    }
    if (noun && e < t.size() && Lexicon.is("compound", word(t, e))) {
      return false; // "the strike decisions", "attack helicopters"
    }
    if ((first.equals("battle") || first.equals("fighting")) && word(t, e).equals("of")) {
      return false; // "the battle of the right against the wrong"
    }
    if (first.equals("engaged") && !word(t, e).equals("with") && !word(t, e).equals("in")) {
      return false;
    }
    if (afterSince(dates, i) || counted(t, i, e, w, qs)) {
      return false;
    }
    return true;
  }

  /** "fired a rocket", "fired several mortar rounds": a weapon within three words. */
  private static boolean weaponFollows(List<Token> t, int e) {
    for (int k = e; k < t.size() && k < e + 4; k++) {
      if (firedWeapon(word(t, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Shots were fired", "two rockets were later fired": a weapon in the few words before the
   * auxiliary of a passive "fired" (a person "was fired from his job").
   */
  private static boolean weaponBefore(List<Token> t, int i) {
    int k = i - 1;
    while (k >= 0 && Lexicon.is("adverb", t.get(k).norm())) {
      k--;
    }
    if (k < 0 || !Lexicon.is("auxiliary", t.get(k).norm())) {
      return false;
    }
    for (int j = k - 1; j >= 0 && j >= k - 4 && t.get(j).isWord(); j--) {
      if (firedWeapon(t.get(j).norm())) {
        return true;
      }
    }
    return false;
  }

  /** A word of what is fired: rockets, mortar rounds, shells, grenades, bullets, shots. */
  private static boolean firedWeapon(String w) {
    return w.startsWith("rocket") || w.startsWith("mortar") || w.startsWith("missile")
        || w.startsWith("shell") || w.startsWith("grenade") || w.startsWith("bullet")
        || w.startsWith("round") || w.startsWith("shot") || w.startsWith("gun")
        || w.startsWith("projectile") || w.startsWith("artillery");
  }

  /** "since Oct. 17 ... attacks": the period of a tally, not an event. */
  static boolean afterSince(List<Dates.DateMention> dates, int k) {
    for (Dates.DateMention d : dates) {
      if (d.since() && d.to() <= k && k - d.to() <= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * "61 attacks", "more than five dozen attacks", "launched dozens of attacks", "attacked U.S.
   * bases more than 160 times": a count of events, read as a tally.
   */
  static boolean counted(List<Token> t, int i, int e, Lexicon.EventWord w,
      List<Quantities.Quantity> qs) {
    boolean noun = w.form() == Lexicon.Form.NOUN || w.form() == Lexicon.Form.PLURAL;
    for (Quantities.Quantity q : qs) {
      if (noun && (q.to() == i || q.to() == i - 1 && t.get(i - 1).isWord()
          && !t.get(i - 1).norm().equals("of"))) {
        return !q.value().equals(Optional.of(Estimate.exact(1)));
      }
      if (noun && q.to() == i - 1 && word(t, i - 1).equals("of") && w.form() == Lexicon.Form.PLURAL) {
        return true; // "dozens of attacks"
      }
      if (!noun && q.from() > i && q.from() - i <= 12 && isRepetition(word(t, q.to()))) {
        return true;
      }
      if (!noun && q.from() >= e && q.from() - e <= 3 && w.event().equals("attack")) {
        // "launched dozens of attacks", "have launched 61 attacks"
        int k = word(t, q.to()).equals("of") ? q.to() + 1 : q.to();
        int pe = Lexicon.EVENTS.match(t, k);
        if (pe > 0 && Lexicon.EVENTS.get(t, k, pe).form() == Lexicon.Form.PLURAL) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isRepetition(String w) {
    return w.equals("times") || w.equals("occasions");
  }

  private static boolean passive(List<Token> t, int i) {
    int k = i - 1;
    while (k >= 0 && Lexicon.is("adverb", t.get(k).norm())) {
      k--;
    }
    return k >= 0 && Lexicon.is("auxiliary", t.get(k).norm());
  }

  /** Whether a sentence names events in the plural ("the attacks", "the raids"). */
  static boolean mentionsSeveralEvents(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      int e = Lexicon.EVENTS.match(t, k);
      if (e > 0 && Lexicon.EVENTS.get(t, k, e).form() == Lexicon.Form.PLURAL) {
        return true;
      }
    }
    return false;
  }

  private static String word(List<Token> t, int k) {
    return k >= 0 && k < t.size() ? t.get(k).norm() : "";
  }

  // ------------------------------------------------------------------------------ clauses

  /**
   * A clause of a sentence: tokens {@code [from, to)}.
   *
   * @param from first token
   * @param to last token, exclusive
   * @param provoking whether it follows "in response to" or "in retaliation for": it describes
   *     the event answered
   */
  record Clause(int from, int to, boolean provoking) {
    boolean contains(int k) {
      return k >= from && k < to;
    }
  }

  /**
   * The clauses of a sentence that may describe different events: cut before "in response to"
   * and "in retaliation for" (the answered event runs to the end of the sentence, or to its
   * comma when the phrase opens the sentence: "In response to the attack, U.S. jets struck
   * ..."), at semicolons, and at ", and", ", while" when both sides have an event word and a
   * date or named place of their own.
   */
  static List<Clause> clauses(Facts f) {
    List<Token> t = f.tokens();
    int n = t.size();
    int[] triggers = new int[n + 1];
    int[] anchors = new int[n + 1];
    boolean[] trig = new boolean[n];
    boolean[] anchorAt = new boolean[n];
    boolean[] inDate = new boolean[n];
    for (Trigger tr : f.triggers()) {
      trig[tr.from()] = true;
    }
    for (Dates.DateMention d : f.dates()) {
      if (!d.since()) {
        anchorAt[d.from()] = true;
      }
      for (int j = d.from(); j < d.to(); j++) {
        inDate[j] = true;
      }
    }
    for (Places.Mention p : f.places()) {
      if (!p.onlyCountry()) {
        anchorAt[p.from()] = true;
      }
    }
    for (int k = 0; k < n; k++) {
      triggers[k + 1] = triggers[k] + (trig[k] ? 1 : 0);
      anchors[k + 1] = anchors[k] + (anchorAt[k] ? 1 : 0);
    }
    List<Clause> out = new ArrayList<>();
    int start = 0;
    boolean provoking = false;
    boolean opening = false; // the answered event opens the sentence: it ends at its comma
    for (int k = 0; k < n; k++) {
      String w = f.word(k);
      boolean split = t.get(k).isPunct(";");
      int next = k + 1;
      boolean nextProvoking = false;
      boolean nextOpening = false;
      if ((w.equals("and") || w.equals("while") || w.equals("whereas")) && !inDate[k] && k > 0
          && t.get(k - 1).isPunct(",")
          && triggers[k] - triggers[start] > 0 && anchors[k] - anchors[start] > 0
          && triggers[n] - triggers[k + 1] > 0 && anchors[n] - anchors[k + 1] > 0) {
        split = true;
      }
      if (w.equals("response") && f.word(k + 1).equals("to")
          || w.equals("retaliation") && f.word(k + 1).equals("for")) {
        split = true;
        next = k + 2;
        nextProvoking = true;
        // "In retaliation for the attack, U.S. jets struck ...": what follows the comma answers
        nextOpening = start == 0 && k == 1 && f.word(0).equals("in");
      } else if (opening && t.get(k).isPunct(",")) {
        split = true;
      }
      if (split && k > start && !nextOpening) {
        out.add(new Clause(start, k, provoking));
      }
      if (split) {
        start = next;
        provoking = nextProvoking;
        opening = nextOpening;
      }
    }
    if (start < n) {
      out.add(new Clause(start, n, provoking));
    }
    return out;
  }

  // -------------------------------------------------------------------------------- roles

  /** The roles of one clause: see {@link Roles}. */
  static Roles roles(Facts f, Clause c, List<Trigger> triggers) {
    List<Gazetteer.Match> actors = new ArrayList<>();
    List<Gazetteer.Match> methods = new ArrayList<>();
    for (Gazetteer.Match m : f.names()) {
      if (!c.contains(m.from())) {
        continue;
      }
      if ((m.has(Gazetteer.Kind.ACTOR) || m.has(Gazetteer.Kind.NATIONALITY)
          || m.has(Gazetteer.Kind.COUNTRY) && stateForces(f, m.to())) && !backed(f, m)) {
        actors.add(m);
      }
      if (m.has(Gazetteer.Kind.METHOD)) {
        methods.add(m);
      }
    }
    int[] target = target(f, c, triggers);
    Optional<Gazetteer.Match> perp = perpetrator(f, c, triggers, actors, methods, target);
    Optional<Gazetteer.Entry> tActor = Optional.empty();
    for (Gazetteer.Match a : actors) {
      if (perp.isPresent() && a == perp.get()) {
        continue;
      }
      boolean inTarget = target[0] >= 0 && a.from() >= target[0] && a.from() < target[1];
      boolean against = a.from() >= 1 && (f.word(a.from() - 1).equals("against")
          || f.word(a.from() - 1).equals("on") && !f.word(a.from() - 2).equals("fire"));
      boolean speaker = Lexicon.is("speech", f.word(a.to())) || f.word(a.to()).equals("officials");
      if ((inTarget || against) && !speaker && a.has(Gazetteer.Kind.ACTOR)) {
        tActor = a.first(Gazetteer.Kind.ACTOR);
        break;
      }
    }
    Optional<Method> method = Optional.empty();
    Estimate munitions = Estimate.unknown();
    Gazetteer.Match used = null;
    for (Gazetteer.Match m : methods) {
      if (taken(f, m, target)) {
        continue;
      }
      if (used == null || distance(m, triggers) < distance(used, triggers)) {
        used = m;
      }
    }
    if (used != null) {
      method = Optional.of(Method.of(used.first(Gazetteer.Kind.METHOD).get().name()));
    }
    for (Trigger tr : triggers) {
      if (tr.word().method().isPresent()
          && (method.isEmpty() || generic(method.get()) && !generic(tr.word().method().get()))) {
        method = tr.word().method();
      }
    }
    munitions = munitions(f, c, methods, target);
    Optional<String> targetText =
        target[0] >= 0 ? Optional.of(f.span(target[0], target[1]))
            : Optional.empty();
    return new Roles(perp.flatMap(Events::actorEntry), perp.map(Gazetteer.Match::from).orElse(-1),
        targetText, tActor, method, munitions);
  }

  /**
   * Whether the name at token {@code from} follows "claimed by" ("the attack was later claimed
   * by the militant group al-Shabaab"): the one who claimed.
   */
  static boolean claimedBy(Facts f, int from) {
    for (int k = from - 1; k >= 1 && k >= from - 4 && f.tokens().get(k).isWord(); k--) {
      if (f.word(k).equals("by")) {
        return f.word(k - 1).equals("claimed");
      }
    }
    return false;
  }

  /** "Iran-backed militias", "Iranian-backed groups": the backer is not the actor. */
  private static boolean backed(Facts f, Gazetteer.Match m) {
    String w = f.word(m.to());
    return (w.equals("backed") || w.equals("linked") || w.equals("allied") || w.equals("aligned")
        || w.equals("sponsored") || w.equals("supported")) && m.to() < f.tokens().size()
        && f.tokens().get(m.to()).start() == f.tokens().get(m.to() - 1).end() + 1;
  }

  /** The named actor of a match: an actor entry, or a country's forces ("Benin military"). */
  static Optional<Gazetteer.Entry> actorEntry(Gazetteer.Match m) {
    Optional<Gazetteer.Entry> a = m.first(Gazetteer.Kind.ACTOR);
    if (a.isPresent()) {
      return a;
    }
    Optional<Gazetteer.Entry> c = m.first(Gazetteer.Kind.NATIONALITY);
    if (c.isEmpty()) {
      c = m.first(Gazetteer.Kind.COUNTRY);
    }
    return c.map(e -> Gazetteer.entry(Gazetteer.Kind.ACTOR, e.country().get().name(), e.country(),
        Optional.empty(), List.of(), java.util.Map.of("type", "state")));
  }

  private static boolean generic(Method m) {
    return m.name().equals("explosive") || m.name().equals("small_arms");
  }

  /** Words after a country or nationality that make it a state's forces: "Benin military". */
  private static boolean stateForces(Facts f, int k) {
    String w = f.word(k);
    return w.equals("military") || w.equals("army") || w.equals("forces") || w.equals("troops")
        || w.equals("police") || w.equals("soldiers") || w.equals("navy") || w.equals("jets")
        || w.equals("warplanes") || w.equals("aircraft") || w.equals("government")
        || w.equals("security") || w.equals("air") || w.equals("drone") || w.equals("drones")
        || w.equals("airstrike") || w.equals("airstrikes") || w.equals("strike")
        || w.equals("strikes") || w.equals("fighter") || w.equals("bombers") || w.equals("gendarmes")
        || w.equals("gendarmerie") || w.equals("authorities") || w.equals("defense")
        || w.equals("defence");
  }

  private static int distance(Gazetteer.Match m, List<Trigger> triggers) {
    int d = Integer.MAX_VALUE;
    for (Trigger t : triggers) {
      d = Math.min(d, Math.abs(m.from() - t.from()));
    }
    return d;
  }

  /**
   * A weapon that was destroyed, taken or struck ("destroyed a mortar position", "struck an IED
   * factory"), or that names the target's kind, is not the method.
   */
  private static boolean taken(Facts f, Gazetteer.Match m, int[] target) {
    if (target[0] >= 0 && m.from() >= target[0] && m.from() < target[1]) {
      return true; // "a military pickup truck" is the target
    }
    for (int k = m.from() - 1; k >= 0 && k >= m.from() - 4; k--) {
      String w = f.word(k);
      if (w.equals("destroyed") || w.equals("destroying") || w.equals("seized")
          || w.equals("captured") || w.equals("intercepted") || w.equals("recovered")
          || w.equals("defused") || w.equals("confiscated") || w.equals("found")
          || w.equals("discovered") || w.equals("downed") || w.equals("dismantled")) {
        return true;
      }
      if (f.tokens().get(k).kind() == Token.Kind.PUNCT) {
        break;
      }
    }
    String after = f.word(m.to());
    return after.equals("factory") || after.equals("storage") || after.equals("cache")
        || after.equals("depot") || after.equals("position") || after.equals("positions")
        || after.equals("site") || after.equals("sites") || after.equals("facility")
        || after.equals("team") || after.equals("cell") || after.equals("launcher")
        || after.equals("launchers") || after.equals("workshop");
  }

  /** "two rockets", "eight strikes", "three airstrikes": a count right before a weapon. */
  private static Estimate munitions(Facts f, Clause c, List<Gazetteer.Match> methods,
      int[] target) {
    for (Quantities.Quantity q : f.quantities()) {
      if (!c.contains(q.from()) || q.value().isEmpty()) {
        continue;
      }
      int next = q.to();
      for (Gazetteer.Match m : methods) {
        boolean plural = f.word(m.to() - 1).endsWith("s");
        if ((m.from() == next || m.from() == next + 1 && f.tokens().get(next).isWord())
            && plural && !taken(f, m, target)) {
          return q.value().get();
        }
      }
      int e = Lexicon.EVENTS.match(f.tokens(), next);
      if (e > 0 && Lexicon.EVENTS.get(f.tokens(), next, e).form() == Lexicon.Form.PLURAL
          && Lexicon.EVENTS.get(f.tokens(), next, e).event().equals("strike")
          && Lexicon.EVENTS.match(f.tokens(), e) > 0) {
        return q.value().get(); // "eight strikes struck three ISIL tactical units"
      }
    }
    return Estimate.unknown();
  }

  /**
   * The thing hit: the object of an active verb ("attacked a police base", "opened fire on
   * police personnel", "detonated targeting a police vehicle"), the subject of a passive one
   * ("Ain al-Asad air base was hit"), or what an event noun is "on" or "against". What a
   * launching verb sends is the weapon, not the target: the target is what it was sent at
   * ("fired a missile at a tanker", "three rockets were fired at the base").
   *
   * @return {from, to} token indices, or {-1, -1}
   */
  private static int[] target(Facts f, Clause c, List<Trigger> triggers) {
    List<Token> t = f.tokens();
    for (Trigger tr : triggers) {
      String w = t.get(tr.from()).norm();
      boolean launch = Lexicon.is("launch", w);
      int j;
      if (tr.passive()) {
        // subject: up to the auxiliary
        int aux = tr.from() - 1;
        while (aux > c.from() && !Lexicon.is("auxiliary", f.word(aux))) {
          aux--;
        }
        int s = aux;
        while (s - 1 >= c.from() && aux - s < 8 && t.get(s - 1).isWord()
            && !Lexicon.is("boundary", f.word(s - 1)) && Lexicon.EVENTS.match(t, s - 1) < 0) {
          s--;
        }
        if (launch && weaponIn(f, s, aux)) {
          j = aimedAt(f, c, tr.to() - 1);
          if (j < 0) {
            continue; // "Two rockets were fired."
          }
        } else if (s < aux) {
          return new int[] {s, aux};
        } else {
          continue;
        }
      } else if (tr.noun()) {
        j = tr.to();
        if (!(f.word(j).equals("on") || f.word(j).equals("against") || f.word(j).equals("targeting"))) {
          continue;
        }
        j++;
      } else if (tr.word().form() == Lexicon.Form.INTRANSITIVE) {
        j = tr.to();
        if (!f.word(j).equals("targeting")) {
          continue;
        }
        j++;
      } else {
        j = tr.to();
        if (AIMED.contains(f.word(j))) {
          j++;
        }
        if (w.equals("killed") || w.equals("murdered") || w.equals("executed")) {
          continue; // the victims are counted, not a target
        }
        int weapon = launch ? weaponAt(f, c, skipDeterminers(f, c, j)) : -1;
        if (weapon >= 0) {
          j = aimedAt(f, c, weapon);
          if (j < 0) {
            continue; // "fired a rocket"
          }
        }
      }
      j = skipDeterminers(f, c, j);
      int end = j;
      while (end < c.to() && end - j < 8 && t.get(end).isWord()
          && !Lexicon.is("boundary", f.word(end)) && Lexicon.CASUALTIES.match(t, end) < 0
          && Lexicon.EVENTS.match(t, end) < 0 && !f.word(end).equals("killing")) {
        end++;
      }
      if (end > j) {
        return new int[] {j, end};
      }
    }
    return new int[] {-1, -1};
  }

  /** Words after which the target follows: "fired at", "opened fire on", "rammed into". */
  private static final java.util.Set<String> AIMED =
      java.util.Set.of("on", "at", "upon", "into", "against", "targeting", "toward", "towards");

  private static int skipDeterminers(Facts f, Clause c, int j) {
    while (j < c.to() && (f.word(j).equals("a") || f.word(j).equals("an") || f.word(j).equals("the"))) {
      j++;
    }
    return j;
  }

  /**
   * The end of a weapon phrase at {@code j} ("a missile", "three rockets", "two Katyusha
   * rockets"): a count, at most two words and a weapon name; -1 if none starts there.
   */
  private static int weaponAt(Facts f, Clause c, int j) {
    for (Quantities.Quantity q : f.quantities()) {
      if (q.from() == j) {
        j = q.to();
        break;
      }
    }
    for (Gazetteer.Match m : f.names()) {
      if (m.has(Gazetteer.Kind.METHOD) && m.from() >= j && m.from() <= j + 2 && m.to() <= c.to()) {
        for (int k = j; k < m.from(); k++) {
          if (!f.tokens().get(k).isWord() || Lexicon.is("boundary", f.word(k))) {
            return -1;
          }
        }
        return m.to();
      }
    }
    return -1;
  }

  /** Whether a weapon lies in tokens {@code [from, to)}: "Three rockets", "shots" were fired. */
  private static boolean weaponIn(Facts f, int from, int to) {
    for (int k = from; k < to; k++) {
      if (firedWeapon(f.word(k))) {
        return true;
      }
    }
    for (Gazetteer.Match m : f.names()) {
      if (m.has(Gazetteer.Kind.METHOD) && m.from() >= from && m.to() <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the target starts after a weapon that ends before {@code k}: after "at", "on",
   * "toward" ... within four words ("fired a missile from Yemen at a tanker"), or right after
   * {@code k} when it is such a word itself ("were fired at"); -1 if nothing is aimed at.
   */
  private static int aimedAt(Facts f, Clause c, int k) {
    if (k >= c.from() && AIMED.contains(f.word(k))) {
      return k + 1;
    }
    for (int j = k + 1; j < c.to() && j <= k + 4 && f.tokens().get(j).isWord(); j++) {
      if (AIMED.contains(f.word(j))) {
        return j + 1;
      }
    }
    return -1;
  }

  /**
   * Who acted: "attack by X" and "killed by X"; the subject of an active event verb ("Taliban
   * militants stormed", "the U.S. launched", "Benin military shot"); a name before an event
   * noun or a weapon ("Houthi missile attack", "a U.S. drone"). Never a name inside the target.
   */
  private static Optional<Gazetteer.Match> perpetrator(Facts f, Clause c, List<Trigger> triggers,
      List<Gazetteer.Match> actors, List<Gazetteer.Match> methods, int[] target) {
    if (actors.isEmpty()) {
      return Optional.empty();
    }
    List<Gazetteer.Match> usable = new ArrayList<>();
    for (Gazetteer.Match a : actors) {
      boolean inTarget = target[0] >= 0 && a.from() >= target[0] && a.from() < target[1];
      if (!inTarget && !placeOfEvent(f, a)) {
        usable.add(a);
      }
    }
    // "... by X": after a passive event word or casualty word, or after an event noun; "the
    // bombing was claimed by X" is a claim, read with the claims
    for (int k = c.from(); k < c.to(); k++) {
      if (!f.word(k).equals("by") || f.word(k - 1).equals("claimed")) {
        continue;
      }
      boolean afterEvent = false;
      for (int b = Math.max(c.from(), k - 3); b < k; b++) {
        if (Lexicon.EVENTS.match(f.tokens(), b) > 0 || Lexicon.CASUALTIES.match(f.tokens(), b) > 0) {
          afterEvent = true;
        }
      }
      if (!afterEvent) {
        continue;
      }
      for (Gazetteer.Match a : usable) {
        if (a.from() > k && a.from() - k <= 5) {
          return Optional.of(a);
        }
      }
    }
    for (int x = 0; x < usable.size(); x++) {
      Gazetteer.Match a = usable.get(x);
      int next = a.to();
      // "U.S. and British forces carried out airstrikes": the first of coordinated actors
      while (x + 1 < usable.size() && f.word(next).equals("and") && usable.get(x + 1).from() == next + 1) {
        next = usable.get(x + 1).to();
      }
      // "U.S. drone", "Houthi missile", "Israeli airstrike"; not "an ISIL mortar position"
      for (Gazetteer.Match me : methods) {
        if (me.from() >= next && me.from() - next <= 3 && modifiers(f, next, me.from())
            && !taken(f, me, target)) {
          return Optional.of(a);
        }
      }
      for (Trigger tr : triggers) {
        if (tr.noun() && tr.from() >= next && tr.from() - next <= 2) {
          return Optional.of(a); // "Hamas attack", "Taliban militants' attack"
        }
        // subject of an active verb: "the U.S. launched", "Taliban militants stormed"
        if (!tr.noun() && !tr.passive() && tr.from() >= next && tr.from() - next <= 4) {
          boolean ok = true;
          for (int j = next; j < tr.from(); j++) {
            String w = f.word(j);
            if (!f.tokens().get(j).isWord() || Lexicon.is("auxiliary", w) || w.equals("that")
                || w.equals("which") || w.equals("who") || Lexicon.is("boundary", w)
                && !w.equals("and")) {
              ok = false;
              break;
            }
          }
          if (ok) {
            return Optional.of(a);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A name used as the place of the event ("attacked a U.S. base in Syria with drones",
   * "militants in Syria attacked"): a place after a preposition that marks where, not who.
   */
  private static boolean placeOfEvent(Facts f, Gazetteer.Match a) {
    for (Places.Mention p : f.places()) {
      if (p.from() == a.from() && p.weight() >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tokens between an actor and its weapon: "U.S. F-16 and F-15 fighter jets", "Houthi
   * anti-ship"; not a preposition ("Syria with drones").
   */
  private static boolean modifiers(Facts f, int from, int to) {
    for (int j = from; j < to; j++) {
      Token t = f.tokens().get(j);
      if (!(t.kind() == Token.Kind.NUMBER || t.isCapitalized() || t.norm().equals("and")
          || t.isWord() && to - from == 1 && !t.norm().equals("of")
          && !Lexicon.is("boundary", t.norm()))) {
        return false;
      }
    }
    return true;
  }
}
