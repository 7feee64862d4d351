package org.attackstats.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A news report to read: its text, publication date, publisher and an identifier (a file name or
 * URL) that records cite as their document. Offsets of quotes are indices into {@link #text()}.
 *
 * <pre>{@code
 * NewsDocument d = NewsDocument.of("wire-1", LocalDate.of(2023, 11, 21), "AP",
 *     "Two rockets hit Ain al-Asad air base on Tuesday.");
 * NewsDocument seed = NewsDocument.parse("000_cc793dff6a0669b7.txt", fileText);
 * }</pre>
 *
 * @param id the document identifier
 * @param text the whole text
 * @param published the publication date, against which relative dates are resolved
 * @param publisher the publisher, if known
 * @param bodyStart offset where the body starts (after a header line), 0 if there is none
 */
public record NewsDocument(
    String id, String text, LocalDate published, Optional<String> publisher, int bodyStart) {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the id is blank or {@code bodyStart} is outside the text
   * @throws NullPointerException if a field is null
   */
  public NewsDocument {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publisher, "publisher");
    publisher = publisher.filter(p -> !p.isBlank()).map(String::strip);
    if (bodyStart < 0 || bodyStart > text.length()) {
      throw new IllegalArgumentException(
          "bodyStart " + bodyStart + " is outside the text of length " + text.length());
    }
  }

  /**
   * A document built through the API; the whole text is the body.
   *
   * @param id the identifier
   * @param published the publication date
   * @param publisher the publisher, or null
   * @param text the text
   * @return the document
   */
  public static NewsDocument of(String id, LocalDate published, String publisher, String text) {
    return new NewsDocument(id, text, published, Optional.ofNullable(publisher), 0);
  }

  /**
   * A document in the seed layout: a first line {@code " date 2023-11-21 Shafaq News/ ..."} giving
   * the date and the publisher (up to the {@code /}), followed by the body on the same line. The
   * text is kept whole, header included, so that offsets count from the first character of the
   * file.
   *
   * @param id the identifier, usually the file name
   * @param text the file's text
   * @return the document
   * @throws IllegalArgumentException if the first line does not start with {@code date
   *     yyyy-MM-dd}
   */
  public static NewsDocument parse(String id, String text) {
    Objects.requireNonNull(text, "text");
    int i = 0;
    int n = text.length();
    if (i < n && text.charAt(i) == '\uFEFF') {
      i++;
    }
    while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (!text.startsWith("date", i)) {
      throw new IllegalArgumentException(
          "document '" + id + "' does not start with a header 'date yyyy-MM-dd Publisher/': "
              + text.substring(0, Math.min(n, 40)));
    }
    i += 4;
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    if (i + 10 > n) {
      throw new IllegalArgumentException("document '" + id + "': header has no date");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.substring(i, i + 10));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "document '" + id + "': invalid header date '" + text.substring(i, i + 10)
              + "', expected yyyy-MM-dd",
          e);
    }
    i += 10;
    int lineEnd = text.indexOf('\n', i);
    int limit = Math.min(lineEnd < 0 ? n : lineEnd, i + 200);
    int slash = text.indexOf('/', i);
    String publisher = null;
    int body = i;
    if (slash >= 0 && slash < limit) {
      publisher = text.substring(i, slash).strip();
      body = slash + 1;
    }
    while (body < n && text.charAt(body) == ' ') {
      body++;
    }
    return new NewsDocument(id, text, date, Optional.ofNullable(publisher), body);
  }
}
