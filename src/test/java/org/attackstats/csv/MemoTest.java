package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MemoTest {

  private static final int CAPACITY = 1 << 12;

  private final AtomicInteger parses = new AtomicInteger();
  private final Function<String, Object> parse =
      s -> {
        parses.incrementAndGet();
        if (s.startsWith("bad")) {
          throw new IllegalArgumentException("bad value " + s);
        }
        return new StringBuilder(s).toString();
      };

  @Test
  void parsesEachDistinctCellOnceAndSharesTheValue() {
    Memo m = new Memo(CAPACITY);
    Object first = m.get(new String("drone"), parse);
    for (int i = 0; i < 100; i++) {
      assertSame(first, m.get(new String("drone"), parse));
      m.get("rocket", parse);
    }
    assertEquals(2, parses.get());
  }

  @Test
  void aFailedParseIsNotRememberedAndFailsAgainAlike() {
    Memo m = new Memo(CAPACITY);
    IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> m.get("bad1", parse));
    IllegalArgumentException b = assertThrows(IllegalArgumentException.class, () -> m.get("bad1", parse));
    assertEquals(a.getMessage(), b.getMessage());
    assertEquals(2, parses.get());
  }

  @Test
  void aColumnOfUniqueCellsStopsBeingRemembered() {
    Memo m = new Memo(CAPACITY);
    for (int i = 0; i < CAPACITY + 1; i++) {
      m.get("u" + i, parse);
    }
    int before = parses.get();
    m.get("u0", parse); // remembered once, but the memo gave up on the column when full: parsed again
    assertEquals(before + 1, parses.get());
  }

  @Test
  void aColumnThatHardlyEverRepeatsIsGivenUpAfterItsTrial() {
    Memo m = new Memo(Memo.KEEPING);
    for (int i = 0; i < Memo.TRIAL + 1; i++) {
      m.get("u" + i, parse);
    }
    int before = parses.get();
    m.get("u0", parse);
    assertEquals(before + 1, parses.get());
  }

  @Test
  void aColumnOfManyValuesThatRepeatLaterIsKept() {
    // the first rows of a column of date spans are mostly new values; later ones repeat them
    Memo m = new Memo(CAPACITY);
    int distinct = CAPACITY - 100;
    for (int round = 0; round < 10; round++) {
      for (int i = 0; i < distinct; i++) {
        m.get("d" + i, parse);
      }
    }
    assertEquals(distinct, parses.get());
  }

  @Test
  void remembersAtMostItsCapacity() {
    Memo m = new Memo(CAPACITY);
    // each new value seen twice, so that hits keep up with misses and the memo stays on
    for (int i = 0; i < CAPACITY; i++) {
      m.get("v" + i, parse);
      m.get("v" + i, parse);
    }
    int before = parses.get();
    m.get("w", parse); // past the capacity: not remembered, parsed each time
    m.get("w", parse);
    m.get("v1", parse); // within it: remembered
    assertEquals(before + 2, parses.get());
  }
}
