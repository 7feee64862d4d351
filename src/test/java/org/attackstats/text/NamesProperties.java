package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the matching form: the gazetteer keys names with {@link Names#key} and looks them up
 * with the token norms of the text, so the two must agree on every name written in Latin script.
 */
class NamesProperties {

  private static final String LETTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
          + "àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝ"
          + "āăąćčďēėęěğīıİķĺľłńňōőřśşšţťūůűźżžĀĂĄĆČĎĒĘĚĞĪŁŃŇŌŐŘŚŞŠŢŤŪŮŰŹŻŽ"
          + "ßæøœþðđħÆØŒÞĐĦ" + "ḍḥḩṣṭẓḌḤḨṢṬẒ";

  /** What may stand between two words of a name. */
  private static final String[] SEPARATORS = {" ", "-", ", ", ". ", " (", ") ", "  ", " - "};

  /** Apostrophes and the marks written for them: ' ’ ‘ ` ´ ʿ ʾ ʼ. */
  private static final String APOSTROPHES = "'\u2019\u2018`\u00b4\u02bf\u02be\u02bc";

  /** Possessive endings. */
  private static final String[] POSSESSIVES = {"'s", "\u2019s", "'S"};

  /**
   * A name in Latin script: one to five words of letters, a word sometimes starting with digits
   * ("35th") or else holding an apostrophe before at least two more letters ("Kata'ib",
   * "Ta‘izz", "Raʿs"), opening with an ayn ("ʿAyn") or ending with a possessive ("Cox's").
   */
  static Gen<String> latinNames() {
    return longs().all().map(seed -> name(new Random(seed)));
  }

  static String name(Random r) {
    StringBuilder b = new StringBuilder();
    int words = 1 + r.nextInt(5);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        b.append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
      }
      boolean number = r.nextInt(10) == 0;
      if (number) {
        b.append(1 + r.nextInt(99));
      } else if (r.nextInt(10) == 0) {
        b.append(r.nextBoolean() ? '\u02bf' : '\u02be');
      }
      int n = 1 + r.nextInt(9);
      int apostrophe = !number && n >= 3 && r.nextInt(4) == 0 ? 1 + r.nextInt(n - 2) : -1;
      for (int i = 0; i < n; i++) {
        if (i == apostrophe) {
          b.append(APOSTROPHES.charAt(r.nextInt(APOSTROPHES.length())));
        }
        b.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
      }
      if (!number && r.nextInt(8) == 0) {
        b.append(POSSESSIVES[r.nextInt(POSSESSIVES.length)]);
      }
    }
    return b.toString();
  }

  /** The gazetteer's view of a text: the norms of its words and numbers, joined by spaces. */
  static String tokenKey(String text) {
    StringBuilder b = new StringBuilder();
    for (Token t : Stages.tokens(text)) {
      if (t.kind() == Token.Kind.PUNCT) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.norm());
    }
    return b.toString();
  }

  @Test
  void keyIsTheJoinOfTheTokenNormsOfTheNamesWords() {
    qt().withExamples(2000).forAll(latinNames())
        .checkAssert(name -> assertEquals(Names.key(name), tokenKey(name), name));
  }

  @Test
  void keyIgnoresCase() {
    qt().withExamples(1000).forAll(latinNames())
        .checkAssert(name -> {
          assertEquals(Names.key(name), Names.key(name.toUpperCase(Locale.ROOT)), name);
          assertEquals(Names.key(name), Names.key(name.toLowerCase(Locale.ROOT)), name);
        });
  }

  @Test
  void keyOfAKeyIsTheKey() {
    qt().withExamples(1000).forAll(latinNames())
        .checkAssert(name -> assertEquals(Names.key(name), Names.key(Names.key(name)), name));
  }

  @Test
  void hyphensAndSpacesBetweenWordsAreOne() {
    qt().withExamples(1000).forAll(latinNames())
        .checkAssert(name -> assertEquals(Names.key(name.replace(' ', '-')),
            Names.key(name.replace('-', ' ')), name));
  }
}
