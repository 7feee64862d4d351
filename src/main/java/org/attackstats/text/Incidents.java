package org.attackstats.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;

/**
 * From the sentences of one document to its incidents, in three steps, each a function:
 *
 * <ol>
 *   <li>{@link #mentions}: every clause that reports an event (an event word, or people killed
 *       or injured) becomes a mention with its roles, places, date and figures;
 *   <li>{@link #group}: mentions of one incident are grouped, in text order: a mention joins the
 *       incident before it unless it states a date or a place of its own that does not fit, says
 *       it is another event ("another attack", "a separate incident", "a possible drone
 *       attack"), or starts a new paragraph with an anchor of its own; a mention with places in
 *       several chains ("near al-Qaim in Iraq and near Deir ez-Zor in Syria", "at Ain al-Asad
 *       air base in Iraq and al-Tanf") gives one incident per place; then incidents of one kind
 *       (or of no known kind) whose dates overlap and whose places fit are merged across the
 *       document;
 *   <li>{@link #combine}: each group becomes an {@link Incident}: its kind (a response when its
 *       actor is one of the responders), actor, place, date, method, target, munitions and
 *       casualties (figures of different groups of people add up, a corrected toll replaces
 *       the first, a repeated figure does not add).
 * </ol>
 */
final class Incidents {
  private Incidents() {}

  /** How many earlier incidents an incident is compared with when merging: keeps merging linear. */
  static final int MERGE_WINDOW = 200;

  /** The settings of the incident rules. */
  record Settings(Set<String> responders, int undatedDays, int provokingDays) {}

  /**
   * A clause that reports an event.
   *
   * @param facts its sentence
   * @param clause its tokens
   * @param triggers its event words
   * @param roles who did what
   * @param chains its place chains, each most specific first
   * @param date its date, if it states one
   * @param time its time of day, if stated
   * @param figures its casualty figures (pooled ones left out)
   * @param separate whether it says it is another event ("another attack", "a possible drone
   *     attack", "a separate incident")
   * @param deadly whether it calls the event deadly without a figure
   */
  record EventMention(Facts facts, Events.Clause clause, List<Events.Trigger> triggers,
      Events.Roles roles, List<List<Places.Mention>> chains, Optional<Dates.DateMention> date,
      Optional<LocalTime> time, List<Casualties.Figure> figures, boolean separate,
      boolean deadly) {
    EventMention {
      triggers = List.copyOf(triggers);
      chains = List.copyOf(chains);
      figures = List.copyOf(figures);
    }

    boolean allPlural() {
      return !triggers.isEmpty() && triggers.stream().allMatch(Events.Trigger::plural);
    }

    int paragraph() {
      return facts.paragraph();
    }

    int sentence() {
      return facts.index();
    }
  }

  /** What kind an incident is. */
  enum Kind {
    ATTACK,
    RESPONSE,
    UNKNOWN
  }

  /**
   * One incident of a document.
   *
   * @param kind attack or response
   * @param mentions the clauses merged into it, the main one first
   * @param place where
   * @param date when
   * @param dateStated whether the text states the date (else: context, publication)
   * @param dateNote how the date was found when the text does not state it, or a qualifier
   * @param time the time of day
   * @param actor the perpetrator or the responder
   * @param actorNote how the actor was found when not in the event's own words
   * @param target what was hit
   * @param targetActor whose it was
   * @param method how
   * @param munitions how many projectiles or strikes
   * @param killed people killed
   * @param injured people injured
   * @param victims who was hit, as written
   * @param provoking whether it is an event that a response answers, named in passing
   */
  record Incident(Kind kind, List<EventMention> mentions, Locator.Located place, DateSpan date,
      boolean dateStated, Optional<String> dateNote, Optional<LocalTime> time,
      Optional<Gazetteer.Entry> actor, Optional<String> actorNote, Optional<String> target,
      Optional<Gazetteer.Entry> targetActor, Optional<Method> method, Estimate munitions,
      Estimate killed, Estimate injured, Optional<String> victims, boolean provoking) {
    Incident {
      mentions = List.copyOf(mentions);
    }

    EventMention main() {
      return mentions.get(0);
    }
  }

  // ------------------------------------------------------------------------------ mentions

  /** Step 1: the mentions of events in the document's sentences. */
  static List<EventMention> mentions(List<Facts> sentences) {
    List<EventMention> out = new ArrayList<>();
    for (Facts f : sentences) {
      for (Events.Clause c : Events.clauses(f)) {
        List<Events.Trigger> triggers = new ArrayList<>();
        for (Events.Trigger t : f.triggers()) {
          if (c.contains(t.from())) {
            triggers.add(t);
          }
        }
        // "The strikes followed an attack on Erbil": the definite noun points back, the
        // indefinite one is this clause's event
        if (triggers.stream().anyMatch(t -> t.noun() && indefinite(f, t))) {
          triggers.removeIf(t -> t.noun() && definite(f, t));
        }
        List<Casualties.Figure> figures = new ArrayList<>();
        for (Casualties.Figure fig : f.figures()) {
          if (c.contains(fig.word()) && !fig.pooled()) {
            figures.add(fig);
          }
        }
        boolean separate = separate(f, c);
        if (triggers.isEmpty() && figures.isEmpty()) {
          continue;
        }
        List<List<Places.Mention>> chains = new ArrayList<>();
        int last = -2;
        for (Places.Mention p : f.places()) {
          if (c.contains(p.from()) && p.chain() != last) {
            chains.add(Locator.chain(f, p.chain()));
            last = p.chain();
          }
        }
        Optional<Dates.DateMention> date = Optional.empty();
        int anchor = triggers.isEmpty() ? c.from() : triggers.get(0).from();
        for (Dates.DateMention d : f.dates()) {
          if (!d.since() && c.contains(d.from()) && (date.isEmpty()
              || Math.abs(d.from() - anchor) < Math.abs(date.get().from() - anchor))) {
            date = Optional.of(d);
          }
        }
        Optional<LocalTime> time = Optional.empty();
        for (Dates.TimeMention t : f.times()) {
          if (c.contains(t.from())) {
            time = Optional.of(t.time());
            break;
          }
        }
        boolean deadly = false;
        for (Events.Trigger t : triggers) {
          for (int k = t.from() - 1; k >= c.from() && k >= t.from() - 3; k--) {
            String w = f.word(k);
            if (w.equals("deadly") || w.equals("fatal") || w.equals("lethal")) {
              deadly = true;
            }
          }
        }
        Events.Roles roles = Events.roles(f, c, triggers);
        out.add(new EventMention(f, c, triggers, roles, chains, date, time, figures, separate,
            deadly));
      }
    }
    return out;
  }

  private static boolean indefinite(Facts f, Events.Trigger t) {
    for (int k = t.from() - 1; k >= 0 && k >= t.from() - 3; k--) {
      String w = f.word(k);
      if (w.equals("a") || w.equals("an")) {
        return true;
      }
      if (!f.tokens().get(k).isWord() || w.equals("the")) {
        return false;
      }
    }
    return false;
  }

  private static boolean definite(Facts f, Events.Trigger t) {
    String w = f.word(t.from() - 1);
    return w.equals("the") || w.equals("these") || w.equals("those") || w.equals("this");
  }

  /**
   * "another attack", "a separate incident", "a second blast", "in a similar attack", and an
   * indefinite event noun ("a possible drone attack"): another event than the one before.
   */
  private static boolean separate(Facts f, Events.Clause c) {
    String first = f.word(c.from());
    if (c.from() == 0 && (first.equals("separately") || first.equals("elsewhere")
        || first.equals("meanwhile") || first.equals("also") && f.word(1).equals("on"))) {
      return true; // "Separately, an explosive-laden drone struck ..."
    }
    for (int k = c.from(); k < c.to(); k++) {
      int e = Lexicon.EVENTS.match(f.tokens(), k);
      boolean noun = e > 0 && Lexicon.EVENTS.get(f.tokens(), k, e).form() == Lexicon.Form.NOUN;
      boolean incident = f.word(k).equals("incident");
      if (!noun && !incident) {
        continue;
      }
      for (int b = k - 1; b >= c.from() && b >= k - 3; b--) {
        String w = f.word(b);
        if (w.equals("another") || w.equals("separate") || w.equals("second")
            || w.equals("similar") || w.equals("further")) {
          return true;
        }
        if (w.equals("possible") || w.equals("suspected")) {
          return b - 1 >= 0 && (f.word(b - 1).equals("a") || f.word(b - 1).equals("an"));
        }
      }
    }
    return false;
  }

  /**
   * A mention that refers back to an event already told: an event noun after "the" ("the death
   * toll from the attack rose to three", "in the blast"), with no event word of its own besides.
   */
  static boolean anaphoric(EventMention m) {
    if (m.triggers().isEmpty()) {
      return false;
    }
    Events.Trigger first = m.triggers().get(0);
    if (first.noun() && definite(m.facts(), first)) {
      return true; // "The strike hit a car in the Mashtal neighborhood"
    }
    for (Events.Trigger t : m.triggers()) {
      boolean definite = t.noun() && definite(m.facts(), t);
      boolean casualtyVerb = t.word().event().equals("killing");
      if (!definite && !casualtyVerb) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------------------ grouping

  /** A group of mentions being assembled; local to {@link #group}. */
  private static final class Group {
    final List<EventMention> mentions = new ArrayList<>();
    final List<Places.Mention> chainPlace;
    Locator.Located place;
    Optional<DateSpan> date;
    Kind kind;
    Optional<Gazetteer.Entry> responder = Optional.empty();
    /** The first actor a mention names. */
    Optional<Gazetteer.Entry> actor;

    Group(EventMention first, List<Places.Mention> chain, Locator.Located place, Kind kind) {
      mentions.add(first);
      this.actor = first.roles().actor();
      this.chainPlace = chain;
      this.place = place;
      this.date = first.date().map(Dates.DateMention::span);
      this.kind = kind;
    }

    EventMention last() {
      return mentions.get(mentions.size() - 1);
    }

    Optional<Gazetteer.Entry> actor() {
      return actor;
    }

    void add(EventMention m, Locator.Located p, Kind k) {
      mentions.add(m);
      if (actor.isEmpty()) {
        actor = m.roles().actor();
      }
      if (place.specificity() < p.specificity() && (place.specificity() < 0 || place.compatible(p))) {
        place = p;
      }
      if (date.isEmpty() && m.date().isPresent()) {
        date = m.date().map(Dates.DateMention::span);
      }
      if (kind == Kind.UNKNOWN) {
        kind = k;
      }
    }
  }

  /** The kind a mention says by itself: a response when its actor is a responder. */
  static Kind kindOf(EventMention m, Settings s, Optional<Gazetteer.Entry> contextResponder) {
    if (m.clause().provoking()) {
      return Kind.ATTACK; // the event a response answers
    }
    if (m.roles().actor().isPresent()) {
      return isResponder(m.roles().actor().get(), s) ? Kind.RESPONSE : Kind.ATTACK;
    }
    if (strike(m) && contextResponder.isPresent()) {
      return Kind.RESPONSE;
    }
    return Kind.UNKNOWN;
  }

  /** A responder the sentence names (not as the target): "The U.S. military has carried out ...". */
  private static Optional<Gazetteer.Entry> responderIn(EventMention m, Settings s) {
    for (Gazetteer.Match g : m.facts().names()) {
      Optional<Gazetteer.Entry> a = g.first(Gazetteer.Kind.ACTOR);
      if (a.isPresent() && isResponder(a.get(), s) && !Places.adjective(m.facts().tokens(), g)
          || a.isPresent() && isResponder(a.get(), s) && Lexicon.is("forces", m.facts().word(g.to()))) {
        return a;
      }
    }
    return Optional.empty();
  }

  static boolean isResponder(Gazetteer.Entry actor, Settings s) {
    if (s.responders().contains(actor.name())) {
      return true;
    }
    for (String a : actor.aliases()) {
      if (s.responders().contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** Air and drone strikes, and words of retaliation: what responders do. */
  private static boolean strike(EventMention m) {
    for (Events.Trigger t : m.triggers()) {
      if (t.word().event().equals("strike")) {
        return true;
      }
    }
    if (m.roles().method().isPresent()) {
      String n = m.roles().method().get().name();
      if (n.equals("airstrike") || n.equals("drone_strike")) {
        return true;
      }
    }
    for (Token t : m.facts().tokens()) {
      if (t.norm().startsWith("retaliat")) {
        return true;
      }
    }
    return false;
  }

  /** The place chain of a mention that most likely says where the event was. */
  private static Optional<List<Places.Mention>> bestChain(EventMention m, Locator.Evidence ev) {
    List<Places.Mention> best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    int anchor = m.triggers().isEmpty() ? m.clause().from() : m.triggers().get(0).from();
    for (List<Places.Mention> c : m.chains()) {
      Places.Mention head = c.get(0);
      if (c.size() == 1 && head.weight() == 0 && head.cue().isEmpty()
          && head.entries().stream().allMatch(Gazetteer.Entry::fromGeoNames)) {
        continue; // "The two Arab Israelis": a name GeoNames knows, with nothing marking a place
      }
      double s = head.weight() * 10;
      if (head.preposition().equals("from") || head.preposition().equals("to")) {
        s -= 15;
      }
      Locator.Located l = Locator.resolve(c, ev);
      s += l.specificity() * 8;
      if (l.base().isPresent()) {
        s += 40; // "Three drones attacked Erbil air base": the base is where
      }
      // "at the Hebron Restaurant in Dayton, Ohio, United States": a place the text locates
      // in its division and country says where more surely than a town a site is named after
      s += (c.size() - 1) * 6;
      s -= Math.abs(head.from() - anchor) * 0.2;
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Step 2: mentions grouped into incidents (see the class comment). */
  static List<Grouped> group(List<EventMention> mentions, Locator.Evidence ev,
      Settings s) {
    List<Group> groups = new ArrayList<>();
    Group cur = null;
    Optional<Gazetteer.Entry> responder = Optional.empty();
    int responderParagraph = -10;
    for (EventMention m : mentions) {
      if (m.paragraph() > responderParagraph + 1) {
        responder = Optional.empty();
      }
      if (m.roles().actor().isPresent() && isResponder(m.roles().actor().get(), s)) {
        responder = m.roles().actor();
        responderParagraph = m.paragraph();
      } else if (m.roles().actor().isEmpty() && strike(m)) {
        Optional<Gazetteer.Entry> here = responderIn(m, s);
        if (here.isPresent()) {
          responder = here;
          responderParagraph = m.paragraph();
        }
      }
      Kind kind = kindOf(m, s, responder);
      List<List<Places.Mention>> specific = new ArrayList<>();
      for (List<Places.Mention> c : m.chains()) {
        Locator.Located l = Locator.resolve(c, ev);
        if (l.specificity() >= 3 && c.get(0).weight() >= 2) {
          specific.add(c);
        }
      }
      boolean background = m.allPlural() && m.date().isEmpty()
          && m.chains().stream().noneMatch(c -> Locator.resolve(c, ev).specificity() >= 1);
      if (background || m.clause().provoking() && (m.date().isEmpty() && m.chains().isEmpty()
          || m.allPlural())) {
        continue; // "in response to a series of attacks ...": a summary, not one event
      }
      // one incident per place: "near al-Qaim in Iraq and near Deir ez-Zor in Syria"
      if (specific.size() > 1 && (m.allPlural() || differentCountries(specific, ev))) {
        for (List<Places.Mention> c : specific) {
          Group g = new Group(m, c, Locator.resolve(c, ev), kind);
          g.responder = kind == Kind.RESPONSE ? responder : Optional.empty();
          groups.add(g);
          cur = g;
        }
        continue;
      }
      Optional<List<Places.Mention>> chain = bestChain(m, ev);
      Locator.Located place = chain.map(c -> Locator.resolve(c, ev)).orElse(Locator.Located.NOWHERE);
      Group target = cur == null ? null : attachTo(groups, cur, m, place, kind);
      if (target == null) {
        boolean correction = m.figures().stream().anyMatch(Casualties.Figure::correction);
        if (m.triggers().isEmpty() && !m.separate() && cur != null
            && (m.paragraph() == cur.last().paragraph() || correction)
            && m.sentence() - cur.last().sentence() <= 2) {
          target = cur; // figures only: "There were no reported casualties.", "The toll rose to 40"
        }
      }
      if (target == null) {
        boolean anchor = m.date().isPresent() || place.specificity() >= 1
            || place.specificity() == 0 && chain.get().get(0).weight() >= 2
            || m.figures().stream().anyMatch(f -> !f.zero() && !f.groups().isEmpty()
                && !f.value().equals(Estimate.atLeast(1)));
        if (!anchor || m.allPlural() && m.date().isEmpty() && place.specificity() < 0
            && !groups.isEmpty() || pooledOnly(m)) {
          continue; // nothing of its own (no date, place or figure), or a pooled toll
        }
        Group g = new Group(m, chain.orElse(List.of()), place, kind);
        g.responder = kind == Kind.RESPONSE ? responder : Optional.empty();
        groups.add(g);
        cur = g;
      } else {
        target.add(m, place, kind);
        if (kind == Kind.RESPONSE && target.responder.isEmpty()) {
          target.responder = responder;
        }
        cur = target;
      }
    }
    if (groups.isEmpty()) {
      // the text reports an event but gives it no date, place or count of its own: one incident
      for (EventMention m : mentions) {
        if (!m.triggers().isEmpty() && !m.clause().provoking() && !pooledOnly(m)) {
          Group g = new Group(m, List.of(), Locator.Located.NOWHERE, kindOf(m, s, responder));
          groups.add(g);
          break;
        }
      }
    }
    return mergeAcross(groups);
  }

  /**
   * Events in the plural and their pooled toll ("Clashes have left 300 people dead since
   * January", "Attacks in Iraq have killed 40 people since January"): a tally, not an incident.
   */
  private static boolean pooledOnly(EventMention m) {
    if (m.triggers().isEmpty() || !m.figures().isEmpty()) {
      return false;
    }
    boolean pooled = false;
    for (Events.Trigger t : m.triggers()) {
      boolean inFigure = false;
      for (Casualties.Figure f : m.facts().figures()) {
        if (f.pooled() && m.clause().contains(f.word())) {
          pooled = true;
          inFigure |= t.from() == f.word() || t.from() >= f.from() && t.from() < f.to();
        }
      }
      if (!t.plural() && !inFigure) {
        return false;
      }
    }
    return pooled;
  }

  private static boolean differentCountries(List<List<Places.Mention>> chains, Locator.Evidence ev) {
    Set<Object> seen = new java.util.HashSet<>();
    for (List<Places.Mention> c : chains) {
      seen.add(Locator.resolve(c, ev).country());
    }
    return seen.size() > 1;
  }

  /** The group a mention belongs to, or null for a new incident. */
  private static Group attachTo(List<Group> groups, Group cur, EventMention m,
      Locator.Located place, Kind kind) {
    if (m.separate() || m.clause().provoking() || cur.last().clause().provoking()) {
      return null; // another event, or the event a response answers
    }
    EventMention last = cur.last();
    boolean near = m.sentence() - last.sentence() <= 3;
    boolean sameParagraph = m.paragraph() == last.paragraph();
    boolean anchored = m.date().isPresent() || place.specificity() >= 1;
    // "The death toll from the attack rose to three on Thursday", "The strikes near Abu Kamal
    // were ...": a mention that points back joins the event before, refining its place
    boolean fits = place.specificity() < 1 || cur.place.specificity() < 1
        || cur.place.compatible(place) || place.country().isEmpty() && place.admin1().isEmpty();
    boolean back = anaphoric(m) && fits && m.sentence() - last.sentence() <= 2
        && (m.roles().actor().isEmpty() || m.roles().actor().equals(cur.actor()));
    if (back) {
      return cur;
    }
    if (!sameParagraph) {
      return null; // a new paragraph: the merge across the document joins what fits
    }
    if (!near && anchored) {
      return null;
    }
    if (m.date().isPresent() && cur.date.isPresent() && !cur.date.get().overlaps(m.date().get().span())) {
      return null;
    }
    if (kind != Kind.UNKNOWN && cur.kind != Kind.UNKNOWN && kind != cur.kind
        && m.roles().actor().isPresent()) {
      return null;
    }
    Optional<Gazetteer.Entry> curActor = cur.actor();
    if (m.roles().actor().isPresent() && curActor.isPresent()
        && !m.roles().actor().get().name().equals(curActor.get().name())) {
      return null; // another actor: another event ("the Hamas attack ... Israel's response")
    }
    if (place.specificity() >= 1 && cur.place.specificity() >= 1 && !cur.place.compatible(place)) {
      // an anaphor naming a place ("killed in the strikes near al-Qaim"): a recent incident there
      for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - 4; i--) {
        Group g = groups.get(i);
        if (g != cur && g.place.compatible(place) && m.sentence() - g.last().sentence() <= 3
            && !m.allPlural() && m.date().isEmpty()) {
          return g;
        }
      }
      return m.date().isEmpty() && !m.triggers().isEmpty() && m.triggers().stream().allMatch(
          Events.Trigger::plural) && cur.place.compatible(place) ? cur : null;
    }
    return cur;
  }

  /**
   * Mentions of one incident, with the place and kind they settled on.
   *
   * @param mentions in text order
   * @param place where
   * @param kind what kind it is so far
   * @param responder the responder named in the paragraph, for a strike that names none
   */
  record Grouped(List<EventMention> mentions, Locator.Located place, Kind kind,
      Optional<Gazetteer.Entry> responder) {
    Grouped {
      mentions = List.copyOf(mentions);
    }
  }

  /** Incidents of one kind (or unknown), overlapping dates and fitting places, merged. */
  private static List<Grouped> mergeAcross(List<Group> groups) {
    List<Group> out = new ArrayList<>();
    for (Group g : groups) {
      Group into = null;
      for (Group e : out.subList(Math.max(0, out.size() - MERGE_WINDOW), out.size())) {
        boolean kindOk = e.kind == g.kind || e.kind == Kind.UNKNOWN || g.kind == Kind.UNKNOWN;
        boolean close = Math.abs(g.mentions.get(0).sentence() - e.last().sentence()) <= 2
            && e.actor.isPresent() && e.actor.map(Gazetteer.Entry::name).equals(g.actor.map(Gazetteer.Entry::name));
        boolean placed = e.place.specificity() >= 1 && g.place.specificity() >= 1
            || close && (e.place.specificity() == 0 || g.place.specificity() == 0);
        boolean dates = e.date.isEmpty() || g.date.isEmpty() || e.date.get().overlaps(g.date.get());
        boolean bases = e.place.base().isEmpty() || g.place.base().isEmpty()
            || e.place.base().equals(g.place.base());
        if (kindOk && placed && dates && bases && e.place.compatible(g.place)
            && !g.mentions.get(0).separate()) {
          into = e;
          break;
        }
      }
      if (into == null) {
        out.add(g);
      } else {
        for (EventMention m : g.mentions) {
          into.add(m, g.place, g.kind);
        }
        if (into.responder.isEmpty()) {
          into.responder = g.responder;
        }
      }
    }
    List<Grouped> result = new ArrayList<>();
    for (Group g : out) {
      result.add(new Grouped(g.mentions, g.place, g.kind, g.responder));
    }
    return result;
  }

  // ------------------------------------------------------------------------------ combining

  /**
   * What the whole document says that an incident may need: the publication date, a dateline
   * ("10/11/2016: ..." at the start of the body), the period of its tallies ("since Oct. 17"),
   * the claims of responsibility by paragraph, and the countries it states.
   *
   * @param published the publication date
   * @param dateline the date the body opens with, if any
   * @param since the start of the period the text reports on, if any
   * @param claims who claimed or was blamed, by paragraph
   * @param evidence the countries the text states
   * @param datesBefore every stated date, by sentence, for the context date of an undated event
   */
  record Context(LocalDate published, Optional<DateSpan> dateline, Optional<LocalDate> since,
      List<Claim> claims, Locator.Evidence evidence, List<Facts> sentences) {}

  /**
   * "X claimed responsibility", "the attack was claimed by X", "sources attributed the attack to
   * X", "suspected X militants".
   *
   * @param paragraph where
   * @param actor who
   * @param claimed true for a claim, false for an attribution or a suspicion
   */
  record Claim(int paragraph, Gazetteer.Entry actor, boolean claimed) {}

  /** The claims of responsibility and attributions of a document's sentences. */
  static List<Claim> claims(List<Facts> sentences) {
    List<Claim> out = new ArrayList<>();
    for (Facts f : sentences) {
      for (Gazetteer.Match m : f.names()) {
        Optional<Gazetteer.Entry> actor = m.first(Gazetteer.Kind.ACTOR);
        if (actor.isEmpty()) {
          continue;
        }
        boolean claimed = f.word(m.to()).equals("claimed") || f.word(m.to() + 1).equals("claimed")
            || f.word(m.to()).equals("claims") || Events.claimedBy(f, m.from());
        boolean attributed = false;
        for (int k = m.from() - 1; k >= 0 && k >= m.from() - 6; k--) {
          String w = f.word(k);
          if (w.equals("attributed") || w.equals("blamed") || w.equals("suspected")
              || w.equals("involvement") || w.equals("suspect") || w.equals("accused")) {
            attributed = true;
            break;
          }
          if (f.tokens().get(k).kind() == Token.Kind.PUNCT) {
            break;
          }
        }
        if (claimed || attributed) {
          out.add(new Claim(f.paragraph(), actor.get(), claimed));
        }
      }
    }
    return out;
  }

  /**
   * Combines every group into its incident, in text order; each incident knows the one before it
   * that is not the event a response answers.
   */
  static List<Incident> combineAll(List<Grouped> groups, Context ctx, Settings s) {
    List<Incident> out = new ArrayList<>(groups.size());
    Optional<Incident> previous = Optional.empty();
    for (Grouped g : groups) {
      Incident i = combine(g, ctx, s, previous);
      out.add(i);
      if (!i.provoking()) {
        previous = Optional.of(i);
      }
    }
    return out;
  }

  /** Step 3: one group of mentions to an incident. */
  static Incident combine(Grouped g, Context ctx, Settings s, Optional<Incident> previous) {
    Kind kind = g.kind() == Kind.UNKNOWN ? Kind.ATTACK : g.kind();
    // the main mention: the first that names an actor of the incident's kind, else the first
    EventMention main = g.mentions().get(0);
    for (EventMention m : g.mentions()) {
      Optional<Gazetteer.Entry> a = m.roles().actor();
      if (a.isPresent() && (kind == Kind.RESPONSE) == isResponder(a.get(), s)) {
        main = m;
        break;
      }
    }
    List<EventMention> ordered = new ArrayList<>(g.mentions());
    ordered.remove(main);
    ordered.add(0, main);
    g = new Grouped(ordered, g.place(), g.kind(), g.responder());
    // actor
    Optional<Gazetteer.Entry> actor = Optional.empty();
    Optional<String> actorNote = Optional.empty();
    for (EventMention m : g.mentions()) {
      Optional<Gazetteer.Entry> a = m.roles().actor();
      if (a.isPresent() && (kind == Kind.RESPONSE) == isResponder(a.get(), s)) {
        actor = a;
        break;
      }
    }
    if (actor.isEmpty() && kind == Kind.RESPONSE && g.responder().isPresent()) {
      actor = g.responder();
      actorNote = Optional.of("responder named earlier in the text");
    }
    if (actor.isEmpty() && kind == Kind.ATTACK) {
      for (Claim c : ctx.claims()) {
        if (c.paragraph() == main.paragraph() && !isResponder(c.actor(), s)) {
          actor = Optional.of(c.actor());
          actorNote = Optional.of(c.claimed() ? c.actor().name() + " claimed responsibility"
              : "attributed to " + c.actor().name() + " (not claimed)");
          break;
        }
      }
    }
    // date
    DateSpan date = null;
    boolean stated = false;
    Optional<String> dateNote = Optional.empty();
    for (EventMention m : g.mentions()) {
      if (m.date().isPresent()) {
        date = m.date().get().span();
        stated = true;
        if (!m.date().get().qualifier().isEmpty()) {
          dateNote = Optional.of(m.date().get().qualifier() + " " + monthName(date));
        }
        break;
      }
    }
    LocalDate pub = ctx.published();
    if (date == null && previous.isPresent() && afterPrevious(main)) {
      date = previous.get().date();
      dateNote = Optional.of("date of the event told before (\"later\")");
    }
    if (date == null && main.clause().provoking()) {
      date = DateSpan.of(back(pub, s.provokingDays()), pub);
      dateNote = Optional.of("an answered event with no date: the " + s.provokingDays()
          + " days before publication");
    }
    if (date == null && ctx.dateline().isPresent()) {
      date = ctx.dateline().get();
      dateNote = Optional.of("date from the dateline of the text");
    }
    if (date == null) {
      Optional<DateSpan> before = contextDate(ctx.sentences(), main);
      if (before.isPresent()) {
        date = before.get();
        dateNote = Optional.of("date not stated in the sentence, taken from the paragraph");
        int shift = relativeDays(main);
        if (shift != 0 && date.precision() == org.attackstats.model.DatePrecision.DAY) {
          LocalDate d = date.start().plusDays(shift);
          if (!d.isAfter(pub) && !d.isBefore(DateSpan.MIN)) {
            date = DateSpan.ofDay(d);
            dateNote = Optional.of(Math.abs(shift) + " days " + (shift < 0 ? "before" : "after")
                + " the date the paragraph gives");
          }
        }
      }
    }
    if (date == null && previous.isPresent() && continues(previous.get(), main, kind, actor)) {
      // "U.S. bombers and other aircraft hit ... near al-Qaim": the report goes on about the
      // event it dated before
      date = previous.get().date();
      dateNote = Optional.of("date of the event the text told just before");
    }
    if (date == null && ctx.since().isPresent() && !ctx.since().get().isAfter(pub)) {
      date = DateSpan.of(ctx.since().get(), pub);
      dateNote = Optional.of("date not stated: the period the text reports on");
    }
    if (date == null) {
      date = DateSpan.of(back(pub, s.undatedDays()), pub);
      dateNote = Optional.of("date not stated: the " + s.undatedDays()
          + " days up to publication");
    }
    // place: the main mention's, when it names one that fits the group's
    Locator.Located place = g.place();
    Optional<List<Places.Mention>> mainChain = bestChain(main, ctx.evidence());
    if (mainChain.isPresent()) {
      Locator.Located p = Locator.resolve(mainChain.get(), ctx.evidence());
      if (p.specificity() >= 1 && (place.specificity() < 1 || place.compatible(p))
          && p.specificity() >= place.specificity() - 1) {
        place = p;
      }
    }
    boolean firstOfParagraph = previous.isEmpty()
        || previous.get().main().paragraph() != main.paragraph();
    if (place.specificity() < 0 && refersToPlace(main)
        || place.specificity() < 1 && firstOfParagraph) {
      // "Police arrived at the scene": the place named before in the paragraph; so too for the
      // paragraph's first incident ("People protested in X. Soldiers fired on them.")
      Optional<Locator.Located> before = contextPlace(ctx, main);
      if (before.isPresent() && (place.specificity() < 0 || place.compatible(before.get()))) {
        place = before.get();
      }
    }
    if (place.country().isEmpty()) {
      // another place the incident's sentences name: "in Kadamtali area ... in Dhaka"
      for (EventMention m : g.mentions()) {
        for (List<Places.Mention> c : m.chains()) {
          Locator.Located other = Locator.resolve(c, ctx.evidence());
          if (place.country().isEmpty() && other.country().isPresent() && other.specificity() >= 1
              && c.get(0).weight() >= 1) {
            place = place.withCountry(other.country().get(), "country " + other.country().get().name()
                + " from " + c.get(0).written());
          }
        }
      }
    }
    if (place.country().isEmpty()) {
      Locator.Evidence own = Locator.evidence(sentencesOf(g));
      Optional<org.attackstats.model.Country> c = strongest(own);
      if (c.isEmpty()) {
        c = dominant(ctx.evidence());
      }
      if (c.isPresent()) {
        place = place.withCountry(c.get(), "country " + c.get().name() + " from the text, no place"
            + " of the event named");
      }
    }
    Optional<LocalTime> time = Optional.empty();
    Optional<Method> method = Optional.empty();
    Optional<String> target = Optional.empty();
    Optional<Gazetteer.Entry> targetActor = Optional.empty();
    Estimate munitions = Estimate.unknown();
    boolean deadly = false;
    for (EventMention m : g.mentions()) {
      time = time.or(m::time);
      method = method.or(() -> m.roles().method());
      target = target.or(() -> m.roles().target());
      targetActor = targetActor.or(() -> m.roles().targetActor());
      if (munitions.isUnknown()) {
        munitions = m.roles().munitions();
      }
      deadly |= m.deadly();
    }
    if (kind == Kind.RESPONSE && method.equals(Optional.of(Method.DRONE))) {
      method = Optional.of(Method.DRONE_STRIKE);
    }
    if (targetActor.isPresent() && actor.isPresent() && targetActor.get().name().equals(actor.get().name())) {
      targetActor = Optional.empty();
    }
    Estimate killed = tally(g.mentions(), Lexicon.Metric.KILLED);
    Estimate injured = tally(g.mentions(), Lexicon.Metric.INJURED);
    if (killed.isUnknown() && deadly) {
      killed = Estimate.atLeast(1);
    }
    Optional<String> victims = victims(g.mentions(), ctx);
    return new Incident(kind, g.mentions(), place, date, stated, dateNote, time, actor, actorNote,
        target, targetActor, method, munitions, killed, injured, victims,
        main.clause().provoking());
  }

  /** Whether a mention goes on about the incident told just before: same kind and actor, close. */
  private static boolean continues(Incident previous, EventMention main, Kind kind,
      Optional<Gazetteer.Entry> actor) {
    EventMention p = previous.main();
    return previous.kind() == kind && previous.dateStated() && !previous.provoking()
        && actor.map(Gazetteer.Entry::name).equals(previous.actor().map(Gazetteer.Entry::name))
        && main.sentence() - p.sentence() <= 2 && main.sentence() >= p.sentence();
  }

  /**
   * "Two days earlier", "a day later", "the day before": days from the date told before, negative
   * for earlier; 0 if the clause says none.
   */
  private static int relativeDays(EventMention m) {
    Facts f = m.facts();
    for (int k = m.clause().from(); k + 1 < m.clause().to(); k++) {
      String w = f.word(k + 1);
      boolean earlier = w.equals("earlier") || w.equals("before");
      boolean later = w.equals("later");
      if (!earlier && !later || !(f.word(k).equals("days") || f.word(k).equals("day"))) {
        continue;
      }
      if (f.word(k).equals("day") && (f.word(k - 1).equals("a") || f.word(k - 1).equals("the")
          || f.word(k - 1).equals("one"))) {
        return earlier ? -1 : 1;
      }
      for (Quantities.Quantity q : f.quantities()) {
        if (q.to() == k && q.value().isPresent() && q.value().get().best() <= 366) {
          int n = (int) q.value().get().best();
          return earlier ? -n : n;
        }
      }
    }
    return 0;
  }

  /** "Hours later", "minutes later", "later that day", "the same day": after the event before. */
  private static boolean afterPrevious(EventMention m) {
    Facts f = m.facts();
    for (int k = m.clause().from(); k < m.clause().to() && k < m.clause().from() + 12; k++) {
      String w = f.word(k);
      if (w.equals("later") && (f.word(k - 1).equals("hours") || f.word(k - 1).equals("minutes")
          || f.word(k - 1).equals("moments") || f.word(k + 1).equals("that"))
          || w.equals("same") && f.word(k + 1).equals("day")
          || w.equals("shortly") && f.word(k + 1).equals("after")) {
        return true;
      }
    }
    return false;
  }

  /** {@code days} before {@code pub}, not before the first supported day. */
  private static LocalDate back(LocalDate pub, int days) {
    LocalDate d = pub.minusDays(days);
    return d.isBefore(DateSpan.MIN) ? DateSpan.MIN : d;
  }

  private static String monthName(DateSpan d) {
    String m = d.start().getMonth().toString();
    return m.charAt(0) + m.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private static List<Facts> sentencesOf(Grouped g) {
    java.util.Set<Facts> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Facts> ordered = new ArrayList<>();
    for (EventMention m : g.mentions()) {
      if (out.add(m.facts())) {
        ordered.add(m.facts());
      }
    }
    return ordered;
  }

  /** The country the incident's own sentences state outright (weight of a name or forces). */
  private static Optional<org.attackstats.model.Country> strongest(Locator.Evidence ev) {
    Optional<org.attackstats.model.Country> best = ev.best();
    return best.filter(c -> ev.of(c) >= 6);
  }

  /** The document's country when one clearly dominates (at least twice the next). */
  private static Optional<org.attackstats.model.Country> dominant(Locator.Evidence ev) {
    List<org.attackstats.model.Country> r = ev.ranked();
    if (r.isEmpty()) {
      return Optional.empty();
    }
    if (r.size() == 1 || ev.of(r.get(0)) >= 2 * ev.of(r.get(1))) {
      return Optional.of(r.get(0));
    }
    return Optional.empty();
  }

  /** "at the scene", "there", "the area", "the village": words that point back to a place. */
  private static boolean refersToPlace(EventMention m) {
    Facts f = m.facts();
    // "were injured in the attack", "the blast also wounded": an event the text told before,
    // where it told it
    for (Events.Trigger t : m.triggers()) {
      String before = f.word(t.from() - 1);
      if (t.word().form() == Lexicon.Form.NOUN && (before.equals("the") || before.equals("this"))) {
        return true;
      }
    }
    for (int k = m.clause().from(); k < m.clause().to(); k++) {
      String w = f.word(k);
      if (w.equals("scene") || w.equals("there") || (w.equals("area") || w.equals("village")
          || w.equals("town") || w.equals("city") || w.equals("venue") || w.equals("site"))
          && f.word(k - 1).equals("the")) {
        return true;
      }
    }
    return false;
  }

  /** The latest place of an event named before the mention in its paragraph (in, at, near). */
  private static Optional<Locator.Located> contextPlace(Context ctx, EventMention m) {
    for (int i = m.sentence() - 1; i >= 0; i--) {
      Facts f = ctx.sentences().get(i);
      if (f.paragraph() != m.paragraph()) {
        break;
      }
      Locator.Located found = null;
      int last = -2;
      for (Places.Mention p : f.places()) {
        if (p.chain() != last && p.weight() >= 2) {
          Locator.Located l = Locator.resolve(Locator.chain(f, p.chain()), ctx.evidence());
          if (l.specificity() >= 1) {
            found = l;
          }
        }
        last = p.chain();
      }
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /** The latest date stated before the mention in its paragraph. */
  private static Optional<DateSpan> contextDate(List<Facts> sentences, EventMention m) {
    for (int i = m.sentence(); i >= 0; i--) {
      Facts f = sentences.get(i);
      if (f.paragraph() != m.paragraph()) {
        break;
      }
      DateSpan found = null;
      for (Dates.DateMention d : f.dates()) {
        if (!d.since() && (f.index() < m.sentence() || d.to() <= m.clause().from())) {
          found = d.span();
        }
      }
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /**
   * The people of one metric an incident's mentions report: figures of one sentence add up (they
   * count different groups); a later sentence replaces the figure when it corrects it ("the death
   * toll rose to"), adds to it when it counts others ("another", "also", the attackers after
   * their victims), and otherwise gives the larger of the two; an explicit zero when nothing
   * else is said.
   */
  static Estimate tally(List<EventMention> mentions, Lexicon.Metric metric) {
    Estimate value = Estimate.unknown();
    boolean zero = false;
    boolean perpetratorsSeen = false;
    java.util.Set<Facts> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (EventMention m : mentions) {
      if (!seen.add(m.facts()) && m.clause().from() == 0) {
        continue;
      }
      Estimate sum = null;
      boolean correction = false;
      boolean additional = false;
      boolean perpetrators = true;
      List<Estimate> seenValues = new ArrayList<>();
      for (Casualties.Figure f : m.figures()) {
        if (f.metric() != metric) {
          if (f.zero() && f.metric() == Lexicon.Metric.BOTH) {
            zero = true;
          }
          continue;
        }
        if (f.zero()) {
          zero = true;
          continue;
        }
        boolean someone = f.groups().isEmpty() && !f.correction();
        if (seenValues.contains(f.value()) && !f.additional()) {
          continue; // "14 people were killed ... in total 14 were killed": said twice
        }
        seenValues.add(f.value());
        sum = sum == null ? f.value() : someone ? larger(sum, f.value()) : sum.plus(f.value());
        correction |= f.correction();
        additional |= f.additional();
        perpetrators &= f.perpetrators();
      }
      if (sum == null) {
        continue;
      }
      if (value.isUnknown() || correction) {
        value = sum;
      } else if (additional || perpetrators && !perpetratorsSeen) {
        value = value.plus(sum);
      } else {
        value = larger(value, sum);
      }
      perpetratorsSeen |= perpetrators;
    }
    if (value.isUnknown() && zero) {
      return Estimate.ZERO;
    }
    return value;
  }

  /** The larger of two figures for the same incident. */
  static Estimate larger(Estimate a, Estimate b) {
    if (b.isUnknown()) {
      return a;
    }
    if (a.isUnknown()) {
      return b;
    }
    if (b.low() > a.low() || b.low() == a.low() && b.best() > a.best()) {
      return b;
    }
    return a;
  }

  /** Who was hit, as written: the first group of victims counted. */
  private static Optional<String> victims(List<EventMention> mentions, Context ctx) {
    for (EventMention m : mentions) {
      for (Casualties.Figure f : m.figures()) {
        for (Casualties.Group g : f.groups()) {
          if (g.role() != Lexicon.Role.PERPETRATOR) {
            return Optional.of(m.facts().span(g.from(), g.to()));
          }
        }
      }
    }
    return Optional.empty();
  }
}
