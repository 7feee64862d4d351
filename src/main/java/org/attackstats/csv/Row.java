package org.attackstats.csv;

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
 * One data row bound to its header, with typed getters. Every getter throws {@link CellException}
 * naming the column, the raw value and what would be valid; an absent column reads as empty.
 */
final class Row {
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}(?:\\.\\d+)?");

  /** Columns whose values are mostly unique: never worth sharing. */
  private static final java.util.Set<String> UNIQUE = java.util.Set.of("id", "quote", "notes");

  private final Header header;
  private final String[] cells;
  private final Interner interner;

  Row(Header header, String[] cells, Interner interner) {
    this.header = header;
    this.cells = cells;
    this.interner = interner;
  }

  /** The raw cell, or "" when the column is absent from the file. */
  String raw(String column) {
    int i = header.index(column);
    return i < 0 ? "" : cells[i];
  }

  /** The cell, or null when empty or blank. */
  String text(String column) {
    String s = raw(column);
    return s.isBlank() ? null : UNIQUE.contains(column) ? s : interner.intern(s);
  }

  String required(String column) {
    String s = text(column);
    if (s == null) {
      throw new CellException(column, raw(column), "required value is empty");
    }
    return s;
  }

  <T> T parse(String column, Function<String, T> parser) {
    String s = text(column);
    if (s == null) {
      return null;
    }
    try {
      return parser.apply(s.strip());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new CellException(column, s, e.getMessage());
    }
  }

  Estimate estimate(String column) {
    Estimate e = parse(column, Estimate::parse);
    return e == null ? Estimate.unknown() : interner.intern(e);
  }

  LocalDate date(String column) {
    return parse(
        column,
        s -> {
          LocalDate d;
          try {
            d = LocalDate.parse(s);
          } catch (DateTimeParseException e) {
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

  Optional<Country> country(String column) {
    return Optional.ofNullable(parse(column, Country::of));
  }

  Actor actor(String column) {
    return interner.intern(parse(column, Actor::of));
  }

  Method method(String column) {
    return interner.intern(parse(column, Method::of));
  }

  List<String> list(String column) {
    String s = text(column);
    if (s == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : s.split("\\|", -1)) {
      String p = part.strip();
      if (p.isEmpty()) {
        throw new CellException(column, s, "empty item in '|'-separated list");
      }
      out.add(p);
    }
    return out;
  }

  OptionalInt offset(String column) {
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
    LocalDate start = date("date_start");
    if (start == null) {
      throw new CellException("date_start", raw("date_start"), "required value is empty");
    }
    LocalDate end = date("date_end");
    DatePrecision precision = parse("date_precision", DatePrecision::parse);
    LocalDate e = end == null ? start : end;
    if (e.isBefore(start)) {
      throw new CellException(
          "date_end", raw("date_end"), "date_end is before date_start " + start);
    }
    if (precision == null) {
      return interner.intern(DateSpan.of(start, e));
    }
    try {
      return interner.intern(DateSpan.of(start, e, precision));
    } catch (IllegalArgumentException x) {
      throw new CellException("date_precision", raw("date_precision"), x.getMessage());
    }
  }

  Optional<LocalTime> time() {
    return Optional.ofNullable(
        parse(
            "time",
            s -> {
              try {
                return LocalTime.parse(s);
              } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("invalid time: expected HH:mm or HH:mm:ss", e);
              }
            }));
  }

  Optional<Coordinates> coordinates() {
    Double lat = parse("latitude", s -> coordinate(s, "latitude", 90));
    Double lon = parse("longitude", s -> coordinate(s, "longitude", 180));
    if ((lat == null) != (lon == null)) {
      String missing = lat == null ? "latitude" : "longitude";
      throw new CellException(
          missing, raw(missing), "latitude and longitude must be given together or not at all");
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

  Place place() {
    return interner.intern(new Place(
        country("country"),
        Optional.ofNullable(text("admin1")),
        Optional.ofNullable(text("location")),
        coordinates()));
  }

  Source source() {
    OptionalInt start = offset("quote_start");
    OptionalInt end = offset("quote_end");
    if (start.isPresent() != end.isPresent()) {
      String missing = start.isPresent() ? "quote_end" : "quote_start";
      throw new CellException(missing, raw(missing), "quote_start and quote_end come in pairs");
    }
    if (start.isPresent() && end.getAsInt() < start.getAsInt()) {
      throw new CellException(
          "quote_end", raw("quote_end"), "quote_end is before quote_start " + start.getAsInt());
    }
    return interner.intern(new Source(
        Optional.ofNullable(text("source")),
        Optional.ofNullable(interner.intern(date("source_date"))),
        Optional.ofNullable(text("source_url")),
        Optional.ofNullable(text("quote")),
        start,
        end));
  }

  /** The non-empty cells of columns that are not canonical, in header order. */
  Map<String, String> extras() {
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
