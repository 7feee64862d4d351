package org.attackstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void runs() {
    qt().forAll(integers().all()).check(i -> i + 0 == i);
    assertEquals(2, 1 + 1);
  }
}
