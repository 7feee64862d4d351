package org.attackstats.csv;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.attackstats.model.DatePrecision;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Place;

/** UCDP GED rows to records. See docs/formats.md. */
final class UcdpMapping extends Mapping {

  static final UcdpMapping INSTANCE = new UcdpMapping();

  static final List<String> COLUMNS =
      List.of(
          "id",
          "relid",
          "year",
          "active_year",
          "code_status",
          "type_of_violence",
          "conflict_dset_id",
          "conflict_new_id",
          "conflict_name",
          "dyad_dset_id",
          "dyad_new_id",
          "dyad_name",
          "side_a_dset_id",
          "side_a_new_id",
          "side_a",
          "side_b_dset_id",
          "side_b_new_id",
          "side_b",
          "number_of_sources",
          "source_article",
          "source_office",
          "source_date",
          "source_headline",
          "source_original",
          "where_prec",
          "where_coordinates",
          "where_description",
          "adm_1",
          "adm_2",
          "latitude",
          "longitude",
          "geom_wkt",
          "priogrid_gid",
          "country",
          "country_id",
          "region",
          "event_clarity",
          "date_prec",
          "date_start",
          "date_end",
          "deaths_a",
          "deaths_b",
          "deaths_civilians",
          "deaths_unknown",
          "best",
          "high",
          "low",
          "gwnoa",
          "gwnob");

  static final Set<String> DATE_PRECISIONS = Set.of("1", "2", "3", "4", "5");
  static final Set<String> VIOLENCE_TYPES = Set.of("1", "2", "3");

  private UcdpMapping() {}

  @Override
  String prefix() {
    return "ucdp_";
  }

  @Override
  String idColumn() {
    return "id";
  }

  @Override
  List<String> requiredColumns() {
    return List.of("id", "date_start", "country");
  }

  @Override
  Set<String> knownColumns() {
    return Set.copyOf(COLUMNS);
  }

  @Override
  Incident map(SourceRow row, Context context) {
    Draft d = new Draft();
    d.id = id(row, context);
    d.date = date(row);
    checkKnown(row, "date_prec", DATE_PRECISIONS, context);
    checkKnown(row, "type_of_violence", VIOLENCE_TYPES, context);
    d.place =
        Place.unknown().withCountry(CountryNames.resolve("country", row.get("country"), context))
            .withAdmin1(row.take("adm_1"))
            .withLocation(row.take("where_coordinates"))
            .withCoordinates(
                Cells.coordinates(
                        "latitude", row.take("latitude"), "longitude", row.take("longitude"))
                    .orElse(null));
    d.actingSide = actor(row, "side_a");
    d.otherSide = actor(row, "side_b");
    d.killed = deaths(row, context);
    return d.build(row, context);
  }

  /** date_start to date_end (empty end = start); whole months and years get their precision. */
  static DateSpan date(SourceRow row) {
    LocalDate start =
        Cells.isoDate("date_start", Cells.required("date_start", row.get("date_start")));
    String endText = row.get("date_end");
    LocalDate end = endText.isBlank() ? start : Cells.isoDate("date_end", endText);
    if (end.isBefore(start)) {
      throw new CellException(
          "date_end", endText, Cells.INVALID_DATE, "date_end is before date_start " + start);
    }
    YearMonth month = YearMonth.from(start);
    if (start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()))) {
      return DateSpan.of(start, end, DatePrecision.YEAR);
    }
    if (start.getDayOfMonth() == 1 && end.equals(month.atEndOfMonth()) && !start.equals(end)) {
      return DateSpan.ofMonth(month);
    }
    return DateSpan.of(start, end);
  }

  /**
   * best within low..high; all three empty is unknown. A row UCDP coded inconsistently is kept,
   * with a warning quoting the three cells: a missing low or high is taken as best, a missing best
   * as low (the conservative figure), and a best outside low..high (or low above high) widens the
   * range to hold all three values, best unchanged; the three cells are then kept as extras.
   */
  static Estimate deaths(SourceRow row, Context context) {
    String best = row.take("best");
    String low = row.take("low");
    String high = row.take("high");
    if (best.isBlank() && low.isBlank() && high.isBlank()) {
      return Estimate.unknown();
    }
    String cells = "best '" + best + "', low '" + low + "', high '" + high + "'";
    Double l = low.isBlank() ? null : Cells.decimal("low", low);
    Double h = high.isBlank() ? null : Cells.decimal("high", high);
    double b = best.isBlank() ? (l != null ? l : h) : Cells.decimal("best", best);
    double lo = l != null ? l : b;
    double hi = h != null ? h : b;
    Estimate e = Estimate.of(Math.min(lo, Math.min(b, hi)), b, Math.max(lo, Math.max(b, hi)));
    boolean complete = l != null && h != null && !best.isBlank();
    if (!complete || !(lo <= b && b <= hi)) {
      // the cells as UCDP gave them stay in the extras
      row.keep("best");
      row.keep("low");
      row.keep("high");
    }
    if (!complete) {
      context.warn("best", best, "estimate completed",
          "not all of best, low and high are given (" + cells + "): kept as " + e.toCell());
    } else if (!(lo <= b && b <= hi)) {
      context.warn("best", best, "estimate widened",
          "best is not within low..high (" + cells + "): kept as " + e.toCell()
              + ", the range widened to hold all three");
    }
    return e;
  }
}
