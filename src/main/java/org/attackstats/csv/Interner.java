package org.attackstats.csv;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal values between the records of one load, so that a million rows naming the same
 * place, source, date or actor hold one object each, not a million. Values must be immutable with
 * value equality. At most {@code capacity} distinct values are remembered; past that, new values
 * are returned as they are (still correct, just not shared), so memory stays bounded.
 */
final class Interner {
  /** Shares nothing: for reads that keep no records. */
  static final Interner NONE = new Interner(0);

  private final Map<Object, Object> values = new HashMap<>();
  private final int capacity;

  Interner(int capacity) {
    this.capacity = capacity;
  }

  /** The shared instance equal to {@code value}, or {@code value} itself; null stays null. */
  @SuppressWarnings("unchecked")
  <T> T intern(T value) {
    if (value == null || capacity == 0) {
      return value;
    }
    Object shared = values.get(value);
    if (shared != null) {
      return (T) shared;
    }
    if (values.size() < capacity) {
      values.put(value, value);
    }
    return value;
  }
}
