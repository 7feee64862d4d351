package org.attackstats.csv;

import static org.attackstats.csv.Column.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.attackstats.model.Actor;
import org.attackstats.model.Coordinates;
import org.attackstats.model.Country;
import org.attackstats.model.DatePrecision;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Source;

/**
 * The data rows of one canonical file, one at a time ({@link #at}), with typed getters by {@link
 * Column}. Every getter throws {@link CellException} naming the column, the raw value and what
 * would be valid; a column absent from the file reads as empty. Each column of repeating values
 * parses each distinct cell once (a {@link Memo} per column), and its rows share the value.
 */
final class Row {
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}(?:\\.\\d+)?");

  private final Header header;
  /** Per column: the texts seen, and the values parsed, by raw cell; null for unique columns. */
  private final Memo[] texts = new Memo[Column.values().length];
  private final Memo[] values = new Memo[Column.values().length];
  /** The date spans, places and sources of this file. */
  private final Memo spans;
  private final Memo places;
  private final Memo sources;
  private String[] cells;

  /** The rows of a file with this header, with memos of at most {@code memoCapacity} values. */
  Row(Header header, int memoCapacity) {
    this.header = header;
    for (Column c : Column.values()) {
      if (c.repeats && header.position(c) >= 0) {
        texts[c.ordinal()] = new Memo(memoCapacity);
        values[c.ordinal()] = new Memo(memoCapacity);
      }
    }
    spans = new Memo(memoCapacity);
    places = new Memo(memoCapacity);
    sources = new Memo(memoCapacity);
  }

  /** This row, now reading the given cells (one per header column). */
  Row at(String[] cells) {
    this.cells = cells;
    return this;
  }

  /** The raw cell, or "" when the column is absent from the file. */
  String raw(Column column) {
    int i = header.position(column);
    return i < 0 ? "" : cells[i];
  }

  /** The cell, or null when empty or blank; equal cells of a repeating column share one string. */
  String text(Column column) {
    String s = raw(column);
    if (s.isBlank()) {
      return null;
    }
    Memo m = texts[column.ordinal()];
    return m == null ? s : m.share(s);
  }

  String required(Column column) {
    String s = text(column);
    if (s == null) {
      throw new CellException(column.label, raw(column), "required value is empty");
    }
    return s;
  }

  /**
   * The cell parsed, or null when blank; each column always parses with the same parser, so the
   * column's memo may hand out a value parsed from an equal cell before.
   */
  <T> T parse(Column column, Function<String, T> parser) {
    String s = raw(column);
    if (s.isBlank()) {
      return null;
    }
    Memo m = values[column.ordinal()];
    return m == null ? parsed(column, s, parser) : m.get(s, t -> parsed(column, t, parser));
  }

  private static <T> T parsed(Column column, String s, Function<String, T> parser) {
    try {
      return parser.apply(s.strip());
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new CellException(column.label, s, e.getMessage());
    }
  }

  Estimate estimate(Column column) {
    Estimate e = parse(column, Estimate::parse);
    return e == null ? Estimate.unknown() : e;
  }

  LocalDate date(Column column) {
    return parse(
        column,
        s -> {
          LocalDate d;
          try {
            d = Cells.localDate(s);
          } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                "invalid date: expected an ISO date yyyy-MM-dd such as 2023-10-17", e);
          }
          if (d.isBefore(DateSpan.MIN) || d.isAfter(DateSpan.MAX)) {
            throw new IllegalArgumentException(
                "date out of range: expected a date between 0001-01-01 and 9999-12-31");
          }
          return d;
        });
  }

  Optional<Country> country(Column column) {
    return Optional.ofNullable(parse(column, Country::of));
  }

  Actor actor(Column column) {
    return parse(column, Actor::of);
  }

  Method method(Column column) {
    return parse(column, Method::of);
  }

  List<String> list(Column column) {
    String s = text(column);
    if (s == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : s.split("\\|", -1)) {
      String p = part.strip();
      if (p.isEmpty()) {
        throw new CellException(column.label, s, "empty item in '|'-separated list");
      }
      out.add(p);
    }
    return out;
  }

  OptionalInt offset(Column column) {
    Integer i =
        parse(
            column,
            s -> {
              try {
                int v = Integer.parseInt(s);
                if (v < 0) {
                  throw new NumberFormatException();
                }
                return v;
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                    "invalid offset: expected a non-negative whole number of characters");
              }
            });
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  DateSpan dateSpan() {
    LocalDate start = date(DATE_START);
    if (start == null) {
      throw new CellException(DATE_START.label, raw(DATE_START), "required value is empty");
    }
    LocalDate end = date(DATE_END);
    DatePrecision precision = parse(DATE_PRECISION, DatePrecision::parse);
    LocalDate e = end == null ? start : end;
    if (e.isBefore(start)) {
      throw new CellException(
          DATE_END.label, raw(DATE_END), "date_end is before date_start " + start);
    }
    return spans.get(new SpanKey(start, e, precision), this::dateSpan);
  }

  private DateSpan dateSpan(SpanKey k) {
    if (k.precision == null) {
      return DateSpan.of(k.start, k.end);
    }
    try {
      return DateSpan.of(k.start, k.end, k.precision);
    } catch (IllegalArgumentException x) {
      throw new CellException(DATE_PRECISION.label, raw(DATE_PRECISION), x.getMessage());
    }
  }

  /** The cells of a date span, parsed: the key of the spans of this file. */
  private record SpanKey(LocalDate start, LocalDate end, DatePrecision precision) {}

  Optional<LocalTime> time() {
    return Optional.ofNullable(
        parse(
            TIME,
            s -> {
              try {
                return LocalTime.parse(s);
              } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("invalid time: expected HH:mm or HH:mm:ss", e);
              }
            }));
  }

  Optional<Coordinates> coordinates() {
    Double lat = parse(LATITUDE, s -> coordinate(s, "latitude", 90));
    Double lon = parse(LONGITUDE, s -> coordinate(s, "longitude", 180));
    if ((lat == null) != (lon == null)) {
      Column missing = lat == null ? LATITUDE : LONGITUDE;
      throw new CellException(
          missing.label, raw(missing),
          "latitude and longitude must be given together or not at all");
    }
    return lat == null ? Optional.empty() : Optional.of(Coordinates.of(lat, lon));
  }

  private static double coordinate(String s, String what, int limit) {
    if (!DECIMAL.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "invalid " + what + ": expected decimal degrees such as 33.8 or -44.25");
    }
    double d = Double.parseDouble(s);
    if (Math.abs(d) > limit) {
      throw new IllegalArgumentException(what + " must be between -" + limit + " and " + limit);
    }
    return d;
  }

  /**
   * The place of the row, its location read only if {@code withLocation} (a base's name is its
   * location); shared with the rows of an equal place unless it has coordinates (which make
   * nearly every place unique). Cells are read in column order, so the first bad one is the one
   * reported.
   */
  Place place(boolean withLocation) {
    Optional<Country> country = country(COUNTRY);
    Optional<String> admin1 = Optional.ofNullable(text(ADMIN1));
    Optional<String> location = withLocation ? Optional.ofNullable(text(LOCATION)) : Optional.empty();
    Optional<Coordinates> at = coordinates();
    Place p = new Place(country, admin1, location, at);
    return at.isEmpty() ? places.share(p) : p;
  }

  /**
   * The source of the row; shared with the rows of an equal source unless it quotes the document
   * (which makes nearly every source unique).
   */
  Source source() {
    OptionalInt start = offset(QUOTE_START);
    OptionalInt end = offset(QUOTE_END);
    if (start.isPresent() != end.isPresent()) {
      Column missing = start.isPresent() ? QUOTE_END : QUOTE_START;
      throw new CellException(missing.label, raw(missing), "quote_start and quote_end come in pairs");
    }
    if (start.isPresent() && end.getAsInt() < start.getAsInt()) {
      throw new CellException(
          QUOTE_END.label, raw(QUOTE_END), "quote_end is before quote_start " + start.getAsInt());
    }
    Optional<String> quote = Optional.ofNullable(text(QUOTE));
    Source s =
        new Source(
            Optional.ofNullable(text(SOURCE)), Optional.ofNullable(date(SOURCE_DATE)),
            Optional.ofNullable(text(SOURCE_URL)), quote, start, end);
    return quote.isEmpty() ? sources.share(s) : s;
  }

  /** The non-empty cells of columns that are not canonical, in header order. */
  Map<String, String> extras() {
    if (header.extraIndexes().length == 0) {
      return Map.of();
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (int i : header.extraIndexes()) {
      if (!cells[i].isEmpty()) {
        m.put(header.name(i), cells[i]);
      }
    }
    return m;
  }

  @Override
  public String toString() {
    return Arrays.toString(cells);
  }
}
