package org.attackstats.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Actor;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Source;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;

/**
 * The seed dataset seeds/iraq-syria-2023, transcribed by hand (the fields statistics use), until
 * the canonical CSV reader is available to tests.
 */
final class Seed {

  static final Country IQ = Country.of("IQ");
  static final Country SY = Country.of("SY");
  static final LocalDate SINCE = LocalDate.of(2023, 10, 17);
  static final LocalDate AS_OF = LocalDate.of(2023, 11, 21);
  static final DateSpan CAMPAIGN = DateSpan.of(SINCE, AS_OF);

  private Seed() {}

  private static Source source() {
    return Source.of("Shafaq News", AS_OF, "000_cc793dff6a0669b7.txt");
  }

  private static Place place(Country c, String admin1, String location) {
    return Place.of(c).withAdmin1(admin1).withLocation(location);
  }

  static Dataset dataset() {
    Actor us = Actor.of("United States");
    List<Attack> attacks =
        List.of(
            Attack.builder("a01", DateSpan.parse("2023-11-21"))
                .place(place(IQ, "Al Anbar", "Ain al-Asad"))
                .baseId("ain-al-asad")
                .target("Ain al-Asad air base")
                .method(Method.ROCKET)
                .munitions(Estimate.exact(2))
                .injured(Estimate.ZERO)
                .killed(Estimate.ZERO)
                .source(source())
                .build(),
            Attack.builder("a02", DateSpan.parse("2023-10-17/2023-10-21"))
                .place(place(IQ, "Al Anbar", "Ain al-Asad"))
                .baseId("ain-al-asad")
                .target("Ain al-Asad air base")
                .injured(Estimate.atLeast(1))
                .source(source())
                .build(),
            Attack.builder("a03", DateSpan.parse("2023-10-17/2023-10-21"))
                .place(place(SY, "Homs", "al-Tanf"))
                .baseId("al-tanf")
                .target("al-Tanf garrison")
                .injured(Estimate.atLeast(1))
                .source(source())
                .build(),
            Attack.builder("a04", DateSpan.parse("2023-11-21"))
                .place(place(IQ, "Al Anbar", "Ramadi"))
                .target("Asaib Ahl al-Haq members")
                .method(Method.DRONE)
                .injured(Estimate.exact(2))
                .source(source())
                .build(),
            Attack.builder("a05", DateSpan.parse("2023-10-17/2023-11-21"))
                .killed(Estimate.exact(1))
                .source(source())
                .build());
    List<Response> responses =
        List.of(
            response("r01", "2023-10-27", SY, "Deir ez-Zor", "Abu Kamal", us, Method.AIRSTRIKE)
                .target("two weapons and ammunition storage sites")
                .build(),
            response("r02", "2023-11-08", SY, "Deir ez-Zor", "Maysulun", us, Method.AIRSTRIKE)
                .target("weapons storage facility")
                .build(),
            response("r03", "2023-11-12", SY, "Deir ez-Zor", "Mayadin", us, Method.AIRSTRIKE)
                .target("training facility and safe house")
                .build(),
            response("r04", "2023-11-21", IQ, "Baghdad", "Abu Ghraib", us, Method.DRONE_STRIKE)
                .target("military pickup truck carrying supplies")
                .targetActor(Actor.of("Kata'ib Hezbollah"))
                .killed(Estimate.exact(1))
                .build(),
            response("r05", "2020-01", IQ, "Baghdad", "Baghdad", us, Method.AIRSTRIKE)
                .target("Qassim Soleimani and Abu Mahdi al-Muhandis")
                .killed(Estimate.atLeast(2))
                .extra("context", "background")
                .build());
    List<Base> bases =
        List.of(
            base("ain-al-asad", "Ain al-Asad air base", place(IQ, "Al Anbar", null)),
            base("al-tanf", "al-Tanf garrison", place(SY, "Homs", null)));
    List<Tally> tallies =
        List.of(
            tally("t01", TallyMetric.ATTACKS, "61", null, SINCE),
            tally("t02", TallyMetric.ATTACKS, "29", IQ, SINCE),
            tally("t03", TallyMetric.ATTACKS, "32", SY, SINCE),
            tally("t04", TallyMetric.INJURED, ">=60", null, SINCE),
            tally("t05", TallyMetric.ATTACKS, ">=61", null, SINCE),
            tally("t06", TallyMetric.ATTACKS, "60", null, SINCE),
            tally("t07", TallyMetric.PERSONNEL, "~2000", IQ, null),
            tally("t08", TallyMetric.PERSONNEL, "~900", SY, null),
            tally("t09", TallyMetric.RESPONSES, "0", IQ, SINCE));
    return Dataset.of(attacks, responses, bases, tallies);
  }

  private static Response.Builder response(
      String id, String date, Country c, String admin1, String loc, Actor who, Method m) {
    return Response.builder(id, DateSpan.parse(date))
        .place(place(c, admin1, loc))
        .responder(who)
        .method(m)
        .targetActor(Actor.of("Islamic Revolutionary Guard Corps"))
        .source(source());
  }

  private static Base base(String id, String name, Place place) {
    return new Base(
        id, name, List.of(), place, Optional.empty(), Estimate.unknown(), source(),
        Optional.empty(), Map.of());
  }

  private static Tally tally(
      String id, TallyMetric metric, String value, Country c, LocalDate since) {
    return Tally.of(id, metric, Estimate.parse(value))
        .withCountry(c)
        .withPeriod(since, AS_OF)
        .withSource(source());
  }
}
