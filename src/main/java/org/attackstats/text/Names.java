package org.attackstats.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching form of words and names, shared by the tokenizer (one word at a time) and the
 * gazetteer (whole names): lower case, accents removed ({@code Hīt} = {@code hit}); apostrophes,
 * backticks, ayn and hamza marks, the acute accent and middle dot written as marks, and dots
 * removed inside a word ({@code Kata'ib} = {@code kataib}, {@code Raʿs} = {@code ras}, {@code
 * Tall `Afar} = {@code tall afar}, {@code U.S.} = {@code us}); a word's final possessive {@code
 * 's} removed ({@code Kabul's} = {@code kabul}, {@code Cox's Bazar} = {@code cox bazar}, in the
 * text and in the gazetteer alike); a name's words joined by one space, hyphens and other
 * punctuation separating words ({@code Deir ez-Zor} = {@code deir ez zor}). One table lookup per
 * character; no regular expressions.
 */
final class Names {
  private Names() {}

  /** Folded forms of the characters U+0080 to U+024F and U+1E00 to U+1EFF; null = keep. */
  private static final String[] LATIN1_EXT = new String[0x250 - 0x80];

  private static final String[] LATIN_ADDITIONAL = new String[0x100];

  static {
    for (int c = 0x80; c < 0x250; c++) {
      LATIN1_EXT[c - 0x80] = decompose((char) c);
    }
    for (int c = 0x1E00; c < 0x1F00; c++) {
      LATIN_ADDITIONAL[c - 0x1E00] = decompose((char) c);
    }
    // letters that Unicode does not decompose
    String[][] extra = {
      {"\u00df", "ss"}, {"\u00e6", "ae"}, {"\u00c6", "ae"}, {"\u0153", "oe"}, {"\u0152", "oe"},
      {"\u00f8", "o"}, {"\u00d8", "o"}, {"\u0142", "l"}, {"\u0141", "l"}, {"\u0111", "d"},
      {"\u0110", "d"}, {"\u0131", "i"}, {"\u00fe", "th"}, {"\u00de", "th"}, {"\u00f0", "d"},
      {"\u00d0", "d"}, {"\u0127", "h"}, {"\u0126", "h"}
    };
    for (String[] e : extra) {
      LATIN1_EXT[e[0].charAt(0) - 0x80] = e[1];
    }
  }

  private static String decompose(char c) {
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char x = d.charAt(i);
      if (Character.getType(x) != Character.NON_SPACING_MARK) {
        b.append(x);
      }
    }
    String s = b.toString().toLowerCase(Locale.ROOT);
    return s.equals(String.valueOf(c)) ? null : s;
  }

  /**
   * Whether the character is an apostrophe or a mark written for one: {@code '}, {@code ’},
   * {@code ‘}, backtick, acute accent, and the ayn and hamza letters {@code ʿ ʾ ʼ}.
   */
  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4'
        || c == '\u02bf' || c == '\u02be' || c == '\u02bc';
  }

  /**
   * Whether the character is dropped inside a word: apostrophes ({@link #isApostrophe}), dot,
   * middle dot, combining marks.
   */
  static boolean isDropped(char c) {
    return isApostrophe(c) || c == '.' || c == '\u00b7'
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /**
   * Whether {@code w[i]} is the apostrophe of a possessive {@code 's} ({@code '} or {@code ’},
   * then {@code s}) that ends a word.
   */
  private static boolean possessiveAt(CharSequence w, int i) {
    char c = w.charAt(i);
    if (c != '\'' && c != '\u2019' || i + 1 >= w.length()) {
      return false;
    }
    char s = w.charAt(i + 1);
    if (s != 's' && s != 'S') {
      return false;
    }
    if (i + 2 == w.length()) {
      return true;
    }
    char after = w.charAt(i + 2);
    return !Character.isLetterOrDigit(after) && Character.getType(after) != Character.NON_SPACING_MARK;
  }

  /** Appends the folded form of one character. */
  static void fold(char c, StringBuilder out) {
    if (c < 0x80) {
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    } else if (c < 0x250) {
      String s = LATIN1_EXT[c - 0x80];
      if (s == null) {
        out.append(Character.toLowerCase(c));
      } else {
        out.append(s);
      }
    } else if (c >= 0x1E00 && c < 0x1F00 && LATIN_ADDITIONAL[c - 0x1E00] != null) {
      out.append(LATIN_ADDITIONAL[c - 0x1E00]);
    } else {
      out.append(Character.toLowerCase(c));
    }
  }

  /**
   * The matching form of one word as the tokenizer cuts it: a final possessive {@code 's} and
   * dropped characters removed, the rest folded.
   */
  static String word(CharSequence w) {
    int n = w.length();
    boolean plain = true;
    for (int i = 0; i < n && plain; i++) {
      char c = w.charAt(i);
      plain = c < 0x80 && (c < 'A' || c > 'Z') && c != '\'' && c != '.' && c != '`';
    }
    if (plain) {
      return w.toString();
    }
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      if (i > 0 && possessiveAt(w, i)) {
        break;
      }
      if (!isDropped(c)) {
        fold(c, b);
      }
    }
    return b.toString();
  }

  /**
   * The matching form of a whole name: its words (runs of letters and digits, with dropped
   * characters and a final possessive {@code 's} removed) folded and joined by single spaces.
   * {@code "Deir ez-Zor"} gives {@code "deir ez zor"}, {@code "St. Cloud"} gives {@code "st
   * cloud"}, {@code "Raʿs al-ʿAyn"} gives {@code "ras al ayn"}, {@code "Cox's Bazar"} gives
   * {@code "cox bazar"}: the join of the norms of the tokens that {@link Token#tokenize} cuts
   * the name into.
   */
  static String key(CharSequence name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean inWord = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (isDropped(c)) {
        // inside a word: "Kata'ib", "U.S.", "Raʿs"; between words a dot is followed by a space
        // anyway, and an ayn opens the word after it ("ʿAyn")
        if (inWord && possessiveAt(name, i)) {
          i++; // "Cox's": the s of the possessive goes with its apostrophe
        }
      } else if (Character.isLetterOrDigit(c)) {
        if (!inWord && b.length() > 0) {
          b.append(' ');
        }
        inWord = true;
        fold(c, b);
      } else {
        inWord = false;
      }
    }
    return b.toString();
  }
}
