package org.attackstats.model;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/** Validation of the extra-column maps that records carry. */
final class Extras {
  private Extras() {}

  static Map<String, String> copy(Map<String, String> extras) {
    if (java.util.Objects.requireNonNull(extras, "extras").isEmpty()) {
      return ImmutableMap.of();
    }
    ImmutableMap.Builder<String, String> b = ImmutableMap.builderWithExpectedSize(extras.size());
    for (Map.Entry<String, String> e : extras.entrySet()) {
      String k = e.getKey();
      String v = e.getValue();
      if (k == null || k.isBlank() || !k.strip().equals(k) || k.indexOf('\uFEFF') >= 0) {
        throw new IllegalArgumentException(
            "invalid extra column name '" + k + "': expected non-blank text without surrounding"
                + " spaces (CSV headers are read stripped)");
      }
      if (v == null || v.isEmpty()) {
        throw new IllegalArgumentException(
            "extra column '" + k + "' must have a non-empty value; leave absent values out");
      }
      b.put(k, v);
    }
    return b.buildOrThrow();
  }
}
