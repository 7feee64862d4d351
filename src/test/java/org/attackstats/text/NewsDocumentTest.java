package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewsDocumentTest {
  @Test
  void parsesTheSeedHeader() {
    String text = Gold.resource("/org/attackstats/seeds/000_cc793dff6a0669b7.txt");
    NewsDocument d = NewsDocument.parse("000_cc793dff6a0669b7.txt", text);
    assertEquals(LocalDate.of(2023, 11, 21), d.published());
    assertEquals(Optional.of("Shafaq News"), d.publisher());
    assertTrue(text.startsWith("Persons injured", d.bodyStart()));
    assertEquals(text, d.text());
  }

  @Test
  void refusesAMissingOrBadHeader() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NewsDocument.parse("x", "Hello"));
    assertTrue(e.getMessage().contains("date yyyy-MM-dd"), e.getMessage());
    IllegalArgumentException d =
        assertThrows(
            IllegalArgumentException.class, () -> NewsDocument.parse("x", " date 2023-13-45 P/ x"));
    assertTrue(d.getMessage().contains("2023-13-45"), d.getMessage());
  }

  @Test
  void apiDocumentsStartTheirBodyAtZero() {
    NewsDocument d = NewsDocument.of("id", LocalDate.of(2024, 1, 1), null, "text");
    assertEquals(0, d.bodyStart());
    assertEquals(Optional.empty(), d.publisher());
  }
}
