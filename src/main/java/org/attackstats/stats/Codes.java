package org.attackstats.stats;

/**
 * A column of small non-negative codes, one per row, held in the narrowest primitive array that
 * fits the largest code: a byte, a short or an int per row. Immutable once filled.
 */
final class Codes {

  private final byte[] bytes;
  private final short[] shorts;
  private final int[] ints;

  private Codes(int rows, int codes) {
    bytes = codes <= 1 << 8 ? new byte[rows] : null;
    shorts = bytes == null && codes <= 1 << 16 ? new short[rows] : null;
    ints = bytes == null && shorts == null ? new int[rows] : null;
  }

  /**
   * A column of {@code rows} codes, each in {@code [0, codes)}, filled by {@code code}.
   *
   * @param rows the number of rows
   * @param codes the number of distinct codes
   * @param code the code of each row
   */
  static Codes of(int rows, int codes, java.util.function.IntUnaryOperator code) {
    Codes c = new Codes(rows, codes);
    for (int r = 0; r < rows; r++) {
      c.set(r, code.applyAsInt(r));
    }
    return c;
  }

  private void set(int row, int code) {
    if (bytes != null) {
      bytes[row] = (byte) code;
    } else if (shorts != null) {
      shorts[row] = (short) code;
    } else {
      ints[row] = code;
    }
  }

  /** The codes as bytes (each {@code & 0xFF}), or null if they do not fit in bytes. */
  byte[] bytes() {
    return bytes;
  }

  /** The code of a row. */
  int get(int row) {
    if (bytes != null) {
      return bytes[row] & 0xFF;
    }
    return shorts != null ? shorts[row] & 0xFFFF : ints[row];
  }
}
