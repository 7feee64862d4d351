package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.attackstats.model.Attack;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;
import org.junit.jupiter.api.Test;

class LocatedIncidentTest {
  private static final DateSpan DAY = DateSpan.parse("2023-10-17");

  @Test
  void locatedIncidentsNameTheFileLineRecordAndIdColumnOfTheirRows() {
    List<LocatedIncident> located;
    try (RecordStream s = Loader.stream(List.of(Input.of("gdelt-events.export.CSV",
        Fixtures.bytes("gdelt-events.export.CSV"), InputFormat.AUTO)), ReadOptions.lenient())) {
      located = s.locatedIncidents().toList();
    }
    assertEquals(7, located.size());
    LocatedIncident strike = located.stream().filter(l -> l.incident().id().equals("900000006")).findFirst()
        .orElseThrow();
    assertEquals(new LocatedIncident(strike.incident(), "gdelt-events.export.CSV", 6, 6, "globaleventid", true),
        strike);
    try (RecordStream s = Loader.stream(List.of(Input.of(Path.of("seeds", "iraq-syria-2023"))),
        ReadOptions.strict())) {
      LocatedIncident first = s.locatedIncidents().findFirst().orElseThrow();
      assertEquals(Path.of("seeds", "iraq-syria-2023", "attacks.csv").toString(), first.file());
      assertEquals(2, first.line());
      assertEquals("id", first.idColumn());
      assertTrue(!first.fromExport());
    }
  }

  @Test
  void aDuplicateIsAnIdOfTheSameKindOrAnyKindForAnEventOfAnExport() {
    LocatedIncident attack = at(Attack.builder("e1", DAY).build(), true);
    LocatedIncident again = at(Attack.builder("e1", DAY).build(), true);
    DataProblem p = again.duplicateOf(attack).orElseThrow();
    assertEquals(new DataProblem("f.csv", 9, 8, "event_id_cnty", "e1", "duplicate id: another attack already has it"),
        p);
    Optional<DataProblem> otherKind = at(Response.builder("e1", DAY).build(), true).duplicateOf(attack);
    assertTrue(otherKind.orElseThrow().reason().startsWith("duplicate id: an attack already has it (an event"),
        otherKind::toString);
    assertEquals(Optional.empty(), at(Response.builder("e1", DAY).build(), false).duplicateOf(attack),
        "a canonical response may share an attack's id");
    assertEquals(Optional.empty(), at(Attack.builder("e2", DAY).build(), true).duplicateOf(attack));
  }

  private static LocatedIncident at(Incident i, boolean export) {
    return new LocatedIncident(i, "f.csv", 9, 8, "event_id_cnty", export);
  }
}
