package org.attackstats.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attackstats.model.Estimate;

/**
 * A table in tidy form, for machines: one value per cell, one observation per row, typed cells
 * ({@code null} for an empty cell, {@link String}, {@link Number}, {@link Boolean}, or an {@link
 * Estimate}). Written as CSV, where an estimate column {@code x} becomes {@code x_low, x_best,
 * x_high, x_approximate} (the column {@code value} of the long tables becomes {@code low, best,
 * high, approximate}) and an unbounded high is an empty cell; or as a JSON array of objects, where
 * an estimate is an object with {@code low}, {@code best}, {@code high} ({@code null} when
 * unbounded), {@code approximate} and {@code text}, the canonical form.
 */
final class Tidy {

  final String name;
  final List<String> columns;
  private final Set<String> estimates;
  final List<List<Object>> rows = new ArrayList<>();

  /** A table; the columns named in {@code estimates} hold an estimate in every row. */
  Tidy(String name, List<String> columns, Set<String> estimates) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.estimates = Set.copyOf(estimates);
  }

  void row(List<Object> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException("row of " + cells.size() + " cells for " + columns);
    }
    for (int c = 0; c < cells.size(); c++) {
      if (estimates.contains(columns.get(c)) != cells.get(c) instanceof Estimate) {
        throw new IllegalArgumentException("column " + columns.get(c) + " of " + name + ": " + cells.get(c));
      }
    }
    rows.add(new ArrayList<>(cells));
  }

  /** Writes the table as CSV (RFC 4180, LF line ends), header first. */
  void csv(Appendable out) {
    List<String> header = new ArrayList<>();
    for (String col : columns) {
      if (estimates.contains(col)) {
        String p = col.equals("value") ? "" : col + "_";
        header.addAll(List.of(p + "low", p + "best", p + "high", p + "approximate"));
      } else {
        header.add(col);
      }
    }
    try {
      CSVPrinter printer =
          new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
      printer.printRecord(header);
      for (List<Object> r : rows) {
        List<String> cells = new ArrayList<>();
        for (Object v : r) {
          if (v instanceof Estimate e) {
            cells.add(number(e.low()));
            cells.add(number(e.best()));
            cells.add(e.isBounded() ? number(e.high()) : "");
            cells.add(Boolean.toString(e.isApproximate()));
          } else {
            cells.add(v == null ? "" : v instanceof Number n ? number(n.doubleValue()) : v.toString());
          }
        }
        printer.printRecord(cells);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends the table as a JSON array of objects, one per row. */
  void json(StringBuilder out) {
    out.append('[');
    for (int r = 0; r < rows.size(); r++) {
      out.append(r == 0 ? "\n" : ",\n").append("      {");
      for (int c = 0; c < columns.size(); c++) {
        if (c > 0) {
          out.append(", ");
        }
        string(out, columns.get(c));
        out.append(": ");
        value(out, rows.get(r).get(c));
      }
      out.append('}');
    }
    out.append(rows.isEmpty() ? "]" : "\n    ]");
  }

  /** Appends a value as JSON: estimates as objects, lists as arrays, maps as objects. */
  static void value(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof Estimate e) {
      out.append("{\"low\": ").append(number(e.low()))
          .append(", \"best\": ").append(number(e.best()))
          .append(", \"high\": ").append(e.isBounded() ? number(e.high()) : "null")
          .append(", \"approximate\": ").append(e.isApproximate())
          .append(", \"text\": ");
      string(out, e.toString());
      out.append('}');
    } else if (v instanceof Number n) {
      out.append(number(n.doubleValue()));
    } else if (v instanceof Boolean b) {
      out.append(b);
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        value(out, list.get(i));
      }
      out.append(']');
    } else if (v instanceof Map<?, ?> map) {
      out.append('{');
      boolean firstEntry = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(firstEntry ? "" : ", ");
        firstEntry = false;
        string(out, e.getKey().toString());
        out.append(": ");
        value(out, e.getValue());
      }
      out.append('}');
    } else {
      string(out, v.toString());
    }
  }

  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    out.append('"');
  }

  /** A number as the shortest plain decimal: {@code 3}, {@code 1381.5}. */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
