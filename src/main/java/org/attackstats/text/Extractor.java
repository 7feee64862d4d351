package org.attackstats.text;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.attackstats.model.Tally;
import org.attackstats.model.VagueNumberPolicy;

/**
 * Reads news reports and returns the attacks, responses, bases and tallies they describe, each
 * record pointing at the sentence it comes from. Deterministic and rule-based: the same documents
 * give the same dataset. See {@code docs/extraction.md} for the rules and their limits.
 *
 * <pre>{@code
 * Extraction x = Extractor.withDefaults().extract(List.of(
 *     NewsDocument.parse("000_cc793dff6a0669b7.txt", text)));
 * Dataset d = x.dataset();
 * }</pre>
 *
 * <p>Records carry two extra columns: {@code confidence} (0.00 to 1.00, how much of the record the
 * text states outright) and, for incidents, {@code context} = {@code background} when the event
 * lies far before the report, and {@code sentences}, the offsets of every sentence merged into it.
 * Instances are immutable and thread-safe.
 */
public final class Extractor {

  /** Incidents ending more than this many days before publication are marked as background. */
  public static final int DEFAULT_BACKGROUND_DAYS = 180;

  /** The countries recorded by default: Iraq, Syria, Jordan and Yemen (and seas, which have none). */
  public static final Set<Country> DEFAULT_SCOPE =
      Set.of(Country.of("IQ"), Country.of("SY"), Country.of("JO"), Country.of("YE"));

  /** At most this many sentences of one incident are listed in its notes and offsets. */
  static final int LISTED_SENTENCES = 20;

  /** At most this many notes are kept per document report. */
  static final int MAX_NOTES = 1000;

  private final Gazetteer gazetteer;
  private final VagueNumberPolicy policy;
  private final Optional<Set<Country>> scope;
  private final int backgroundDays;

  private Extractor(Builder b) {
    this.gazetteer = b.gazetteer;
    this.policy = b.policy;
    this.scope = b.scope;
    this.backgroundDays = b.backgroundDays;
  }

  /**
   * The extractor with the bundled gazetteer, the {@link VagueNumberPolicy#ACLED_LIKE} policy,
   * {@link #DEFAULT_SCOPE} and {@link #DEFAULT_BACKGROUND_DAYS}.
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
   * read is left out and, where a rule recognised something, noted in the report.
   *
   * @param documents the documents
   * @return the dataset and one report per document
   * @throws IllegalArgumentException if two documents have the same id
   */
  public Extraction extract(List<NewsDocument> documents) {
    Set<String> ids = new TreeSet<>();
    for (NewsDocument d : documents) {
      if (!ids.add(d.id())) {
        throw new IllegalArgumentException("two documents have the id '" + d.id() + "'");
      }
    }
    Dataset.Builder dataset = Dataset.builder();
    Map<String, Base> bases = new LinkedHashMap<>();
    List<DocumentReport> reports = new ArrayList<>();
    int[] counters = new int[3];
    DocumentAnalyzer analyzer = new DocumentAnalyzer(gazetteer, policy);
    for (NewsDocument doc : documents) {
      DocumentAnalyzer.Result r = analyzer.analyze(doc);
      List<String> notes = new ArrayList<>(r.notes);
      int attacks = 0;
      int responses = 0;
      int tallies = 0;
      for (Mention m : r.incidents) {
        Optional<String> out = outOfScope(m);
        if (out.isPresent()) {
          notes.add(where(m.main()) + ": " + out.get() + ", not recorded");
          continue;
        }
        if (m.kind == Mention.Kind.RESPONSE) {
          dataset.add(response(doc, m, String.format(Locale.ROOT, "r%02d", ++counters[1])));
          responses++;
        } else {
          Attack a = attack(doc, m, String.format(Locale.ROOT, "a%02d", ++counters[0]));
          if (m.base != null) {
            bases.computeIfAbsent(m.base.attribute("id").orElse(slug(m.base.name())),
                id -> base(doc, m, id));
          }
          dataset.add(a);
          attacks++;
        }
      }
      for (TallyRules.Draft t : r.tallies) {
        if (t.country != null && scope.isPresent() && !scope.get().contains(t.country)) {
          notes.add(where(t.sentence) + ": " + t.metric + " " + t.value + " in " + t.country.name()
              + " outside the scope, not recorded");
          continue;
        }
        dataset.add(tally(doc, t, String.format(Locale.ROOT, "t%02d", ++counters[2])));
        tallies++;
      }
      if (notes.size() > MAX_NOTES) {
        int more = notes.size() - MAX_NOTES;
        notes.subList(MAX_NOTES, notes.size()).clear();
        notes.add("and " + more + " more notes");
      }
      reports.add(new DocumentReport(doc.id(), r.sentenceCount, attacks, responses, tallies, notes));
    }
    bases.values().forEach(dataset::add);
    return new Extraction(dataset.build(), reports);
  }

  private Optional<String> outOfScope(Mention m) {
    Country c = m.country();
    if (c != null) {
      return scope.isPresent() && !scope.get().contains(c)
          ? Optional.of("incident in " + c.name() + " outside the scope")
          : Optional.empty();
    }
    if (m.place != null || m.base != null || m.usVictims) {
      return Optional.empty();
    }
    return Optional.of("incident with no place and no US or coalition victims");
  }

  private static String where(Sentences.Sentence s) {
    return "sentence " + (s.index() + 1) + " [" + s.start() + ", " + s.end() + ")";
  }

  private Source source(NewsDocument doc, Sentences.Sentence s) {
    return Source.of(doc.publisher().orElse(null), doc.published(), doc.id())
        .withQuote(doc.text().substring(s.start(), s.end()), s.start(), s.end());
  }

  private Place place(Mention m) {
    Place p = Place.unknown();
    Country c = m.country();
    if (c != null) {
      p = p.withCountry(c);
    }
    p = p.withAdmin1(m.admin1()).withLocation(m.location());
    return p;
  }

  private String notes(NewsDocument doc, Mention m) {
    List<String> parts = new ArrayList<>();
    if (m.district != null) {
      parts.add(m.district + " district of " + m.location());
    }
    if (!m.dateQualifier.isEmpty()) {
      parts.add(m.dateQualifier + " " + m.date.start().getMonth().toString().charAt(0)
          + m.date.start().getMonth().toString().substring(1).toLowerCase(Locale.ROOT));
    }
    if (!m.dateExplicit) {
      parts.add("date not stated in the sentence, taken from the paragraph or publication date");
    }
    for (int i = 1; i < Math.min(m.sentences.size(), LISTED_SENTENCES); i++) {
      Sentences.Sentence s = m.sentences.get(i);
      parts.add("also: \"" + doc.text().substring(s.start(), s.end()) + "\" [" + s.start() + ", "
          + s.end() + ")");
    }
    if (m.sentences.size() > LISTED_SENTENCES) {
      parts.add("and " + (m.sentences.size() - LISTED_SENTENCES) + " more sentences");
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private double confidence(Mention m) {
    double c = 0.4;
    c += m.dateExplicit ? 0.2 : 0;
    c += m.location() != null ? 0.15 : m.place != null ? 0.05 : 0;
    c += m.actor != null && !m.actorFromContext || m.base != null ? 0.1 : m.actor != null ? 0.05 : 0;
    c += m.method != null ? 0.05 : 0;
    c += 0.05 * Math.min(3, m.sentences.size() - 1);
    return Math.min(0.95, c);
  }

  private String background(Mention m, LocalDate published) {
    return m.date.endInclusive().isBefore(published.minusDays(backgroundDays)) ? "background" : null;
  }

  private static String sentences(Mention m) {
    String listed =
        m.sentences.stream()
            .limit(LISTED_SENTENCES)
            .map(s -> s.start() + "-" + s.end())
            .collect(Collectors.joining("|"));
    return m.sentences.size() > LISTED_SENTENCES ? listed + "|..." : listed;
  }

  private Attack attack(NewsDocument doc, Mention m, String id) {
    return Attack.builder(id, m.date)
        .time(m.time)
        .place(place(m))
        .baseId(m.base == null ? null : m.base.attribute("id").orElse(slug(m.base.name())))
        .target(m.target)
        .perpetrator(m.actor)
        .method(m.method)
        .munitions(m.munitions)
        .injured(m.injured)
        .killed(m.killed)
        .victims(m.victims)
        .source(source(doc, m.main()))
        .notes(notes(doc, m))
        .extra("confidence", format(confidence(m)))
        .extra("context", background(m, doc.published()))
        .extra("sentences", sentences(m))
        .build();
  }

  private Response response(NewsDocument doc, Mention m, String id) {
    return Response.builder(id, m.date)
        .time(m.time)
        .place(place(m))
        .responder(m.actor)
        .method(m.method)
        .munitions(m.munitions)
        .target(m.target)
        .targetActor(m.targetActor)
        .injured(m.injured)
        .killed(m.killed)
        .source(source(doc, m.main()))
        .notes(notes(doc, m))
        .extra("confidence", format(confidence(m)))
        .extra("context", background(m, doc.published()))
        .extra("sentences", sentences(m))
        .build();
  }

  private Base base(NewsDocument doc, Mention m, String id) {
    Gazetteer.Entry e = m.base;
    Place p = Place.unknown().withAdmin1(e.admin1().orElse(null));
    if (e.country().isPresent()) {
      p = p.withCountry(e.country().get());
    }
    List<String> aliases =
        e.aliases().stream().filter(a -> !a.isBlank() && a.indexOf('|') < 0).distinct().toList();
    return new Base(
        id, e.attribute("title").orElse(e.name()), aliases, p, Optional.empty(),
        Estimate.unknown(), source(doc, m.main()), Optional.of("from the gazetteer"), Map.of());
  }

  private Tally tally(NewsDocument doc, TallyRules.Draft t, String id) {
    Tally tally =
        Tally.of(id, t.metric, t.value)
            .withCountry(t.country)
            .withPeriod(
                t.since != null && !t.since.isAfter(doc.published()) ? t.since : null,
                doc.published())
            .withSubject(t.subject, t.attribution)
            .withSource(source(doc, t.sentence));
    return new Tally(
        tally.id(), tally.metric(), tally.value(), tally.country(), tally.since(), tally.asOf(),
        tally.subject(), tally.attribution(), tally.source(),
        Map.of("confidence", format(t.confidence)));
  }

  private static String format(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** Builds an {@link Extractor}. Not thread-safe. */
  public static final class Builder {
    private Gazetteer gazetteer = Gazetteer.defaults();
    private VagueNumberPolicy policy = VagueNumberPolicy.ACLED_LIKE;
    private Optional<Set<Country>> scope = Optional.of(DEFAULT_SCOPE);
    private int backgroundDays = DEFAULT_BACKGROUND_DAYS;

    private Builder() {}

    /**
     * The names to recognise.
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
     * The countries whose incidents and tallies are recorded; others are noted in the report.
     *
     * @param countries the countries
     * @return this builder
     */
    public Builder scope(Set<Country> countries) {
      this.scope = Optional.of(Set.copyOf(countries));
      return this;
    }

    /**
     * Records incidents and tallies in every country.
     *
     * @return this builder
     */
    public Builder anyCountry() {
      this.scope = Optional.empty();
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
      if (days < 0) {
        throw new IllegalArgumentException("backgroundDays must be >= 0, got " + days);
      }
      this.backgroundDays = days;
      return this;
    }

    /**
     * Builds the extractor.
     *
     * @return the extractor
     */
    public Extractor build() {
      return new Extractor(this);
    }
  }
}
