package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attackstats.model.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Laws of casualty figures over sentences generated in the styles of reports: a subset after
 * "including" never adds to its whole, the groups of a list add up, and a figure is the sum of
 * its groups.
 */
class CasualtiesProperties {

  private static final String[] WORDS = {"one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve"};
  private static final String[] WHOLE = {"people", "civilians", "soldiers", "police officers",
      "villagers", "passengers", "worshippers", "miners"};
  private static final String[] PLURAL = {"children", "women", "soldiers", "police officers",
      "teachers", "students", "farmers"};
  private static final String[] SINGULAR = {"child", "teacher", "soldier", "commander",
      "police officer", "woman"};
  private static final String[] PLACES = {" in Kabul", " near Gao", " in the village of Kourmali",
      " in Maiduguri, Borno", " in Zarghunkot, Achin district", ""};

  private static String number(Random r, int n) {
    return n <= WORDS.length && r.nextBoolean() ? WORDS[n - 1] : Integer.toString(n);
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "two children and a teacher": one or two items, each fewer than the whole. */
  static String subset(Random r, int whole) {
    List<String> items = new ArrayList<>();
    for (int k = 1 + r.nextInt(2); k > 0; k--) {
      items.add(r.nextInt(3) == 0 || whole < 3 ? (r.nextBoolean() ? "a " : "one ")
          + pick(r, SINGULAR) : number(r, 1 + r.nextInt(whole / 2)) + " " + pick(r, PLURAL));
    }
    return String.join(" and ", items);
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  /**
   * A sentence whose killed figure is a whole of {@code whole} (at least two) with a subset after
   * "including", in the four places reports put it.
   */
  static String withSubset(Random r, int whole, boolean atLeast, String subset) {
    String n = (atLeast ? "at least " : "") + number(r, whole) + " " + pick(r, WHOLE);
    String place = pick(r, PLACES);
    switch (r.nextInt(4)) {
      case 0:
        return capitalised(n) + ", including " + subset + ", were killed" + place + ".";
      case 1:
        return capitalised(n) + " were killed" + place + ", including " + subset + ".";
      case 2:
        return "Gunmen attacked a bus" + place + ", killing " + n + ", including " + subset + ".";
      default:
        return capitalised(n) + " including " + subset + " were killed" + place + ".";
    }
  }

  @Test
  void aSubsetAfterIncludingNeverAdds() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      int whole = 2 + r.nextInt(40);
      boolean atLeast = r.nextInt(3) == 0;
      String s = withSubset(r, whole, atLeast, subset(r, whole));
      assertEquals(atLeast ? Estimate.atLeast(whole) : Estimate.exact(whole),
          CasualtiesTest.killed(s), s);
    });
  }

  @Test
  void theGroupsOfAListAddUp() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      int a = 1 + r.nextInt(30);
      int b = 1 + r.nextInt(30);
      String first = number(r, a) + " " + pick(r, PLURAL);
      String second = number(r, b) + " " + pick(r, WHOLE);
      String s = r.nextBoolean()
          ? capitalised(first) + " and " + second + " were killed" + pick(r, PLACES) + "."
          : "Militants stormed a checkpoint" + pick(r, PLACES) + ", killing " + first + " and "
              + second + ".";
      assertEquals(Estimate.exact(a + b), CasualtiesTest.killed(s), s);
    });
  }

  @Test
  void aFigureIsTheSumOfItsGroups() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      int whole = 2 + r.nextInt(40);
      String s = withSubset(r, whole, r.nextBoolean(), subset(r, whole)) + " "
          + capitalised(number(r, 1 + r.nextInt(12))) + " " + pick(r, WHOLE) + " and "
          + subset(r, whole) + " were wounded.";
      for (Casualties.Figure f : Stages.facts(s).figures()) {
        if (!f.groups().isEmpty()) {
          Estimate sum = Estimate.ZERO;
          for (Casualties.Group g : f.groups()) {
            sum = sum.plus(g.value());
          }
          assertEquals(sum, f.value(), s);
        }
      }
    });
  }

  @Test
  void aSubsetListedWithCommasAfterIncludingNeverAdds() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      int whole = 6 + r.nextInt(40);
      String subset;
      do {
        // a subject is read within Casualties.WINDOW tokens: the whole, "including", the subset
        subset = subset(r, whole / 3) + ", " + subset(r, whole / 3) + " and a guard";
      } while (Stages.tokens(subset).size() > Casualties.WINDOW - 6);
      String s = withSubset(r, whole, false, subset);
      assertEquals(Estimate.exact(whole), CasualtiesTest.killed(s), s);
    });
  }
}
