package org.attackstats.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.attackstats.model.Coordinates;
import org.attackstats.model.Country;
import org.attackstats.model.Method;

/**
 * Names the extractor recognises: countries and their nationality words, first- and
 * second-level divisions, towns and villages, districts of towns, military bases, seas, armed
 * actors and ways of attack.
 *
 * <p>{@link #defaults()} layers, in this order of preference on equal names: the hand-made
 * entries of the bundled {@code gazetteer.tsv} (bases, districts, spelling variants,
 * transliterations, methods), the bundled lexicons of countries ({@code countries.tsv}: names and
 * demonyms of every ISO 3166-1 country), armed actors ({@code actors.tsv}) and English variants of
 * division names ({@code admin1-aliases.tsv}), and the GeoNames layer (GeoNames, CC BY 4.0: about
 * 200,000 populated places with their alternate names, and every first- and second-level
 * division; see {@code docs/extraction.md}).
 *
 * <p>Matching ignores case, accents, apostrophes, dots and a final possessive {@code 's} (see
 * {@link Names#key}: {@code Cox's Bazar} = {@code Cox Bazar}), and treats hyphens as spaces
 * ({@code Deir ez-Zor} = {@code Deir ez Zor}). An apostrophe glued to a word inside a name is
 * part of the name ({@code Kurdistan Workers' Party}, {@code Ra's al 'Ayn}); one that opens or
 * closes a name may be a quotation mark and is left out ({@code 'Amran} is found as {@code
 * Amran}). Aliases of at most five letters with a capital after the first ({@code US}, {@code
 * IS}, {@code IRGC}, {@code JeM}) must match as spelt, so that "us" and "is" are not mistaken for
 * them and {@code JeM} (Jaish-e-Mohammed) is not {@code JEM} (Justice and Equality Movement).
 * GeoNames names match only capitalised words ("Hit", not "hit"), and one that is also a common
 * English word ("Police", "Best") is flagged so that the extractor takes it for a place only with
 * a cue ("in Hit"). The longest name wins, left to right.
 *
 * <p>The format of a hand-made file ({@link #parse}) is one entry a line, tab-separated:
 *
 * <pre>
 * kind  name  country  admin1  aliases (separated by |)  attributes (key=value;key=value)
 * </pre>
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.defaults().plus(Gazetteer.parse(
 *     "base\tCamp Lemonnier\tDJ\t\tCamp Lemonnier|Lemonnier\tid=lemonnier\n", "my-places.tsv"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Gazetteer {

  /** What an entry names. */
  public enum Kind {
    /** A country; its {@code country} column is its ISO code. */
    COUNTRY,
    /** A nationality word of a country ({@code Afghan}, {@code Iraqis}). */
    NATIONALITY,
    /** A first-level division: governorate, province, state, region. */
    ADMIN1,
    /** A second-level division: district, county, department, local government area. */
    ADMIN2,
    /** A town, village, road or site. */
    PLACE,
    /** A quarter or district of a town; attribute {@code within} names the town. */
    DISTRICT,
    /** A military base; attributes {@code id} and {@code title}. */
    BASE,
    /** A sea or strait, a place with no country. */
    SEA,
    /** A region across countries ("the Middle East", "the Sahel"), a place with no country. */
    REGION,
    /** An armed group, state or force; attribute {@code type} is state, group or coalition. */
    ACTOR,
    /** A weapon or way of attack; the name is the method ({@code rocket}, {@code airstrike}). */
    METHOD;

    static Kind parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown gazetteer kind '" + s + "': expected one of country, nationality, admin1,"
                + " admin2, place, district, base, sea, region, actor, method");
      }
    }

    /** Whether entries of this kind are places an incident can be at. */
    boolean isPlace() {
      return this != ACTOR && this != METHOD && this != NATIONALITY;
    }
  }

  /**
   * One named thing.
   *
   * @param kind what it is
   * @param name the canonical name
   * @param country its country, if any
   * @param admin1 its first-level division, if any
   * @param aliases the spellings matched in text, the name included (for GeoNames entries only
   *     the canonical name: its alternate names stay in the compact layer)
   * @param attributes further facts ({@code id}, {@code title}, {@code within}, {@code type},
   *     {@code geonames} (the GeoNames id), {@code admin2}, {@code seat} (capital, admin1,
   *     admin), {@code common} (a name that is also a common English word))
   * @param coordinates where it is, if known
   * @param population how many people live there, if known
   */
  public record Entry(
      Kind kind,
      String name,
      Optional<Country> country,
      Optional<String> admin1,
      List<String> aliases,
      Map<String, String> attributes,
      Optional<Coordinates> coordinates,
      OptionalLong population) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Entry {
      Objects.requireNonNull(kind, "kind");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("gazetteer entry needs a name");
      }
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(admin1, "admin1");
      aliases = List.copyOf(aliases);
      attributes = Map.copyOf(attributes);
      Objects.requireNonNull(coordinates, "coordinates");
      Objects.requireNonNull(population, "population");
    }

    /**
     * An attribute.
     *
     * @param key the key, for example {@code id}
     * @return its value, if set
     */
    public Optional<String> attribute(String key) {
      return Optional.ofNullable(attributes.get(key));
    }

    /** Whether this entry comes from the GeoNames layer. */
    boolean fromGeoNames() {
      return attributes.containsKey("geonames");
    }
  }

  /**
   * Where a name occurs in a token list, with every entry it may mean (hand-made entries first,
   * then GeoNames places by decreasing population).
   *
   * @param from first token, inclusive
   * @param to last token, exclusive
   * @param entries what the name may refer to, never empty
   */
  record Match(int from, int to, List<Entry> entries) {
    Match {
      entries = List.copyOf(entries);
    }

    boolean has(Kind kind) {
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).kind() == kind) {
          return true;
        }
      }
      return false;
    }

    Optional<Entry> first(Kind kind) {
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).kind() == kind) {
          return Optional.of(entries.get(i));
        }
      }
      return Optional.empty();
    }
  }

  /** Words that end division names in GeoNames ("Borno State", "Maidan Wardak Province"). */
  private static final List<String> DIVISION_WORDS =
      List.of(" Province", " province", " State", " Governorate", " Region", " Department",
          " District", " County", " Prefecture", " Oblast", " Division", " Municipality",
          " Muhafazah", " Wilayat", " Territory");

  /** Lower-case words allowed inside a capitalised place name ("Dera Ismail Khan", "Qala-i-Naw"). */
  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ed",
          "en", "es", "et", "ez", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des",
          "la", "le", "les", "los", "las", "i", "y", "bin", "ibn", "bani", "upon", "sur",
          "am", "im", "der", "den", "van", "von", "ye", "e", "o", "of", "on", "and");

  private static final int LONGEST_GEONAME = 6;

  private static volatile Gazetteer defaults;

  /** The hand-made names as a trie over the words' matching forms: no key is built to match. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    List<Entry> entries;
    String key;
  }

  private final Node root = new Node();

  private final List<Entry> entries;
  private final Map<String, List<Entry>> byKey = new HashMap<>();
  /** The first word of every hand-made key: a token that is none starts no hand-made name. */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();
  /**
   * Keys of aliases that must match as spelt ({@code US}, {@code JEM}, {@code JeM}): per key, the
   * entries of each spelling.
   */
  private final Map<String, Map<String, List<Entry>>> exactCase = new HashMap<>();
  /** Keys whose every alias is written capitalised: the text must capitalise them too. */
  private final java.util.Set<String> capitalised = new java.util.HashSet<>();
  private final java.util.Set<String> uncapitalised = new java.util.HashSet<>();
  private final Map<String, Entry> byName = new HashMap<>();
  private final Optional<GeoNames> geoNames;
  private final int longest;

  private Gazetteer(List<Entry> entries, Optional<GeoNames> geoNames) {
    this.entries = List.copyOf(entries);
    this.geoNames = geoNames;
    int max = 1;
    for (Entry e : this.entries) {
      byName.putIfAbsent(e.kind() + "\t" + e.name(), e);
      List<String> names = new ArrayList<>(e.aliases());
      if (!names.contains(e.name())) {
        names.add(0, e.name());
      }
      for (String alias : names) {
        String key = Names.key(alias);
        if (key.isEmpty()) {
          continue;
        }
        List<Entry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(e)) {
          list.add(e);
        }
        String letters = alias.replace(".", "");
        if (spelledExactly(letters)) {
          List<Entry> spelt = exactCase.computeIfAbsent(key, k -> new HashMap<>(2))
              .computeIfAbsent(letters, k -> new ArrayList<>(1));
          if (!spelt.contains(e)) {
            spelt.add(e);
          }
        }
        if (Character.isUpperCase(alias.charAt(0)) && e.kind() != Kind.METHOD) {
          capitalised.add(key);
        } else {
          uncapitalised.add(key);
        }
        String[] words = key.split(" ");
        firstWords.add(words[0]);
        Node node = root;
        for (String w : words) {
          node = node.next.computeIfAbsent(w, x -> new Node());
        }
        node.entries = byKey.get(key);
        node.key = key;
        max = Math.max(max, words.length);
      }
    }
    this.longest = Math.max(max, geoNames.isPresent() ? LONGEST_GEONAME : 1);
    capitalised.removeAll(uncapitalised);
  }

  /**
   * The bundled gazetteer: hand-made entries, countries, nationalities, actors, division variants
   * and the GeoNames layer. Loaded once (about half a second, about 30 MB), then shared.
   *
   * @return the default gazetteer
   */
  public static Gazetteer defaults() {
    Gazetteer g = defaults;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = defaults;
        if (g == null) {
          List<Entry> all = new ArrayList<>(parse(resource("gazetteer.tsv"), "gazetteer.tsv").entries);
          all.addAll(Lexicon.countryEntries());
          all.addAll(Lexicon.actorEntries());
          all.addAll(Lexicon.admin1Entries());
          g = new Gazetteer(all, Optional.of(GeoNames.bundled()));
          defaults = g;
        }
      }
    }
    return g;
  }

  static String resource(String name) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/attackstats/text/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads hand-made entries in the tab-separated format above; the result has no GeoNames layer
   * (add it with {@code Gazetteer.defaults().plus(...)}).
   *
   * @param tsv the text
   * @param name a name for error messages (a file name)
   * @return the gazetteer
   * @throws IllegalArgumentException naming the line, the column and the bad value
   */
  public static Gazetteer parse(String tsv, String name) {
    List<Entry> out = new ArrayList<>();
    String[] lines = tsv.split("\r?\n", -1);
    for (int ln = 0; ln < lines.length; ln++) {
      String line = lines[ln];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String where = name + " line " + (ln + 1);
      if (c.length < 2 || c[1].isBlank()) {
        throw new IllegalArgumentException(
            where + ": expected kind, name, country, admin1, aliases, attributes separated by tabs,"
                + " got '" + line + "'");
      }
      Kind kind;
      try {
        kind = Kind.parse(c[0]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ", column kind: " + e.getMessage(), e);
      }
      Optional<Country> country = Optional.empty();
      if (c.length > 2 && !c[2].isBlank()) {
        try {
          country = Optional.of(Country.of(c[2].strip()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ", column country: " + e.getMessage(), e);
        }
      }
      Optional<String> admin1 =
          c.length > 3 && !c[3].isBlank() ? Optional.of(c[3].strip()) : Optional.empty();
      List<String> aliases = new ArrayList<>();
      if (c.length > 4) {
        for (String a : c[4].split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.strip());
          }
        }
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      if (c.length > 5) {
        for (String kv : c[5].split(";")) {
          if (kv.isBlank()) {
            continue;
          }
          int eq = kv.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException(
                where + ", column attributes: expected key=value, got '" + kv + "'");
          }
          attrs.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
      }
      if (kind == Kind.METHOD) {
        try {
          Method.of(c[1]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ", column name: " + e.getMessage(), e);
        }
      }
      String id = attrs.get("id");
      if (id != null && (id.isEmpty() || id.indexOf('|') >= 0)) {
        throw new IllegalArgumentException(
            where + ", column attributes: invalid id '" + id + "': expected non-blank text without '|'");
      }
      out.add(entry(kind, c[1].strip(), country, admin1, aliases, attrs));
    }
    return new Gazetteer(out, Optional.empty());
  }

  static Entry entry(Kind kind, String name, Optional<Country> country, Optional<String> admin1,
      List<String> aliases, Map<String, String> attributes) {
    return new Entry(kind, name, country, admin1, aliases, attributes, Optional.empty(),
        OptionalLong.empty());
  }

  /**
   * This gazetteer with another's entries added, preferred to the GeoNames layer; on equal names
   * both hand-made entries are kept and the extractor prefers the more specific kind.
   *
   * @param other the entries to add
   * @return the combined gazetteer
   */
  public Gazetteer plus(Gazetteer other) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(other.entries);
    return new Gazetteer(all, geoNames.isPresent() ? geoNames : other.geoNames);
  }

  /**
   * The hand-made and lexicon entries in file order (not the GeoNames layer, see {@link
   * #lookup}).
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The hand-made or lexicon entry of this kind with this canonical name.
   *
   * @param kind the kind
   * @param name the canonical name
   * @return the entry, if any
   */
  public Optional<Entry> find(Kind kind, String name) {
    return Optional.ofNullable(byName.get(kind + "\t" + name));
  }

  /**
   * Every entry, GeoNames included, one of whose names has the matching form of {@code name}:
   * {@code lookup("Tal Afar")} finds the Iraqi town whichever spelling GeoNames lists first.
   *
   * @param name a name as written
   * @return the entries, hand-made ones first, then places by decreasing population
   */
  public List<Entry> lookup(String name) {
    return candidates(Names.key(name), true);
  }

  /**
   * The capital of a country, from the bundled GeoNames layer.
   *
   * @param country the country
   * @return its capital, if GeoNames has one
   */
  static Optional<Entry> capital(Country country) {
    GeoNames g = GeoNames.bundled();
    int p = g.capital(country);
    return p < 0 ? Optional.empty() : Optional.of(placeEntry(g, p, false));
  }

  /** Whether a GeoNames layer is present. */
  boolean hasGeoNames() {
    return geoNames.isPresent();
  }

  /**
   * Longest non-overlapping names, left to right. A hand-made or lexicon name matches in any
   * case (short capitals exactly); a GeoNames name must start with a capitalised word (or an
   * article before one: "al-Qaim") and end with one. Linear in the number of tokens.
   */
  List<Match> matches(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    int n = tokens.size();
    String[] words = new String[longest];
    GeoNames geo = geoNames.orElse(null);
    int i = 0;
    while (i < n) {
      Token first = tokens.get(i);
      if (!first.isWord() && first.kind() != Token.Kind.NUMBER) {
        i++;
        continue;
      }
      boolean geoStart = geo != null && startsName(tokens, i);
      boolean handAlive = firstWords.contains(first.norm());
      if (!geoStart && !handAlive) {
        i++;
        continue; // most words start no name: no key is built for them
      }
      int handEnd = -1;
      List<Entry> hand = null;
      int geoEnd = -1;
      int geoKey = -1;
      Node node = root;
      int count = 0;
      for (int j = i; j < n && count < longest; j++) {
        Token t = tokens.get(j);
        if (t.isPunct(".") || gluedApostrophe(tokens, j)) {
          continue; // "St. Cloud", "U.S.", "Workers' Party", "Ra's al 'Ayn"
        }
        if (t.kind() == Token.Kind.PUNCT) {
          break;
        }
        words[count++] = t.norm();
        if (handAlive) {
          node = node.next.get(t.norm());
          if (node == null) {
            handAlive = false;
          } else {
            String k = node.key;
            List<Entry> es = node.entries == null ? null : spelt(k, node.entries, tokens, i, j + 1);
            if (es != null
                && (!capitalised.contains(k) || first.isCapitalized() || startsName(tokens, i))) {
              hand = es;
              handEnd = j + 1;
            }
            handAlive = !node.next.isEmpty();
          }
        }
        if (geoStart && t.isCapitalized() && !isAcronym(t)) {
          int k = geo.find(words, count); // no string built
          if (k >= 0) {
            geoKey = k;
            geoEnd = j + 1;
          }
        }
        boolean more = handAlive || geoStart && (t.isCapitalized() || PARTICLES.contains(t.norm()));
        if (!more) {
          break;
        }
      }
      int bestEnd = Math.max(handEnd, geoEnd);
      if (bestEnd < 0) {
        i++;
        continue;
      }
      List<Entry> found = new ArrayList<>();
      if (handEnd == bestEnd) {
        found.addAll(hand);
      }
      if (geoEnd == bestEnd) {
        // a hand-made place stands for GeoNames' places of its name in its country
        java.util.Set<Country> curated = new java.util.HashSet<>();
        for (Entry e : found) {
          if ((e.kind() == Kind.PLACE || e.kind() == Kind.BASE || e.kind() == Kind.DISTRICT)
              && e.country().isPresent()) {
            curated.add(e.country().get());
          }
        }
        for (Entry e : geoCandidates(geo, geoKey)) {
          if (!(e.kind() == Kind.PLACE && e.country().isPresent() && curated.contains(e.country().get()))) {
            found.add(e);
          }
        }
      }
      out.add(new Match(i, bestEnd, found));
      i = bestEnd;
    }
    return out;
  }

  /**
   * Whether the token at {@code j} is an apostrophe glued to the word before or after it: inside
   * a name it is part of the name ("Workers' Party", "Ra's al 'Ayn"); before or after a name it
   * may as well be a quotation mark, and is left out.
   */
  private static boolean gluedApostrophe(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    return t.isApostrophe() && (j > 0 && tokens.get(j - 1).end() == t.start()
        || j + 1 < tokens.size() && tokens.get(j + 1).start() == t.end());
  }

  private static boolean startsName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.isCapitalized() && !isAcronym(t)) {
      return true;
    }
    // "al-Qaim", "el-Arish": an article before a capitalised word
    return t.isWord() && PARTICLES.contains(t.norm()) && t.norm().length() <= 3
        && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized();
  }

  /** ALP, NDS, IRGC: capitals only; matched as hand-made aliases, never as GeoNames places. */
  private static boolean isAcronym(Token t) {
    String s = t.text();
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.length() > 5) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return s.length() > 1;
  }

  private List<Entry> candidates(String key, boolean all) {
    List<Entry> out = new ArrayList<>(byKey.getOrDefault(key, List.of()));
    if (geoNames.isPresent() && (all || out.isEmpty())) {
      out.addAll(geoCandidates(key));
    }
    return out;
  }

  private List<Entry> geoCandidates(String key) {
    GeoNames g = geoNames.get();
    int k = g.find(key.split(" "), key.split(" ").length);
    return k < 0 ? List.of() : geoCandidates(g, k);
  }

  private static List<Entry> geoCandidates(GeoNames g, int k) {
    int[] post = g.postings(k);
    boolean common = g.isCommon(k);
    List<Entry> out = new ArrayList<>(post.length);
    for (int p : post) {
      out.add(p >= 0 ? placeEntry(g, p, common) : divisionEntry(g, -p - 1, common));
    }
    out.sort(Comparator.comparingInt((Entry e) -> e.kind() == Kind.PLACE ? 1 : 0)
        .thenComparing(e -> -e.population().orElse(0)));
    return out;
  }

  private static Entry placeEntry(GeoNames g, int p, boolean common) {
    Entry cached = g.cachedEntry(p, common);
    if (cached != null) {
      return cached;
    }
    Entry e = newPlaceEntry(g, p, common);
    g.cache(p, common, e);
    return e;
  }

  private static Entry newPlaceEntry(GeoNames g, int p, boolean common) {
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("geonames", Long.toString(g.geonameId(p)));
    if (common) {
      attrs.put("common", "true");
    }
    g.admin2(p).ifPresent(a -> attrs.put("admin2", a));
    switch (g.featureRank(p)) {
      case 3:
        attrs.put("seat", "capital");
        break;
      case 2:
        attrs.put("seat", "admin1");
        break;
      case 1:
        attrs.put("seat", "admin");
        break;
      default:
        break;
    }
    return new Entry(Kind.PLACE, g.name(p), Optional.of(g.country(p)), g.admin1(p), List.of(),
        attrs, Optional.of(g.coordinates(p)), OptionalLong.of(g.population(p)));
  }

  private static Entry divisionEntry(GeoNames g, int d, boolean common) {
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("geonames", "admin:" + d);
    if (common) {
      attrs.put("common", "true");
    }
    boolean first = g.level(d) == GeoNames.Level.ADMIN1;
    Optional<String> admin1 =
        first ? Optional.of(g.divisionName(d))
            : g.divisionParent(d) < 0 ? Optional.empty()
                : Optional.of(g.divisionName(g.divisionParent(d)));
    if (!first) {
      attrs.put("admin2", g.divisionName(d));
    }
    return new Entry(first ? Kind.ADMIN1 : Kind.ADMIN2, g.divisionName(d),
        Optional.of(g.divisionCountry(d)), admin1, List.of(), attrs, Optional.empty(),
        OptionalLong.empty());
  }

  /**
   * The entries of the key that the words {@code [from, to)} name as they are spelt: all of
   * them, unless the key has aliases that must match as spelt ({@code JEM}, {@code JeM}); then
   * those of the alias spelt so, or null.
   */
  private List<Entry> spelt(String key, List<Entry> all, List<Token> tokens, int from, int to) {
    Map<String, List<Entry>> spellings = exactCase.get(key);
    if (spellings == null) {
      return all;
    }
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
        b.append(t.text().replace(".", ""));
      }
    }
    String s = b.toString();
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      s = s.substring(0, s.length() - 2);
    }
    return spellings.get(s);
  }

  /**
   * Whether an alias must match as spelt: at most five letters with a capital after the first
   * ({@code US}, {@code IRGC}, {@code JeM}, {@code IEDs}), so that "us", "is" and "Jem" are not
   * taken for them.
   */
  private static boolean spelledExactly(String letters) {
    if (letters.length() < 2 || letters.length() > 5) {
      return false;
    }
    boolean capitalAfterFirst = false;
    for (int k = 0; k < letters.length(); k++) {
      char c = letters.charAt(k);
      if (!Character.isLetter(c)) {
        return false;
      }
      capitalAfterFirst |= k > 0 && Character.isUpperCase(c);
    }
    return capitalAfterFirst;
  }

  /** "Borno State" to "Borno", "Maidan Wardak Province" to "Maidan Wardak"; others unchanged. */
  static String withoutDivisionWord(String name) {
    for (String w : DIVISION_WORDS) {
      if (name.endsWith(w) && name.length() > w.length() + 2) {
        return name.substring(0, name.length() - w.length());
      }
    }
    return name;
  }
}
