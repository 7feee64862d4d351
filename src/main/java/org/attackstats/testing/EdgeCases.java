package org.attackstats.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Coordinates;
import org.attackstats.model.Country;
import org.attackstats.model.DatePrecision;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;

/**
 * A catalogue of values and datasets at the edges, to run alongside random ones: the empty dataset,
 * one-day spans, unbounded estimates, extreme dates, text that needs CSV quoting, records carrying
 * extra columns.
 *
 * <pre>{@code
 * for (Dataset d : EdgeCases.datasets()) {
 *   assertEquals(d, roundTrip(d));
 * }
 * }</pre>
 *
 * <p>Every list is immutable and in a fixed order.
 */
public final class EdgeCases {

  private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private EdgeCases() {}

  /**
   * Estimates at the edges: zero, unknown, the largest value, halves, unbounded ones, approximate
   * forms of each shape.
   *
   * @return the estimates
   */
  public static List<Estimate> estimates() {
    return List.of(
        Estimate.ZERO,
        Estimate.unknown(),
        Estimate.exact(1),
        Estimate.exact(0.5),
        Estimate.exact(1381.5),
        Estimate.exact(Estimate.MAX_VALUE),
        Estimate.atLeast(1),
        Estimate.atLeast(Estimate.MAX_VALUE),
        Estimate.range(0, 1),
        Estimate.range(0, Estimate.MAX_VALUE),
        Estimate.of(0, 0.5, 1),
        Estimate.of(2, 3, 7),
        Estimate.of(2, 3, Double.POSITIVE_INFINITY),
        Estimate.approximately(0),
        Estimate.approximately(2000),
        Estimate.atLeast(60).withApproximate(true),
        Estimate.range(2, 5).withApproximate(true),
        Estimate.unknown().withApproximate(true));
  }

  /**
   * Date spans at the edges: the first and last representable days (0001-01-01, 9999-12-31), one
   * day, a span of two days, a leap day, a span across a year end, February of a leap year, the
   * first and last years, and the span of all days.
   *
   * @return the spans
   */
  public static List<DateSpan> dateSpans() {
    return List.of(
        DateSpan.ofDay(FIRST),
        DateSpan.ofDay(LAST),
        DateSpan.ofDay(LocalDate.of(1970, 1, 1)),
        DateSpan.ofDay(LocalDate.of(2024, 2, 29)),
        DateSpan.of(LocalDate.of(2023, 10, 17), LocalDate.of(2023, 10, 18)),
        DateSpan.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1)),
        DateSpan.ofMonth(YearMonth.of(2024, 2)),
        DateSpan.ofYear(Year.of(1)),
        DateSpan.ofYear(Year.of(9999)),
        DateSpan.of(FIRST, LAST, DatePrecision.SPAN));
  }

  /**
   * Non-blank text that needs quoting or escaping in CSV, or that spreadsheets would take for a
   * formula: commas, double quotes, line breaks (LF, CRLF, CR), leading {@code = + - @}, curly
   * quotes and dashes, Arabic script, a character outside the Basic Multilingual Plane, surrounding
   * spaces, a lone {@code |}.
   *
   * @return the texts
   */
  public static List<String> texts() {
    return List.of(
        "a, b",
        "\"",
        "say \"hello\"",
        "\"\"",
        "line\nbreak",
        "crlf\r\nbreak",
        "cr\rbreak",
        "=SUM(A1:A9)",
        "+1",
        "-1",
        "@user",
        "“curly” quotes — and it’s",
        "عين الأسد",
        "rocket \uD83D\uDE80",
        "  surrounded  ",
        "|",
        "#");
  }

  /**
   * Datasets at the edges, in this order: the empty dataset; one attack on one day with nothing else
   * known; a dataset whose every record uses extreme dates, unbounded estimates and the
   * coordinates' corners; a dataset whose every text field and id needs CSV quoting; a dataset
   * whose every record carries extra columns; a base attacked twice and a response answering both
   * attacks.
   *
   * @return the datasets, each valid
   */
  public static List<Dataset> datasets() {
    return List.of(
        Dataset.empty(),
        oneAttack(),
        extremes(),
        awkwardText(),
        withExtras(),
        linked());
  }

  private static Dataset oneAttack() {
    return Dataset.builder()
        .add(Attack.builder("a1", DateSpan.ofDay(LocalDate.of(2023, 10, 17))).build())
        .build();
  }

  private static Dataset extremes() {
    Base base =
        new Base(
            "b1", "Edge base", List.of(), Place.of(Country.of("IQ")).withCoordinates(
                Coordinates.of(-90, -180)), Optional.empty(), Estimate.atLeast(Estimate.MAX_VALUE),
            Source.none(), Optional.empty(), Map.of());
    Attack first =
        Attack.builder("a1", DateSpan.ofDay(FIRST))
            .baseId("b1")
            .time(LocalTime.MIDNIGHT)
            .injured(Estimate.atLeast(0.5))
            .killed(Estimate.of(0, 0, Double.POSITIVE_INFINITY))
            .munitions(Estimate.exact(Estimate.MAX_VALUE))
            .place(Place.of(Country.of("SY")).withCoordinates(Coordinates.of(90, 180)))
            .build();
    Attack last =
        Attack.builder("a2", DateSpan.ofDay(LAST))
            .time(LocalTime.of(23, 59))
            .injured(Estimate.range(0, Estimate.MAX_VALUE))
            .build();
    Attack all =
        Attack.builder("a3", DateSpan.of(FIRST, LAST, DatePrecision.SPAN))
            .injured(Estimate.unknown().withApproximate(true))
            .build();
    Response response =
        Response.builder("r1", DateSpan.ofYear(Year.of(9999)))
            .inResponseTo(List.of("a1", "a2", "a3"))
            .killed(Estimate.of(1, 2, Double.POSITIVE_INFINITY))
            .build();
    Tally tally =
        Tally.of("t1", TallyMetric.ATTACKS, Estimate.atLeast(3)).withPeriod(FIRST, LAST);
    return Dataset.of(List.of(first, last, all), List.of(response), List.of(base), List.of(tally));
  }

  private static Dataset awkwardText() {
    List<String> texts = texts();
    String joined = String.join(" ", texts);
    Source source =
        Source.of("=HYPERLINK(\"x\")", LocalDate.of(2023, 11, 21), "a,b \"c\".txt")
            .withQuote(joined, 0, joined.length());
    Attack attack =
        Attack.builder("a,\"1\"", DateSpan.ofDay(LocalDate.of(2023, 10, 17)))
            .place(Place.of(Country.of("IQ")).withAdmin1("الأنبار").withLocation("Ain al-Asad, \"West\""))
            .perpetrator(Actor.of("Kata’ib “Hezbollah”"))
            .method(Method.of("Drone strike"))
            .target(texts.get(0))
            .victims(texts.get(4))
            .notes(joined)
            .source(source)
            .build();
    Response response =
        Response.builder("-r=1", DateSpan.ofDay(LocalDate.of(2023, 10, 27)))
            .responder(Actor.of("@United States"))
            .target("crlf\r\nbreak")
            .notes("  surrounded  ")
            .inResponseTo(List.of("a,\"1\""))
            .build();
    Base base =
        new Base(
            "+b1", "Base, \"quoted\"\nname", List.of("عين الأسد", "=alias"), Place.unknown(),
            Optional.of(Actor.of("“Coalition”")), Estimate.ZERO, Source.none(),
            Optional.of("cr\rbreak"), Map.of());
    Tally tally =
        Tally.of("@t1", TallyMetric.INJURED, Estimate.atLeast(60))
            .withSubject("injured, \"minor\"", "Pentagon — spokesperson");
    return Dataset.of(List.of(attack), List.of(response), List.of(base), List.of(tally));
  }

  private static Dataset withExtras() {
    Map<String, String> extras = new TreeMap<>();
    extras.put("event_id_cnty", "IRQ123");
    extras.put("tracker_note", "a, \"b\"\nc");
    Attack attack =
        new Attack(
            "a1", DateSpan.ofDay(LocalDate.of(2023, 10, 18)), Optional.empty(), Place.unknown(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Estimate.unknown(), Estimate.unknown(), Estimate.unknown(), Optional.empty(),
            Source.none(), Optional.empty(), extras);
    Response response =
        Response.builder("r1", DateSpan.ofDay(LocalDate.of(2023, 10, 27)))
            .extra("legacy_code", "=1+1")
            .build();
    Base base =
        new Base(
            "b1", "Tower 22", List.of(), Place.of(Country.of("JO")), Optional.empty(),
            Estimate.unknown(), Source.none(), Optional.empty(), Map.of("geo_precision", "1"));
    Tally tally =
        new Tally(
            "t1", TallyMetric.ATTACKS, Estimate.exact(61), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Source.none(),
            Map.of("confidence", "high"));
    return Dataset.of(List.of(attack), List.of(response), List.of(base), List.of(tally));
  }

  private static Dataset linked() {
    Base base = Base.of("ain-al-asad", "Ain al-Asad air base", Place.of(Country.of("IQ")));
    Attack a1 =
        Attack.builder("a1", DateSpan.ofDay(LocalDate.of(2023, 10, 17)))
            .baseId("ain-al-asad")
            .method(Method.DRONE)
            .injured(Estimate.exact(2))
            .build();
    Attack a2 =
        Attack.builder("a2", DateSpan.of(LocalDate.of(2023, 10, 17), LocalDate.of(2023, 10, 21)))
            .baseId("ain-al-asad")
            .method(Method.ROCKET)
            .injured(Estimate.atLeast(1))
            .build();
    Response r =
        Response.builder("r1", DateSpan.ofDay(LocalDate.of(2023, 10, 27)))
            .responder(Actor.of("United States"))
            .method(Method.AIRSTRIKE)
            .inResponseTo(List.of("a2", "a1"))
            .build();
    return Dataset.of(List.of(a1, a2), List.of(r), List.of(base), List.of());
  }
}
