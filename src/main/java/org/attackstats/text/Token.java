package org.attackstats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** Whether it is a word whose first letter is a capital ("ʿAyn" counts as "Ayn"). */
  boolean isCapitalized() {
    if (kind != Kind.WORD) {
      return false;
    }
    char c = text.charAt(0);
    return Character.isUpperCase(c)
        || Names.isApostrophe(c) && text.length() > 1 && Character.isUpperCase(text.charAt(1));
  }

  /** Whether it is an apostrophe standing alone ("Workers' Party", "'Amran"). */
  boolean isApostrophe() {
    return kind == Kind.PUNCT && text.length() == 1 && Names.isApostrophe(text.charAt(0));
  }

  /**
   * Splits {@code text[from, to)} into tokens in one pass. Words are runs of letters and digits
   * with inner apostrophes and other marks that the norm drops ({@link Names#isDropped}); {@code
   * U.S.}, {@code a.m.} (single letters joined by dots) are one word; numbers keep thousands
   * separators ({@code 1,200}), decimals and dotted dates ({@code 22.01.2024}) and times ({@code
   * 3:30}); a number glued to letters is a word ({@code 35th}, {@code 10:30pm}); spaces and
   * hyphens separate tokens, but a hyphen between two numbers is a dash token ({@code 28-29}, norm
   * {@code --} as for the en dash); every other visible character is a punctuation token.
   */
  static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    int note;
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
          } else if (d != '.' && Names.isDropped(d)
              && j + 1 < to
              && Character.isLetter(text.charAt(j + 1))) {
            // "Kata'ib", "Ta‘izz", "Ma´rib", "Cox's": a mark the norm drops, inside the word
            j += 2;
          } else {
            break;
          }
        }
        out.add(word(text, i, j));
        i = j;
      } else if ((c == '-' || c == '\u2010' || c == '\u2011') && i > from && i + 1 < to
          && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
        // between two numbers a hyphen is a dash: "28-29 January" as "28\u201329 January"
        out.add(new Token(i, i + 1, text.substring(i, i + 1), "--", Kind.PUNCT));
        i++;
      } else if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '-'
          || c == '\u2010' || c == '\u2011') {
        i++;
      } else if (c == '[' && (note = editorialNote(text, i, to)) > 0) {
        i = note; // "nine people[citation needed] died": skipped
      } else {
        int j = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
        String p = text.substring(i, j);
        out.add(new Token(i, j, p, normPunct(p), Kind.PUNCT));
        i = j;
      }
    }
    return out;
  }

  /** Wikipedia's footnote marks and editors' notes, which no sentence reads through. */
  private static final Pattern EDITORIAL = Pattern.compile(
      "\\[(?:\\d{1,3}|[a-z]|(?:citation|clarification|source|better source|page|year) needed"
          + "|when\\?|who\\?|which\\?|where\\?|by whom\\?|dubious(?: [-\u2013] discuss)?"
          + "|failed verification|not in citation given|(?:note|nb|n) ?\\d{1,3})]",
      Pattern.CASE_INSENSITIVE);

  /**
   * The end of the editorial note ("[citation needed]", "[12]") that opens at {@code i}, or -1
   * if the bracket opens none.
   */
  private static int editorialNote(String text, int i, int to) {
    Matcher m = EDITORIAL.matcher(text).region(i, Math.min(to, i + 40));
    return m.lookingAt() ? m.end() : -1;
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
    return new Token(i, j, raw, Names.word(raw), Kind.WORD);
  }
}
