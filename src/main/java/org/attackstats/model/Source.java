package org.attackstats.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a record comes from: the publisher or dataset, the document (URL, file name or id), its
 * date, and the sentence the record rests on with its character offsets in that document.
 *
 * <p>Offsets are indices into the document's text as a Java {@code String} (UTF-16 code units),
 * start inclusive and end exclusive, so that {@code document.substring(start, end)} is the quote.
 *
 * <pre>{@code
 * Source s = Source.of("Shafaq News", LocalDate.of(2023, 11, 21), "000_cc793dff6a0669b7.txt")
 *     .withQuote("There were no reported casualties.", 1450, 1484);
 * }</pre>
 *
 * @param publisher the publisher or dataset name, if known
 * @param date the document's date, if known
 * @param document the document: URL, file name or id, if known
 * @param quote the sentence the record rests on, if any
 * @param quoteStart the quote's start offset, inclusive, if known
 * @param quoteEnd the quote's end offset, exclusive, if known
 */
public record Source(
    Optional<String> publisher,
    Optional<LocalDate> date,
    Optional<String> document,
    Optional<String> quote,
    OptionalInt quoteStart,
    OptionalInt quoteEnd) {

  private static final Source NONE =
      new Source(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          OptionalInt.empty(),
          OptionalInt.empty());

  /**
   * Validates the offsets: both or neither, {@code 0 <= start <= end}.
   *
   * @throws IllegalArgumentException if the offsets are inconsistent
   */
  public Source {
    publisher = Texts.clean(publisher);
    Objects.requireNonNull(date, "date");
    document = Texts.clean(document);
    quote = Texts.clean(quote);
    Objects.requireNonNull(quoteStart, "quoteStart");
    Objects.requireNonNull(quoteEnd, "quoteEnd");
    if (quoteStart.isPresent() != quoteEnd.isPresent()) {
      throw new IllegalArgumentException(
          "quote offsets come in pairs: start " + quoteStart + ", end " + quoteEnd);
    }
    if (quoteStart.isPresent()
        && (quoteStart.getAsInt() < 0 || quoteEnd.getAsInt() < quoteStart.getAsInt())) {
      throw new IllegalArgumentException(
          "quote offsets must satisfy 0 <= start <= end, got start "
              + quoteStart.getAsInt()
              + ", end "
              + quoteEnd.getAsInt());
    }
  }

  /**
   * The empty source: nothing known.
   *
   * @return the empty source
   */
  public static Source none() {
    return NONE;
  }

  /**
   * A source without a quote.
   *
   * @param publisher the publisher or dataset, or null
   * @param date the document's date, or null
   * @param document the URL, file name or id, or null
   * @return the source
   */
  public static Source of(String publisher, LocalDate date, String document) {
    return new Source(
        Texts.optional(publisher),
        Optional.ofNullable(date),
        Texts.optional(document),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.empty());
  }

  /**
   * This source with the quoted sentence and its offsets.
   *
   * @param quote the sentence
   * @param start its start offset in the document, inclusive
   * @param end its end offset, exclusive
   * @return the new source
   */
  public Source withQuote(String quote, int start, int end) {
    return new Source(
        publisher, date, document, Texts.optional(quote), OptionalInt.of(start), OptionalInt.of(end));
  }

  /**
   * This source with the quoted sentence, offsets unknown.
   *
   * @param quote the sentence
   * @return the new source
   */
  public Source withQuote(String quote) {
    return new Source(
        publisher, date, document, Texts.optional(quote), OptionalInt.empty(), OptionalInt.empty());
  }

  /**
   * Whether nothing at all is known.
   *
   * @return true for {@link #none()}
   */
  public boolean isEmpty() {
    return equals(NONE);
  }
}
