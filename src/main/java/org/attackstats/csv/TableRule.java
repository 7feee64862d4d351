package org.attackstats.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.attackstats.model.Place;
import org.attackstats.model.Source;

/**
 * Rows of any incident table to records, through a {@link TableMapping} onto the generic fields
 * (canonical column names): {@code date_start} is required; counts use the estimate grammar
 * ({@code 3}, {@code >=3}, {@code 2..5}, {@code ~3}), countries are ISO alpha-2 or alpha-3 codes
 * or names, methods lower-case words. See docs/formats.md.
 */
final class TableRule extends Mapping {

  private final TableMapping mapping;
  private final DateTimeFormatter dates;

  TableRule(TableMapping mapping) {
    this.mapping = mapping;
    this.dates =
        mapping.dateFormat()
            .map(p -> DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu"), Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT))
            .orElse(null);
  }

  @Override
  String prefix() {
    return mapping.prefix();
  }

  @Override
  String idColumn() {
    return "id";
  }

  @Override
  List<String> requiredColumns() {
    return List.of("date_start");
  }

  @Override
  Set<String> knownColumns() {
    return Set.copyOf(TableMapping.FIELDS);
  }

  @Override
  void checkHeader(Binding binding, Context context) {
    for (int i = 0; i < binding.size(); i++) {
      String extra = binding.extraName(i);
      if (binding.index(binding.sourceName(i)) != i
          && (Columns.ATTACKS.contains(extra) || Columns.RESPONSES.contains(extra))) {
        throw new CellException(binding.sourceName(i), "", "bad mapping",
            "column '" + binding.sourceName(i) + "' would be kept as an extra under the name of a canonical"
                + " column: map it to a field, or set a prefix for extras in the mapping (prefix=src_)");
      }
    }
    if (!binding.has("id")) {
      context.warn("id", "", "id from the line",
          "no id column: each record's id is the file and line (" + context.document + ":LINE)");
    }
  }

  @Override
  Incident map(SourceRow row, Context context) {
    Draft d = new Draft();
    d.id = row.has("id") ? id(row, context) : context.document + ":" + row.line();
    d.date = date(row);
    d.place =
        Place.unknown()
            .withCountry(country(row, context))
            .withAdmin1(row.take("admin1"))
            .withLocation(row.take("location"))
            .withCoordinates(
                Cells.coordinates("latitude", row.take("latitude"), "longitude", row.take("longitude"))
                    .orElse(null));
    d.actingSide = actor(row, "perpetrator");
    d.target = row.take("target");
    d.method = method(row);
    d.munitions = estimate(row, "munitions");
    d.injured = estimate(row, "injured");
    d.killed = estimate(row, "killed");
    d.victims = row.take("victims");
    d.notes = row.take("notes");
    String publisher = row.take("source");
    String document = row.take("source_url");
    d.source =
        Source.of(
            publisher.isBlank() ? mapping.publisher().orElse(null) : publisher.strip(),
            null,
            document.isBlank() ? context.document : document.strip());
    return d.build(row, context);
  }

  private DateSpan date(SourceRow row) {
    String start = Cells.required("date_start", row.take("date_start"));
    String endText = row.take("date_end");
    DateSpan span;
    if (dates == null) {
      try {
        span = DateSpan.parse(start);
      } catch (IllegalArgumentException e) {
        throw new CellException("date_start", start, Cells.INVALID_DATE,
            "expected yyyy-MM-dd, yyyy-MM, yyyy or yyyy-MM-dd/yyyy-MM-dd (or set date_format in the mapping)");
      }
    } else {
      span = DateSpan.ofDay(day("date_start", start));
    }
    if (endText.isBlank()) {
      return span;
    }
    LocalDate end = day("date_end", endText);
    if (end.isBefore(span.start())) {
      throw new CellException("date_end", endText, Cells.INVALID_DATE, "date_end is before date_start " + span.start());
    }
    return DateSpan.of(span.start(), end);
  }

  private LocalDate day(String column, String text) {
    String v = text.strip();
    try {
      return Cells.inRange(column, text, dates == null ? LocalDate.parse(v) : LocalDate.parse(v, dates));
    } catch (DateTimeParseException e) {
      throw new CellException(column, text, Cells.INVALID_DATE,
          "expected a date " + mapping.dateFormat().orElse("yyyy-MM-dd") + " (the mapping's date_format)");
    }
  }

  private static Country country(SourceRow row, Context context) {
    String v = row.get("country").strip();
    if (v.isEmpty()) {
      return null;
    }
    Optional<Country> code =
        v.length() == 2 ? Country.find(v) : v.length() == 3 ? Country.ofAlpha3(v) : Optional.empty();
    if (code.isPresent()) {
      row.take("country");
      return code.get();
    }
    return CountryNames.resolve("country", v, context);
  }

  private static Method method(SourceRow row) {
    String v = row.take("method").strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      return Method.of(v);
    } catch (IllegalArgumentException e) {
      throw new CellException("method", v, "invalid method", e.getMessage());
    }
  }

  private static Estimate estimate(SourceRow row, String column) {
    String v = row.take(column).strip();
    if (v.isEmpty()) {
      return Estimate.unknown();
    }
    try {
      return Estimate.parse(v);
    } catch (IllegalArgumentException e) {
      throw new CellException(column, v, Cells.INVALID_NUMBER, e.getMessage());
    }
  }
}
