package org.attackstats.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Attack;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;

/** Gold annotations (src/test/resources/org/attackstats/text/gold) and the scoring rule. */
final class Gold {
  private Gold() {}

  /** One gold row; see gold/README.md. */
  record Row(
      String type,
      Optional<DateSpan> date,
      Optional<Country> country,
      Optional<String> location,
      Optional<TallyMetric> metric,
      Optional<Estimate> value,
      String context,
      String comment,
      Optional<String> quote) {}

  /** Precision, recall and F1 of one record type in one document. */
  record Score(String document, String type, int gold, int extracted, int matched) {
    double precision() {
      return extracted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / extracted;
    }

    double recall() {
      return gold == 0 ? (extracted == 0 ? 1 : 0) : (double) matched / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%-28s %-9s gold %2d extracted %2d matched %2d  P %.2f R %.2f F1 %.2f",
          document, type, gold, extracted, matched, precision(), recall(), f1());
    }
  }

  static String resource(String path) {
    try (InputStream in = Gold.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> read(String document) {
    List<Row> rows = new ArrayList<>();
    for (String line : resource("gold/" + document + ".tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      rows.add(
          new Row(
              c[0],
              opt(c[1]).map(DateSpan::parse),
              opt(c[2]).map(Country::of),
              opt(c[3]),
              opt(c[4]).map(TallyMetric::parse),
              opt(c[5]).map(Estimate::parse),
              c[6],
              c[7],
              c.length > 8 ? opt(c[8]) : Optional.empty()));
    }
    return rows;
  }

  private static Optional<String> opt(String s) {
    return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  static boolean matches(Row g, DateSpan date, Place place, String context) {
    return g.date().map(d -> d.overlaps(date)).orElse(true)
        && g.country().map(c -> place.country().equals(Optional.of(c))).orElse(true)
        && g.location().map(l -> place.location().equals(Optional.of(l))).orElse(true)
        && g.context().equals(context);
  }

  static boolean matches(Row g, Tally t) {
    return g.metric().equals(Optional.of(t.metric()))
        && g.value().equals(Optional.of(t.value()))
        && g.country().equals(t.country());
  }

  static String quote(Source s) {
    return s.quoteStart().getAsInt() + "-" + s.quoteEnd().getAsInt();
  }

  /** Scores one document; {@code pairs} receives "gold quote = extracted quote" for checks. */
  static List<Score> score(String document, Dataset d, List<String> quoteMismatches) {
    List<Row> gold = read(document);
    List<Score> out = new ArrayList<>();
    List<Attack> attacks = new ArrayList<>(d.attacks());
    List<Response> responses = new ArrayList<>(d.responses());
    List<Tally> tallies = new ArrayList<>(d.tallies());
    int[] matched = new int[3];
    int[] golds = new int[3];
    for (Row g : gold) {
      switch (g.type()) {
        case "attack":
          golds[0]++;
          for (Attack a : attacks) {
            if (matches(g, a.date(), a.place(), a.extras().getOrDefault("context", ""))) {
              attacks.remove(a);
              matched[0]++;
              checkQuote(g, a.source(), quoteMismatches);
              break;
            }
          }
          break;
        case "response":
          golds[1]++;
          for (Response r : responses) {
            if (matches(g, r.date(), r.place(), r.extras().getOrDefault("context", ""))) {
              responses.remove(r);
              matched[1]++;
              checkQuote(g, r.source(), quoteMismatches);
              break;
            }
          }
          break;
        case "tally":
          golds[2]++;
          for (Tally t : tallies) {
            if (matches(g, t)) {
              tallies.remove(t);
              matched[2]++;
              checkQuote(g, t.source(), quoteMismatches);
              break;
            }
          }
          break;
        default:
          throw new IllegalArgumentException("gold type " + g.type());
      }
    }
    out.add(new Score(document, "incidents", golds[0], d.attacks().size(), matched[0]));
    out.add(new Score(document, "responses", golds[1], d.responses().size(), matched[1]));
    out.add(new Score(document, "tallies", golds[2], d.tallies().size(), matched[2]));
    return out;
  }

  private static void checkQuote(Row g, Source s, List<String> mismatches) {
    if (g.quote().isPresent() && !g.quote().get().equals(quote(s))) {
      mismatches.add(g.comment() + ": gold quote " + g.quote().get() + ", extracted " + quote(s));
    }
  }
}
