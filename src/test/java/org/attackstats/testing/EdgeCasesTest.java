package org.attackstats.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.junit.jupiter.api.Test;

class EdgeCasesTest {

  @Test
  void datasetsStartWithTheEmptyOneAndCarryExtrasAndLinks() {
    List<Dataset> ds = EdgeCases.datasets();
    assertEquals(6, ds.size());
    assertTrue(ds.get(0).isEmpty());
    assertEquals(1, ds.get(1).attacks().size());
    assertTrue(ds.stream().anyMatch(d -> d.attacks().stream().anyMatch(a -> !a.extras().isEmpty())));
    assertTrue(
        ds.stream().anyMatch(d -> d.responses().stream().anyMatch(r -> r.inResponseTo().size() > 1)));
    assertEquals(ds, EdgeCases.datasets(), "same datasets every call");
  }

  @Test
  void datesReachTheFirstAndLastDay() {
    List<DateSpan> spans = EdgeCases.dateSpans();
    assertTrue(spans.contains(DateSpan.parse("0001-01-01")));
    assertTrue(spans.contains(DateSpan.parse("9999-12-31")));
    assertTrue(spans.stream().anyMatch(s -> s.lengthInDays() == 1));
    assertTrue(
        EdgeCases.datasets().stream()
            .flatMap(d -> d.incidents().stream())
            .anyMatch(i -> i.date().start().equals(LocalDate.of(1, 1, 1))));
  }

  @Test
  void estimatesIncludeUnboundedAndUnknownAndEveryOneParsesBack() {
    List<Estimate> es = EdgeCases.estimates();
    assertTrue(es.contains(Estimate.unknown()));
    assertTrue(es.stream().anyMatch(e -> !e.isBounded() && !e.isUnknown()));
    es.forEach(e -> assertEquals(e, Estimate.parse(e.toString())));
  }

  @Test
  void textsAreNonBlankAndNeedQuoting() {
    for (String t : EdgeCases.texts()) {
      boolean needsQuoting =
          t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")
              || !t.strip().equals(t) || "=+-@".indexOf(t.charAt(0)) >= 0 || !t.chars().allMatch(c -> c < 128)
              || t.equals("|") || t.equals("#");
      assertTrue(needsQuoting, t);
      assertFalse(t.isBlank(), t);
    }
  }
}
