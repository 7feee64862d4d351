package org.attackstats.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attackstats.model.Coordinates;
import org.attackstats.model.Country;

/**
 * Resolves a chain of places ("in Zarghunkot, Achin district, Nangarhar, Afghanistan") to a place:
 * country, first-level division, location and coordinates. The chain is read from its most
 * general member to its most specific one, each member taking the gazetteer entry that agrees
 * with what is already fixed (the country the chain names, then the division), else with the
 * countries the document states (country names, "Afghan forces", "the Iraqi capital", province
 * names), else the most populous one. A name the gazetteer does not know keeps its spelling.
 * What stays ambiguous is said in the notes. The country of an incident with no chain comes from
 * the document's evidence, strongest first.
 */
final class Locator {

  /**
   * A resolved place.
   *
   * @param country the country, if known
   * @param admin1 the first-level division, if known
   * @param location the most specific place, canonical where the gazetteer knows it
   * @param coordinates of the most specific place the gazetteer knows
   * @param base the base, when the place is one
   * @param district the district of a town ("Bulbul district of Mayadin"), if named
   * @param specificity 4 base, 3 town or district of a town, 2 second-level division, 1
   *     first-level division, 0 country, -1 nothing
   * @param geonames the GeoNames id of the place the location was resolved to, if any
   * @param notes what the reader should know: ambiguity, unknown names
   */
  record Located(Optional<Country> country, Optional<String> admin1, Optional<String> location,
      Optional<Coordinates> coordinates, Optional<Gazetteer.Entry> base, Optional<String> district,
      int specificity, Optional<String> geonames, List<String> notes) {
    static final Located NOWHERE = new Located(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), -1,
        Optional.empty(), List.of());

    Located {
      notes = List.copyOf(notes);
    }

    Located withCountry(Country c, String note) {
      List<String> n = new ArrayList<>(notes);
      if (note != null) {
        n.add(note);
      }
      return new Located(Optional.of(c), admin1, location, coordinates, base, district,
          Math.max(specificity, 0), geonames, n);
    }

    /** Whether two places may be the same: see docs/extraction.md, "Merging". */
    boolean compatible(Located o) {
      if (base.isPresent() && o.base.isPresent()) {
        return base.get().equals(o.base.get());
      }
      if (country.isPresent() && o.country.isPresent() && !country.equals(o.country)) {
        return false;
      }
      if (location.isPresent() && o.location.isPresent()) {
        if (same(location.get(), o.location.get())) {
          return true;
        }
        if (admin1.isPresent() && o.admin1.isPresent() && !same(admin1.get(), o.admin1.get())) {
          return false;
        }
      }
      if (location.isPresent() && o.admin1.isPresent() && same(location.get(), o.admin1.get())
          || o.location.isPresent() && admin1.isPresent() && same(o.location.get(), admin1.get())) {
        return true;
      }
      if (specificity == 0 || o.specificity == 0) {
        return country.isPresent() && country.equals(o.country);
      }
      if (specificity == 1 || o.specificity == 1) {
        return admin1.isPresent() && o.admin1.isPresent() && same(admin1.get(), o.admin1.get());
      }
      return false;
    }

    private static boolean same(String a, String b) {
      return a.equals(b) || comparable(a).equals(comparable(b));
    }

    private static final Map<String, String> COMPARABLE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The form two place names are compared in: folded, without a division word. */
    private static String comparable(String name) {
      String k = COMPARABLE.get(name);
      if (k == null) {
        k = Names.key(Gazetteer.withoutDivisionWord(name));
        if (COMPARABLE.size() < 100_000) {
          COMPARABLE.put(name, k);
        }
      }
      return k;
    }
  }

  /** The countries a document states, with how strongly. */
  static final class Evidence {
    private final Map<Country, Integer> strength = new HashMap<>();
    private final List<Country> order = new ArrayList<>();
    /** Chains already resolved against this evidence (one document's). */
    private final Map<List<Places.Mention>, Located> resolved = new java.util.IdentityHashMap<>();

    void add(Country c, int weight) {
      if (!strength.containsKey(c)) {
        order.add(c);
      }
      strength.merge(c, weight, Integer::sum);
    }

    int of(Country c) {
      return strength.getOrDefault(c, 0);
    }

    /** The strongest country, the first stated on a tie; empty if none. */
    Optional<Country> best() {
      Country best = null;
      for (Country c : order) {
        if (best == null || strength.get(c) > strength.get(best)) {
          best = c;
        }
      }
      return Optional.ofNullable(best);
    }

    /** The countries stated, strongest first. */
    List<Country> ranked() {
      List<Country> r = new ArrayList<>(order);
      r.sort((a, b) -> Integer.compare(strength.get(b), strength.get(a)));
      return r;
    }
  }

  /**
   * The countries a document states: country names in places (10 each, 4 when only mentioned
   * outside a place phrase), nationality words before forces or a capital ("Afghan forces", "the
   * Iraqi capital": 6; otherwise 1), names of divisions and towns the gazetteer places in one
   * country only (3), marker words of one country's divisions ("upazila": 3), actors that operate
   * in one country (1).
   */
  static Evidence evidence(List<Facts> sentences) {
    Evidence ev = new Evidence();
    for (Facts f : sentences) {
      for (Places.Mention p : f.places()) {
        for (Gazetteer.Entry e : p.entries()) {
          if (e.kind() == Gazetteer.Kind.COUNTRY) {
            ev.add(e.country().get(), p.weight() >= 2 || p.chain() >= 0 && chainSize(f, p) > 1 ? 10 : 4);
          }
        }
        // a marker word of one country's administration ("Tanore upazila")
        for (int i = p.from(); i < p.to(); i++) {
          int end = Lexicon.CUES.match(f.tokens(), i);
          if (end > i) {
            Lexicon.CUES.get(f.tokens(), i, end).country().ifPresent(c -> ev.add(c, 3));
            i = end - 1;
          }
        }
        Optional<Country> only = onlyCountry(p.entries());
        if (only.isPresent() && !p.onlyCountry()) {
          ev.add(only.get(), 3);
        }
      }
      for (Gazetteer.Match m : f.names()) {
        for (Gazetteer.Entry e : m.entries()) {
          if (e.kind() == Gazetteer.Kind.NATIONALITY) {
            // a nationality names where an event was only before forces, a capital or a city;
            // before other people ("Turkish engineers") it names foreign victims
            String next = f.word(m.to());
            boolean strong = next.equals("capital") || next.equals("forces") || next.equals("army")
                || next.equals("military") || next.equals("police") || next.equals("soldiers")
                || next.equals("troops") || next.equals("government") || next.equals("security")
                || next.equals("local") || next.equals("city") || next.equals("town")
                || next.equals("province") || next.equals("authorities") || next.equals("area")
                || next.equals("region") || next.equals("district") || next.equals("village");
            ev.add(e.country().get(), strong ? 6 : 1);
          } else if (e.kind() == Gazetteer.Kind.ACTOR && e.country().isPresent()) {
            // a state's forces ("Kenyan forces", "U.S. military"; not "a U.S. contractor") or an
            // armed group's or a mission's country
            boolean state = "state".equals(e.attributes().get("type"));
            boolean forces = m.to() - m.from() > 1 || Lexicon.is("forces", f.word(m.to()))
                || Lexicon.is("modified", f.word(m.to())) && !Lexicon.person(f.word(m.to())).isPresent();
            ev.add(e.country().get(), state ? (forces ? 6 : 1) : 3);
          }
        }
      }
    }
    return ev;
  }

  private static int chainSize(Facts f, Places.Mention p) {
    int n = 0;
    for (Places.Mention q : f.places()) {
      if (q.chain() == p.chain()) {
        n++;
      }
    }
    return n;
  }

  private static Optional<Country> onlyCountry(List<Gazetteer.Entry> entries) {
    Country c = null;
    for (Gazetteer.Entry e : entries) {
      if (e.country().isEmpty()) {
        continue;
      }
      if (c != null && !c.equals(e.country().get())) {
        return Optional.empty();
      }
      c = e.country().get();
    }
    return Optional.ofNullable(c);
  }

  /** Whether a city of the mention's name (100,000 people or more) lies in country {@code c}. */
  private static boolean hasCityIn(Places.Mention m, Optional<Country> c) {
    for (Gazetteer.Entry e : m.entries()) {
      if (e.kind() == Gazetteer.Kind.PLACE && e.country().equals(c)
          && (!e.fromGeoNames() || e.population().orElse(0) >= 100_000)) {
        return true;
      }
    }
    return false;
  }

  /** The members of chain {@code chain} of a sentence, most specific first. */
  static List<Places.Mention> chain(Facts f, int chain) {
    List<Places.Mention> out = new ArrayList<>();
    for (Places.Mention p : f.places()) {
      if (p.chain() == chain) {
        out.add(p);
      }
    }
    return out;
  }

  /** Resolves a chain against the document's evidence (once per chain and evidence). */
  static Located resolve(List<Places.Mention> chain, Evidence ev) {
    Located l = ev.resolved.get(chain);
    if (l == null) {
      l = resolveOnce(chain, ev);
      ev.resolved.put(chain, l);
    }
    return l;
  }

  private static Located resolveOnce(List<Places.Mention> chain, Evidence ev) {
    if (chain.isEmpty()) {
      return Located.NOWHERE;
    }
    List<String> notes = new ArrayList<>();
    Country country = null;
    String admin1 = null;
    boolean countryFromText = false;
    Gazetteer.Entry[] chosen = new Gazetteer.Entry[chain.size()];
    for (int k = chain.size() - 1; k >= 0; k--) {
      Places.Mention m = chain.get(k);
      boolean first = k == 0;
      Gazetteer.Entry best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      double second = Double.NEGATIVE_INFINITY;
      Gazetteer.Entry secondEntry = null;
      for (Gazetteer.Entry e : m.entries()) {
        double s = score(e, m, first, country, admin1, ev);
        if (first && e.kind() == Gazetteer.Kind.ADMIN1 && e.population().isEmpty()
            && !hasCityIn(m, e.country())) {
          s += DIVISION_WEIGHT; // a province weighs as the millions who live there
        }
        if (s > bestScore) {
          second = bestScore;
          secondEntry = best;
          bestScore = s;
          best = e;
        } else if (s > second) {
          second = s;
          secondEntry = e;
        }
      }
      if (best == null || bestScore < -500) {
        continue; // unknown, or nothing that agrees with the rest of the chain
      }
      chosen[k] = best;
      if (best.country().isPresent()) {
        if (country == null && best.kind() == Gazetteer.Kind.COUNTRY) {
          countryFromText = true;
        }
        if (country == null || best.country().get().equals(country)) {
          if (country == null && secondEntry != null && secondEntry.country().isPresent()
              && !secondEntry.country().equals(best.country()) && bestScore - second < 20
              && ev.of(best.country().get()) == 0) {
            notes.add("'" + m.written() + "' is ambiguous: taken as " + describe(best)
                + " rather than " + describe(secondEntry) + " (larger population)");
          }
          country = best.country().get();
        }
      }
      if (best.kind() == Gazetteer.Kind.ADMIN1) {
        admin1 = best.name();
      } else if (admin1 == null && best.admin1().isPresent()) {
        admin1 = best.admin1().get();
      }
    }
    // the most specific member
    Places.Mention head = chain.get(0);
    Gazetteer.Entry e = chosen[0];
    Optional<String> location = Optional.empty();
    Optional<Gazetteer.Entry> base = Optional.empty();
    Optional<String> district = Optional.empty();
    Optional<Coordinates> coords = Optional.empty();
    Optional<String> geonames = Optional.empty();
    int specificity = -1;
    if (e == null) {
      // a name the gazetteer does not know: as written, with the town it lies in if one is named
      Gazetteer.Kind cue = head.cue().orElse(Gazetteer.Kind.PLACE);
      if (cue == Gazetteer.Kind.ADMIN1 && admin1 == null) {
        admin1 = head.written();
        specificity = 1;
      } else {
        // what holds it below the division, from the nearest: known towns and districts, and
        // those the gazetteer does not know but the text marks ("Qorvali village under Dastmir
        // upazila", "Kelemu-Plage near Kelemu-Daho neighborhood of Tobanji-Ouest")
        List<String> within = new ArrayList<>();
        for (int k = 1; k < chain.size(); k++) {
          Gazetteer.Entry c = chosen[k];
          if (c == null) {
            Optional<Gazetteer.Kind> marked = chain.get(k).cue();
            if (marked.isPresent() && marked.get() != Gazetteer.Kind.ADMIN1) {
              within.add(chain.get(k).written());
            }
          } else if (c.kind() == Gazetteer.Kind.PLACE || c.kind() == Gazetteer.Kind.ADMIN2) {
            within.add(c.fromGeoNames() ? written(chain.get(k)) : Gazetteer.withoutDivisionWord(c.name()));
            if (coords.isEmpty()) {
              coords = c.coordinates();
            }
          } else {
            break;
          }
        }
        String town = within.isEmpty() ? null : String.join(", ", within);
        location = Optional.of(town == null ? head.written() : head.written() + ", " + town);
        specificity = cue == Gazetteer.Kind.ADMIN2 ? 2 : 3;
        notes.add("'" + head.written() + "' is not in the gazetteer; location as written"
            + (town != null ? ", in " + town : ""));
      }
      // a middle member the gazetteer does not know, before a known country: the division
      if (admin1 == null && chain.size() >= 3 && chosen[1] == null) {
        admin1 = chain.get(1).written();
      }
    } else {
      switch (e.kind()) {
        case BASE:
          base = Optional.of(e);
          location = Optional.of(e.name());
          specificity = 4;
          break;
        case DISTRICT:
          district = Optional.of(e.name());
          location = Optional.of(e.attribute("within").orElse(e.name()));
          specificity = 3;
          break;
        case PLACE:
        case SEA:
          // GeoNames resolves the place; the location keeps the source's spelling ("Tal Afar",
          // not "Tall 'Afar"), the hand-made gazetteer's canonical name otherwise
          // "the Somali capital" is no spelling of Mogadishu: the capital's name
          boolean capital = written(head).toLowerCase(Locale.ROOT).endsWith(" capital");
          location = Optional.of(e.fromGeoNames() && !capital ? written(head) : e.name());
          coords = e.coordinates();
          specificity = 3;
          if (capital) {
            notes.add("'" + written(head) + "' is " + e.name());
            geonames = e.attribute("geonames");
          } else if (e.fromGeoNames()) {
            geonames = e.attribute("geonames");
            if (!Names.key(e.name()).equals(Names.key(written(head)))) {
              notes.add("'" + written(head) + "' is GeoNames' " + e.name());
            }
          }
          break;
        case ADMIN2:
          location = Optional.of(e.fromGeoNames() ? written(head) : Gazetteer.withoutDivisionWord(e.name()));
          specificity = 2;
          break;
        case ADMIN1:
          specificity = 1;
          break;
        case REGION:
          specificity = -1; // "the Middle East" says where only loosely
          break;
        default:
          specificity = 0;
          break;
      }
      if (admin1 == null && chain.size() >= 3 && chosen[1] == null) {
        admin1 = chain.get(1).written();
      }
    }
    return new Located(Optional.ofNullable(country), Optional.ofNullable(admin1), location, coords,
        base, district, specificity, geonames, notes);
  }

  /** A place name as the text writes it, without a possessive ("Chhattisgarh's"). */
  private static String written(Places.Mention m) {
    String w = m.written();
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w;
  }

  private static String describe(Gazetteer.Entry e) {
    return e.name() + (e.admin1().isPresent() && e.kind() != Gazetteer.Kind.ADMIN1
        ? ", " + e.admin1().get() : "") + (e.country().isPresent() ? ", " + e.country().get().name() : "");
  }

  /** How well an entry fits a chain member; below -500 means it contradicts the chain. */
  /**
   * The population weight of a first-level division, whose population the gazetteer does not
   * hold, against places of its name abroad: that of two million people, so that "in Borno" is the
   * Nigerian state, not a hamlet of 2,600 in Italy, and "in Kansas" the state, not a town of 800
   * in Oklahoma. A city of the division's name in its own country keeps the place's preference
   * ("in Baghdad" is the city).
   */
  private static final double DIVISION_WEIGHT = Math.log10(2_000_000) * 3;

  private static double score(Gazetteer.Entry e, Places.Mention m, boolean first, Country country,
      String admin1, Evidence ev) {
    double s = 0;
    if (country != null && e.country().isPresent()) {
      if (!e.country().get().equals(country)) {
        return -1000;
      }
      s += 100;
    } else if (e.country().isPresent()) {
      s += 8 * Math.min(ev.of(e.country().get()), 20);
    }
    if (admin1 != null && e.admin1().isPresent()) {
      s += Locator.Located.same(admin1, e.admin1().get()) ? 40 : -15;
    }
    // what the member should be
    Optional<Gazetteer.Kind> cue = m.cue();
    if (cue.isPresent()) {
      s += e.kind() == cue.get() ? 30 : e.kind() == Gazetteer.Kind.PLACE
          && cue.get() == Gazetteer.Kind.ADMIN2 ? 5 : -10;
    }
    switch (e.kind()) {
      case BASE:
        s += 30;
        break;
      case DISTRICT:
        s += first ? 25 : 0;
        break;
      case PLACE:
        s += first ? 20 : 5;
        break;
      case SEA:
        s += 15;
        break;
      case ADMIN2:
        s += first ? 10 : 12;
        break;
      case ADMIN1:
        s += first ? 14 : 18;
        break;
      case COUNTRY:
        s += first ? 6 : 25;
        break;
      case REGION:
        s += 4;
        break;
      default:
        return -1000;
    }
    if (!e.fromGeoNames()) {
      s += 10; // hand-made: chosen for this purpose
    } else if (e.kind() == Gazetteer.Kind.PLACE && m.has(Gazetteer.Kind.COUNTRY)) {
      // "Jordan" is the country, not a town that GeoNames also calls so, however much the text
      // says about the town's country ("U.S. troops in Jordan")
      return -1000;
    } else if (e.kind() == Gazetteer.Kind.PLACE
        && !Names.key(e.name()).equals(Names.key(written(m)))
        && m.entries().stream().anyMatch(x -> !x.fromGeoNames())) {
      // "Kashmir" is the region of our own entries, not a town GeoNames also calls so
      // (Cashmere, Washington)
      return -1000;
    }
    if (e.population().isPresent()) {
      s += Math.log10(1 + e.population().getAsLong()) * 3;
    }
    if (e.fromGeoNames() && Names.key(e.name()).equals(Names.key(written(m)))) {
      s += 12; // its own name, not one of its alternate names ("Manchester", not Richmond's)
    }
    if ("capital".equals(e.attributes().get("seat"))) {
      s += 6;
    } else if ("admin1".equals(e.attributes().get("seat"))) {
      s += 3;
    }
    if ("true".equals(e.attributes().get("common")) && m.weight() == 0 && m.cue().isEmpty()) {
      s -= 60; // "Police", "Best": a common word unless something marks it as a place
    }
    return s;
  }
}
