package org.attackstats.model;

import java.util.Objects;
import java.util.Optional;

/** Small text helpers shared by the model's validation. */
final class Texts {
  private Texts() {}

  /** Absent for null, empty or blank text; otherwise the text unchanged. */
  static Optional<String> clean(Optional<String> text) {
    Objects.requireNonNull(text);
    return text.isPresent() && text.get().isBlank() ? Optional.empty() : text;
  }

  /** Absent for null or blank text; otherwise the text unchanged. */
  static Optional<String> optional(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** Checks an identifier: not blank, no surrounding whitespace, no '|' (the list separator). */
  static void id(String what, String id) {
    Objects.requireNonNull(id, what);
    if (id.isBlank() || !id.strip().equals(id) || id.indexOf('|') >= 0) {
      throw new IllegalArgumentException(
          "invalid " + what + " '" + id + "': expected non-blank text without surrounding spaces or '|'");
    }
  }
}
