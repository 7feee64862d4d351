package org.attackstats.csv;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values one column of one file has parsed to, by raw cell, so that each distinct cell is
 * parsed once and its rows share one value. Bounded: at most {@link #CAPACITY} values are
 * remembered, and a column whose cells keep differing (more than twice as many misses as hits once
 * {@link #TRIAL} values are remembered: most cells seen once) is no longer looked up at all, so a
 * column of unique values costs one parse a cell, as without a memo. A parse that fails is not
 * remembered: the next equal cell fails again, with the same message.
 */
final class Memo {
  static final int CAPACITY = 1 << 14;
  static final int TRIAL = 1 << 10;

  private final Map<String, Object> values = new HashMap<>();
  private long hits;
  private long misses;
  private boolean off;

  /** The value {@code raw} parses to, parsed now only if no equal cell was parsed before. */
  @SuppressWarnings("unchecked")
  <T> T get(String raw, Function<String, T> parse) {
    if (off) {
      return parse.apply(raw);
    }
    Object v = values.get(raw);
    if (v != null) {
      hits++;
      return (T) v;
    }
    T parsed = parse.apply(raw);
    misses++;
    int n = values.size();
    if (n >= TRIAL && 2 * hits < misses) {
      off = true;
      values.clear();
    } else if (n < CAPACITY && parsed != null) {
      values.put(raw, parsed);
    }
    return parsed;
  }
}
