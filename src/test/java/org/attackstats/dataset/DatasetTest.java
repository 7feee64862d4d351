package org.attackstats.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

  @Test
  void everyKindIsHeldAndNonEmptyDatasetsAreNotEmpty() {
    Dataset d = Dataset.of(List.of(ATTACK), List.of(RESPONSE), List.of(BASE), List.of(TALLY));
    assertEquals(List.of(RESPONSE), d.responses());
    assertEquals(List.of(BASE), d.bases());
    assertEquals(List.of(TALLY), d.tallies());
    for (Dataset one :
        List.of(
            Dataset.builder().add(Attack.builder("a02", DAY).build()).build(),
            Dataset.builder().add(Response.builder("r02", DAY).build()).build(),
            Dataset.builder().add(BASE).build(),
            Dataset.builder().add(TALLY).build())) {
      assertFalse(one.isEmpty(), one.toString());
    }
    assertTrue(Dataset.builder().build().isEmpty());
  }

  @Test
  void kindsWithoutRecordsAnswerEveryLookupWithEmpty() {
    Dataset built = Dataset.builder().build();
    Dataset onlyTallies = Dataset.builder().add(TALLY).build();
    for (Dataset d : List.of(built, onlyTallies)) {
      assertEquals(Optional.empty(), d.attack("a01"));
      assertEquals(Optional.empty(), d.response("r01"));
      assertEquals(Optional.empty(), d.base("ain-al-asad"));
    }
    assertEquals(Optional.empty(), built.tally("t01"));
    assertEquals(Optional.of(TALLY), onlyTallies.tally("t01"));
  }

  @Test
  void equalExactlyWhenTheSameRecordsAreHeldInTheSameOrder() {
    Tally other = Tally.of("t02", TallyMetric.ATTACKS, Estimate.exact(3));
    Dataset d = Dataset.of(List.of(ATTACK), List.of(RESPONSE), List.of(BASE), List.of(TALLY, other));
    Dataset same = Dataset.of(List.of(ATTACK), List.of(RESPONSE), List.of(BASE), List.of(TALLY, other));
    assertEquals(d, same);
    assertEquals(d.hashCode(), same.hashCode());
    List<Dataset> different =
        List.of(
            Dataset.of(List.of(ATTACK), List.of(RESPONSE), List.of(BASE), List.of(other, TALLY)),
            Dataset.of(List.of(ATTACK), List.of(RESPONSE), List.of(BASE), List.of(TALLY)),
            Dataset.of(List.of(ATTACK), List.of(), List.of(BASE), List.of(TALLY, other)),
            Dataset.of(List.of(Attack.builder("a01", DAY).build()), List.of(RESPONSE), List.of(), List.of(TALLY, other)),
            Dataset.of(
                List.of(ATTACK, Attack.builder("a02", DAY).build()), List.of(RESPONSE), List.of(BASE), List.of(TALLY, other)),
            Dataset.empty());
    for (Dataset x : different) {
      assertNotEquals(d, x, x.toString());
      assertNotEquals(x, d, x.toString());
      assertNotEquals(d.hashCode(), x.hashCode(), x.toString());
    }
    assertNotEquals(d, (Object) "Dataset[attacks=1, responses=1, bases=1, tallies=2]");
  }

  @Test
  void builderRefusesADuplicateOfEveryKindAndKeepsTheFirst() {
    Dataset.Builder b = Dataset.builder().add(BASE).add(ATTACK).add(RESPONSE).add(TALLY);
    Base base2 = Base.of("ain-al-asad", "Other", Place.of(Country.of("SY")));
    Attack attack2 = Attack.builder("a01", DateSpan.parse("2024-01-01")).build();
    Response response2 = Response.builder("r01", DateSpan.parse("2024-01-01")).build();
    Tally tally2 = Tally.of("t01", TallyMetric.ATTACKS, Estimate.exact(1));
    List<Runnable> adds = List.of(() -> b.add(base2), () -> b.add(attack2), () -> b.add(response2), () -> b.add(tally2));
    List<RecordType> types = List.of(RecordType.BASE, RecordType.ATTACK, RecordType.RESPONSE, RecordType.TALLY);
    for (int i = 0; i < adds.size(); i++) {
      InvalidDatasetException e = assertThrows(InvalidDatasetException.class, adds.get(i)::run);
      assertEquals(types.get(i), e.problems().get(0).type());
      assertEquals("id", e.problems().get(0).field());
    }
    assertEquals(Dataset.of(List.of(ATTACK), List.of(RESPONSE), List.of(BASE), List.of(TALLY)), b.build());
  }

  @Test
  void datasetOfListsDuplicatesOfEveryKind() {
    InvalidDatasetException e =
        assertThrows(
            InvalidDatasetException.class,
            () -> Dataset.of(List.of(ATTACK, ATTACK), List.of(RESPONSE, RESPONSE), List.of(BASE, BASE), List.of(TALLY, TALLY)));
    assertEquals(
        List.of(RecordType.BASE, RecordType.ATTACK, RecordType.RESPONSE, RecordType.TALLY),
        e.problems().stream().map(DatasetProblem::type).toList());
    assertTrue(e.getMessage().startsWith("4 problems in dataset: base 'ain-al-asad', field id"), e.getMessage());
  }

  @Test
  void buildRefusesUnresolvedReferencesAddedInAnyOrder() {
    Dataset.Builder b = Dataset.builder().add(RESPONSE).add(ATTACK);
    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, b::build);
    assertEquals(
        List.of(new DatasetProblem(RecordType.ATTACK, "a01", "base_id", "ain-al-asad", "no base with this id (there are none)")),
        e.problems());
    assertEquals(
        "1 problem in dataset: attack 'a01', field base_id = 'ain-al-asad': no base with this id (there are none)",
        e.getMessage());
    assertEquals(List.of(ATTACK), b.add(BASE).build().attacks());
  }

  @Test
  void builderChecksEveryKindOfRecordAndKnowsWhatItHolds() {
    Dataset.Builder b = Dataset.builder();
    Response orphan = Response.builder("r02", DAY).inResponseTo(List.of("a01")).build();
    assertEquals(List.of("a01"), b.problemsWith(orphan).stream().map(DatasetProblem::value).toList());
    assertEquals(List.of(), b.problemsWith(BASE));
    assertEquals(List.of(), b.problemsWith(TALLY));
    for (RecordType t : RecordType.values()) {
      assertFalse(b.contains(t, t == RecordType.BASE ? "ain-al-asad" : t.toString().charAt(0) + "01"), t.toString());
    }
    b.add(BASE).add(ATTACK).add(RESPONSE).add(TALLY);
    assertEquals(List.of("id"), b.problemsWith(RESPONSE).stream().map(DatasetProblem::field).toList());
    assertEquals(List.of(), b.problemsWith(orphan));
    assertEquals(List.of(RecordType.BASE), b.problemsWith(BASE).stream().map(DatasetProblem::type).toList());
    assertEquals(List.of(RecordType.TALLY), b.problemsWith(TALLY).stream().map(DatasetProblem::type).toList());
    assertTrue(b.contains(RecordType.ATTACK, "a01"));
    assertTrue(b.contains(RecordType.RESPONSE, "r01"));
    assertTrue(b.contains(RecordType.BASE, "ain-al-asad"));
    assertTrue(b.contains(RecordType.TALLY, "t01"));
    // ids are per kind: an attack's id is not a tally's
    assertFalse(b.contains(RecordType.TALLY, "a01"));
    assertFalse(b.contains(RecordType.ATTACK, "t01"));
    assertFalse(b.contains(RecordType.RESPONSE, "a01"));
    assertFalse(b.contains(RecordType.BASE, "r01"));
  }

  @Test
  void recordIdsCheckAStreamAsADatasetWould() {
    RecordIds ids = RecordIds.create();
    assertEquals(List.of("base_id"), ids.problemsWith(ATTACK).stream().map(DatasetProblem::field).toList());
    assertEquals(List.of("in_response_to"), ids.problemsWith(RESPONSE).stream().map(DatasetProblem::field).toList());
    assertEquals(List.of(), ids.problemsWith(BASE));
    assertEquals(List.of(), ids.problemsWith(TALLY));
    assertFalse(ids.contains(RecordType.BASE, "ain-al-asad"));
    assertTrue(ids.add(RecordType.BASE, "ain-al-asad"));
    assertFalse(ids.add(RecordType.BASE, "ain-al-asad"));
    assertTrue(ids.contains(RecordType.BASE, "ain-al-asad"));
    assertFalse(ids.contains(RecordType.TALLY, "ain-al-asad"));
    assertEquals(List.of(), ids.problemsWith(ATTACK));
    ids.add(RecordType.ATTACK, "a01");
    assertEquals(List.of(), ids.problemsWith(RESPONSE));
    ids.add(RecordType.RESPONSE, "r01");
    ids.add(RecordType.TALLY, "t01");
    assertEquals(
        List.of(new DatasetProblem(RecordType.ATTACK, "a01", "id", "a01", "duplicate id: another attack already has it")),
        ids.problemsWith(ATTACK));
    Dataset.Builder b = Dataset.builder().add(BASE).add(ATTACK).add(RESPONSE).add(TALLY);
    for (Object r : List.of(ATTACK, RESPONSE, BASE, TALLY)) {
      List<DatasetProblem> fromIds = r instanceof Attack a ? ids.problemsWith(a)
          : r instanceof Response x ? ids.problemsWith(x)
          : r instanceof Base x ? ids.problemsWith(x) : ids.problemsWith((Tally) r);
      List<DatasetProblem> fromBuilder = r instanceof Attack a ? b.problemsWith(a)
          : r instanceof Response x ? b.problemsWith(x)
          : r instanceof Base x ? b.problemsWith(x) : b.problemsWith((Tally) r);
      assertEquals(1, fromIds.size(), r.toString());
      assertEquals(fromBuilder, fromIds);
    }
  }

  @Test
  void anUnresolvedReferenceListsTheKnownIdsSortedUpToTen() {
    RecordIds ids = RecordIds.create();
    Attack attack = Attack.builder("a01", DAY).baseId("x").build();
    // a hash set holds "zz" before "a": the order shown is the sorted one, not the set's
    for (String id : List.of("zz", "i", "h", "g", "f", "e", "d", "c", "b", "a")) {
      ids.add(RecordType.BASE, id);
    }
    assertEquals(
        "no base with this id (known: a, b, c, d, e, f, g, h, i, zz)",
        ids.problemsWith(attack).get(0).reason());
    ids.add(RecordType.BASE, "j");
    assertEquals("no base with this id", ids.problemsWith(attack).get(0).reason());
  }

  @Test
  void theMessageCountsEveryProblemAndShowsTheFirstTwenty() {
    List<DatasetProblem> problems = new java.util.ArrayList<>();
    for (int i = 0; i < 21; i++) {
      problems.add(new DatasetProblem(RecordType.TALLY, "t" + i, "id", "t" + i, "duplicate"));
    }
    String all = new InvalidDatasetException(problems).getMessage();
    assertTrue(all.startsWith("21 problems in dataset: tally 't0', field id = 't0': duplicate; "), all);
    assertTrue(all.endsWith("tally 't19', field id = 't19': duplicate; ..."), all);
    assertFalse(all.contains("'t20'"), all);
    String twenty = new InvalidDatasetException(problems.subList(0, 20)).getMessage();
    assertTrue(twenty.startsWith("20 problems in dataset: "), twenty);
    assertTrue(twenty.endsWith("tally 't19', field id = 't19': duplicate"), twenty);
    assertEquals(21, new InvalidDatasetException(problems).problems().size());
  }
}
