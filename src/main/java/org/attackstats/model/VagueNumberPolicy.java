package org.attackstats.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How vague quantities become estimates, shared by the data loaders and the text extractor so that
 * "dozens" means the same thing everywhere. Two presets:
 *
 * <ul>
 *   <li>{@link #ACLED_LIKE}: the codebook convention ACLED uses for reported fatalities: the
 *       smallest number the word can mean, as a lower bound ({@code tens} = {@code >=10}, {@code
 *       dozens} = {@code >=12}, {@code hundreds} = {@code >=100}), with that number as best.
 *   <li>{@link #CONSERVATIVE}: nothing is assumed but the smallest plural ({@code dozens} =
 *       {@code >=24}, two dozen; {@code hundreds} = {@code >=200}), best equal to that bound.
 * </ul>
 *
 * <p>Users may supply their own with {@link #of(Map)}.
 *
 * <pre>{@code VagueNumberPolicy.ACLED_LIKE.estimate(VagueQuantity.DOZENS) // >=12}</pre>
 */
@FunctionalInterface
public interface VagueNumberPolicy {

  /** ACLED's convention: the smallest value the word can mean, as a lower bound. */
  VagueNumberPolicy ACLED_LIKE =
      of(
          Map.of(
              VagueQuantity.A_FEW, Estimate.atLeast(2),
              VagueQuantity.SEVERAL, Estimate.atLeast(3),
              VagueQuantity.MANY, Estimate.atLeast(2),
              VagueQuantity.TENS, Estimate.atLeast(10),
              VagueQuantity.DOZENS, Estimate.atLeast(12),
              VagueQuantity.SCORES, Estimate.atLeast(20),
              VagueQuantity.HUNDREDS, Estimate.atLeast(100),
              VagueQuantity.THOUSANDS, Estimate.atLeast(1000)));

  /** The smallest value the plural can mean: two dozen for "dozens", two hundred for "hundreds". */
  VagueNumberPolicy CONSERVATIVE =
      of(
          Map.of(
              VagueQuantity.A_FEW, Estimate.atLeast(2),
              VagueQuantity.SEVERAL, Estimate.atLeast(3),
              VagueQuantity.MANY, Estimate.atLeast(2),
              VagueQuantity.TENS, Estimate.atLeast(20),
              VagueQuantity.DOZENS, Estimate.atLeast(24),
              VagueQuantity.SCORES, Estimate.atLeast(40),
              VagueQuantity.HUNDREDS, Estimate.atLeast(200),
              VagueQuantity.THOUSANDS, Estimate.atLeast(2000)));

  /**
   * The estimate for a vague quantity.
   *
   * @param quantity the word
   * @return its estimate under this policy
   */
  Estimate estimate(VagueQuantity quantity);

  /**
   * A policy from a table that covers every {@link VagueQuantity}.
   *
   * @param table the estimate for each word
   * @return the policy
   * @throws IllegalArgumentException if a word is missing
   */
  static VagueNumberPolicy of(Map<VagueQuantity, Estimate> table) {
    Map<VagueQuantity, Estimate> copy = new EnumMap<>(VagueQuantity.class);
    copy.putAll(table);
    for (VagueQuantity q : VagueQuantity.values()) {
      if (!copy.containsKey(q)) {
        throw new IllegalArgumentException("vague number policy has no estimate for " + q);
      }
    }
    return q -> copy.get(Objects.requireNonNull(q, "quantity"));
  }
}
