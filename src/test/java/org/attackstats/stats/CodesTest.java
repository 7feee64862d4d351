package org.attackstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodesTest {

  private static int code(int column, int row, int[] sizes) {
    return (int) ((long) (row + 13 * column) * 7919 % sizes[column]);
  }

  @Test
  void everyCodeReadsBackInTheNarrowestArrayOfItsColumn() {
    int[] sizes = {1, 255, 256, 257, 65_535, 65_536, 65_537, 1 << 20, 3};
    int rows = 3000;
    Codes c = Codes.of(rows, sizes, (col, r) -> code(col, r, sizes));
    for (int col = 0; col < sizes.length; col++) {
      for (int r = 0; r < rows; r++) {
        assertEquals(code(col, r, sizes), c.get(col, r), sizes[col] + " codes, row " + r);
      }
      int offset = c.byteOffset(col);
      assertEquals(sizes[col] <= 256, offset >= 0, "column " + col);
      if (offset >= 0) {
        for (int r = 0; r < rows; r++) {
          assertEquals(code(col, r, sizes), c.bytes()[offset + r] & 0xFF);
        }
      }
    }
    // the largest code of each width survives
    int[] top = {256, 65_536, 65_537};
    Codes t = Codes.of(1, top, (col, r) -> top[col] - 1);
    for (int col = 0; col < top.length; col++) {
      assertEquals(top[col] - 1, t.get(col, 0));
    }
    assertTrue(t.byteOffset(0) >= 0);
    assertNull(Codes.of(2, new int[] {70_000}, (col, r) -> r).bytes());
  }
}
