package org.attackstats.stats;

import static org.attackstats.stats.Seed.CAMPAIGN;
import static org.attackstats.stats.Seed.IQ;
import static org.attackstats.stats.Seed.SY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.junit.jupiter.api.Test;

/** Query filters one at a time and chained, answered from the index and by scanning alike. */
class QueryFiltersTest {

  private final Dataset seed = Seed.dataset();

  private static List<String> ids(Query q) {
    return q.summarize().records().stream().map(Incident::id).collect(Collectors.toList());
  }

  private List<String> matching(Query q) {
    return seed.incidents().stream().filter(q::matches).map(Incident::id).sorted().collect(Collectors.toList());
  }

  @Test
  void chainedCountryFiltersKeepOnlyTheCountriesOfBoth() {
    Query q = Query.of(seed).attacks();
    assertEquals(Estimate.exact(3), q.country(IQ).count());
    assertEquals(Estimate.exact(1), q.country(SY).count());
    // IQ, then SY: no country is both
    assertEquals(Estimate.ZERO, q.country(IQ).country(SY).count());
    assertEquals(List.of(), matching(q.country(IQ).country(SY)));
    assertEquals(Estimate.ZERO, q.country(List.of(IQ)).country(List.of(SY)).count());
    // a narrower second filter narrows, a wider one does not widen
    assertEquals(Estimate.exact(3), q.country(IQ, SY).country(IQ).count());
    assertEquals(Estimate.exact(3), q.country(IQ).country(IQ, SY).count());
    assertEquals(List.of("a01", "a02", "a04"), matching(q.country(IQ).country(SY, IQ)));
    assertEquals(Estimate.ZERO, q.country(IQ).country(Country.of("JO"), SY).count());
  }

  @Test
  void aKindFilterAfterTheOtherKindMatchesNothing() {
    assertEquals(Estimate.exact(5), Query.of(seed).attacks().attacks().count());
    assertEquals(Estimate.exact(5), Query.of(seed).responses().kind(Incident.Kind.RESPONSE).count());
    assertEquals(Estimate.ZERO, Query.of(seed).attacks().responses().count());
    assertEquals(Estimate.ZERO, Query.of(seed).responses().attacks().count());
    assertEquals(List.of(), ids(Query.of(seed).attacks().responses()));
    assertEquals(List.of(), matching(Query.of(seed).responses().attacks()));
    assertEquals(Estimate.ZERO, Query.of(seed).responses().attacks().period(CAMPAIGN).count());
    assertEquals(
        Estimate.ZERO,
        Query.of(seed).attacks().responses().groupBy(Grouping.COUNTRY).summarize().total().incidents());
  }

  @Test
  void anEmptyListOfMethodsIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Query.of(seed).method(List.of()));
    assertEquals("method needs at least one method", e.getMessage());
    assertEquals(Estimate.exact(1), Query.of(seed).attacks().method(List.of(Method.DRONE)).count());
  }

  @Test
  void anAdmin1FilterKeepsOnlyThatDivisionIgnoringCase() {
    Query attacks = Query.of(seed).attacks();
    assertEquals(Estimate.exact(3), attacks.admin1("al anbar").count());
    assertEquals(Estimate.exact(1), attacks.admin1(" HOMS ").count());
    assertEquals(List.of("a03"), ids(attacks.admin1("Homs")));
    assertEquals(List.of("a03"), matching(attacks.admin1("Homs")));
    assertEquals(Estimate.ZERO, attacks.admin1("Baghdad").count());
    assertEquals(List.of("r04", "r05"), matching(Query.of(seed).admin1("baghdad")));
    assertEquals(Estimate.exact(2), Query.of(seed).admin1("baghdad").count());
    // a05 has no division and matches no name
    assertFalse(Query.of(seed).admin1("").matches(seed.attack("a05").orElseThrow()));
    assertEquals(Estimate.ZERO, Query.of(seed).admin1("nowhere").count());
    assertEquals(
        Estimate.ZERO,
        Query.of(seed).admin1("nowhere").groupBy(Grouping.COUNTRY).summarize(false).total().incidents());
  }

  @Test
  void onlyQueriesWithoutPredicatesAreAnsweredFromTheIndex() {
    assertTrue(Query.of(seed).indexable());
    assertTrue(Query.of(seed).attacks().country(IQ).admin1("al anbar").period(CAMPAIGN).indexable());
    assertFalse(Query.of(seed).where(i -> true).indexable());
  }

  @Test
  void queriesPrintTheirFilters() {
    assertEquals(
        "Query[kinds=[ATTACK, RESPONSE], countries=any, filters=0, predicates=0, period=none]",
        Query.of(seed).toString());
    assertEquals(
        "Query[kinds=[ATTACK], countries=[IQ, SY], filters=2, predicates=1, period=2023-10-17/2023-11-21]",
        Query.of(seed).attacks().country(SY, IQ).method(Method.DRONE).admin1("x").where(i -> true)
            .period(CAMPAIGN).toString());
    assertEquals(
        "Query[kinds=[], countries=[], filters=0, predicates=0, period=none]",
        Query.of(seed).attacks().responses().country(IQ).country(SY).toString());
  }
}
