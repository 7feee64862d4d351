package org.attackstats.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.attackstats.model.Country;
import org.attackstats.model.Method;

/**
 * Names the extractor recognises: countries, provinces, towns, districts, bases, seas, actors and
 * methods, each with its spelling variants. The bundled default is the resource {@code
 * org/attackstats/text/gazetteer.tsv}; its format (documented in {@code docs/extraction.md}) is one
 * entry a line, tab-separated:
 *
 * <pre>
 * kind  name  country  admin1  aliases (separated by |)  attributes (key=value;key=value)
 * </pre>
 *
 * <p>Lines starting with {@code #} and blank lines are ignored. Matching ignores case, accents,
 * apostrophes, dots, hyphens and a possessive {@code 's}, except for aliases written in capitals
 * of at most five letters ({@code US}, {@code IS}, {@code IRGC}), which must match in capitals so
 * that "us" and "is" are not mistaken for them. The longest alias wins.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.defaults().plus(Gazetteer.parse(
 *     "place\tTal Afar\tIQ\tNinawa\tTal Afar|Tel Afar\t\n", "my-places.tsv"));
 * }</pre>
 */
public final class Gazetteer {

  /** What an entry names. */
  public enum Kind {
    /** A country; its {@code country} column is its ISO code. */
    COUNTRY,
    /** A first-level division: governorate, province. */
    ADMIN1,
    /** A town, village, road or site. */
    PLACE,
    /** A quarter or district of a town; attribute {@code within} names the town. */
    DISTRICT,
    /** A military base; attributes {@code id} and {@code title}. */
    BASE,
    /** A sea or strait, a place with no country. */
    SEA,
    /** An armed group, state or force; attribute {@code side=responder} for US and allies. */
    ACTOR,
    /** A weapon or way of attack; the name is the method ({@code rocket}, {@code airstrike}). */
    METHOD;

    static Kind parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown gazetteer kind '" + s + "': expected one of country, admin1, place,"
                + " district, base, sea, actor, method");
      }
    }
  }

  /**
   * One named thing.
   *
   * @param kind what it is
   * @param name the canonical name
   * @param country its country, if any
   * @param admin1 its first-level division, if any
   * @param aliases the spellings matched in text, the name included
   * @param attributes further facts ({@code id}, {@code title}, {@code within}, {@code side})
   */
  public record Entry(
      Kind kind,
      String name,
      Optional<Country> country,
      Optional<String> admin1,
      List<String> aliases,
      Map<String, String> attributes) {

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
  }

  /**
   * Where an entry occurs in a token list.
   *
   * @param entry the entry
   * @param from first token, inclusive
   * @param to last token, exclusive
   */
  record Match(Entry entry, int from, int to) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Entry> entries = new ArrayList<>();
    String exactCase;
  }

  private static volatile Gazetteer defaults;

  private final List<Entry> entries;
  private final Node root = new Node();
  private final int longest;
  private final Map<String, Entry> byName = new HashMap<>();

  private Gazetteer(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    int max = 1;
    for (Entry e : this.entries) {
      byName.putIfAbsent(e.kind() + "\t" + e.name(), e);
      List<String> names = new ArrayList<>(e.aliases());
      if (!names.contains(e.name())) {
        names.add(0, e.name());
      }
      for (String alias : names) {
        List<Token> toks = Token.tokenize(alias, 0, alias.length());
        if (toks.isEmpty()) {
          continue;
        }
        Node n = root;
        for (Token t : toks) {
          n = n.next.computeIfAbsent(t.norm(), k -> new Node());
        }
        if (!n.entries.contains(e)) {
          n.entries.add(e);
        }
        String letters = alias.replace(".", "");
        if (letters.length() <= 5 && letters.chars().allMatch(Character::isUpperCase)) {
          n.exactCase = letters;
        }
        max = Math.max(max, toks.size());
      }
    }
    this.longest = max;
  }

  /**
   * The bundled gazetteer of Iraq, Syria and the region.
   *
   * @return the default gazetteer
   */
  public static Gazetteer defaults() {
    Gazetteer g = defaults;
    if (g == null) {
      try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
        if (in == null) {
          throw new IllegalStateException("missing resource org/attackstats/text/gazetteer.tsv");
        }
        g = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "gazetteer.tsv");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      defaults = g;
    }
    return g;
  }

  /**
   * Reads a gazetteer in the tab-separated format above.
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
      if (c.length < 2) {
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
      out.add(new Entry(kind, c[1].strip(), country, admin1, aliases, attrs));
    }
    return new Gazetteer(out);
  }

  /**
   * This gazetteer with another's entries added; on equal aliases both entries are kept and the
   * extractor prefers the more specific kind.
   *
   * @param other the entries to add
   * @return the combined gazetteer
   */
  public Gazetteer plus(Gazetteer other) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(other.entries);
    return new Gazetteer(all);
  }

  /**
   * The entries in file order.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The entry of this kind with this canonical name.
   *
   * @param kind the kind
   * @param name the canonical name
   * @return the entry, if any
   */
  public Optional<Entry> find(Kind kind, String name) {
    return Optional.ofNullable(byName.get(kind + "\t" + name));
  }

  /** Longest non-overlapping matches, left to right; linear in the number of tokens. */
  List<Match> matches(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node n = root;
      int bestEnd = -1;
      Node best = null;
      for (int j = i; j < tokens.size() && j - i < longest; j++) {
        Token t = tokens.get(j);
        if (t.kind() == Token.Kind.PUNCT) {
          break;
        }
        n = n.next.get(t.norm());
        if (n == null) {
          break;
        }
        if (!n.entries.isEmpty() && caseOk(n, tokens, i, j + 1)) {
          bestEnd = j + 1;
          best = n;
        }
      }
      if (best != null) {
        for (Entry e : best.entries) {
          out.add(new Match(e, i, bestEnd));
        }
        i = bestEnd;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean caseOk(Node n, List<Token> tokens, int from, int to) {
    if (n.exactCase == null) {
      return true;
    }
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      b.append(tokens.get(k).text().replace(".", ""));
    }
    String s = b.toString();
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.equals(n.exactCase);
  }
}
