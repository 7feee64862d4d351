package org.attackstats.stats;

import java.util.function.IntBinaryOperator;

/**
 * The codes of a table's rows, column by column, each column in the narrowest primitive type
 * that fits its largest code: the byte columns one after the other in one {@code byte[]}, the
 * short columns in one {@code short[]}, the int columns in one {@code int[]}, so that a table
 * costs at most three arrays whatever its number of columns. Immutable once filled.
 */
final class Codes {

  private final int rows;
  private final byte[] bytes;
  private final short[] shorts;
  private final int[] ints;
  /** Per column: 1, 2 or 4 bytes a code. */
  private final byte[] width;
  /** Per column: where its first row is in the array of its width. */
  private final int[] offset;

  private Codes(int rows, int[] codes) {
    this.rows = rows;
    int columns = codes.length;
    width = new byte[columns];
    offset = new int[columns];
    int[] count = new int[5];
    for (int c = 0; c < columns; c++) {
      width[c] = (byte) (codes[c] <= 1 << 8 ? 1 : codes[c] <= 1 << 16 ? 2 : 4);
      offset[c] = count[width[c]]++ * rows;
    }
    bytes = count[1] == 0 ? null : new byte[count[1] * rows];
    shorts = count[2] == 0 ? null : new short[count[2] * rows];
    ints = count[4] == 0 ? null : new int[count[4] * rows];
  }

  /**
   * A table of {@code rows} rows and {@code codes.length} columns, column {@code c} holding codes
   * in {@code [0, codes[c])}, filled by {@code code.applyAsInt(c, row)}.
   */
  static Codes of(int rows, int[] codes, IntBinaryOperator code) {
    Codes t = new Codes(rows, codes);
    for (int c = 0; c < codes.length; c++) {
      for (int r = 0; r < rows; r++) {
        t.set(c, r, code.applyAsInt(c, r));
      }
    }
    return t;
  }

  private void set(int column, int row, int code) {
    int k = offset[column] + row;
    switch (width[column]) {
      case 1 -> bytes[k] = (byte) code;
      case 2 -> shorts[k] = (short) code;
      default -> ints[k] = code;
    }
  }

  /** The code of a row in a column. */
  int get(int column, int row) {
    int k = offset[column] + row;
    switch (width[column]) {
      case 1:
        return bytes[k] & 0xFF;
      case 2:
        return shorts[k] & 0xFFFF;
      default:
        return ints[k];
    }
  }

  /** The byte columns (each code {@code & 0xFF}), or null if there are none. */
  byte[] bytes() {
    return bytes;
  }

  /** Where a column's first row is in {@link #bytes()}, or -1 if its codes are not bytes. */
  int byteOffset(int column) {
    return width[column] == 1 ? offset[column] : -1;
  }

  int rows() {
    return rows;
  }
}
