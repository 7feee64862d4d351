package org.attackstats.testing;

import java.util.Locale;

/**
 * How large and how messy the datasets made by {@link Generators#dataset} are: the number of each
 * kind of record (a fixed number or a range the generator draws from) and the probabilities of
 * uncertain numbers, awkward text, extra columns and extreme dates.
 *
 * <pre>{@code
 * DatasetSettings s = DatasetSettings.small();                 // 0 to 30 incidents
 * DatasetSettings big = DatasetSettings.ofSize(10_000);        // exactly 10,000 incidents
 * DatasetSettings clean = DatasetSettings.small().toBuilder()
 *     .awkwardText(0).extras(0).build();                       // plain text, no extra columns
 * }</pre>
 *
 * <p>Instances are immutable; the builder validates ranges and probabilities when it builds.
 */
public final class DatasetSettings {

  private final int minAttacks;
  private final int maxAttacks;
  private final int minResponses;
  private final int maxResponses;
  private final int minBases;
  private final int maxBases;
  private final int minTallies;
  private final int maxTallies;
  private final double uncertainty;
  private final double awkwardText;
  private final double extras;
  private final double extremeDates;

  private DatasetSettings(Builder b) {
    this.minAttacks = b.minAttacks;
    this.maxAttacks = b.maxAttacks;
    this.minResponses = b.minResponses;
    this.maxResponses = b.maxResponses;
    this.minBases = b.minBases;
    this.maxBases = b.maxBases;
    this.minTallies = b.minTallies;
    this.maxTallies = b.maxTallies;
    this.uncertainty = b.uncertainty;
    this.awkwardText = b.awkwardText;
    this.extras = b.extras;
    this.extremeDates = b.extremeDates;
  }

  /**
   * Small datasets for property tests: 0 to 22 attacks, 0 to 8 responses, 0 to 6 bases, 0 to 4
   * tallies; 40% of numbers uncertain, 20% of text awkward, 10% of records with extra columns, 1%
   * of dates extreme.
   *
   * @return the settings
   */
  public static DatasetSettings small() {
    return builder().build();
  }

  /**
   * Medium datasets: 0 to 400 attacks, 0 to 100 responses, 0 to 40 bases, 0 to 20 tallies; the
   * probabilities of {@link #small()}.
   *
   * @return the settings
   */
  public static DatasetSettings medium() {
    return builder().attacks(0, 400).responses(0, 100).bases(0, 40).tallies(0, 20).build();
  }

  /**
   * Datasets of exactly {@code incidents} incidents, four in five of them attacks, with one base per
   * 20 incidents and one tally per 50 (at least one of each when there are incidents); the
   * probabilities of {@link #small()}.
   *
   * @param incidents the number of attacks plus responses, at least 0
   * @return the settings
   * @throws IllegalArgumentException if {@code incidents} is negative
   */
  public static DatasetSettings ofSize(int incidents) {
    if (incidents < 0) {
      throw new IllegalArgumentException("incidents must be at least 0, got " + incidents);
    }
    int responses = incidents / 5;
    int bases = incidents == 0 ? 0 : 1 + incidents / 20;
    int tallies = incidents == 0 ? 0 : 1 + incidents / 50;
    return builder()
        .attacks(incidents - responses)
        .responses(responses)
        .bases(bases)
        .tallies(tallies)
        .build();
  }

  /**
   * A builder starting from the values of {@link #small()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these settings, to change some of them.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minAttacks = minAttacks;
    b.maxAttacks = maxAttacks;
    b.minResponses = minResponses;
    b.maxResponses = maxResponses;
    b.minBases = minBases;
    b.maxBases = maxBases;
    b.minTallies = minTallies;
    b.maxTallies = maxTallies;
    b.uncertainty = uncertainty;
    b.awkwardText = awkwardText;
    b.extras = extras;
    b.extremeDates = extremeDates;
    return b;
  }

  /**
   * The fewest attacks a dataset gets.
   *
   * @return the minimum, inclusive
   */
  public int minAttacks() {
    return minAttacks;
  }

  /**
   * The most attacks a dataset gets.
   *
   * @return the maximum, inclusive
   */
  public int maxAttacks() {
    return maxAttacks;
  }

  /**
   * The fewest responses a dataset gets.
   *
   * @return the minimum, inclusive
   */
  public int minResponses() {
    return minResponses;
  }

  /**
   * The most responses a dataset gets.
   *
   * @return the maximum, inclusive
   */
  public int maxResponses() {
    return maxResponses;
  }

  /**
   * The fewest bases a dataset gets.
   *
   * @return the minimum, inclusive
   */
  public int minBases() {
    return minBases;
  }

  /**
   * The most bases a dataset gets.
   *
   * @return the maximum, inclusive
   */
  public int maxBases() {
    return maxBases;
  }

  /**
   * The fewest tallies a dataset gets.
   *
   * @return the minimum, inclusive
   */
  public int minTallies() {
    return minTallies;
  }

  /**
   * The most tallies a dataset gets.
   *
   * @return the maximum, inclusive
   */
  public int maxTallies() {
    return maxTallies;
  }

  /**
   * The probability that a number (injured, killed, munitions, ...) is not an exact count.
   *
   * @return a probability between 0 and 1
   */
  public double uncertainty() {
    return uncertainty;
  }

  /**
   * The probability that a free-text value needs CSV quoting or is otherwise awkward (commas,
   * quotes, line breaks, a leading {@code =}, non-Latin script, surrounding spaces).
   *
   * @return a probability between 0 and 1
   */
  public double awkwardText() {
    return awkwardText;
  }

  /**
   * The probability that a record carries extra (non-canonical) columns.
   *
   * @return a probability between 0 and 1
   */
  public double extras() {
    return extras;
  }

  /**
   * The probability that a date lies anywhere in years 1 to 9999 instead of 1970 to 2030.
   *
   * @return a probability between 0 and 1
   */
  public double extremeDates() {
    return extremeDates;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "DatasetSettings[attacks=%d..%d, responses=%d..%d, bases=%d..%d, tallies=%d..%d,"
            + " uncertainty=%s, awkwardText=%s, extras=%s, extremeDates=%s]",
        minAttacks, maxAttacks, minResponses, maxResponses, minBases, maxBases, minTallies,
        maxTallies, uncertainty, awkwardText, extras, extremeDates);
  }

  /** Builds {@link DatasetSettings}; starts from the values of {@link #small()}. Not thread-safe. */
  public static final class Builder {
    private int minAttacks = 0;
    private int maxAttacks = 22;
    private int minResponses = 0;
    private int maxResponses = 8;
    private int minBases = 0;
    private int maxBases = 6;
    private int minTallies = 0;
    private int maxTallies = 4;
    private double uncertainty = 0.4;
    private double awkwardText = 0.2;
    private double extras = 0.1;
    private double extremeDates = 0.01;

    private Builder() {}

    /**
     * Exactly this many attacks.
     *
     * @param n the number
     * @return this builder
     */
    public Builder attacks(int n) {
      return attacks(n, n);
    }

    /**
     * Between {@code min} and {@code max} attacks, drawn uniformly.
     *
     * @param min the minimum, inclusive
     * @param max the maximum, inclusive
     * @return this builder
     */
    public Builder attacks(int min, int max) {
      minAttacks = min;
      maxAttacks = max;
      return this;
    }

    /**
     * Exactly this many responses.
     *
     * @param n the number
     * @return this builder
     */
    public Builder responses(int n) {
      return responses(n, n);
    }

    /**
     * Between {@code min} and {@code max} responses, drawn uniformly.
     *
     * @param min the minimum, inclusive
     * @param max the maximum, inclusive
     * @return this builder
     */
    public Builder responses(int min, int max) {
      minResponses = min;
      maxResponses = max;
      return this;
    }

    /**
     * Exactly this many bases.
     *
     * @param n the number
     * @return this builder
     */
    public Builder bases(int n) {
      return bases(n, n);
    }

    /**
     * Between {@code min} and {@code max} bases, drawn uniformly.
     *
     * @param min the minimum, inclusive
     * @param max the maximum, inclusive
     * @return this builder
     */
    public Builder bases(int min, int max) {
      minBases = min;
      maxBases = max;
      return this;
    }

    /**
     * Exactly this many tallies.
     *
     * @param n the number
     * @return this builder
     */
    public Builder tallies(int n) {
      return tallies(n, n);
    }

    /**
     * Between {@code min} and {@code max} tallies, drawn uniformly.
     *
     * @param min the minimum, inclusive
     * @param max the maximum, inclusive
     * @return this builder
     */
    public Builder tallies(int min, int max) {
      minTallies = min;
      maxTallies = max;
      return this;
    }

    /**
     * @param p the probability that a number is uncertain
     * @return this builder
     */
    public Builder uncertainty(double p) {
      uncertainty = p;
      return this;
    }

    /**
     * @param p the probability that a text value is awkward
     * @return this builder
     */
    public Builder awkwardText(double p) {
      awkwardText = p;
      return this;
    }

    /**
     * @param p the probability that a record carries extra columns
     * @return this builder
     */
    public Builder extras(double p) {
      extras = p;
      return this;
    }

    /**
     * @param p the probability that a date is extreme (years 1 to 9999)
     * @return this builder
     */
    public Builder extremeDates(double p) {
      extremeDates = p;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws IllegalArgumentException naming the setting if a range is empty or negative or a
     *     probability is not between 0 and 1
     */
    public DatasetSettings build() {
      checkRange("attacks", minAttacks, maxAttacks);
      checkRange("responses", minResponses, maxResponses);
      checkRange("bases", minBases, maxBases);
      checkRange("tallies", minTallies, maxTallies);
      checkProbability("uncertainty", uncertainty);
      checkProbability("awkwardText", awkwardText);
      checkProbability("extras", extras);
      checkProbability("extremeDates", extremeDates);
      return new DatasetSettings(this);
    }

    private static void checkRange(String name, int min, int max) {
      if (min < 0 || max < min) {
        throw new IllegalArgumentException(
            name + " must satisfy 0 <= min <= max, got min=" + min + ", max=" + max);
      }
    }

    private static void checkProbability(String name, double p) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(name + " must be a probability between 0 and 1, got " + p);
      }
    }
  }
}
