package org.attackstats.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attackstats.model.Actor;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.VagueNumberPolicy;

/**
 * The rules that turn one document's sentences into incident mentions and tally drafts. Every rule
 * looks at a bounded window of tokens, so the work is linear in the length of the text. The rules
 * are described, with examples, in {@code docs/extraction.md}.
 */
final class DocumentAnalyzer {

  /** What one document yields. */
  static final class Result {
    int sentenceCount;
    final List<Mention> incidents = new ArrayList<>();
    final List<TallyRules.Draft> tallies = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
  }

  /** How many earlier incidents a mention is compared with when merging: keeps merging linear. */
  static final int MERGE_WINDOW = 200;

  /** An answered event with no date is dated to this many days before publication, up to it. */
  static final int PROVOKING_DAYS = 30;

  private final Gazetteer gazetteer;
  private final VagueNumberPolicy policy;

  DocumentAnalyzer(Gazetteer gazetteer, VagueNumberPolicy policy) {
    this.gazetteer = gazetteer;
    this.policy = policy;
  }

  Result analyze(NewsDocument doc) {
    Result r = new Result();
    String text = doc.text();
    LocalDate pub = doc.published();
    List<Sentences.Sentence> split = Sentences.split(text, doc.bodyStart());
    List<Mention> mentions = new ArrayList<>();
    Context ctx = new Context(pub);
    r.sentenceCount = split.size();
    TallyRules tallyRules = new TallyRules();
    for (Sentences.Sentence s : split) {
      List<Token> tokens = Token.tokenize(text, s.start(), s.end());
      List<Dates.DateMention> dates = Dates.find(tokens, pub);
      List<Quantities.Quantity> qs = new ArrayList<>();
      for (Quantities.Quantity q : Quantities.find(tokens, policy)) {
        if (dates.stream().noneMatch(d -> q.from() < d.to() && d.from() < q.to())
            && !isYear(tokens, q)
            && !compound(text, tokens, q)) {
          qs.add(q);
        }
      }
      List<Gazetteer.Match> matches = gazetteer.matches(tokens);
      qs.removeIf(q -> matches.stream().anyMatch(m -> q.from() < m.to() && m.from() < q.to()));
      SentenceData sd =
          new SentenceData(s.index(), s, text, tokens, matches, dates, Dates.times(tokens), qs);
      if (sd.paragraph() != ctx.paragraph) {
        ctx.paragraph = sd.paragraph();
        ctx.paragraphResponder = null;
      }
      for (SentenceData clause : clauses(sd)) {
        incidents(clause, ctx, mentions);
      }
      r.tallies.addAll(tallyRules.read(sd, r.notes));
      for (Dates.DateMention d : sd.dates) {
        if (!d.since()) {
          ctx.lastDate = d.span();
        }
      }
    }
    r.incidents.addAll(merge(mentions));
    return r;
  }

  /** "one-way", "two-day": a number joined to a word by a hyphen is an adjective, not a count. */
  private static boolean compound(String text, List<Token> t, Quantities.Quantity q) {
    int end = t.get(q.to() - 1).end();
    int start = t.get(q.from()).start();
    boolean adjective =
        end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
    // "F-16", "MQ-9": a designation
    boolean designation =
        start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2));
    return adjective || designation;
  }

  /**
   * The clauses of a sentence analysed as separate mentions: split before "in response to", "a
   * response to", "in retaliation for" (what follows describes the provoking event) and at
   * semicolons.
   */
  static List<SentenceData> clauses(SentenceData sd) {
    List<SentenceData> out = new ArrayList<>();
    int n = sd.tokens.size();
    // prefix counts of trigger words and of anchors (dates and named places), for O(1) checks
    int[] triggers = new int[n + 1];
    int[] anchors = new int[n + 1];
    boolean[] anchorAt = new boolean[n];
    boolean[] inDate = new boolean[n];
    for (Dates.DateMention d : sd.dates) {
      if (!d.since()) {
        anchorAt[d.from()] = true;
      }
      for (int j = d.from(); j < d.to(); j++) {
        inDate[j] = true;
      }
    }
    for (Gazetteer.Match m : sd.matches) {
      Gazetteer.Kind kind = m.entry().kind();
      if (kind != Gazetteer.Kind.ACTOR && kind != Gazetteer.Kind.METHOD
          && kind != Gazetteer.Kind.COUNTRY) {
        anchorAt[m.from()] = true;
      }
    }
    for (int k = 0; k < n; k++) {
      triggers[k + 1] = triggers[k] + (Lexicon.isTrigger(sd.word(k)) ? 1 : 0);
      anchors[k + 1] = anchors[k] + (anchorAt[k] ? 1 : 0);
    }
    int start = 0;
    boolean provoking = false;
    boolean nextProvoking = false;
    for (int k = 0; k < n; k++) {
      String w = sd.word(k);
      boolean split = sd.tokens.get(k).isPunct(";");
      int next = k + 1;
      // "Rockets hit Erbil on Monday, and a drone struck al-Tanf on Tuesday": two events
      if ((w.equals("and") || w.equals("while") || w.equals("whereas")) && !inDate[k]
          && triggers[k] - triggers[start] > 0 && anchors[k] - anchors[start] > 0
          && triggers[n] - triggers[k + 1] > 0 && anchors[n] - anchors[k + 1] > 0
          && sd.tokens.get(k - 1).isPunct(",")) {
        split = true;
      }
      if ((w.equals("response") && sd.word(k + 1).equals("to"))
          || (w.equals("retaliation") && sd.word(k + 1).equals("for"))) {
        split = true;
        next = k + 2;
        nextProvoking = true;
      }
      if (split && k > start) {
        out.add(sd.clause(start, k, provoking));
        start = next;
        provoking = nextProvoking;
      }
      nextProvoking = false;
    }
    if (start < sd.tokens.size()) {
      out.add(sd.clause(start, sd.tokens.size(), provoking));
    }
    return out;
  }

  private static boolean isYear(List<Token> t, Quantities.Quantity q) {
    Token a = t.get(q.from());
    return q.to() - q.from() == 1 && a.kind() == Token.Kind.NUMBER && a.text().length() == 4
        && a.text().chars().allMatch(Character::isDigit)
        && Integer.parseInt(a.text()) >= 1900 && Integer.parseInt(a.text()) <= 2100;
  }

  /** State carried from sentence to sentence. */
  private static final class Context {
    final LocalDate published;
    int paragraph = -1;
    DateSpan lastDate;
    Actor paragraphResponder;
    Mention last;
    final List<Mention> recent = new ArrayList<>();
    int lastSentence = -10;

    Context(LocalDate published) {
      this.published = published;
    }
  }

  // ---------------------------------------------------------------------------------- incidents

  private void incidents(SentenceData sd, Context ctx, List<Mention> out) {
    List<Integer> triggers = triggers(sd);
    boolean hasPoint = sd.dates.stream().anyMatch(d -> !d.since());
    List<Gazetteer.Match> places = locations(sd);
    boolean specific = places.stream().anyMatch(m -> m.entry().kind() != Gazetteer.Kind.COUNTRY);
    Mention antecedent =
        ctx.last != null
                && (ctx.lastSentence == sd.index - 1
                    || ctx.last.main().paragraph() == sd.paragraph()
                        && ctx.lastSentence >= sd.index - 3)
            ? ctx.last
            : null;
    if (triggers.isEmpty()) {
      // "There were no reported casualties." after an incident
      if (antecedent != null && !specific && (!hasPoint || has(sd, "toll"))) {
        Mention m = new Mention();
        casualties(sd, m, 0, sd.tokens.size());
        if (!m.injured.isUnknown() || !m.killed.isUnknown()) {
          antecedent.injured = Mention.larger(antecedent.injured, m.injured, m.correction);
          antecedent.killed = Mention.larger(antecedent.killed, m.killed, m.correction);
          addSentence(antecedent, sd);
          ctx.lastSentence = sd.index;
        }
      }
      return;
    }
    boolean allPlural = triggers.stream().allMatch(k -> Lexicon.TRIGGER_PLURALS.contains(sd.word(k)));
    boolean isNew =
        allPlural
            ? hasPoint && (specific || perpetrator(sd, triggers) != null)
            : hasPoint || specific;
    if (has(sd, "toll") && !specific && antecedent != null) {
      isNew = false;
    }
    if (sd.provoking && !allPlural) {
      // "in retaliation for the deadly drone attack on U.S. troops in Jordan": the answered event
      isNew = hasPoint || !places.isEmpty();
      if (!isNew) {
        return;
      }
    }
    if (!isNew) {
      boolean indefinite = triggers.stream().anyMatch(k -> indefinite(sd, k));
      if ((!allPlural || specific) && !indefinite && antecedent != null) {
        Mention m = build(sd, ctx, triggers, null);
        antecedent = closest(ctx, sd, m, antecedent);
        if (antecedent.targetActor == null && m.targetActor != null
            && !m.targetActor.equals(antecedent.actor)) {
          antecedent.targetActor = m.targetActor;
        }
        if (antecedent.kind != Mention.Kind.RESPONSE && antecedent.actor == null
            && m.actor != null && m.kind == Mention.Kind.ATTACK) {
          antecedent.actor = m.actor;
          antecedent.kind = Mention.Kind.ATTACK;
        }
        antecedent.killed = Mention.larger(antecedent.killed, m.killed, m.correction);
        antecedent.injured = Mention.larger(antecedent.injured, m.injured, m.correction);
        if (antecedent.location() == null && m.location() != null
            && (antecedent.country() == null || antecedent.country().equals(m.country()))) {
          antecedent.place = m.place;
          antecedent.base = m.base;
          antecedent.district = m.district;
        }
        addSentence(antecedent, sd);
        ctx.lastSentence = sd.index;
        return;
      }
      if (!allPlural && indefinite) {
        Mention m = build(sd, ctx, triggers, null);
        if (m.usVictims && (!m.killed.isUnknown() || !m.injured.isUnknown())) {
          remember(ctx, sd, m, out);
        }
      }
      return;
    }
    List<Gazetteer.Match> bases = new ArrayList<>();
    for (Gazetteer.Match m : places) {
      if (m.entry().kind() == Gazetteer.Kind.BASE
          && bases.stream().noneMatch(b -> b.entry().equals(m.entry()))) {
        bases.add(m);
      }
    }
    if (bases.size() > 1) {
      for (Gazetteer.Match b : bases) {
        remember(ctx, sd, build(sd, ctx, triggers, b), out);
      }
      return;
    }
    if (bases.isEmpty()) {
      // "near al-Qaim in Iraq and near Deir ez-Zor in Syria": one mention per country, when each
      // country has a place more precise than its name
      Map<Country, Gazetteer.Match> byCountry = new LinkedHashMap<>();
      for (Gazetteer.Match p : places) {
        p.entry().country().ifPresent(c -> byCountry.merge(c, p,
            (a, b) -> rank(b.entry().kind()) > rank(a.entry().kind()) ? b : a));
      }
      long precise =
          byCountry.values().stream().filter(p -> p.entry().kind() != Gazetteer.Kind.COUNTRY).count();
      if (byCountry.size() > 1 && precise == byCountry.size()) {
        for (Gazetteer.Match p : byCountry.values()) {
          remember(ctx, sd, build(sd, ctx, triggers, p), out);
        }
        return;
      }
    }
    remember(ctx, sd, build(sd, ctx, triggers, bases.isEmpty() ? null : bases.get(0)), out);
  }

  /**
   * The incident an anaphor refers to: when it names a place ("killed in the strikes near
   * al-Qaim"), the latest recent incident at a compatible place; otherwise the last one.
   */
  private static Mention closest(Context ctx, SentenceData sd, Mention anaphor, Mention last) {
    if (anaphor.place == null && anaphor.base == null) {
      return last;
    }
    for (int i = ctx.recent.size() - 1; i >= 0; i--) {
      Mention c = ctx.recent.get(i);
      int seen = c.sentences.get(c.sentences.size() - 1).index();
      if (seen >= sd.index - 3 && (c.place != null || c.base != null)
          && c.placeCompatible(anaphor)) {
        return c;
      }
    }
    return last;
  }

  private static void addSentence(Mention m, SentenceData sd) {
    if (m.sentences.get(m.sentences.size() - 1) != sd.sentence) {
      m.sentences.add(sd.sentence);
    }
  }

  private static void remember(Context ctx, SentenceData sd, Mention m, List<Mention> out) {
    out.add(m);
    ctx.last = m;
    ctx.recent.add(m);
    if (ctx.recent.size() > 10) {
      ctx.recent.remove(0);
    }
    ctx.lastSentence = sd.index;
    if (m.kind == Mention.Kind.RESPONSE && m.actor != null) {
      ctx.paragraphResponder = m.actor;
    }
  }

  /** Token indices of attack words that describe an event (not counted, not hypothetical). */
  private List<Integer> triggers(SentenceData sd) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < sd.tokens.size(); k++) {
      String w = sd.word(k);
      boolean noun = Lexicon.TRIGGER_NOUNS.contains(w) || Lexicon.TRIGGER_PLURALS.contains(w);
      boolean dropped =
          w.equals("dropped") && Lexicon.BOMBS.contains(sd.word(k + 1));
      if (!noun && !Lexicon.TRIGGER_VERBS.contains(w) && !dropped) {
        continue;
      }
      if (!sd.tokens.get(k).isWord() || sd.word(k - 1).equals("to")) {
        continue;
      }
      if (insideName(sd, k)) {
        continue;
      }
      if (afterSince(sd, k) || counted(sd, k)) {
        continue;
      }
      if (!noun && countedNounWithin(sd, k + 1, k + 7)) {
        continue; // "launched dozens of attacks": the count is a tally
      }
      if (w.equals("hit") && Lexicon.BEFORE_HIT_NOUN.contains(sd.word(k - 1))) {
        continue; // "a direct hit" is a noun
      }
      out.add(k);
    }
    return out;
  }

  private static boolean insideName(SentenceData sd, int k) {
    for (Gazetteer.Match m : sd.matches) {
      if (m.from() <= k && k < m.to()) {
        return m.entry().kind() != Gazetteer.Kind.METHOD || k != m.to() - 1;
      }
    }
    return false;
  }

  static boolean afterSince(SentenceData sd, int k) {
    for (Dates.DateMention d : sd.dates) {
      if (d.since() && d.to() <= k && k - d.to() <= 3) {
        return true;
      }
    }
    return false;
  }

  /** "61 attacks", "the more than five dozen attacks": a count of attacks, a tally. */
  static boolean counted(SentenceData sd, int k) {
    for (Quantities.Quantity q : sd.quantities) {
      boolean noun = Lexicon.TRIGGER_NOUNS.contains(sd.word(k)) || Lexicon.TRIGGER_PLURALS.contains(sd.word(k));
      if (noun && (q.to() == k || q.to() == k - 1 && sd.tokens.get(k - 1).isWord())) {
        return true;
      }
      // "have attacked U.S. bases ... more than 160 times"
      if (Lexicon.TRIGGER_VERBS.contains(sd.word(k)) && q.from() > k && q.from() - k <= 12
          && isRepetition(sd.word(q.to()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean countedNounWithin(SentenceData sd, int from, int to) {
    for (int j = from; j < to && j < sd.tokens.size(); j++) {
      if ((Lexicon.TRIGGER_NOUNS.contains(sd.word(j)) || Lexicon.TRIGGER_PLURALS.contains(sd.word(j)))
          && counted(sd, j)) {
        return true;
      }
    }
    return false;
  }

  static boolean isRepetition(String w) {
    return w.equals("times") || w.equals("occasions");
  }

  private static boolean indefinite(SentenceData sd, int k) {
    for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
      String w = sd.word(j);
      if (w.equals("a") || w.equals("an") || w.equals("another")) {
        return true;
      }
      if (w.equals("the") || w.equals("this") || w.equals("that") || !sd.tokens.get(j).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Place matches that locate an event: not a route ("from X to Y"), not "the Baghdad government". */
  private static List<Gazetteer.Match> locations(SentenceData sd) {
    List<Gazetteer.Match> out = new ArrayList<>();
    List<Gazetteer.Match> ms = sd.matches;
    for (int i = 0; i < ms.size(); i++) {
      Gazetteer.Match m = ms.get(i);
      Gazetteer.Kind k = m.entry().kind();
      if (k == Gazetteer.Kind.ACTOR || k == Gazetteer.Kind.METHOD) {
        continue;
      }
      if (Lexicon.NOT_A_LOCATION_AFTER.contains(sd.word(m.to()))) {
        continue;
      }
      String before = sd.word(m.from() - 1);
      if (before.equals("from") && (sd.word(m.to()).equals("to") || k == Gazetteer.Kind.BASE)) {
        continue;
      }
      if (before.equals("to") && i > 0 && ms.get(i - 1).to() == m.from() - 1
          && sd.word(ms.get(i - 1).from() - 1).equals("from")) {
        continue;
      }
      out.add(m);
    }
    return out;
  }

  private static int rank(Gazetteer.Kind k) {
    switch (k) {
      case BASE:
        return 6;
      case DISTRICT:
        return 5;
      case PLACE:
        return 4;
      case SEA:
        return 3;
      case ADMIN1:
        return 2;
      default:
        return 1;
    }
  }

  /**
   * A mention from a clause.
   *
   * @param anchor the base or place the mention is about, or null to take the clause's most
   *     precise place
   */
  private Mention build(
      SentenceData sd, Context ctx, List<Integer> triggers, Gazetteer.Match anchor) {
    Mention m = new Mention();
    m.sentences.add(sd.sentence);
    // date
    for (Dates.DateMention d : sd.dates) {
      if (!d.since()) {
        m.date = d.span();
        m.dateExplicit = true;
        m.dateQualifier = d.qualifier();
        break;
      }
    }
    if (m.date == null && sd.provoking) {
      // the answered event came before; the report does not say when
      m.date = DateSpan.of(ctx.published.minusDays(PROVOKING_DAYS), ctx.published);
    }
    if (m.date == null) {
      m.date = ctx.lastDate != null ? ctx.lastDate : DateSpan.ofDay(ctx.published);
    }
    if (!sd.times.isEmpty()) {
      m.time = sd.times.get(0).time();
    }
    // place
    if (anchor != null && anchor.entry().kind() == Gazetteer.Kind.BASE) {
      m.base = anchor.entry();
    } else {
      Gazetteer.Match best = anchor;
      for (Gazetteer.Match p : anchor == null ? locations(sd) : List.<Gazetteer.Match>of()) {
        if (best == null || rank(p.entry().kind()) > rank(best.entry().kind())) {
          best = p;
        }
      }
      if (best != null) {
        Gazetteer.Entry e = best.entry();
        if (e.kind() == Gazetteer.Kind.DISTRICT && e.attribute("within").isPresent()) {
          m.district = e.name();
          e = gazetteer.find(Gazetteer.Kind.PLACE, e.attribute("within").get()).orElse(e);
        }
        m.place = e;
      }
    }
    // method and munitions
    for (Gazetteer.Match g : sd.matches) {
      if (g.entry().kind() == Gazetteer.Kind.METHOD) {
        if (m.method == null) {
          m.method = Method.of(g.entry().name());
        }
        for (int qi = 0; qi < sd.quantities.size(); qi++) {
          Quantities.Quantity q = sd.quantities.get(qi);
          if (!q.isProportion() && !sd.isConsumed(qi)
              && (q.to() == g.from() || q.to() == g.from() - 1 && sd.tokens.get(q.to()).isWord())
              && sd.word(g.to() - 1).endsWith("s")
              && !Lexicon.DESTROYED.contains(sd.word(q.from() - 1))) {
            m.munitions = q.value().get();
            sd.consume(qi);
          }
        }
      }
    }
    // actors
    Gazetteer.Match perp = perpetrator(sd, triggers);
    for (Gazetteer.Match g : sd.matches) {
      if (g.entry().kind() == Gazetteer.Kind.ACTOR && (perp == null || !g.entry().equals(perp.entry()))
          && !Lexicon.SPEECH.contains(sd.word(g.to())) && !sd.word(g.to()).equals("officials")
          && !isResponderSide(g.entry())) {
        m.targetActor = Actor.of(g.entry().name());
        break;
      }
    }
    if (perp != null) {
      m.actor = Actor.of(perp.entry().name());
      m.kind = isResponderSide(perp.entry()) ? Mention.Kind.RESPONSE : Mention.Kind.ATTACK;
    } else if (m.base != null) {
      m.kind = Mention.Kind.ATTACK;
    } else if (Method.AIRSTRIKE.equals(m.method) || Method.DRONE_STRIKE.equals(m.method)
        || retaliatory(sd)) {
      m.kind = Mention.Kind.RESPONSE;
      for (Gazetteer.Match g : sd.matches) {
        if (g.entry().kind() == Gazetteer.Kind.ACTOR && isResponderSide(g.entry())
            && g.from() < triggers.get(0) && m.actor == null) {
          m.actor = Actor.of(g.entry().name());
        }
      }
      if (m.actor == null && ctx.paragraphResponder != null) {
        m.actor = ctx.paragraphResponder;
        m.actorFromContext = true;
      }
    } else {
      m.kind = Mention.Kind.UNCERTAIN;
    }
    if (m.kind == Mention.Kind.RESPONSE && Method.DRONE.equals(m.method)) {
      m.method = Method.DRONE_STRIKE;
    }
    // target
    if (m.base != null) {
      m.target = m.base.attribute("title").orElse(m.base.name());
    } else {
      m.target = object(sd, triggers);
    }
    casualties(sd, m, 0, sd.tokens.size());
    for (int k : triggers) {
      if (m.killed.isUnknown() && k >= 1
          && (sd.word(k - 1).equals("deadly") || sd.word(k - 2).equals("deadly"))) {
        m.killed = Estimate.atLeast(1); // "the deadly drone attack"
      }
    }
    if (m.target == null && m.kind != Mention.Kind.RESPONSE) {
      m.target = m.victims;
    }
    if (m.injured.isUnknown()) {
      for (int k = 0; k < sd.tokens.size(); k++) {
        if (sd.word(k).equals("injuries") && !sd.word(k - 1).equals("no")
            && !sd.word(k - 2).equals("no")) {
          m.injured = Estimate.atLeast(1);
          break;
        }
      }
    }
    return m;
  }

  private static boolean retaliatory(SentenceData sd) {
    for (Token t : sd.tokens) {
      if (t.norm().startsWith("retaliat")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isResponderSide(Gazetteer.Entry e) {
    return "responder".equals(e.attributes().get("side"));
  }

  /** Who struck: "attack by X", "X drone", "U.S. fighter jets struck", "the U.S. launched". */
  private static Gazetteer.Match perpetrator(SentenceData sd, List<Integer> triggers) {
    List<Gazetteer.Match> actors = new ArrayList<>();
    List<Gazetteer.Match> methods = new ArrayList<>();
    for (Gazetteer.Match g : sd.matches) {
      if (g.entry().kind() == Gazetteer.Kind.ACTOR) {
        actors.add(g);
      } else if (g.entry().kind() == Gazetteer.Kind.METHOD) {
        methods.add(g);
      }
    }
    if (actors.isEmpty()) {
      return null;
    }
    for (int k : triggers) {
      // "... by X"
      for (int j = k + 1; j <= k + 2 && j < sd.tokens.size(); j++) {
        if (sd.word(j).equals("by")) {
          for (Gazetteer.Match a : actors) {
            if (a.from() == j + 1 || a.from() == j + 2 && sd.word(j + 1).equals("the")) {
              return a;
            }
          }
          break;
        }
      }
    }
    for (Gazetteer.Match a : actors) {
      // "U.S. drone", "Houthi missile", "Hamas attack"
      int next = a.to();
      for (Gazetteer.Match me : methods) {
        if (me.from() >= next && me.from() - next <= 5 && modifiers(sd, next, me.from())) {
          return a;
        }
      }
      for (int k : triggers) {
        if (k == next) {
          return a;
        }
        // subject of an active verb: "the U.S. launched", "Houthi rebels fired"
        if (Lexicon.TRIGGER_VERBS.contains(sd.word(k)) && k > next && k - next <= 3) {
          boolean ok = true;
          for (int j = next; j < k; j++) {
            String w = sd.word(j);
            if (!sd.tokens.get(j).isWord() || w.equals("was") || w.equals("were")
                || w.equals("been") || w.equals("be") || w.equals("is") || w.equals("are")
                || w.equals("that") || w.equals("which")) {
              ok = false;
              break;
            }
          }
          if (ok) {
            return a;
          }
        }
      }
      if (sd.word(next).equals("claimed") || sd.word(next + 1).equals("claimed")) {
        return a;
      }
    }
    return null;
  }

  /** Tokens between an actor and its weapon: "U.S. F-16 and F-15 fighter jets", "Houthi anti-ship". */
  private static boolean modifiers(SentenceData sd, int from, int to) {
    if (to - from == 1) {
      return sd.tokens.get(from).isWord() && !sd.word(from).equals("of");
    }
    for (int j = from; j < to; j++) {
      Token t = sd.tokens.get(j);
      if (!(t.kind() == Token.Kind.NUMBER || t.isCapitalized() || t.norm().equals("and"))) {
        return false;
      }
    }
    return true;
  }

  /** The thing struck: the words after "targeted", "struck", "attacked", "hit". */
  private static String object(SentenceData sd, List<Integer> triggers) {
    for (int k : triggers) {
      String w = sd.word(k);
      if (!(w.equals("targeted") || w.equals("struck") || w.equals("attacked") || w.equals("hit")
          || w.equals("bombed"))) {
        continue;
      }
      int j = k + 1;
      while (j < sd.tokens.size() && (sd.word(j).equals("a") || sd.word(j).equals("an")
          || sd.word(j).equals("the"))) {
        j++;
      }
      int end = j;
      while (end < sd.tokens.size() && end - j < 8
          && sd.tokens.get(end).kind() != Token.Kind.PUNCT
          && !Lexicon.OBJECT_END.contains(sd.word(end))) {
        end++;
      }
      if (end > j) {
        return sd.span(j, end);
      }
    }
    return null;
  }

  /** Killed and injured from a window of tokens, into the mention. */
  private static void casualties(SentenceData sd, Mention m, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = sd.word(k);
      boolean killed = Lexicon.KILLED_WORDS.contains(w);
      boolean injured = Lexicon.INJURED_WORDS.contains(w);
      boolean casualties = w.equals("casualties");
      if (!killed && !injured && !casualties) {
        continue;
      }
      if (hedged(sd, k)) {
        continue;
      }
      if (w.equals("toll")) {
        boolean ofInjured = sd.word(k + 1).equals("of") && Lexicon.INJURED_WORDS.contains(sd.word(k + 2));
        killed = !ofInjured;
        injured = ofInjured;
      }
      Estimate value = null;
      boolean correction = false;
      // "no reported casualties", "no injuries", "no one was hurt"
      for (int j = k - 1; j >= from && j >= k - 3; j--) {
        if (sd.word(j).equals("no") || sd.word(j).equals("without")) {
          value = Estimate.ZERO;
          break;
        }
      }
      if (value == null && w.equals("toll")) {
        for (int qi = 0; qi < sd.quantities.size(); qi++) {
          Quantities.Quantity q = sd.quantities.get(qi);
          if (q.from() > k && q.from() - k <= 7 && !q.isProportion() && !sd.isConsumed(qi)) {
            value = q.value().get();
            sd.consume(qi);
            correction = true;
            break;
          }
        }
      }
      boolean gerund = w.equals("killing") || w.equals("wounding") || w.equals("injuring");
      boolean active =
          (w.equals("killed") || w.equals("wounded") || w.equals("injured"))
              && !Lexicon.AUXILIARIES.contains(sd.word(k - 1));
      if (value == null && (gerund || active)) {
        for (int qi = 0; qi < sd.quantities.size(); qi++) {
          Quantities.Quantity q = sd.quantities.get(qi);
          if (q.from() > k && q.from() - k <= (gerund ? 2 : 1) && !q.isProportion()
              && !sd.isConsumed(qi)
              && !Lexicon.UNITS.contains(sd.word(q.to()))) {
            value = q.value().get();
            sd.consume(qi);
            victims(sd, m, q.to(), Math.min(sd.tokens.size(), q.to() + 6));
            break;
          }
        }
      }
      if (value == null) {
        int qiBest = -1;
        for (int qi = 0; qi < sd.quantities.size(); qi++) {
          Quantities.Quantity q = sd.quantities.get(qi);
          if (q.to() <= k && k - q.to() <= 12 && !q.isProportion() && !sd.isConsumed(qi)
              && !Lexicon.UNITS.contains(sd.word(q.to())) && noBreak(sd, q.to(), k)) {
            qiBest = qi;
          }
        }
        if (qiBest >= 0) {
          Quantities.Quantity q = sd.quantities.get(qiBest);
          value = q.value().get();
          sd.consume(qiBest);
          victims(sd, m, q.to(), k);
        }
      }
      if (value == null && (w.equals("killed") || w.equals("killing"))
          && (sd.word(k + 1).equals("a") || sd.word(k + 1).equals("an")
              || sd.word(k + 1).equals("one"))) {
        for (int j = k + 2; j <= k + 4; j++) {
          if (Lexicon.PEOPLE.contains(sd.word(j))) {
            value = Estimate.exact(1);
            victims(sd, m, k + 2, j + 1);
            break;
          }
        }
      }
      if (value == null && !casualties && !w.equals("injuries") && !w.equals("deaths")
          && !w.equals("toll")) {
        // "A member of ... has been killed", "al-Maksousi was confirmed to be dead"
        for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
          String b = sd.word(j);
          if (!sd.tokens.get(j).isWord()) {
            break;
          }
          if ((b.equals("a") || b.equals("an") || b.equals("one"))
              && (Lexicon.PEOPLE.contains(sd.word(j + 1)) || Lexicon.PEOPLE.contains(sd.word(j + 2))
                  || Lexicon.PEOPLE.contains(sd.word(j + 3)))) {
            value = Estimate.exact(1);
            victims(sd, m, j + 1, k);
            break;
          }
          if ((b.equals("was") || b.equals("has")) && k - j <= 4) {
            value = Estimate.exact(1);
            break;
          }
        }
      }
      if (value == null) {
        continue;
      }
      if (killed || casualties) {
        m.killed = Mention.larger(m.killed, value, correction);
      }
      if (injured || casualties) {
        m.injured = Mention.larger(m.injured, value, correction);
      }
      m.correction |= correction;
    }
  }

  /** "did not say whether anyone was killed": no figure. */
  private static boolean hedged(SentenceData sd, int k) {
    for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
      String w = sd.word(j);
      if (w.equals("whether") || w.equals("anyone") || w.equals("if") || w.equals("could")
          || w.equals("would") || w.equals("possible")) {
        return true;
      }
    }
    return false;
  }

  static boolean has(SentenceData sd, String word) {
    for (Token t : sd.tokens) {
      if (t.norm().equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean noBreak(SentenceData sd, int from, int to) {
    boolean aside = false; // "16 people, including civilians, were killed"
    for (int j = from; j < to; j++) {
      aside |= sd.word(j).equals("including");
    }
    for (int j = from; j < to; j++) {
      Token t = sd.tokens.get(j);
      if (t.isPunct(";") || t.isPunct("--") || t.isPunct(",") && j > from && !aside) {
        return false;
      }
      if (Lexicon.KILLED_WORDS.contains(t.norm()) || Lexicon.INJURED_WORDS.contains(t.norm())) {
        return false;
      }
    }
    return true;
  }

  private static void victims(SentenceData sd, Mention m, int from, int to) {
    int end = from;
    while (end < to && sd.tokens.get(end).isWord()
        && !Lexicon.VICTIMS_END.contains(sd.word(end))) {
      end++;
    }
    if (end > from && m.victims == null) {
      m.victims = sd.span(from, end);
    }
    for (Gazetteer.Match g : sd.matches) {
      if (g.entry().kind() == Gazetteer.Kind.ACTOR && g.from() >= from && g.from() < Math.max(end, from + 1)
          && isResponderSide(g.entry())) {
        m.usVictims = true;
      }
    }
  }

  // ----------------------------------------------------------------------------------- merging

  /** Mentions of one incident merged: see docs/extraction.md, "Merging". */
  private static List<Mention> merge(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.kind != Mention.Kind.UNCERTAIN) {
        place(out, m, false);
      }
    }
    for (Mention m : mentions) {
      if (m.kind == Mention.Kind.UNCERTAIN) {
        place(out, m, true);
      }
    }
    for (Mention m : out) {
      if (m.kind == Mention.Kind.UNCERTAIN) {
        m.kind = Mention.Kind.ATTACK;
      }
    }
    out.sort((a, b) -> Integer.compare(a.main().start(), b.main().start()));
    return out;
  }

  private static void place(List<Mention> out, Mention m, boolean anyKind) {
    for (Mention e : out.subList(Math.max(0, out.size() - MERGE_WINDOW), out.size())) {
      boolean placed = (e.place != null || e.base != null) && (m.place != null || m.base != null);
      if ((e.kind == m.kind || anyKind) && e.date.overlaps(m.date) && placed
          && e.placeCompatible(m)) {
        e.absorb(m);
        return;
      }
    }
    out.add(m);
  }

}
