package org.attackstats.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A titled table of text cells for people, printed as an aligned text table, Markdown or HTML. */
final class Table {

  /** Cells that read as numbers or estimates, right-aligned. */
  private static final Pattern NUMBER = Pattern.compile("[~>=0-9.\\[\\]]+|unknown|-|total|");

  final String title;
  final List<String> header;
  final List<List<String>> rows = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  Table(String title, String... header) {
    this.title = title;
    this.header = List.of(header);
  }

  Table row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("row of " + cells.length + " cells for " + header);
    }
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  Table note(String note) {
    notes.add(note);
    return this;
  }

  /** Whether every cell of a column reads as a number. */
  private boolean numeric(int column) {
    return !rows.isEmpty() && rows.stream().allMatch(r -> NUMBER.matcher(r.get(column)).matches());
  }

  void print(StringBuilder out, boolean markdown) {
    if (markdown) {
      out.append("## ").append(title).append("\n\n");
      out.append("| ").append(String.join(" | ", escape(header))).append(" |\n");
      out.append("|").append(" --- |".repeat(header.size())).append('\n');
      rows.forEach(r -> out.append("| ").append(String.join(" | ", escape(r))).append(" |\n"));
      if (!notes.isEmpty()) {
        out.append('\n');
        notes.forEach(n -> out.append(n).append('\n'));
      }
    } else {
      int[] w = new int[header.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = header.get(i).length();
        for (List<String> r : rows) {
          w[i] = Math.max(w[i], r.get(i).length());
        }
        w[i] = numeric(i) ? w[i] : -w[i];
      }
      out.append(title).append('\n');
      out.append("  ").append(line(header, w)).append('\n');
      rows.forEach(r -> out.append("  ").append(line(r, w)).append('\n'));
      if (rows.isEmpty()) {
        out.append("  (none)\n");
      }
      notes.forEach(n -> out.append("  ").append(n).append('\n'));
    }
    out.append('\n');
  }

  /** The table as an HTML {@code <table>} with its title as caption and notes after it. */
  void html(StringBuilder out) {
    out.append("<section class=\"table\">\n<table>\n<caption>").append(Html.escape(title)).append("</caption>\n<thead><tr>");
    header.forEach(h -> out.append("<th>").append(Html.escape(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> r : rows) {
      out.append("<tr>");
      for (int i = 0; i < r.size(); i++) {
        out.append(numeric(i) ? "<td class=\"n\">" : "<td>").append(Html.escape(r.get(i))).append("</td>");
      }
      out.append("</tr>\n");
    }
    if (rows.isEmpty()) {
      out.append("<tr><td colspan=\"").append(header.size()).append("\">(none)</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    notes.forEach(n -> out.append("<p class=\"note\">").append(Html.escape(n)).append("</p>\n"));
    out.append("</section>\n");
  }

  private static String line(List<String> cells, int[] w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      // numbers right-aligned (a positive width), text left-aligned (a negative one)
      sb.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%" + w[i] + "s", cells.get(i)));
    }
    return sb.toString().stripTrailing();
  }

  private static List<String> escape(List<String> cells) {
    return cells.stream().map(c -> c.replace("|", "\\|")).toList();
  }
}
