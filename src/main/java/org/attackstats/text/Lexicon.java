package org.attackstats.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attackstats.model.Country;
import org.attackstats.model.Method;

/**
 * The word lists the extraction rules share, read once from the resources under {@code
 * org/attackstats/text/lexicon/}: event words ({@code events.tsv}), casualty words ({@code
 * casualties.tsv}), nouns of people ({@code people.tsv}), place markers ({@code places.tsv}),
 * prepositions of place ({@code prepositions.tsv}), closed word classes ({@code words.tsv}), and
 * the gazetteer lexicons of countries ({@code countries.tsv}), actors ({@code actors.tsv}) and
 * division variants ({@code admin1-aliases.tsv}). Words are in their matching form (see {@link
 * Names}). A malformed line fails loudly, naming the file and line.
 */
final class Lexicon {
  private Lexicon() {}

  /** What an event word says happened. */
  record EventWord(String event, Form form, Optional<Method> method) {}

  /** How an event word is used. */
  enum Form {
    VERB,
    NOUN,
    PLURAL,
    INTRANSITIVE
  }

  /** What a casualty word counts. */
  enum Metric {
    KILLED,
    INJURED,
    BOTH
  }

  /** How a casualty word takes its number. */
  enum CasualtyForm {
    PARTICIPLE,
    GERUND,
    INTRANSITIVE,
    ADJECTIVE,
    NOUN
  }

  /** A casualty word. */
  record CasualtyWord(Metric metric, CasualtyForm form) {}

  /** Who a noun of people is. */
  enum Role {
    VICTIM,
    PERPETRATOR,
    EITHER
  }

  /**
   * A place marker: the kind of name it marks, on which side, and the one country whose divisions
   * it names, if it is a word of one country's administration ("upazila": Bangladesh).
   */
  record Cue(Gazetteer.Kind kind, boolean after, boolean before,
      Optional<Country> country) {}

  static final Phrases<EventWord> EVENTS = new Phrases<>();
  static final Phrases<CasualtyWord> CASUALTIES = new Phrases<>();
  static final Phrases<Cue> CUES = new Phrases<>();
  static final Map<String, Role> PEOPLE = new HashMap<>();
  static final Map<String, Integer> PREPOSITIONS = new HashMap<>();
  private static final Map<String, Set<String>> CLASSES = new HashMap<>();

  static {
    for (String[] r : rows("events.tsv", 3)) {
      EVENTS.put(r[0], new EventWord(r[1], Form.valueOf(r[2].toUpperCase(java.util.Locale.ROOT)),
          r.length > 3 && !r[3].isEmpty() ? Optional.of(Method.of(r[3])) : Optional.empty()));
    }
    for (String[] r : rows("casualties.tsv", 3)) {
      CASUALTIES.put(r[0], new CasualtyWord(Metric.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)),
          CasualtyForm.valueOf(r[2].toUpperCase(java.util.Locale.ROOT))));
    }
    for (String[] r : rows("people.tsv", 2)) {
      PEOPLE.put(r[0], Role.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)));
    }
    for (String[] r : rows("places.tsv", 3)) {
      CUES.put(r[0], new Cue(Gazetteer.Kind.parse(r[1]), !r[2].equals("before"),
          !r[2].equals("after"), r.length > 3 && !r[3].isEmpty()
              ? Optional.of(Country.of(r[3])) : Optional.empty()));
    }
    for (String[] r : rows("prepositions.tsv", 2)) {
      PREPOSITIONS.put(r[0], Integer.parseInt(r[1]));
    }
    for (String[] r : rows("words.tsv", 2)) {
      CLASSES.computeIfAbsent(r[1], k -> new HashSet<>()).add(r[0]);
    }
  }

  /** Whether a word (matching form) belongs to a class of {@code words.tsv}. */
  static boolean is(String cls, String word) {
    Long bit = CLASS_BITS.get(cls);
    if (bit == null) {
      throw new IllegalArgumentException("no word class '" + cls + "' in words.tsv");
    }
    Long bits = WORD_BITS.get(word);
    return bits != null && (bits & bit) != 0;
  }

  /** Per word, one bit per class of {@code words.tsv} it belongs to: one lookup per question. */
  private static final Map<String, Long> WORD_BITS = new HashMap<>();
  private static final Map<String, Long> CLASS_BITS = new HashMap<>();

  static {
    int n = 0;
    for (Map.Entry<String, Set<String>> c : CLASSES.entrySet()) {
      long bit = 1L << n++;
      CLASS_BITS.put(c.getKey(), bit);
      for (String w : c.getValue()) {
        WORD_BITS.merge(w, bit, (a, b) -> a | b);
      }
    }
    if (n > 64) {
      throw new IllegalStateException("words.tsv has more than 64 classes");
    }
  }

  /**
   * Whether a single word is in one of the rule lexicons (an event or casualty word, a noun of
   * people, a marker, a preposition or a closed-class word): such a word, capitalised at the
   * start of a sentence ("Clashes", "Assailants"), is not an unknown place name.
   */
  static boolean isVocabulary(String word) {
    return VOCABULARY.contains(word);
  }

  private static final Set<String> VOCABULARY = new HashSet<>();

  static {
    VOCABULARY.addAll(PEOPLE.keySet());
    VOCABULARY.addAll(PREPOSITIONS.keySet());
    VOCABULARY.addAll(EVENTS.singleWords());
    VOCABULARY.addAll(CASUALTIES.singleWords());
    VOCABULARY.addAll(CUES.singleWords());
    for (Set<String> s : CLASSES.values()) {
      VOCABULARY.addAll(s);
    }
  }

  /** The role of a noun of people, if it is one. */
  static Optional<Role> person(String word) {
    return Optional.ofNullable(PEOPLE.get(word));
  }

  /** Rows of a lexicon file: comment and blank lines skipped, at least {@code columns} cells. */
  static List<String[]> rows(String file, int columns) {
    String text = Gazetteer.resource("lexicon/" + file);
    List<String[]> out = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < columns) {
        throw new IllegalStateException("lexicon/" + file + " line " + (i + 1) + ": expected "
            + columns + " tab-separated columns, got '" + line + "'");
      }
      for (int c = 0; c < cells.length; c++) {
        cells[c] = cells[c].strip();
      }
      out.add(cells);
    }
    return out;
  }

  /** Countries and their nationality words, from {@code countries.tsv}. */
  static List<Gazetteer.Entry> countryEntries() {
    List<Gazetteer.Entry> out = new ArrayList<>();
    for (String[] r : rows("countries.tsv", 2)) {
      Country c = Country.of(r[0]);
      List<String> names = new ArrayList<>();
      names.add(c.name());
      for (String n : split(r[1])) {
        if (!names.contains(n)) {
          names.add(n);
        }
      }
      out.add(Gazetteer.entry(Gazetteer.Kind.COUNTRY, c.name(), Optional.of(c), Optional.empty(),
          names, Map.of()));
      List<String> demonyms = r.length > 2 ? split(r[2]) : List.of();
      if (!demonyms.isEmpty()) {
        out.add(Gazetteer.entry(Gazetteer.Kind.NATIONALITY, demonyms.get(0), Optional.of(c),
            Optional.empty(), demonyms, Map.of()));
      }
    }
    return out;
  }

  /** Armed actors, from {@code actors.tsv}: name, aliases, type, country. */
  static List<Gazetteer.Entry> actorEntries() {
    List<Gazetteer.Entry> out = new ArrayList<>();
    for (String[] r : rows("actors.tsv", 3)) {
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("type", r[2]);
      Optional<Country> country =
          r.length > 3 && !r[3].isEmpty() ? Optional.of(Country.of(r[3])) : Optional.empty();
      List<String> names = new ArrayList<>();
      names.add(r[0]);
      names.addAll(split(r[1]));
      out.add(Gazetteer.entry(Gazetteer.Kind.ACTOR, r[0], country, Optional.empty(), names,
          attrs));
    }
    return out;
  }

  /** English variants of first-level divisions, from {@code admin1-aliases.tsv}. */
  static List<Gazetteer.Entry> admin1Entries() {
    List<Gazetteer.Entry> out = new ArrayList<>();
    for (String[] r : rows("admin1-aliases.tsv", 3)) {
      Country c = Country.of(r[0]);
      List<String> names = new ArrayList<>();
      names.add(r[1]);
      names.addAll(split(r[2]));
      out.add(Gazetteer.entry(Gazetteer.Kind.ADMIN1, r[1], Optional.of(c), Optional.of(r[1]),
          names, Map.of()));
    }
    return out;
  }

  private static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /**
   * Phrases of one or more words mapped to a value, matched longest first over the matching
   * forms of tokens (punctuation ends a phrase).
   */
  static final class Phrases<V> {
    private final Map<String, V> map = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    /** The first word of every phrase: most tokens are none, and are rejected without work. */
    private final Set<String> firstWords = new HashSet<>();
    private int longest = 1;

    Set<String> singleWords() {
      Set<String> out = new HashSet<>();
      for (String k : map.keySet()) {
        if (k.indexOf(' ') < 0) {
          out.add(k);
        }
      }
      return out;
    }

    void put(String phrase, V value) {
      String key = Names.key(phrase);
      map.putIfAbsent(key, value);
      String[] w = key.split(" ");
      firstWords.add(w[0]);
      longest = Math.max(longest, w.length);
      StringBuilder p = new StringBuilder();
      for (int i = 0; i < w.length - 1; i++) {
        if (i > 0) {
          p.append(' ');
        }
        p.append(w[i]);
        prefixes.add(p.toString());
      }
    }

    /** The longest phrase starting at token {@code i}: its end (exclusive), or -1. */
    int match(List<Token> t, int i) {
      if (i < 0 || i >= t.size() || !firstWords.contains(t.get(i).norm())) {
        return -1;
      }
      if (longest == 1 || !prefixes.contains(t.get(i).norm())) {
        return map.containsKey(t.get(i).norm()) ? i + 1 : -1;
      }
      int best = -1;
      StringBuilder k = new StringBuilder();
      for (int j = i; j < t.size() && j - i < longest; j++) {
        Token tok = t.get(j);
        if (!tok.isWord()) {
          break;
        }
        if (j > i) {
          k.append(' ');
        }
        k.append(tok.norm());
        String s = k.toString();
        if (map.containsKey(s)) {
          best = j + 1;
        }
        if (!prefixes.contains(s)) {
          break;
        }
      }
      return best;
    }

    /** The value of the phrase of tokens {@code [from, to)}. */
    V get(List<Token> t, int from, int to) {
      if (to == from + 1) {
        return map.get(t.get(from).norm());
      }
      StringBuilder k = new StringBuilder();
      for (int j = from; j < to; j++) {
        if (j > from) {
          k.append(' ');
        }
        k.append(t.get(j).norm());
      }
      return map.get(k.toString());
    }

    V get(String phrase) {
      return map.get(Names.key(phrase));
    }
  }
}
