package org.attackstats.text;

import java.util.Set;

/** The word lists the extraction rules share. Words are in their matching form (see {@link Token}). */
final class Lexicon {
  private Lexicon() {}

  static final Set<String> TRIGGER_NOUNS =
      Set.of("attack", "strike", "airstrike", "raid", "bombing", "assault", "barrage");
  static final Set<String> TRIGGER_PLURALS =
      Set.of("attacks", "strikes", "airstrikes", "raids", "bombings", "assaults", "barrages");
  static final Set<String> TRIGGER_VERBS =
      Set.of(
          "attacked", "struck", "hit", "targeted", "bombed", "shelled", "fired", "launched",
          "pounded", "slammed");
  static final Set<String> UNITS =
      Set.of(
          "days", "day", "weeks", "week", "months", "month", "years", "year", "hours", "hour",
          "minutes", "kilometers", "kilometres", "km", "miles", "mile", "meters", "metres",
          "percent", "times", "decades", "decade", "kilometer", "kilometre");
  static final Set<String> KILLED_WORDS =
      Set.of("killed", "dead", "died", "killing", "deaths", "death", "toll", "perished");
  static final Set<String> INJURED_WORDS =
      Set.of("wounded", "injured", "hurt", "wounding", "injuring", "injuries", "injury");
  static final Set<String> PEOPLE =
      Set.of(
          "member", "members", "soldier", "soldiers", "contractor", "contractors", "fighter",
          "fighters", "commander", "commanders", "civilian", "civilians", "person", "persons",
          "people", "man", "men", "woman", "women", "child", "children", "militant", "militants",
          "officer", "officers", "leader", "troops", "personnel", "sailor", "sailors", "marine",
          "marines", "crew", "worker", "workers", "guard", "guards");
  static final Set<String> FORCES =
      Set.of("forces", "troops", "personnel", "soldiers", "marines", "sailors", "servicemembers");
  static final Set<String> NOT_A_LOCATION_AFTER =
      Set.of("government", "authorities", "officials", "police", "based", "governorate's");
  static final Set<String> SPEECH =
      Set.of("said", "says", "say", "argue", "argued", "argues", "reported", "told", "claimed",
          "stated", "announced", "added", "confirmed");

  static final Set<String> BOMBS =
      Set.of("bombs", "munitions", "explosives");
  static final Set<String> BEFORE_HIT_NOUN =
      Set.of("a", "the", "direct");
  static final Set<String> DESTROYED =
      Set.of(
          "destroying", "destroyed", "intercepted", "intercepting", "shot", "downed", "downing");
  static final Set<String> OBJECT_END =
      Set.of(
          "in", "near", "at", "on", "that", "which", "who", "used", "with", "from", "by",
          "killing", "wounding", "early", "late", "overnight");
  static final Set<String> AUXILIARIES =
      Set.of("was", "were", "been", "are", "is", "be", "being");
  static final Set<String> OF_THOSE =
      Set.of("those", "them", "these", "which", "this");
  static final Set<String> HAVE_BEEN =
      Set.of("have", "has", "had", "been", "were", "was", "are");
  static final Set<String> VICTIMS_END =
      Set.of("were", "was", "have", "has", "had", "are", "is", "suffered", "in", "and");
  static final Set<String> DETERMINERS =
      Set.of("the", "a", "an");

  static boolean isTrigger(String w) {
    return TRIGGER_NOUNS.contains(w) || TRIGGER_PLURALS.contains(w) || TRIGGER_VERBS.contains(w);
  }

  static boolean isTriggerNoun(String w) {
    return TRIGGER_NOUNS.contains(w) || TRIGGER_PLURALS.contains(w);
  }
}
