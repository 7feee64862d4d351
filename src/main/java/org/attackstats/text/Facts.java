package org.attackstats.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attackstats.model.VagueNumberPolicy;

/**
 * Everything the sentence-level stages find in one sentence: its tokens, the gazetteer names,
 * dates and times, counts, places, casualty figures and event words. Immutable; built by {@link
 * #of}, which runs the stages in order (each a function of the tokens and of what the earlier
 * stages found).
 *
 * @param text the text of the document the sentence is in
 * @param sentence the sentence's offsets, paragraph and number
 * @param tokens its tokens
 * @param names gazetteer names, longest first
 * @param dates dates, resolved against the publication date
 * @param times times of day
 * @param quantities counts that are not dates, years, times, parts of names or of compounds
 * @param places places and their chains
 * @param figures people killed or injured
 * @param triggers event words
 */
record Facts(
    String text,
    Sentences.Sentence sentence,
    List<Token> tokens,
    List<Gazetteer.Match> names,
    List<Dates.DateMention> dates,
    List<Dates.TimeMention> times,
    List<Quantities.Quantity> quantities,
    List<Places.Mention> places,
    List<Casualties.Figure> figures,
    List<Events.Trigger> triggers) {

  Facts {
    tokens = List.copyOf(tokens);
    names = List.copyOf(names);
    dates = List.copyOf(dates);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    places = List.copyOf(places);
    figures = List.copyOf(figures);
    triggers = List.copyOf(triggers);
  }

  /** Runs the sentence stages over one sentence of a document. */
  static Facts of(String text, Sentences.Sentence s, LocalDate published, Gazetteer gazetteer,
      VagueNumberPolicy policy, boolean pooledDocument) {
    List<Token> tokens = Token.tokenize(text, s.start(), s.end());
    List<Gazetteer.Match> names = withoutOtherAcronyms(tokens, gazetteer.matches(tokens));
    List<Dates.DateMention> dates = Dates.find(tokens, published);
    List<Dates.TimeMention> times = Dates.times(tokens);
    List<Quantities.Quantity> qs = new ArrayList<>();
    for (Quantities.Quantity q : Quantities.find(tokens, policy)) {
      if (dates.stream().noneMatch(d -> overlaps(q.from(), q.to(), d.from(), d.to()))
          && times.stream().noneMatch(d -> overlaps(q.from(), q.to(), d.from(), d.to()))
          && names.stream().noneMatch(m -> overlaps(q.from(), q.to(), m.from(), m.to())
              && !commonOnly(m))
          && !isYear(tokens, q) && !compound(text, tokens, q)) {
        qs.add(q);
      }
    }
    List<Places.Mention> places = Places.find(text, tokens, names, dates);
    boolean pooled = Casualties.poolsIncidents(tokens)
        || (pooledDocument || since(dates)) && Events.mentionsSeveralEvents(tokens);
    List<Casualties.Figure> figures = Casualties.find(tokens, qs, names, places, pooled);
    List<Events.Trigger> triggers = Events.triggers(tokens, names, qs, dates);
    return new Facts(text, s, tokens, names, dates, times, qs, places, figures, triggers);
  }

  /**
   * The names without an acronym that the text defines as something the gazetteer does not know:
   * in "supporters of the New Democratic Front (NDF)" NDF is that front, not another group the
   * gazetteer abbreviates so; "the Islamic State (IS)" keeps its match, which the full name shares.
   */
  static List<Gazetteer.Match> withoutOtherAcronyms(List<Token> t, List<Gazetteer.Match> names) {
    List<Gazetteer.Match> out = new ArrayList<>(names.size());
    for (Gazetteer.Match m : names) {
      if (!definesOther(t, m, names)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean definesOther(List<Token> t, Gazetteer.Match m, List<Gazetteer.Match> names) {
    int a = m.from();
    if (m.to() != a + 1 || a < 2 || m.to() >= t.size() || !t.get(a - 1).isPunct("(")
        || !t.get(m.to()).isPunct(")")) {
      return false;
    }
    String acronym = t.get(a).text();
    if (acronym.length() < 2 || acronym.length() > 8 || !acronym.chars().allMatch(Character::isLetter)
        || acronym.chars().filter(Character::isUpperCase).count() < 2) {
      return false;
    }
    // the capitalised words before "(", joined by lowercase words ("of", "for the"), whose
    // initials spell the acronym's capitals
    String capitals = acronym.chars().filter(Character::isUpperCase)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    StringBuilder initials = new StringBuilder();
    int k = a - 2;
    while (k >= 0 && initials.length() < capitals.length() && t.get(k).isWord()) {
      if (t.get(k).isCapitalized()) {
        initials.insert(0, t.get(k).text().charAt(0));
      } else if (t.get(k).text().length() > 4) {
        break;
      }
      k--;
    }
    if (!initials.toString().equalsIgnoreCase(capitals)) {
      return false;
    }
    int start = k + 1;
    for (Gazetteer.Match n : names) {
      if (n != m && n.to() == a - 1 && n.from() >= start - 1
          && n.entries().stream().anyMatch(m.entries()::contains)) {
        return false; // the full name is the acronym's entry
      }
    }
    return true;
  }

  /**
   * Whether the sentence reports on a period ("since January"): with events in the plural, its
   * figures are a toll over all of them ("Clashes have left 300 people dead since January").
   */
  private static boolean since(List<Dates.DateMention> dates) {
    for (Dates.DateMention d : dates) {
      if (d.since()) {
        return true;
      }
    }
    return false;
  }

  /** A name that only GeoNames knows, and only as a common word ("One", "Most"). */
  private static boolean commonOnly(Gazetteer.Match m) {
    return m.entries().stream().allMatch(e -> "true".equals(e.attributes().get("common")));
  }

  private static boolean overlaps(int a, int b, int c, int d) {
    return a < d && c < b;
  }

  /** "one-way", "two-day": a number joined to a word by a hyphen is an adjective, not a count. */
  private static boolean compound(String text, List<Token> t, Quantities.Quantity q) {
    int end = t.get(q.to() - 1).end();
    int start = t.get(q.from()).start();
    boolean adjective =
        end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
    // "F-16", "MQ-9": a designation
    boolean designation =
        start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2));
    return adjective || designation;
  }

  private static boolean isYear(List<Token> t, Quantities.Quantity q) {
    Token a = t.get(q.from());
    return q.to() - q.from() == 1 && a.kind() == Token.Kind.NUMBER && a.text().length() == 4
        && a.text().chars().allMatch(Character::isDigit)
        && Integer.parseInt(a.text()) >= 1900 && Integer.parseInt(a.text()) <= 2100;
  }

  int index() {
    return sentence.index();
  }

  int paragraph() {
    return sentence.paragraph();
  }

  String word(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
  }

  /** The document text of tokens {@code [from, to)}, as written. */
  String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** The facts without the document's text, which may be long. */
  @Override
  public String toString() {
    return "Facts[sentence=" + sentence + ", tokens=" + tokens + ", names=" + names + ", dates="
        + dates + ", times=" + times + ", quantities=" + quantities + ", places=" + places
        + ", figures=" + figures + ", triggers=" + triggers + "]";
  }

  boolean has(String word) {
    for (Token t : tokens) {
      if (t.norm().equals(word)) {
        return true;
      }
    }
    return false;
  }
}
