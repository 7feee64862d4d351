package org.attackstats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attackstats.model.Estimate;
import org.attackstats.model.VagueNumberPolicy;
import org.attackstats.model.VagueQuantity;

/**
 * Finds counts in a token list: digits ({@code 61}, {@code 1,200}), number words ({@code two},
 * {@code twenty-one}, {@code five dozen}), vague words ({@code dozens}, {@code several}) and their
 * qualifiers ({@code at least}, {@code more than}, {@code about}, {@code up to}, {@code between A
 * and B}). Proportions ({@code half}, {@code nearly half}, {@code a third}) are recognised so that
 * they are not mistaken for counts, and yield no estimate. One left-to-right pass; each token is
 * looked at a bounded number of times.
 */
final class Quantities {
  private Quantities() {}

  /**
   * A count found in the text.
   *
   * @param from first token, inclusive
   * @param to last token, exclusive
   * @param value the estimate, empty for a proportion
   */
  record Quantity(int from, int to, Optional<Estimate> value) {
    boolean isProportion() {
      return value.isEmpty();
    }
  }

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
          Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
          Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
          Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
          Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
          Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);
  private static final Map<String, Integer> SCALES =
      Map.of("dozen", 12, "hundred", 100, "thousand", 1000, "million", 1_000_000);
  private static final Map<String, VagueQuantity> VAGUE =
      Map.of(
          "several", VagueQuantity.SEVERAL,
          "many", VagueQuantity.MANY,
          "numerous", VagueQuantity.MANY,
          "tens", VagueQuantity.TENS,
          "dozens", VagueQuantity.DOZENS,
          "scores", VagueQuantity.SCORES,
          "hundreds", VagueQuantity.HUNDREDS,
          "thousands", VagueQuantity.THOUSANDS);

  private enum Qualifier {
    NONE,
    AT_LEAST,
    MORE_THAN,
    ABOUT,
    UP_TO,
    FEWER_THAN
  }

  /** Words a count can start with; any other word is skipped at once. */
  private static final java.util.Set<String> STARTS = new java.util.HashSet<>();

  static {
    STARTS.addAll(UNITS.keySet());
    STARTS.addAll(TENS.keySet());
    STARTS.addAll(SCALES.keySet());
    STARTS.addAll(VAGUE.keySet());
    STARTS.addAll(java.util.List.of("at", "more", "fewer", "less", "no", "not", "as", "up",
        "close", "an", "about",
        "around", "approximately", "roughly", "nearly", "almost", "some", "over", "between", "a",
        "both", "half", "third", "quarter", "majority"));
  }

  static List<Quantity> find(List<Token> tokens, VagueNumberPolicy policy) {
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    int n = tokens.size();
    while (i < n) {
      Token first = tokens.get(i);
      if (first.kind() != Token.Kind.NUMBER && !(first.isWord() && STARTS.contains(first.norm()))) {
        i++;
        continue;
      }
      int start = i;
      Qualifier q = Qualifier.NONE;
      int after = qualifier(tokens, i);
      if (after > i) {
        q = qualifierAt(tokens, i);
        i = after;
      }
      // "between A and B"
      if (is(tokens, i, "between")) {
        int[] a = new int[1];
        int endA = number(tokens, i + 1, a);
        if (endA > i + 1 && is(tokens, endA, "and")) {
          int[] b = new int[1];
          int endB = number(tokens, endA + 1, b);
          if (endB > endA + 1 && b[0] >= a[0]) {
            out.add(new Quantity(i, endB, Optional.of(Estimate.range(a[0], b[0]))));
            i = endB;
            continue;
          }
        }
      }
      int propEnd = proportion(tokens, i);
      if (propEnd > i) {
        out.add(new Quantity(start, propEnd, Optional.empty()));
        i = propEnd;
        continue;
      }
      int vagueEnd = vague(tokens, i);
      if (vagueEnd > i) {
        VagueQuantity v = VAGUE.getOrDefault(tokens.get(vagueEnd - 1).norm(), VagueQuantity.A_FEW);
        out.add(new Quantity(start, vagueEnd, Optional.of(policy.estimate(v))));
        i = vagueEnd;
        continue;
      }
      if (is(tokens, i, "both") && i + 1 < n && tokens.get(i + 1).isWord()
          && !is(tokens, i + 1, "of") && !is(tokens, i + 1, "and")) {
        out.add(new Quantity(i, i + 1, Optional.of(Estimate.exact(2)))); // "Both victims"
        i++;
        continue;
      }
      int[] value = new int[1];
      int end = number(tokens, i, value);
      if (end > i && (is(tokens, end, "year") || is(tokens, end, "years")) && is(tokens, end + 1, "old")) {
        i = end + 2; // "an 18 year old man": an age, not a count
        continue;
      }
      if (end > i) {
        out.add(new Quantity(start, end, Optional.of(estimate(q, value[0]))));
        i = end;
        continue;
      }
      i = start + 1;
    }
    return out;
  }

  private static Estimate estimate(Qualifier q, long v) {
    switch (q) {
      case AT_LEAST:
        return Estimate.atLeast(v);
      case MORE_THAN:
        return Estimate.atLeast(v + 1);
      case ABOUT:
        return Estimate.approximately(v);
      case UP_TO:
        return v >= 1 ? Estimate.range(1, v) : Estimate.exact(0);
      case FEWER_THAN:
        return v >= 1 ? Estimate.range(0, v - 1) : Estimate.exact(0);
      default:
        return Estimate.exact(v);
    }
  }

  private static boolean is(List<Token> t, int i, String norm) {
    return i < t.size() && t.get(i).isWord() && t.get(i).norm().equals(norm);
  }

  private static int qualifier(List<Token> t, int i) {
    if (is(t, i, "at") && (is(t, i + 1, "least"))) {
      return i + 2;
    }
    if ((is(t, i, "no") || is(t, i, "not"))
        && (is(t, i + 1, "more") || is(t, i + 1, "fewer") || is(t, i + 1, "less"))
        && is(t, i + 2, "than")) {
      return i + 3; // "no fewer than", "not less than", "no more than"
    }
    if (is(t, i, "as") && is(t, i + 1, "many") && is(t, i + 2, "as")) {
      return i + 3;
    }
    if ((is(t, i, "more") || is(t, i, "fewer") || is(t, i, "less")) && is(t, i + 1, "than")) {
      return i + 2;
    }
    if (is(t, i, "up") && is(t, i + 1, "to")) {
      return i + 2;
    }
    if (is(t, i, "close") && is(t, i + 1, "to")) {
      return i + 2;
    }
    if (is(t, i, "an") && is(t, i + 1, "estimated")) {
      return i + 2;
    }
    if (is(t, i, "about") || is(t, i, "around") || is(t, i, "approximately")
        || is(t, i, "roughly") || is(t, i, "nearly") || is(t, i, "almost") || is(t, i, "some")
        || is(t, i, "over")) {
      return i + 1;
    }
    return i;
  }

  private static Qualifier qualifierAt(List<Token> t, int i) {
    switch (t.get(i).norm()) {
      case "no":
      case "not":
        // "no fewer than 12" is at least 12, "no more than 12" at most 12
        return is(t, i + 1, "more") ? Qualifier.UP_TO : Qualifier.AT_LEAST;
      case "as":
        return Qualifier.UP_TO; // "as many as 30"
      case "at":
        return Qualifier.AT_LEAST;
      case "more":
      case "over":
        return Qualifier.MORE_THAN;
      case "fewer":
      case "less":
        return Qualifier.FEWER_THAN;
      case "up":
        return Qualifier.UP_TO;
      default:
        return Qualifier.ABOUT;
    }
  }

  /** "half of", "a third", "nearly half": a proportion; "the diplomatic quarter" is none. */
  private static int proportion(List<Token> t, int i) {
    int j = i;
    boolean article = is(t, j, "a") || is(t, j, "one");
    if (article) {
      j++;
    }
    if (is(t, j, "half") || is(t, j, "third") || is(t, j, "quarter") || is(t, j, "majority")) {
      boolean qualified = article || is(t, j + 1, "of") || is(t, j, "half")
          || i > 0 && (is(t, i - 1, "nearly") || is(t, i - 1, "almost") || is(t, i - 1, "about")
              || is(t, i - 1, "than") || is(t, i - 1, "over"));
      return qualified ? j + 1 : i;
    }
    return i;
  }

  private static int vague(List<Token> t, int i) {
    if (is(t, i, "a") && is(t, i + 1, "few")) {
      return i + 2;
    }
    if (i < t.size() && t.get(i).isWord() && VAGUE.containsKey(t.get(i).norm())) {
      // "many" counts only when a noun follows, not "many of"
      String w = t.get(i).norm();
      if ((w.equals("many") || w.equals("numerous"))
          && !(i + 1 < t.size() && t.get(i + 1).isWord() && !is(t, i + 1, "of"))) {
        return i;
      }
      return i + 1;
    }
    return i;
  }

  /**
   * Reads a number at {@code i}: digits, or number words with an optional scale ("five dozen",
   * "a dozen", "two hundred", "2.5 million"). Returns the index after it, or {@code i} if there
   * is none. Decimals without a scale are cut to their whole part.
   */
  static int number(List<Token> t, int i, int[] out) {
    if (i >= t.size()) {
      return i;
    }
    Token tok = t.get(i);
    long value;
    int j;
    String fraction = "";
    if (tok.kind() == Token.Kind.NUMBER) {
      if (tok.text().indexOf(':') >= 0) {
        return i;
      }
      String digits = tok.text().replace(",", "");
      int dot = digits.indexOf('.');
      if (dot >= 0) {
        fraction = digits.substring(dot + 1);
        digits = digits.substring(0, dot);
      }
      if (digits.length() > 12 || fraction.indexOf('.') >= 0) {
        return i;
      }
      value = Long.parseLong(digits);
      j = i + 1;
    } else if (tok.isWord() && (UNITS.containsKey(tok.norm()) || TENS.containsKey(tok.norm()))) {
      if (TENS.containsKey(tok.norm())) {
        value = TENS.get(tok.norm());
        j = i + 1;
        if (j < t.size() && UNITS.containsKey(t.get(j).norm()) && UNITS.get(t.get(j).norm()) < 10
            && UNITS.get(t.get(j).norm()) > 0) {
          value += UNITS.get(t.get(j).norm());
          j++;
        }
      } else {
        value = UNITS.get(tok.norm());
        j = i + 1;
      }
    } else if (tok.isWord() && tok.norm().equals("a") && i + 1 < t.size()
        && SCALES.containsKey(t.get(i + 1).norm())) {
      value = 1;
      j = i + 1;
    } else {
      return i;
    }
    while (j < t.size() && t.get(j).isWord() && SCALES.containsKey(t.get(j).norm())) {
      if (value > Integer.MAX_VALUE) {
        return i;
      }
      long scale = SCALES.get(t.get(j).norm());
      // "2.5 million": the decimals count at the first scale
      long part = 0;
      long unit = scale;
      for (int k = 0; k < fraction.length() && unit >= 10; k++) {
        unit /= 10;
        part += (fraction.charAt(k) - '0') * unit;
      }
      fraction = "";
      value = value * scale + part;
      j++;
    }
    if (value > Estimate.MAX_VALUE || value > Integer.MAX_VALUE) {
      return i;
    }
    out[0] = (int) value;
    return j;
  }
}
