package org.attackstats.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

/** {@link Dataset.Builder#addIfValid}: one check, the same problems as {@code problemsWith}. */
class DatasetBuilderTest {

  private static final DateSpan DAY = DateSpan.parse("2023-11-21");
  private static final Base BASE = Base.of("b1", "Base one", Place.of(Country.of("IQ")));
  private static final Attack ATTACK = Attack.builder("a1", DAY).baseId("b1").build();
  private static final Response RESPONSE =
      Response.builder("r1", DAY).inResponseTo(List.of("a1")).build();
  private static final Tally TALLY = Tally.of("t1", TallyMetric.ATTACKS, Estimate.exact(3));

  @Test
  void addsWhatHasNoProblemsAndBuildsTheSameDatasetAsAdd() {
    Dataset.Builder b = Dataset.builder();
    assertTrue(b.addIfValid(BASE).isEmpty());
    assertTrue(b.addIfValid(ATTACK).isEmpty());
    assertTrue(b.addIfValid(RESPONSE).isEmpty());
    assertTrue(b.addIfValid(TALLY).isEmpty());
    Dataset expected = Dataset.builder().add(RESPONSE).add(ATTACK).add(BASE).add(TALLY).build();
    assertEquals(expected, b.build());
  }

  @Test
  void refusesDuplicatesAndDanglingReferencesWithTheProblemsOfProblemsWith() {
    Dataset.Builder b = Dataset.builder();
    List<DatasetProblem> dangling = b.problemsWith(ATTACK);
    assertEquals(dangling, b.addIfValid(ATTACK));
    assertEquals("base_id", dangling.get(0).field());
    assertTrue(b.addIfValid(BASE).isEmpty());
    List<DatasetProblem> duplicate = b.problemsWith(BASE);
    assertEquals(duplicate, b.addIfValid(BASE));
    assertEquals("id", duplicate.get(0).field());
    assertTrue(b.addIfValid(ATTACK).isEmpty());
    assertEquals(Dataset.builder().add(BASE).add(ATTACK).build(), b.build());
  }

  @Test
  void buildStillChecksTheReferencesOfRecordsAddedWithAdd() {
    Dataset.Builder b = Dataset.builder();
    b.addIfValid(BASE);
    b.add(Response.builder("r2", DAY).inResponseTo(List.of("nowhere")).build());
    assertThrows(InvalidDatasetException.class, b::build);
  }
}
