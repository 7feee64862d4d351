package org.attackstats.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Actor;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.attackstats.model.Tally;
import org.attackstats.model.VagueNumberPolicy;

/**
 * Reads news reports and returns the attacks, responses, bases and tallies they describe, each
 * record pointing at the sentence it comes from. Deterministic and rule-based: the same documents
 * give the same dataset. Every country is read by default; a scope of countries or a period is an
 * option. See {@code docs/extraction.md} for the rules, their figures on real text and their
 * limits.
 *
 * <pre>{@code
 * Extraction x = Extractor.withDefaults().extract(List.of(
 *     NewsDocument.parse("000_cc793dff6a0669b7.txt", text)));
 * Dataset d = x.dataset();
 * Extractor iraqAndSyria = Extractor.builder()
 *     .countries(List.of(Country.of("IQ"), Country.of("SY")))
 *     .build();
 * }</pre>
 *
 * <p>The reading runs in stages, each a function of the one before (see {@code
 * docs/extraction.md}, "How it reads"): sentences and tokens ({@code Sentences}, {@code Token}),
 * per sentence the gazetteer names, dates, counts, places, casualty figures and event words
 * ({@code Facts}), then per document the event mentions with their roles, the incidents they
 * form and their places ({@code Incidents}, {@code Locator}), and the reported tallies ({@code
 * Tallies}).
 *
 * <p>Records carry extra columns: {@code confidence} (0.00 to 1.00, how much of the record the
 * text states outright) and, for incidents, {@code context} = {@code background} when the event
 * lies far before the report, and {@code sentences}, the offsets of every sentence merged into it.
 * Instances are immutable and thread-safe.
 */
public final class Extractor {

  /**
   * The longest text read by default, in characters (50 million, about 50 MB of English text).
   */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 50_000_000;

  /** Incidents ending more than this many days before publication are marked as background. */
  public static final int DEFAULT_BACKGROUND_DAYS = 180;

  /**
   * An incident whose text states no date is dated to this many days up to publication (a span),
   * unless the text gives a period ("since Oct. 17") or a date in the same paragraph.
   */
  public static final int DEFAULT_UNDATED_DAYS = 7;

  /** An event that a response answers, named with no date, is dated to this many days. */
  public static final int DEFAULT_PROVOKING_DAYS = 30;

  /**
   * The actors whose strikes are responses by default: the United States and the coalition it
   * leads (canonical gazetteer names).
   */
  public static final Set<String> DEFAULT_RESPONDERS = Set.of("United States", "Coalition");

  /** At most this many sentences of one incident are listed in its notes and offsets. */
  static final int LISTED_SENTENCES = 20;

  /** At most this many notes are kept per document report. */
  static final int MAX_NOTES = 1000;

  private final Gazetteer gazetteer;
  private final VagueNumberPolicy policy;
  private final Set<Country> countries;
  private final Optional<DateSpan> period;
  private final Incidents.Settings settings;
  private final int backgroundDays;
  private final int maxTextLength;

  private Extractor(Builder b) {
    this.gazetteer = b.gazetteer;
    this.policy = b.policy;
    this.countries = Set.copyOf(b.countries);
    this.period = b.period;
    this.settings = new Incidents.Settings(Set.copyOf(b.responders), b.undatedDays, b.provokingDays);
    this.backgroundDays = b.backgroundDays;
    this.maxTextLength = b.maxTextLength;
  }

  /**
   * The extractor with the bundled gazetteer, the {@link VagueNumberPolicy#ACLED_LIKE} policy,
   * every country and every date, {@link #DEFAULT_RESPONDERS}, {@link #DEFAULT_UNDATED_DAYS},
   * {@link #DEFAULT_PROVOKING_DAYS}, {@link #DEFAULT_BACKGROUND_DAYS} and {@link
   * #DEFAULT_MAX_TEXT_LENGTH}.
   *
   * @return the extractor
   */
  public static Extractor withDefaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads one document.
   *
   * @param document the document
   * @return the dataset and the report
   */
  public Extraction extract(NewsDocument document) {
    return extract(List.of(document));
  }

  /**
   * Reads several documents into one dataset. Record ids are numbered across documents in input
   * order ({@code a01}, {@code r01}, {@code t01}, ...). Never throws on odd text: what cannot be
   * read is left out and, where a rule recognised something, noted in the report. Only a text
   * over the length limit is refused.
   *
   * @param documents the documents
   * @return the dataset and one report per document
   * @throws IllegalArgumentException if two documents have the same id, or a text is longer than
   *     the limit ({@link Builder#maxTextLength}); nothing is read then
   */
  public Extraction extract(List<NewsDocument> documents) {
    Set<String> ids = new TreeSet<>();
    for (NewsDocument d : documents) {
      if (!ids.add(d.id())) {
        throw new IllegalArgumentException("two documents have the id '" + d.id() + "'");
      }
      if (d.text().length() > maxTextLength) {
        throw new IllegalArgumentException(
            "document '"
                + d.id()
                + "' has "
                + d.text().length()
                + " characters, more than the limit "
                + maxTextLength
                + " (raise it with Extractor.Builder.maxTextLength)");
      }
    }
    Dataset.Builder dataset = Dataset.builder();
    Map<String, Base> bases = new LinkedHashMap<>();
    List<DocumentReport> reports = new ArrayList<>();
    int[] counters = new int[3];
    for (NewsDocument doc : documents) {
      Read r = read(doc);
      List<String> notes = new ArrayList<>(r.notes);
      int attacks = 0;
      int responses = 0;
      int tallies = 0;
      for (Incidents.Incident m : r.incidents) {
        Optional<String> out = outOfScope(m.place().country(), m.date());
        if (out.isPresent()) {
          notes.add(where(m.main().facts().sentence()) + ": " + out.get() + ", not recorded");
          continue;
        }
        if (m.kind() == Incidents.Kind.RESPONSE) {
          dataset.add(response(doc, m, id("r", ++counters[1])));
          responses++;
        } else {
          Attack a = attack(doc, m, id("a", ++counters[0]));
          if (m.place().base().isPresent()) {
            Gazetteer.Entry b = m.place().base().get();
            bases.computeIfAbsent(baseId(b), id -> base(doc, m, b, id));
          }
          dataset.add(a);
          attacks++;
        }
      }
      for (Tallies.Draft t : r.tallies) {
        if (t.country().isPresent() && !countries.isEmpty() && !countries.contains(t.country().get())) {
          notes.add(where(t.sentence()) + ": " + t.metric() + " " + t.value() + " in "
              + t.country().get().name() + " outside the scope, not recorded");
          continue;
        }
        dataset.add(tally(doc, t, id("t", ++counters[2])));
        tallies++;
      }
      if (notes.size() > MAX_NOTES) {
        int more = notes.size() - MAX_NOTES;
        notes.subList(MAX_NOTES, notes.size()).clear();
        notes.add("and " + more + " more notes");
      }
      reports.add(new DocumentReport(doc.id(), r.sentences, attacks, responses, tallies, notes));
    }
    bases.values().forEach(dataset::add);
    return new Extraction(dataset.build(), reports);
  }

  /** What one document yields, before the scope is applied. */
  private record Read(int sentences, List<Incidents.Incident> incidents,
      List<Tallies.Draft> tallies, List<String> notes) {}

  /** The stages over one document. */
  private Read read(NewsDocument doc) {
    String text = doc.text();
    LocalDate pub = doc.published();
    List<Sentences.Sentence> split = Sentences.split(text, doc.bodyStart());
    boolean pooledDocument = false;
    List<Facts> facts = new ArrayList<>(split.size());
    for (Sentences.Sentence s : split) {
      Facts f = Facts.of(text, s, pub, gazetteer, policy, pooledDocument);
      pooledDocument |= oneOfSeveral(f);
      facts.add(f);
    }
    Locator.Evidence evidence = Locator.evidence(facts);
    List<Incidents.EventMention> mentions = Incidents.mentions(facts);
    List<Incidents.Grouped> groups = Incidents.group(mentions, evidence, settings);
    List<String> notes = new ArrayList<>();
    Tallies tallies = new Tallies();
    // the counts incidents took are not read again as tallies; the others may be
    Map<Facts, List<Incidents.EventMention>> bySentence = new java.util.IdentityHashMap<>();
    for (Incidents.Grouped g : groups) {
      for (Incidents.EventMention m : g.mentions()) {
        bySentence.computeIfAbsent(m.facts(), k -> new ArrayList<>()).add(m);
      }
    }
    for (Facts f : facts) {
      tallies.read(f, used(f, bySentence.getOrDefault(f, List.of())), notes);
    }
    Incidents.Context ctx = new Incidents.Context(pub, dateline(facts), tallies.since(),
        Incidents.claims(facts), evidence, facts);
    List<Incidents.Incident> incidents = Incidents.combineAll(groups, ctx, settings);
    if (pooledDocument) {
      notes.add("the text says the incident is one of several: figures over all of them are"
          + " recorded as tallies, not as the incident's casualties");
    }
    return new Read(split.size(), incidents, tallies.drafts(), notes);
  }

  /** "This was one of two coordinated attacks", "one of 17 attacks": a toll may be pooled. */
  private static boolean oneOfSeveral(Facts f) {
    for (int k = 0; k + 2 < f.tokens().size(); k++) {
      if (f.word(k).equals("one") && f.word(k + 1).equals("of")) {
        for (Quantities.Quantity q : f.quantities()) {
          if (q.from() == k + 2 || q.from() == k + 3) {
            for (int j = q.to(); j < f.tokens().size() && j <= q.to() + 3; j++) {
              int e = Lexicon.EVENTS.match(f.tokens(), j);
              if (e > 0 && Lexicon.EVENTS.get(f.tokens(), j, e).form() == Lexicon.Form.PLURAL
                  || f.word(j).equals("incidents")) {
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }

  /** The counts the sentence's incidents took (casualties, munitions): not read as tallies. */
  private static java.util.BitSet used(Facts f, List<Incidents.EventMention> mentions) {
    java.util.BitSet used = new java.util.BitSet();
    for (int qi = 0; qi < f.quantities().size(); qi++) {
      Quantities.Quantity q = f.quantities().get(qi);
      for (Incidents.EventMention m : mentions) {
        for (Casualties.Figure fig : m.figures()) {
          if (q.from() >= fig.from() && q.to() <= fig.to()) {
            used.set(qi);
          }
        }
        if (!m.roles().munitions().isUnknown() && m.clause().contains(q.from())
            && q.value().equals(Optional.of(m.roles().munitions()))) {
          used.set(qi);
        }
      }
    }
    return used;
  }

  /** "10/11/2016: Gunmen raided ...": a date that opens the body dates its incidents. */
  private static Optional<DateSpan> dateline(List<Facts> facts) {
    if (facts.isEmpty()) {
      return Optional.empty();
    }
    Facts first = facts.get(0);
    for (Dates.DateMention d : first.dates()) {
      if (d.from() == 0 && d.to() < first.tokens().size() && first.tokens().get(d.to()).isPunct(":")) {
        return Optional.of(d.span());
      }
    }
    return Optional.empty();
  }

  private Optional<String> outOfScope(Optional<Country> country, DateSpan date) {
    if (country.isPresent() && !countries.isEmpty() && !countries.contains(country.get())) {
      return Optional.of("incident in " + country.get().name() + " outside the scope");
    }
    if (period.isPresent() && !period.get().overlaps(date)) {
      return Optional.of("incident on " + date + " outside the period " + period.get());
    }
    return Optional.empty();
  }

  private static String where(Sentences.Sentence s) {
    return "sentence " + (s.index() + 1) + " [" + s.start() + ", " + s.end() + ")";
  }

  private Source source(NewsDocument doc, Sentences.Sentence s) {
    return Source.of(doc.publisher().orElse(null), doc.published(), doc.id())
        .withQuote(doc.text().substring(s.start(), s.end()), s.start(), s.end());
  }

  private static Place place(Locator.Located l) {
    Place p = Place.unknown();
    if (l.country().isPresent()) {
      p = p.withCountry(l.country().get());
    }
    p = p.withAdmin1(l.admin1().orElse(null)).withLocation(l.location().orElse(null));
    if (l.coordinates().isPresent()) {
      p = p.withCoordinates(l.coordinates().get());
    }
    return p;
  }

  /** The sentences of an incident, the main one first, each once. */
  private static List<Sentences.Sentence> sentences(Incidents.Incident m) {
    java.util.Set<Sentences.Sentence> out = new java.util.LinkedHashSet<>();
    for (Incidents.EventMention e : m.mentions()) {
      out.add(e.facts().sentence());
    }
    return List.copyOf(out);
  }

  private static String notes(NewsDocument doc, Incidents.Incident m) {
    List<String> parts = new ArrayList<>();
    Locator.Located l = m.place();
    l.district().ifPresent(d -> parts.add(d + " district of " + l.location().orElse("")));
    parts.addAll(l.notes());
    m.dateNote().ifPresent(parts::add);
    m.actorNote().ifPresent(parts::add);
    List<Sentences.Sentence> ss = sentences(m);
    for (int i = 1; i < Math.min(ss.size(), LISTED_SENTENCES); i++) {
      Sentences.Sentence s = ss.get(i);
      parts.add("also: \"" + doc.text().substring(s.start(), s.end()) + "\" [" + s.start() + ", "
          + s.end() + ")");
    }
    if (ss.size() > LISTED_SENTENCES) {
      parts.add("and " + (ss.size() - LISTED_SENTENCES) + " more sentences");
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static double confidence(Incidents.Incident m) {
    double c = 0.4;
    c += m.dateStated() ? 0.2 : 0;
    c += m.place().specificity() >= 2 ? 0.15 : m.place().specificity() >= 0 ? 0.05 : 0;
    c += m.actor().isPresent() && m.actorNote().isEmpty() || m.place().base().isPresent() ? 0.1
        : m.actor().isPresent() ? 0.05 : 0;
    c += m.method().isPresent() ? 0.05 : 0;
    c += 0.05 * Math.min(3, sentences(m).size() - 1);
    return Math.min(0.95, c);
  }

  private String background(Incidents.Incident m, LocalDate published) {
    return m.date().endInclusive().isBefore(published.minusDays(backgroundDays)) ? "background" : null;
  }

  private static String offsets(Incidents.Incident m) {
    List<Sentences.Sentence> ss = sentences(m);
    String listed = ss.stream().limit(LISTED_SENTENCES).map(s -> s.start() + "-" + s.end())
        .collect(Collectors.joining("|"));
    return ss.size() > LISTED_SENTENCES ? listed + "|..." : listed;
  }

  private static Actor actor(Optional<Gazetteer.Entry> e) {
    return e.map(x -> Actor.of(x.name())).orElse(null);
  }

  private Attack attack(NewsDocument doc, Incidents.Incident m, String id) {
    Optional<Gazetteer.Entry> base = m.place().base();
    return Attack.builder(id, m.date())
        .time(m.time().orElse(null))
        .place(place(m.place()))
        .baseId(base.map(Extractor::baseId).orElse(null))
        .target(base.map(b -> b.attribute("title").orElse(b.name())).or(m::target).orElse(null))
        .perpetrator(actor(m.actor()))
        .method(m.method().orElse(null))
        .munitions(m.munitions())
        .injured(m.injured())
        .killed(m.killed())
        .victims(m.victims().orElse(null))
        .source(source(doc, m.main().facts().sentence()))
        .notes(notes(doc, m))
        .extra("confidence", format(confidence(m)))
        .extra("context", background(m, doc.published()))
        .extra("sentences", offsets(m))
        .extra("geonames_id", m.place().geonames().orElse(null))
        .build();
  }

  private Response response(NewsDocument doc, Incidents.Incident m, String id) {
    return Response.builder(id, m.date())
        .time(m.time().orElse(null))
        .place(place(m.place()))
        .responder(actor(m.actor()))
        .method(m.method().orElse(null))
        .munitions(m.munitions())
        .target(m.target().orElse(null))
        .targetActor(actor(m.targetActor()))
        .injured(m.injured())
        .killed(m.killed())
        .source(source(doc, m.main().facts().sentence()))
        .notes(notes(doc, m))
        .extra("confidence", format(confidence(m)))
        .extra("context", background(m, doc.published()))
        .extra("sentences", offsets(m))
        .extra("geonames_id", m.place().geonames().orElse(null))
        .build();
  }

  private static String baseId(Gazetteer.Entry b) {
    return b.attribute("id").orElseGet(() -> slug(b.name()));
  }

  private Base base(NewsDocument doc, Incidents.Incident m, Gazetteer.Entry e, String id) {
    Place p = Place.unknown().withAdmin1(e.admin1().orElse(null));
    if (e.country().isPresent()) {
      p = p.withCountry(e.country().get());
    }
    List<String> aliases =
        e.aliases().stream().filter(a -> !a.isBlank() && a.indexOf('|') < 0).distinct().toList();
    return new Base(
        id, e.attribute("title").orElse(e.name()), aliases, p, Optional.empty(),
        Estimate.unknown(), source(doc, m.main().facts().sentence()),
        Optional.of("from the gazetteer"), Map.of());
  }

  private Tally tally(NewsDocument doc, Tallies.Draft t, String id) {
    Tally tally =
        Tally.of(id, t.metric(), t.value())
            .withCountry(t.country().orElse(null))
            .withPeriod(
                t.since().filter(d -> !d.isAfter(doc.published())).orElse(null),
                doc.published())
            .withSubject(t.subject().orElse(null), t.attribution().orElse(null))
            .withSource(source(doc, t.sentence()));
    return new Tally(
        tally.id(), tally.metric(), tally.value(), tally.country(), tally.since(), tally.asOf(),
        tally.subject(), tally.attribution(), tally.source(),
        Map.of("confidence", format(t.confidence())));
  }

  /** "a01", "r12", "t103": a prefix and at least two digits. */
  private static String id(String prefix, int n) {
    return n < 10 ? prefix + "0" + n : prefix + n;
  }

  /** Two decimals ("0.85"), without a Formatter on the hot path. */
  private static String format(double d) {
    long hundredths = Math.round(d * 100);
    long frac = hundredths % 100;
    return (hundredths / 100) + (frac < 10 ? ".0" : ".") + frac;
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** Builds an {@link Extractor}. Not thread-safe. */
  public static final class Builder {
    private Gazetteer gazetteer;
    private VagueNumberPolicy policy = VagueNumberPolicy.ACLED_LIKE;
    private Set<Country> countries = Set.of();
    private Optional<DateSpan> period = Optional.empty();
    private Set<String> responders = DEFAULT_RESPONDERS;
    private int undatedDays = DEFAULT_UNDATED_DAYS;
    private int provokingDays = DEFAULT_PROVOKING_DAYS;
    private int backgroundDays = DEFAULT_BACKGROUND_DAYS;
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;

    private Builder() {}

    /**
     * The names to recognise; default {@link Gazetteer#defaults()}.
     *
     * @param gazetteer the gazetteer, for example {@code Gazetteer.defaults().plus(mine)}
     * @return this builder
     */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /**
     * How vague words ("dozens") become estimates.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(VagueNumberPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The countries whose incidents and tallies are recorded; the others are noted in the
     * report. Empty (the default) records every country. An incident whose country the text
     * does not tell is recorded whatever the scope.
     *
     * @param countries the countries, for example {@code List.of(Country.of("IQ"))}
     * @return this builder
     */
    public Builder countries(Collection<Country> countries) {
      this.countries = Set.copyOf(countries);
      return this;
    }

    /**
     * The period whose incidents are recorded (those whose date span overlaps it); the others
     * are noted in the report. Default: every date.
     *
     * @param period the period
     * @return this builder
     */
    public Builder period(DateSpan period) {
      this.period = Optional.of(period);
      return this;
    }

    /**
     * The actors whose strikes are responses, by their canonical gazetteer names (for example
     * {@code "United States"}, {@code "Coalition"}, {@code "Israel"}); every other actor's are
     * attacks. Default {@link Extractor#DEFAULT_RESPONDERS}; empty makes every incident an attack.
     *
     * @param actors the responders
     * @return this builder
     */
    public Builder responders(Collection<String> actors) {
      this.responders = Set.copyOf(actors);
      return this;
    }

    /**
     * How many days before publication an incident must end to be marked as background.
     *
     * @param days a non-negative number of days
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Builder backgroundDays(int days) {
      this.backgroundDays = nonNegative("backgroundDays", days);
      return this;
    }

    /**
     * The span given to an incident whose text states no date and gives no period: this many
     * days up to publication. Default {@link Extractor#DEFAULT_UNDATED_DAYS}.
     *
     * @param days a non-negative number of days (0: the publication day)
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Builder undatedDays(int days) {
      this.undatedDays = nonNegative("undatedDays", days);
      return this;
    }

    /**
     * The span given to an event that a response answers, named with no date. Default {@link
     * Extractor#DEFAULT_PROVOKING_DAYS}.
     *
     * @param days a non-negative number of days
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Builder provokingDays(int days) {
      this.provokingDays = nonNegative("provokingDays", days);
      return this;
    }

    private static int nonNegative(String option, int days) {
      if (days < 0 || days > 36_500) {
        throw new IllegalArgumentException(option + " must be between 0 and 36500, got " + days);
      }
      return days;
    }

    /**
     * The longest text, in characters ({@code String.length()}), that {@code extract} reads;
     * default {@link Extractor#DEFAULT_MAX_TEXT_LENGTH}. Longer texts are refused: the time and memory of
     * extraction grow with the text.
     *
     * @param characters a positive number of characters
     * @return this builder
     * @throws IllegalArgumentException if {@code characters} is not positive
     */
    public Builder maxTextLength(int characters) {
      if (characters <= 0) {
        throw new IllegalArgumentException("maxTextLength must be > 0, got " + characters);
      }
      this.maxTextLength = characters;
      return this;
    }

    /**
     * Builds the extractor (loading the default gazetteer if none was given).
     *
     * @return the extractor
     */
    public Extractor build() {
      if (gazetteer == null) {
        gazetteer = Gazetteer.defaults();
      }
      return new Extractor(this);
    }
  }
}
