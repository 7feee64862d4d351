package org.attackstats.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A titled table of text cells, printed as an aligned text table, CSV or Markdown. */
final class Table {

  /** The output formats of {@code --format}. */
  enum Format {
    TABLE,
    CSV,
    MARKDOWN;

    static Format parse(String s) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(s)) {
          return f;
        }
      }
      throw new UsageException("invalid --format '" + s + "': expected table, csv or markdown");
    }
  }

  /** Cells that read as numbers or estimates, right-aligned in text tables. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[~>=0-9.\\[\\]]+|unknown|-|total|");

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

  void print(PrintStream out, Format format) {
    switch (format) {
      case CSV:
        out.println("# " + title);
        out.println(csvLine(header));
        rows.forEach(r -> out.println(csvLine(r)));
        notes.forEach(n -> out.println("# " + n));
        break;
      case MARKDOWN:
        out.println("## " + title);
        out.println();
        out.println("| " + String.join(" | ", escape(header)) + " |");
        out.println("|" + " --- |".repeat(header.size()));
        rows.forEach(r -> out.println("| " + String.join(" | ", escape(r)) + " |"));
        if (!notes.isEmpty()) {
          out.println();
          notes.forEach(out::println);
        }
        break;
      default:
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
          boolean numeric = !rows.isEmpty();
          w[i] = header.get(i).length();
          for (List<String> r : rows) {
            w[i] = Math.max(w[i], r.get(i).length());
            numeric &= NUMBER.matcher(r.get(i)).matches();
          }
          w[i] = numeric ? w[i] : -w[i];
        }
        out.println(title);
        out.println("  " + line(header, w));
        rows.forEach(r -> out.println("  " + line(r, w)));
        if (rows.isEmpty()) {
          out.println("  (none)");
        }
        notes.forEach(n -> out.println("  " + n));
    }
    out.println();
  }

  private static String line(List<String> cells, int[] w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      // numbers right-aligned (a negative width), text left-aligned
      sb.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%" + w[i] + "s", cells.get(i)));
    }
    return sb.toString().stripTrailing();
  }

  private static List<String> escape(List<String> cells) {
    return cells.stream().map(c -> c.replace("|", "\\|")).toList();
  }

  private static String csvLine(List<String> cells) {
    List<String> out = new ArrayList<>();
    for (String c : cells) {
      boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
      out.add(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    return String.join(",", out);
  }
}
