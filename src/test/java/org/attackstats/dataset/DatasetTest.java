package org.attackstats.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Place;
import org.attackstats.model.Response;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;
import org.junit.jupiter.api.Test;

class DatasetTest {

  private static final DateSpan DAY = DateSpan.parse("2023-11-21");
  private static final Base BASE = Base.of("ain-al-asad", "Ain al-Asad air base", Place.of(Country.of("IQ")));
  private static final Attack ATTACK = Attack.builder("a01", DAY).baseId("ain-al-asad").build();
  private static final Response RESPONSE = Response.builder("r01", DAY).inResponseTo(List.of("a01")).build();
  private static final Tally TALLY = Tally.of("t01", TallyMetric.ATTACKS, Estimate.exact(61));

  @Test
  void holdsRecordsInOrderWithLookups() {
    Attack second = Attack.builder("a00", DAY).build();
    Dataset d = Dataset.builder().add(RESPONSE).add(ATTACK).add(second).add(BASE).add(TALLY).build();
    assertEquals(List.of(ATTACK, second), d.attacks());
    assertEquals(List.of(ATTACK, second, RESPONSE), d.incidents());
    assertEquals(Optional.of(BASE), d.base("ain-al-asad"));
    assertEquals(Optional.of(RESPONSE), d.response("r01"));
    assertEquals(Optional.of(TALLY), d.tally("t01"));
    assertEquals(Optional.empty(), d.attack("nope"));
    assertEquals("Dataset[attacks=2, responses=1, bases=1, tallies=1]", d.toString());
    assertEquals(d, d.toBuilder().build());
    assertEquals(d, Dataset.of(List.of(ATTACK, second), List.of(RESPONSE), List.of(BASE), List.of(TALLY)));
    assertTrue(Dataset.empty().isEmpty());
  }

  @Test
  void duplicateIdIsRefusedNamingTheRecordAndField() {
    InvalidDatasetException e =
        assertThrows(InvalidDatasetException.class, () -> Dataset.builder().add(TALLY).add(TALLY));
    assertEquals(
        List.of(new DatasetProblem(RecordType.TALLY, "t01", "id", "t01", "duplicate id: another tally already has it")),
        e.problems());
    assertTrue(e.getMessage().contains("tally 't01', field id"), e.getMessage());
  }

  @Test
  void unresolvedReferencesAreAllListed() {
    Response orphan = Response.builder("r02", DAY).inResponseTo(List.of("a01", "a99")).build();
    InvalidDatasetException e =
        assertThrows(
            InvalidDatasetException.class,
            () -> Dataset.of(List.of(ATTACK), List.of(orphan), List.of(), List.of()));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals("base_id", e.problems().get(0).field());
    assertEquals("ain-al-asad", e.problems().get(0).value());
    assertEquals(RecordType.RESPONSE, e.problems().get(1).type());
    assertEquals("in_response_to", e.problems().get(1).field());
    assertEquals("a99", e.problems().get(1).value());
    assertTrue(e.problems().get(1).reason().contains("known: a01"), e.problems().get(1).reason());
  }

  @Test
  void builderChecksOneRecordAgainstWhatIsThere() {
    Dataset.Builder b = Dataset.builder();
    assertEquals("base_id", b.problemsWith(ATTACK).get(0).field());
    b.add(BASE);
    assertEquals(List.of(), b.problemsWith(ATTACK));
    b.add(ATTACK);
    assertEquals("id", b.problemsWith(ATTACK).get(0).field());
    assertEquals(List.of(), b.problemsWith(RESPONSE));
  }

  @Test
  void lookupsFindEveryIdAndNoOtherAmongCollidingHashes() {
    // "Aa" and "BB" have the same hash code, and so have "AaAa", "AaBB", "BBAa" and "BBBB"
    List<String> ids = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB");
    List<Attack> attacks = new java.util.ArrayList<>();
    List<Tally> tallies = new java.util.ArrayList<>();
    for (String id : ids) {
      attacks.add(Attack.builder(id, DAY).build());
      tallies.add(Tally.of(id, TallyMetric.ATTACKS, Estimate.exact(1)));
    }
    for (int i = 0; i < 2000; i++) {
      attacks.add(Attack.builder("a" + i, DAY).build());
    }
    Dataset d = Dataset.of(attacks, List.of(RESPONSE.toBuilder().inResponseTo(List.of("Aa")).build()), List.of(BASE), tallies);
    for (Attack a : attacks) {
      assertEquals(Optional.of(a), d.attack(a.id()));
    }
    for (Tally t : tallies) {
      assertEquals(Optional.of(t), d.tally(t.id()));
    }
    for (String absent : List.of("aa", "Ab", "BBBb", "a2000", "r01", "ain-al-asad", "")) {
      assertEquals(Optional.empty(), d.attack(absent), absent);
    }
    assertEquals(Optional.empty(), d.response("Aa"));
    assertEquals(Optional.of(BASE), d.base("ain-al-asad"));
    assertEquals(Optional.empty(), Dataset.empty().attack("Aa"));
    assertEquals(attacks, d.attacks());
    assertEquals(d, d.toBuilder().build());
  }
}
