package org.attackstats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences in one pass. A sentence ends at {@code .}, {@code !} or {@code ?}
 * (with any closing quotes or brackets) followed by white space and a character that is not a
 * lower-case letter, unless the word before the full stop is a known abbreviation ({@code U.S.},
 * {@code Oct.}, {@code a.m.}, {@code Gen.}, ...) or a single capital letter (an initial). A line
 * break always ends a sentence and a paragraph. Sentences longer than {@link #MAX_LENGTH}
 * characters are cut at white space so that the analysis of each stays bounded.
 */
final class Sentences {
  /** The longest sentence analysed as one piece, in characters. */
  static final int MAX_LENGTH = 3000;

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "u.s", "u.k", "u.n", "a.m", "p.m", "e.g", "i.e", "gen", "lt", "col", "maj", "sgt",
          "capt", "cpl", "adm", "brig", "st", "dr", "mr", "mrs", "ms", "prof", "sen", "rep",
          "gov", "pres", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "mt", "ft", "jan",
          "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
          "est", "dept");

  private Sentences() {}

  /**
   * A sentence: offsets into the document and the number of its paragraph.
   *
   * @param start first character, inclusive
   * @param end after the last character, exclusive
   * @param paragraph 0-based paragraph number
   * @param index 0-based sentence number
   */
  record Sentence(int start, int end, int paragraph, int index) {}

  static List<Sentence> split(String text, int from) {
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int start = from;
    int n = text.length();
    int i = from;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        add(out, text, start, i, paragraph);
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        paragraph++;
        start = i;
        continue;
      }
      if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, i)) {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        if (j >= n || (text.charAt(j) == ' ' || text.charAt(j) == '\t') && startsSentence(text, j)) {
          add(out, text, start, j, paragraph);
          start = j;
          i = j;
          continue;
        }
      }
      i++;
    }
    add(out, text, start, n, paragraph);
    return out;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
  }

  /** Whether the next non-blank character after {@code j} can begin a sentence. */
  private static boolean startsSentence(String text, int j) {
    int k = j;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
    }
    if (k >= text.length()) {
      return true;
    }
    char c = text.charAt(k);
    return !Character.isLowerCase(c) && c != ',' && c != ';';
  }

  /** Whether the mark at {@code i} may end a sentence: not after an abbreviation or initial. */
  private static boolean endsSentence(String text, int start, int i) {
    if (text.charAt(i) != '.') {
      return true;
    }
    int k = i;
    while (k > start && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
      k--;
    }
    String word = text.substring(k, i);
    if (word.isEmpty()) {
      return true;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void add(List<Sentence> out, String text, int start, int end, int paragraph) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    while (e - s > MAX_LENGTH) {
      int cut = s + MAX_LENGTH;
      int k = cut;
      while (k > s + MAX_LENGTH / 2 && !Character.isWhitespace(text.charAt(k))) {
        k--;
      }
      if (k > s + MAX_LENGTH / 2) {
        cut = k;
      } else if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
      out.add(new Sentence(s, cut, paragraph, out.size()));
      s = cut;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
    }
    if (e > s) {
      out.add(new Sentence(s, e, paragraph, out.size()));
    }
  }
}
