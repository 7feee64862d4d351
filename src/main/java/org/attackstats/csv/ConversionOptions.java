package org.attackstats.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * How to convert a third-party export: strict or lenient reading and its limits ({@link
 * ReadOptions}), which rows are responses ({@link ResponderRule}), the file's character set, and
 * the dataset release to name in each record's source. Immutable; start from {@link #defaults()}.
 *
 * <pre>{@code
 * ConversionOptions opts = ConversionOptions.defaults().toBuilder()
 *     .readOptions(ReadOptions.strict())
 *     .release("23.1")
 *     .build();
 * }</pre>
 */
public final class ConversionOptions {

  private static final ConversionOptions DEFAULTS = new Builder().build();

  private final ReadOptions readOptions;
  private final ResponderRule responderRule;
  private final Charset charset;
  private final Optional<String> release;

  private ConversionOptions(Builder b) {
    this.readOptions = b.readOptions;
    this.responderRule = b.responderRule;
    this.charset = b.charset;
    this.release = b.release;
  }

  /**
   * Lenient reading with default limits, {@link ResponderRule#unitedStates()}, UTF-8, no release.
   *
   * @return the default options
   */
  public static ConversionOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.readOptions = readOptions;
    b.responderRule = responderRule;
    b.charset = charset;
    b.release = release;
    return b;
  }

  /**
   * Strict or lenient, and the limits.
   *
   * @return the read options
   */
  public ReadOptions readOptions() {
    return readOptions;
  }

  /**
   * Which rows are responses.
   *
   * @return the rule
   */
  public ResponderRule responderRule() {
    return responderRule;
  }

  /**
   * The character set of CSV and JSON files.
   *
   * @return the charset, UTF-8 by default
   */
  public Charset charset() {
    return charset;
  }

  /**
   * The dataset release, written after the dataset name in each record's source ({@code UCDP GED
   * 23.1}).
   *
   * @return the release, if given
   */
  public Optional<String> release() {
    return release;
  }

  @Override
  public String toString() {
    return "ConversionOptions["
        + readOptions
        + ", "
        + responderRule
        + ", "
        + charset
        + ", release="
        + release.orElse("")
        + "]";
  }

  /** Builds {@link ConversionOptions}. Not thread-safe. */
  public static final class Builder {
    private ReadOptions readOptions = ReadOptions.lenient();
    private ResponderRule responderRule = ResponderRule.unitedStates();
    private Charset charset = StandardCharsets.UTF_8;
    private Optional<String> release = Optional.empty();

    private Builder() {}

    /**
     * @param readOptions strict or lenient, and limits @return this builder
     */
    public Builder readOptions(ReadOptions readOptions) {
      this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
      return this;
    }

    /**
     * @param responderRule which rows are responses @return this builder
     */
    public Builder responderRule(ResponderRule responderRule) {
      this.responderRule = Objects.requireNonNull(responderRule, "responderRule");
      return this;
    }

    /**
     * @param charset the files' character set @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = Objects.requireNonNull(charset, "charset");
      return this;
    }

    /**
     * @param release the dataset release, or null or blank for none @return this builder
     */
    public Builder release(String release) {
      this.release =
          release == null || release.isBlank() ? Optional.empty() : Optional.of(release.strip());
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ConversionOptions build() {
      return new ConversionOptions(this);
    }
  }
}
