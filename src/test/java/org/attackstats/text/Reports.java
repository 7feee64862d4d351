package org.attackstats.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Random reports in the styles real ones use, from fragments we wrote: summaries that open with
 * "MM/DD/YYYY:", event notes that open with "On 3 May 2019,", wire paragraphs, official strike
 * releases and list entries. For properties that must hold on any report.
 */
final class Reports {
  private Reports() {}

  private static final String[] PLACES = {"Kabul, Kabul province, Afghanistan",
      "Maiduguri, Borno state, Nigeria", "Gao, Mali", "the area of Tekparou (Djougou, Donga)",
      "Zarghunkot, Achin district, Nangarhar, Afghanistan", "Mosul, Nineveh, Iraq", "Tal Afar",
      "the village of Kourmali", "Baghdad's Karrada district", "Kismayo", "al-Qaim", "Hit, Anbar",
      "Deir ez-Zor", "Ain al-Asad air base", "the Red Sea", "Sukma district, Chhattisgarh",
      "Orangi town, Karachi", "Cox's Bazar", "Tripoli"};
  private static final String[] PERPETRATORS = {"Assailants", "Gunmen", "Unidentified gunmen",
      "Suspected Boko Haram militants", "Taliban fighters", "Al-Shabaab militants",
      "A suicide bomber", "Militants", "Iran-backed militias", "Houthi rebels"};
  private static final String[] ACTIONS = {"attacked a police checkpoint", "opened fire on a bus",
      "detonated an explosive device near a market", "stormed a military base",
      "fired three rockets at a base", "ambushed a convoy", "set fire to several houses",
      "threw a grenade into a bar", "launched a drone attack on a ship", "abducted 20 students",
      "shelled the town", "clashed with soldiers"};
  private static final String[] VICTIMS = {"police officers", "soldiers", "civilians",
      "people", "children", "assailants", "farmers", "worshippers"};
  private static final String[] NUMBERS = {"two", "three", "at least five", "12", "dozens of",
      "more than 20", "one", "several", "no", "nine"};
  private static final String[] CLOSERS = {"No group claimed responsibility for the incident.",
      "The Taliban claimed responsibility for the attack.", "No casualties were reported.",
      "The death toll rose to 14 on Friday.", "It was unclear whether anyone was killed.",
      "Officials blamed al-Shabaab.", "This was one of 17 coordinated attacks across the country.",
      "In total, 40 people were killed in the raids.", "The attack was later claimed by ISIS.",
      "Another soldier was wounded, including two children and a teacher."};

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  private static String casualties(Random r) {
    String n = pick(r, NUMBERS);
    String who = pick(r, VICTIMS);
    switch (r.nextInt(4)) {
      case 0:
        return Character.toUpperCase(n.charAt(0)) + n.substring(1) + " " + who
            + " were killed and " + pick(r, NUMBERS) + " others were injured.";
      case 1:
        return "At least " + (1 + r.nextInt(40)) + " " + who + ", including " + pick(r, NUMBERS)
            + " " + pick(r, VICTIMS) + ", were killed.";
      case 2:
        return (1 + r.nextInt(9)) + " killed, " + (r.nextInt(30)) + " injured.";
      default:
        return "The attack killed " + n + " " + who + " and wounded " + pick(r, NUMBERS)
            + " " + pick(r, VICTIMS) + ".";
    }
  }

  private static String sentence(Random r, LocalDate day) {
    String place = pick(r, PLACES);
    switch (r.nextInt(6)) {
      case 0:
        return day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT)) + ": "
            + pick(r, PERPETRATORS) + " " + pick(r, ACTIONS) + " in " + place + ". "
            + casualties(r);
      case 1:
        return "On " + day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
            + ", " + pick(r, NUMBERS) + " " + pick(r, VICTIMS) + " were killed when "
            + pick(r, PERPETRATORS).toLowerCase(Locale.ROOT) + " " + pick(r, ACTIONS)
            + " in " + place + ".";
      case 2:
        return pick(r, PERPETRATORS) + " " + pick(r, ACTIONS) + " near " + place + " on "
            + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
            + ", killing " + pick(r, NUMBERS) + " " + pick(r, VICTIMS) + ", officials said.";
      case 3:
        return "Near " + place + ", " + pick(r, NUMBERS) + " strikes struck "
            + pick(r, NUMBERS) + " ISIL tactical units and destroyed an ISIL mortar position.";
      case 4:
        return day.format(DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.ENGLISH)) + " - "
            + place + " - " + pick(r, ACTIONS) + "; " + pick(r, NUMBERS) + " dead.";
      default:
        return "U.S. forces carried out airstrikes in " + place + " in response to an attack on "
            + pick(r, PLACES) + " on " + day.format(DateTimeFormatter.ofPattern("MMMM d",
                Locale.ENGLISH)) + ".";
    }
  }

  /** One to six paragraphs of one to four sentences about days up to three years before 2024. */
  static String document(Random r) {
    StringBuilder b = new StringBuilder();
    for (int p = 1 + r.nextInt(6); p > 0; p--) {
      for (int s = 1 + r.nextInt(4); s > 0; s--) {
        LocalDate day = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(1200));
        b.append(r.nextInt(3) == 0 ? pick(r, CLOSERS) : sentence(r, day)).append(' ');
      }
      b.append(r.nextBoolean() ? "\n\n" : "\n");
    }
    return b.toString();
  }
}
