package org.attackstats.stats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.junit.jupiter.api.Test;

/**
 * Which queries the index answers: every built-in grouping and key part is answered from its
 * columns, so that grouping a million incidents never falls back to scanning them. The answers
 * themselves are checked against the scan by {@code StatsProperties}.
 */
class IndexAnsweredTest {

  private final Dataset seed = Seed.dataset();

  private static boolean answered(Query q, List<Grouping<?>> groupings, Optional<GroupKey> key) {
    return IndexQuery.compile(q.index(), q, groupings, key).isPresent();
  }

  @Test
  void everyBuiltInGroupingAloneAndCrossedWithMonthsIsAnsweredFromTheIndex() {
    Query q = Query.of(seed);
    for (Grouping<?> g : Grouping.builtIns()) {
      assertTrue(answered(q, List.of(g), Optional.empty()), g.name());
      if (!g.isCalendar()) {
        assertTrue(answered(q, List.of(g, Grouping.MONTH), Optional.empty()), g.name() + " x month");
      }
    }
  }

  @Test
  void aKeyOfBuiltInPartsIsAnsweredFromTheIndex() {
    Query q = Query.of(seed);
    GroupKey key = GroupKey.of(
        new GroupKey.Part<>(Grouping.KIND, Optional.of(Incident.Kind.ATTACK)),
        new GroupKey.Part<>(Grouping.COUNTRY, Optional.of(Country.of("IQ"))),
        new GroupKey.Part<>(Grouping.METHOD, Optional.of(Method.of("drone"))));
    assertTrue(answered(q, List.of(), Optional.of(key)));
    GroupKey withMonth = GroupKey.of(
        new GroupKey.Part<>(Grouping.COUNTRY, Optional.of(Country.of("SY"))),
        new GroupKey.Part<>(Grouping.MONTH,
            Optional.of(DateSpan.parse("2023-10"))));
    assertTrue(answered(q, List.of(), Optional.of(withMonth)));
  }

  @Test
  void aGroupingOfTheUsersOwnIsAnsweredByScanning() {
    Query q = Query.of(seed);
    CategoricalGrouping<String> own = Grouping.by("first letter of the id",
        i -> Optional.of(i.id().substring(0, 1)), Comparator.naturalOrder());
    assertFalse(answered(q, List.of(own), Optional.empty()));
    assertFalse(answered(q, List.of(Grouping.COUNTRY, own), Optional.empty()));
    GroupKey key = GroupKey.of(new GroupKey.Part<>(own, Optional.of("a")));
    assertFalse(answered(q, List.of(), Optional.of(key)));
  }
}
