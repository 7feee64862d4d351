package org.attackstats.csv;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of one column (or one kind of value) of one file, by the cells (or key) they came
 * from, so that each distinct cell is parsed once and the rows of equal cells share one value: a
 * million rows naming the same place, source, date or actor hold one object each, not a million.
 * Keys and values must be immutable with value equality.
 *
 * <p>Bounded: at most {@code capacity} values are remembered. A column whose cells hardly ever
 * repeat (fewer hits than a sixteenth of the misses once {@link #TRIAL} values are remembered:
 * links, coordinates) or keep differing (more than twice as many misses as hits once the memo is
 * full) is forgotten and no longer looked up at all, so that it costs one parse a cell, as without
 * a memo, and no look-ups in a large table; a column of repeating cells keeps its values, even when
 * its first rows are mostly new values (a few years of date spans). A parse that fails is not
 * remembered: the next equal cell fails again, with the same message.
 */
final class Memo {
  /** The capacity when records are kept ({@link Loader#read}): sharing saves their memory. */
  static final int KEEPING = 1 << 16;

  /** The capacity when records are not kept (streamed, converted): parsing only. */
  static final int STREAMING = 1 << 10;

  /** The values remembered before a memo judges whether its column repeats at all. */
  static final int TRIAL = 1 << 13;

  private final Map<Object, Object> values = new HashMap<>();
  private final int capacity;
  private long hits;
  private long misses;
  private boolean off;

  Memo(int capacity) {
    this.capacity = capacity;
  }

  /** The value {@code key} parses to, parsed now only if no equal key was parsed before. */
  @SuppressWarnings("unchecked")
  <K, T> T get(K key, Function<? super K, T> parse) {
    if (off) {
      return parse.apply(key);
    }
    Object v = values.get(key);
    if (v != null) {
      hits++;
      return (T) v;
    }
    T parsed = parse.apply(key);
    misses++;
    int n = values.size();
    if ((n >= TRIAL && 16 * hits < misses) || (n >= capacity && 2 * hits < misses)) {
      off = true;
      values.clear();
    } else if (n < capacity && parsed != null) {
      values.put(key, parsed);
    }
    return parsed;
  }

  /** The value equal to {@code value} that was remembered first, or {@code value} itself. */
  <T> T share(T value) {
    return get(value, v -> v);
  }
}
