package org.attackstats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word, number or punctuation mark of a sentence, with its offsets in the document.
 *
 * @param start offset of the first character in the document, inclusive
 * @param end offset after the last character, exclusive
 * @param text the characters as written
 * @param norm the matching form: lower case, accents, apostrophes, dots and a final possessive
 *     {@code 's} removed; for punctuation the character itself
 * @param kind word, number or punctuation
 */
record Token(int start, int end, String text, String norm, Kind kind) {

  /** What a token is. */
  enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isPunct(String p) {
    return kind == Kind.PUNCT && norm.equals(p);
  }

  boolean isCapitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }

  /**
   * Splits {@code text[from, to)} into tokens in one pass. Words are runs of letters and digits
   * with inner apostrophes; {@code U.S.}, {@code a.m.} (single letters joined by dots) are one
   * word; numbers keep thousands separators ({@code 1,200}) and times ({@code 3:30}); hyphens,
   * dashes and spaces separate tokens; every other visible character is a punctuation token.
   */
  static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if (Character.isDigit(d)) {
            j++;
          } else if ((d == ',' || d == '.' || d == ':')
              && j + 1 < to
              && Character.isDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        // a number glued to letters ("35th", "2nd") is a word
        if (j < to && Character.isLetter(text.charAt(j))) {
          while (j < to && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
          }
          out.add(word(text, i, j));
        } else {
          out.add(new Token(i, j, text.substring(i, j), text.substring(i, j), Kind.NUMBER));
        }
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        // dotted abbreviation of single letters: U.S., a.m., U.N.
        int k = i;
        int letters = 0;
        while (k + 1 < to
            && Character.isLetter(text.charAt(k))
            && text.charAt(k + 1) == '.'
            && (k + 2 >= to
                || !Character.isLetter(text.charAt(k + 2))
                || (k + 3 < to && text.charAt(k + 3) == '.'))) {
          k += 2;
          letters++;
        }
        if (letters >= 2) {
          out.add(word(text, i, k));
          i = k;
          continue;
        }
        while (j < to) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '\'' || d == '\u2019')
              && j + 1 < to
              && Character.isLetter(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        out.add(word(text, i, j));
        i = j;
      } else if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '-'
          || c == '\u2010' || c == '\u2011') {
        i++;
      } else {
        int j = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
        String p = text.substring(i, j);
        out.add(new Token(i, j, p, normPunct(p), Kind.PUNCT));
        i = j;
      }
    }
    return out;
  }

  private static String normPunct(String p) {
    switch (p) {
      case "\u2014":
      case "\u2013":
        return "--";
      case "\u201c":
      case "\u201d":
        return "\"";
      default:
        return p;
    }
  }

  private static Token word(String text, int i, int j) {
    String raw = text.substring(i, j);
    return new Token(i, j, raw, normalize(raw), Kind.WORD);
  }

  /** The matching form of a word: see {@link Token} and {@link Names#word}. */
  static String normalize(String word) {
    String s = word;
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      s = s.substring(0, s.length() - 2);
    }
    return Names.word(s);
  }
}
