package org.attackstats;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Assertions on refusals: the right exception and a message that says what was wrong. */
public final class Rejections {
  private Rejections() {}

  /**
   * Asserts that {@code call} throws an {@link IllegalArgumentException} whose message contains
   * every fragment (the value at fault, the field, what would be valid).
   */
  public static IllegalArgumentException assertRejected(Executable call, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String f : fragments) {
      assertTrue(
          e.getMessage() != null && e.getMessage().contains(f),
          "message should contain '" + f + "': " + e.getMessage());
    }
    return e;
  }
}
