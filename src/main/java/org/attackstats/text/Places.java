package org.attackstats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the places a sentence names and how they hang together. A place is a gazetteer name of
 * a place kind (country, division, town, district, base, sea), or a capitalised name that the
 * gazetteer does not know but the words around it mark as a place: a preposition of place
 * before it ("in Chaltan"), a marker word ("Sukma district", "the village of Kourmali", "Lagos
 * State"), or its position in a chain of places. A chain is a run of places from the most to the
 * least specific, joined by commas, brackets, "in" or "near": "in Zarghunkot, Achin district,
 * Nangarhar, Afghanistan", "in Tekparou (Djougou, Donga)", "in Orangi town, Karachi". One pass over
 * the tokens.
 */
final class Places {
  private Places() {}

  /**
   * A place named in a sentence.
   *
   * @param from first token, inclusive
   * @param to last token, exclusive (marker words included)
   * @param written the name as written, without marker words
   * @param entries what the gazetteer says it may be (place kinds only), empty if unknown
   * @param cue the kind a marker word gives it ("district": {@code ADMIN2}), if any
   * @param weight how strongly the preposition before its chain marks where an event was (0 to 3,
   *     see {@code prepositions.tsv})
   * @param preposition that preposition, or empty
   * @param chain the number of its chain in the sentence
   * @param hinted whether the name itself is unknown and its entries are those of a town that
   *     opens it ("London" in "London Bridge")
   */
  record Mention(int from, int to, String written, List<Gazetteer.Entry> entries,
      Optional<Gazetteer.Kind> cue, int weight, String preposition, int chain, boolean hinted) {
    Mention {
      entries = List.copyOf(entries);
    }

    boolean known() {
      return !entries.isEmpty() && !hinted;
    }

    boolean has(Gazetteer.Kind kind) {
      for (Gazetteer.Entry e : entries) {
        if (e.kind() == kind) {
          return true;
        }
      }
      return false;
    }

    /** Whether it names only a country (or a sea): no more specific place. */
    boolean onlyCountry() {
      if (entries.isEmpty()) {
        return false;
      }
      for (Gazetteer.Entry e : entries) {
        if (e.kind() != Gazetteer.Kind.COUNTRY && e.kind() != Gazetteer.Kind.SEA) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether it names a country (or a sea), which ends a chain: a GeoNames town of a country's
     * name does not count ("Iraq" is also GeoNames' name of Arak, Iran).
     */
    boolean endsChain() {
      boolean country = false;
      for (Gazetteer.Entry e : entries) {
        if (e.kind() == Gazetteer.Kind.COUNTRY || e.kind() == Gazetteer.Kind.SEA) {
          country = true;
        } else if (!(e.kind() == Gazetteer.Kind.PLACE && e.fromGeoNames())) {
          return false;
        }
      }
      return country;
    }

    Mention inChain(int chain, int weight, String preposition) {
      return new Mention(from, to, written, entries, cue, weight, preposition, chain, hinted);
    }
  }

  /** Capitalised words that begin sentences and titles, never places on their own. */
  private static final Set<String> NOT_PLACES =
      Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its",
          "this", "that", "these", "those", "there", "mr", "mrs", "ms", "dr", "president",
          "minister", "police", "army", "government", "security", "forces", "no", "one", "two",
          "some", "several", "unknown", "unidentified", "suspected", "local", "according", "on",
          "in", "at", "after", "before", "during", "when", "while", "islamic", "muslim",
          "christian", "hindu", "national", "federal", "provincial", "state", "district",
          "province", "village", "town", "city", "region", "county", "department", "area",
          "north", "south", "east", "west", "northern", "southern", "eastern", "western",
          "central", "upper", "lower", "new", "old", "greater", "saint", "st", "sources",
          "officials", "reports", "assailants", "gunmen", "militants", "attackers", "soldiers",
          "troops", "however", "meanwhile", "earlier", "later", "today", "yesterday", "tonight",
          "additionally", "also", "both", "all", "many", "most", "other", "others", "another",
          "each", "every", "following", "geo", "coordinates", "precision", "ramadan", "eid",
          "christmas", "easter", "parliament", "congress", "court", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
          "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec");

  /** Words that may follow "the" in a name of a known place: "the Gambia", "the Philippines". */
  private static final Set<String> DIRECTIONS =
      Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western",
          "central", "northeastern", "northwestern", "southeastern", "southwestern", "northeast",
          "northwest", "southeast", "southwest", "upper", "lower", "greater");

  static List<Mention> find(String text, List<Token> tokens, List<Gazetteer.Match> names,
      List<Dates.DateMention> dates) {
    int n = tokens.size();
    Gazetteer.Match[] matchAt = new Gazetteer.Match[n];
    boolean[] covered = new boolean[n];
    boolean[] inDate = new boolean[n];
    for (Dates.DateMention d : dates) {
      for (int k = d.from(); k < d.to(); k++) {
        inDate[k] = true; // "on 21 June", "Thursday": a date, not Unieux or Thursday Island
      }
    }
    for (int k = 0; k < n; k++) {
      inDate[k] |= tokens.get(k).isWord() && (Lexicon.is("weekday", tokens.get(k).norm())
          || Lexicon.is("month", tokens.get(k).norm()) && tokens.get(k).isCapitalized());
    }
    for (Gazetteer.Match m : names) {
      if (inDate[m.from()]) {
        for (int k = m.from(); k < m.to(); k++) {
          covered[k] = true;
        }
        continue;
      }
      matchAt[m.from()] = m;
      for (int k = m.from(); k < m.to(); k++) {
        covered[k] = true;
      }
    }
    List<Mention> raw = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Gazetteer.Match m = matchAt[i];
      if (tokens.get(i).isCapitalized() && Lexicon.is("facility", tokens.get(i).norm())
          && i + 2 < n && tokens.get(i + 1).norm().equals("of") && startsRun(tokens, i + 2)) {
        // "the Palace of Justice", "the Ministry of Interior": a site's name; a city, a
        // province or a country after "of" is still named ("the University of Baghdad")
        int end = runEnd(tokens, i + 2);
        Gazetteer.Match named = matchAt[i + 2];
        boolean known = named != null && named.to() == end && placesOnly(named).stream()
            .anyMatch(e -> e.kind() == Gazetteer.Kind.ADMIN1 || e.kind() == Gazetteer.Kind.COUNTRY
                || !e.fromGeoNames() || e.population().orElse(0) >= 100_000);
        i = known ? i + 2 : end;
        continue;
      }
      int run = startsRun(tokens, i) ? runEnd(tokens, i) : i;
      if (run > i && (m == null || m.to() <= run) && site(tokens, i, run)
          && !(m != null && m.to() == run && town(m, span(tokens, i, run)))) {
        // "the Imam Reza shrine", "the Sufi Baba Noor mosque": a site's name; only
        // a town that opens it counts ("a Kabul boxing gym")
        boolean lowerSite = run < n && !tokens.get(run).isCapitalized();
        // "near Tunis Carthage International Airport in the Libyan capital", "the Lagos Kelemu
        // restaurant at 12 Tobanji Road, Accra": the text says where the site is, a
        // town its name opens is no more than its name
        int after = run < n && lowerSite && Lexicon.is("facility", tokens.get(run).norm())
            ? run + 1 : run;
        boolean locatedAfter = after + 1 < n && (tokens.get(after).norm().equals("in")
            || tokens.get(after).norm().equals("at") || tokens.get(after).norm().equals("near"))
            && (tokens.get(after + 1).isCapitalized() || tokens.get(after + 1).norm().equals("the")
                || tokens.get(after + 1).kind() == Token.Kind.NUMBER);
        if (m != null && m.to() < run && lowerSite && !locatedAfter && placesOnly(m).size() > 0
            && !m.has(Gazetteer.Kind.COUNTRY) && !common(m)
            && placesOnly(m).stream().anyMatch(e -> !e.fromGeoNames()
                || e.population().orElse(0) >= 100_000)) {
          raw.add(withCue(tokens, i, m.to(), placesOnly(m)));
        }
        i = run < n && Lexicon.is("facility", tokens.get(run).norm()) && tokens.get(run).isCapitalized()
            ? run + 1 : run;
        continue;
      }
      if (run - i >= 2 && (m == null || m.to() < run) && mergesIntoOneName(matchAt, i, run)) {
        // "Ab Kamari", "Khushk Dara", "Kalata Akhunda", "London Bridge": a name longer than the
        // names inside it; a known town that opens it gives its country ("London")
        List<Gazetteer.Entry> hint = new ArrayList<>();
        if (m != null && !common(m)) {
          for (Gazetteer.Entry e : placesOnly(m)) {
            // only a town well known enough to stand for its country ("London"); "Oda" of
            // "Oda Kelemu" names some smaller town in another country
            if (e.kind() == Gazetteer.Kind.PLACE
                && (!e.fromGeoNames() || e.population().orElse(0) >= 100_000)) {
              hint.add(e);
            }
          }
        }
        Mention merged = withCue(tokens, i, run, hint);
        raw.add(new Mention(merged.from(), merged.to(), merged.written(), hint, merged.cue(), 0, "",
            -1, !hint.isEmpty()));
        i = merged.to();
        continue;
      }
      Optional<Gazetteer.Entry> capital = m == null ? Optional.empty() : capitalOf(tokens, m);
      if (capital.isPresent()) {
        // "the Somali capital", "the Afghan capital Kabul": the country's capital
        int end = m.to() + 1;
        raw.add(new Mention(m.from(), end, span(tokens, m.from(), end), List.of(capital.get()),
            Optional.empty(), 0, "", -1, false));
        i = end;
        continue;
      }
      if (m != null && numbered(tokens, m.to()) && placesOnly(m).stream()
          .allMatch(Gazetteer.Entry::fromGeoNames)) {
        // "in Mile 9, Tobanji": a name with a number is a place of its own, not the town Mile
        raw.add(withCue(tokens, i, m.to() + 1, List.of()));
        i = m.to() + 1;
        continue;
      }
      if (m != null) {
        List<Gazetteer.Entry> places = new ArrayList<>();
        for (Gazetteer.Entry e : m.entries()) {
          if (e.kind().isPlace()) {
            places.add(e);
          }
        }
        boolean other = places.size() < m.entries().size();
        int end = m.to();
        boolean article = i > 0 && Lexicon.is("determiner", tokens.get(i - 1).norm()) && common(m)
            && Lexicon.CUES.match(tokens, m.to()) < 0;
        // "West", "Centre", "Church": a direction, a common word or a site word alone, unless
        // a marker follows
        boolean bare = m.to() - m.from() == 1 && (NOT_PLACES.contains(tokens.get(i).norm())
            || Lexicon.is("facility", tokens.get(i).norm()) && placesOnly(m).stream()
                .allMatch(Gazetteer.Entry::fromGeoNames))
            && Lexicon.CUES.match(tokens, m.to()) < 0;
        if (!places.isEmpty() && !(other && preferOther(m, tokens)) && !adjective(tokens, m)
            && !article && !bare) {
          Mention placed = withCue(tokens, i, end, places);
          raw.add(placed);
          end = placed.to(); // the marker word is the mention's, no name of its own
        }
        i = end;
        continue;
      }
      if (startsUnknownName(tokens, i, covered)) {
        int end = i + 1;
        // "Kelemu's Tobanji district": a possessive ends the name, and the next lies in it
        while (end < n && !covered[end] && continuesName(tokens, end)
            && !possessive(tokens.get(end - 1))) {
          end++;
        }
        // a name ends on a capitalised word: "Qala i Naw", not "Kunar and"
        while (end > i + 1 && !tokens.get(end - 1).isCapitalized()) {
          end--;
        }
        Mention unknown = withCue(tokens, i, end, List.of());
        raw.add(unknown);
        i = unknown.to(); // "Kelemu Market area": "Market" marks Kelemu, it is no town
        continue;
      }
      i++;
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : chains(tokens, raw)) {
      // the name as the text writes it, hyphens included ("al-Qaim", "Deir ez-Zor")
      int end = Math.min(m.to(), nameEnd(tokens, m));
      String written = text.substring(tokens.get(m.from()).start(), tokens.get(end - 1).end());
      if (possessive(tokens.get(end - 1))) {
        written = written.substring(0, written.length() - 2); // "Kelemu's Tobanji district"
      }
      out.add(new Mention(m.from(), m.to(), written, m.entries(), m.cue(), m.weight(),
          m.preposition(), m.chain(), m.hinted()));
    }
    return out;
  }

  /** The end of the name itself, before a marker word ("Sukma" of "Sukma district"). */
  private static int nameEnd(List<Token> t, Mention m) {
    if (m.cue().isPresent()) {
      for (int k = m.from() + 1; k < m.to(); k++) {
        int c = Lexicon.CUES.match(t, k);
        if (c == m.to()) {
          return k;
        }
      }
    }
    return m.to();
  }

  static boolean possessive(Token t) {
    return t.text().endsWith("'s") || t.text().endsWith("\u2019s");
  }

  /** The capital a nationality or country before "capital" names ("the Somali capital"). */
  private static Optional<Gazetteer.Entry> capitalOf(List<Token> t, Gazetteer.Match m) {
    if (m.to() >= t.size() || !t.get(m.to()).norm().equals("capital")) {
      return Optional.empty();
    }
    for (Gazetteer.Entry e : m.entries()) {
      if ((e.kind() == Gazetteer.Kind.NATIONALITY || e.kind() == Gazetteer.Kind.COUNTRY)
          && e.country().isPresent()) {
        return Gazetteer.capital(e.country().get());
      }
    }
    return Optional.empty();
  }

  /** Whether a run of capitalised words names a site: a site word closes it or follows it. */
  private static boolean site(List<Token> t, int from, int to) {
    if (to < t.size() && Lexicon.is("facility", t.get(to).norm())) {
      return true; // "the Imam Reza shrine", "Saint Mark's Church"
    }
    return to - from >= 2 && Lexicon.is("facility", t.get(to - 1).norm());
  }

  /**
   * Whether a whole run of capitalised words is a town the gazetteer knows, though it ends like a
   * site ("Overland Park", a city of 190,000, not a park): a hand-made place, or one of at least
   * 10,000 people of that very name (not an alternate name: "Forest Station" of Forest Park).
   */
  private static boolean town(Gazetteer.Match m, String written) {
    for (Gazetteer.Entry e : m.entries()) {
      if (e.kind() == Gazetteer.Kind.PLACE && (!e.fromGeoNames()
          || e.population().orElse(0) >= 10_000 && Names.key(e.name()).equals(Names.key(written)))) {
        return true;
      }
    }
    return false;
  }

  private static List<Gazetteer.Entry> placesOnly(Gazetteer.Match m) {
    List<Gazetteer.Entry> out = new ArrayList<>();
    for (Gazetteer.Entry e : m.entries()) {
      if (e.kind().isPlace()) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean common(Gazetteer.Match m) {
    for (Gazetteer.Entry e : m.entries()) {
      if (!"true".equals(e.attributes().get("common"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a run of capitalised words starts at {@code i}. */
  private static boolean startsRun(List<Token> t, int i) {
    Token tok = t.get(i);
    if ((tok.norm().equals("saint") || tok.norm().equals("st")) && tok.isCapitalized()
        && i + 1 < t.size() && t.get(i + 1).isCapitalized() && possessive(t.get(i + 1))) {
      return true; // "Saint Mark's Church" is a site; "St Petersburg" still a town
    }
    return tok.isCapitalized() && !NOT_PLACES.contains(tok.norm()) && !Lexicon.isVocabulary(tok.norm());
  }

  /** The end of the run of capitalised words (with inner particles) that starts at {@code i}. */
  private static int runEnd(List<Token> t, int i) {
    int end = i + 1;
    while (end < t.size() && continuesName(t, end) && !possessive(t.get(end - 1))) {
      end++;
    }
    while (end > i + 1 && !t.get(end - 1).isCapitalized()) {
      end--;
    }
    return end;
  }

  /**
   * Whether the names inside a run of capitalised words are only parts of one longer name: no
   * country, nationality, actor or method inside, and no first-level division closing it.
   */
  private static boolean mergesIntoOneName(Gazetteer.Match[] matchAt, int from, int to) {
    for (int k = from; k < to; k++) {
      Gazetteer.Match m = matchAt[k];
      if (m == null) {
        continue;
      }
      if (m.to() > to || m.has(Gazetteer.Kind.COUNTRY) || m.has(Gazetteer.Kind.NATIONALITY)
          || m.has(Gazetteer.Kind.ACTOR) || m.has(Gazetteer.Kind.METHOD)
          || m.has(Gazetteer.Kind.BASE) || m.has(Gazetteer.Kind.SEA)) {
        return false;
      }
      if (m.to() == to && m.has(Gazetteer.Kind.ADMIN1) && m.from() > from && m.to() - m.from() > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name that is both an actor or a nationality and a place ("Hamas", "Georgia" the person):
   * read as the other kind unless a preposition of place or a marker word says place.
   */
  private static boolean preferOther(Gazetteer.Match m, List<Token> tokens) {
    Gazetteer.Entry first = m.entries().get(0);
    if (first.kind().isPlace()) {
      return false;
    }
    return Lexicon.PREPOSITIONS.getOrDefault(prepositionBefore(tokens, m.from()), 0) < 2
        && Lexicon.CUES.match(tokens, m.to()) < 0;
  }

  /**
   * "Yemen-based Houthis", "Iran-backed groups", "U.S.-led coalition", "U.S. bases": a name used
   * as an adjective, not a place.
   */
  static boolean adjective(List<Token> t, Gazetteer.Match m) {
    if (m.to() >= t.size()) {
      return false;
    }
    Token next = t.get(m.to());
    String w = next.norm();
    boolean joined = next.start() == t.get(m.to() - 1).end() + 1;
    if (joined && (w.equals("based") || w.equals("backed") || w.equals("led")
        || w.equals("linked") || w.equals("allied") || w.equals("aligned") || w.equals("born"))) {
      return true;
    }
    // "U.S. bases", "Iraqi forces", "the Somali capital": a country before the noun it qualifies
    return (m.has(Gazetteer.Kind.COUNTRY) || m.has(Gazetteer.Kind.ACTOR)
        || m.has(Gazetteer.Kind.NATIONALITY)) && next.isWord()
        && !next.isCapitalized() && Lexicon.is("modified", w);
  }

  /** Whether token {@code i} is a small whole number that ends a name ("Mile 9, Tobanji"). */
  private static boolean numbered(List<Token> t, int i) {
    if (i >= t.size() || t.get(i).kind() != Token.Kind.NUMBER || t.get(i).text().length() > 3
        || !t.get(i).text().chars().allMatch(Character::isDigit)) {
      return false;
    }
    return i + 1 == t.size() || t.get(i + 1).isPunct(",") || t.get(i + 1).isPunct("(")
        || t.get(i + 1).isPunct(".") && i + 2 == t.size();
  }

  private static boolean startsUnknownName(List<Token> t, int i, boolean[] covered) {
    Token tok = t.get(i);
    if (covered[i] || !tok.isCapitalized() || NOT_PLACES.contains(tok.norm())
        || tok.norm().length() < 2) {
      return false;
    }
    // capitals only (ALP, NDS): an organisation, not a place
    if (tok.text().length() <= 5 && tok.text().equals(tok.text().toUpperCase(java.util.Locale.ROOT))
        && tok.text().length() > 1 && !Character.isDigit(tok.text().charAt(0))) {
      return false;
    }
    return !Lexicon.isVocabulary(tok.norm());
  }

  private static boolean continuesName(List<Token> t, int i) {
    Token tok = t.get(i);
    if (tok.isPunct("&")) {
      return i + 1 < t.size() && t.get(i + 1).isCapitalized(); // "Nazareth Grill & Deli"
    }
    if (!tok.isWord()) {
      return false;
    }
    if (tok.isCapitalized()) {
      // "Orangi Town", "Kunar Province": the marker word ends the name
      return Lexicon.CUES.match(t, i) < 0 && !NOT_PLACES.contains(tok.norm());
    }
    // "Qala-i-Naw", "Dera Ismail Khan", "Sant Julia de Loria"
    return (tok.norm().equals("i") || tok.norm().equals("e") || tok.norm().equals("de")
        || tok.norm().equals("al") || tok.norm().equals("el") || tok.norm().equals("ye")
        || tok.norm().equals("del") || tok.norm().equals("la") || tok.norm().equals("da")
        || tok.norm().equals("ul") || tok.norm().equals("ud") || tok.norm().equals("ar")
        || tok.norm().equals("as") || tok.norm().equals("ash") || tok.norm().equals("ad"))
        && i + 1 < t.size() && t.get(i + 1).isCapitalized();
  }

  /** The mention of tokens {@code [from, to)}, with a marker word after or before it. */
  private static Mention withCue(List<Token> t, int from, int to, List<Gazetteer.Entry> entries) {
    Optional<Gazetteer.Kind> cue = Optional.empty();
    int end = to;
    int c = Lexicon.CUES.match(t, to);
    if (c > 0 && Lexicon.CUES.get(t, to, c).after()) {
      cue = Optional.of(Lexicon.CUES.get(t, to, c).kind());
      end = c;
    } else {
      // "the village of Kourmali", "the town of Hit"
      int k = from - 1;
      if (k >= 1 && t.get(k).norm().equals("of")) {
        for (int s = Math.max(0, k - 3); s < k; s++) {
          int e = Lexicon.CUES.match(t, s);
          if (e == k && Lexicon.CUES.get(t, s, e).before()) {
            cue = Optional.of(Lexicon.CUES.get(t, s, e).kind());
          }
        }
      }
    }
    String written = span(t, from, to);
    return new Mention(from, end, written, entries, cue, 0, "", -1, false);
  }

  /** The words of tokens {@code [from, to)} as written, joined as in the text. */
  static String span(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token tok = t.get(k);
      if (k > from) {
        int gap = tok.start() - t.get(k - 1).end();
        if (gap > 0) {
          b.append(' ');
        } else if (!tok.isPunct(".") && t.get(k - 1).isWord()) {
          b.append('-');
        }
      }
      b.append(tok.text());
    }
    return b.toString();
  }

  /**
   * The preposition of place just before token {@code i} (skipping "the", directions and an
   * apostrophe glued to the name: "in 'Amran").
   */
  static String prepositionBefore(List<Token> t, int i) {
    int k = i - 1;
    if (k >= 0 && i < t.size() && t.get(k).isApostrophe() && t.get(k).end() == t.get(i).start()) {
      k--;
    }
    boolean directionOf = false;
    if (k >= 1 && t.get(k).norm().equals("capital") && i > k && t.get(k + 1).isCapitalized()) {
      k--; // "in the capital Kathmandu"
    }
    while (k >= 0 && (t.get(k).norm().equals("the") || DIRECTIONS.contains(t.get(k).norm())
        || t.get(k).norm().equals("of") && k >= 1 && DIRECTIONS.contains(t.get(k - 1).norm()))) {
      directionOf |= t.get(k).norm().equals("of");
      k--;
    }
    if (directionOf && !(k >= 0 && t.get(k).isWord()
        && Lexicon.PREPOSITIONS.containsKey(t.get(k).norm()))) {
      // "20 km north of Kabul", "west of Mosul": a town the event was near, a weak mark of where
      // it was (the place it was at, if named too, weighs more)
      return "of";
    }
    if (k >= 0 && t.get(k).isWord() && Lexicon.PREPOSITIONS.containsKey(t.get(k).norm())) {
      // "of" marks a place only after a marker or a direction ("the village of X", "north of X")
      if (t.get(k).norm().equals("of") && !(k >= 1 && (Lexicon.CUES.get(t, k - 1, k) != null
          || DIRECTIONS.contains(t.get(k - 1).norm())))) {
        return "";
      }
      return t.get(k).norm();
    }
    return "";
  }

  /**
   * Joins mentions into chains: a mention continues the chain of the one before it when only a
   * comma, an opening bracket, "in", "near", "of" or a marker word lies between them. Unknown
   * names with no preposition of place, marker or chain are dropped.
   */
  private static List<Mention> chains(List<Token> t, List<Mention> raw) {
    List<Mention> out = new ArrayList<>();
    int chain = -1;
    int weight = 0;
    String prep = "";
    Mention prev = null;
    List<Mention> pending = new ArrayList<>();
    for (Mention m : raw) {
      boolean linked = prev != null && !prev.endsChain() && links(t, prev.to(), m.from());
      if (prev != null && !linked && possessive(t.get(prev.to() - 1)) && m.from() - prev.to() <= 3) {
        // "Baghdad's al Tayaran Square", "Chhattisgarh's forested Bijapur district": the
        // second lies in the first; put it first, as the more specific
        Mention outer = pending.remove(pending.size() - 1);
        pending.add(m.inChain(chain, outer.weight(), outer.preposition()));
        pending.add(outer);
        prev = m;
        continue;
      }
      if (linked && m.from() - prev.to() == 2 && t.get(prev.to()).isPunct(",")
          && (prev.has(Gazetteer.Kind.ADMIN1) || prev.has(Gazetteer.Kind.COUNTRY)
              || prev.cue().equals(Optional.of(Gazetteer.Kind.ADMIN1)))) {
        linked = false; // "the governor of Borno State, near X": X is not in the state
      }
      if (prev != null && !linked && siteBetween(t, prev.to(), m.from())) {
        linked = true; // "Bounds Green tube station, London"
      }
      if (!linked) {
        boolean continues = prev != null && followsAnd(t, prev.to(), m.from());
        flush(t, pending, out);
        chain++;
        if (!continues || !prepositionBefore(t, m.from()).isEmpty()) {
          prep = prepositionBefore(t, m.from());
          weight = Lexicon.PREPOSITIONS.getOrDefault(prep, 0);
        } // "at Ain al-Asad air base in Iraq and al-Tanf": the second takes the first's "at"
      }
      Mention placed = m;
      if (linked && t.get(m.from() - 1).norm().equals("near") && !m.known() && m.cue().isEmpty()) {
        // "at Kelemu near Brits": a name the gazetteer does not know is still a place when
        // another is said to be near it, and the one to write with it
        placed = new Mention(m.from(), m.to(), m.written(), m.entries(),
            Optional.of(Gazetteer.Kind.PLACE), m.weight(), m.preposition(), m.chain(), m.hinted());
      }
      pending.add(placed.inChain(chain, weight, prep));
      prev = m;
    }
    flush(t, pending, out);
    return out;
  }

  /** "X tube station, Y": a site word and a comma between two mentions. */
  private static boolean siteBetween(List<Token> t, int from, int to) {
    if (to - from < 2 || to - from > 4 || !t.get(to - 1).isPunct(",")) {
      return false;
    }
    for (int k = from; k < to - 1; k++) {
      if (!t.get(k).isWord() || t.get(k).isCapitalized()) {
        return false;
      }
    }
    return Lexicon.is("facility", t.get(to - 2).norm());
  }

  /** Whether only "and" (or ", and", "or") lies between two mentions. */
  private static boolean followsAnd(List<Token> t, int from, int to) {
    int k = from;
    if (k < to && t.get(k).isPunct(",")) {
      k++;
    }
    return k < to && k + 1 == to && (t.get(k).norm().equals("and") || t.get(k).norm().equals("or"));
  }

  /**
   * Keeps a chain unless it is one unknown name with neither preposition nor marker; a name that
   * is also a common English word ("Most", "Police") stays a place only with a preposition or a
   * marker.
   */
  private static void flush(List<Token> t, List<Mention> chain, List<Mention> out) {
    if (chain.isEmpty()) {
      return;
    }
    List<Mention> kept = new ArrayList<>();
    for (Mention m : chain) {
      if (m.weight() == 0 && m.cue().isEmpty() && m.known()) {
        List<Gazetteer.Entry> entries = new ArrayList<>();
        for (Gazetteer.Entry e : m.entries()) {
          if (!"true".equals(e.attributes().get("common"))) {
            entries.add(e);
          }
        }
        if (entries.isEmpty()) {
          continue;
        }
        m = new Mention(m.from(), m.to(), m.written(), entries, m.cue(), m.weight(),
            m.preposition(), m.chain(), m.hinted());
      }
      // an unknown head with only a weak preposition ("opened fire on Joaquim Tavares Bezerra in
      // Caxias"): a person or an organisation, not the place
      if (kept.isEmpty() && !m.known() && m.cue().isEmpty() && m.weight() < 2 && chain.size() > 1
          && !commaBeforeDivisions(t, chain)) {
        continue;
      }
      kept.add(m);
    }
    boolean keep = kept.size() > 1 || kept.size() == 1 && (kept.get(0).known()
        || kept.get(0).cue().isPresent() || kept.get(0).weight() >= 2);
    if (keep) {
      out.addAll(kept);
    }
    chain.clear();
  }

  /**
   * "Assailants attacked Kiyanza, Cibitoke, Burundi": an unknown head followed by a comma and a
   * province or a country is a place written as datelines and summaries write it.
   */
  private static boolean commaBeforeDivisions(List<Token> t, List<Mention> chain) {
    Mention head = chain.get(0);
    if (chain.size() < 2 || chain.get(1).from() != head.to() + 1 || !t.get(head.to()).isPunct(",")) {
      return false;
    }
    for (int k = 1; k < chain.size(); k++) {
      for (Gazetteer.Entry e : chain.get(k).entries()) {
        if (e.kind() == Gazetteer.Kind.ADMIN1 || e.kind() == Gazetteer.Kind.COUNTRY) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean links(List<Token> t, int from, int to) {
    if (to < from || to - from > 2) {
      return false;
    }
    if (to == from) {
      return false;
    }
    Token a = t.get(from);
    if (to - from == 1) {
      return a.isPunct(",") || a.isPunct("(") || a.isPunct("[") || a.isWord()
          && (a.norm().equals("in") || a.norm().equals("of") || a.norm().equals("under")
              || a.norm().equals("near"));
    }
    Token b = t.get(from + 1);
    return a.isPunct(")") && b.isPunct(",")
        || a.isPunct(",") && b.isWord() && b.norm().equals("near") // "Kelemu, near Tobanji"
        || a.isWord() && a.norm().equals("in")
            && (b.norm().equals("the") || DIRECTIONS.contains(b.norm()));
  }
}
