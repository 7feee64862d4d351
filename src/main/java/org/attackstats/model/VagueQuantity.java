package org.attackstats.model;

/**
 * Words that stand for a number without giving it: "several", "dozens", "hundreds". A {@link
 * VagueNumberPolicy} turns them into {@link Estimate}s.
 */
public enum VagueQuantity {
  /** "a few": a small number, at least 2. */
  A_FEW,
  /** "several": at least 3. */
  SEVERAL,
  /** "many", "numerous". */
  MANY,
  /** "tens", "dozens" in the sense of tens. */
  TENS,
  /** "dozens". */
  DOZENS,
  /** "scores". */
  SCORES,
  /** "hundreds". */
  HUNDREDS,
  /** "thousands". */
  THOUSANDS
}
