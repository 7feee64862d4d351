package org.attackstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CodesTest {

  @Test
  void everyCodeReadsBackInTheNarrowestArray() {
    for (int codes : new int[] {1, 255, 256, 257, 65_535, 65_536, 65_537, 1 << 20}) {
      int rows = 3000;
      Codes c = Codes.of(rows, codes, r -> (int) ((long) r * 7919 % codes));
      for (int r = 0; r < rows; r++) {
        assertEquals((int) ((long) r * 7919 % codes), c.get(r), codes + " codes, row " + r);
      }
      if (codes <= 256) {
        assertNotNull(c.bytes());
      } else {
        assertNull(c.bytes());
      }
    }
    // the largest code of each width survives
    assertEquals(255, Codes.of(1, 256, r -> 255).get(0));
    assertEquals(65_535, Codes.of(1, 65_536, r -> 65_535).get(0));
    assertEquals(65_536, Codes.of(1, 65_537, r -> 65_536).get(0));
  }
}
