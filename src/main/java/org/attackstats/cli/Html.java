package org.attackstats.cli;

import java.util.List;
import java.util.Map;

/**
 * The HTML report: one self-contained page (inline style and SVG charts, no script, nothing
 * fetched), the charts first, then the tables of the text report.
 */
final class Html {

  private static final String STYLE =
      String.join(
          "\n",
          "body { font-family: 'DejaVu Sans', Arial, sans-serif; margin: 2em auto; max-width: 960px; color: #222; }",
          "h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }",
          "figure { margin: 1.5em 0; } figure svg { display: block; max-width: 100%; height: auto; }",
          "figcaption { font-size: 0.9em; color: #555; }",
          "table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }",
          "caption { text-align: left; font-weight: bold; padding: 0.3em 0; }",
          "th, td { border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: left; }",
          "td.n { text-align: right; font-variant-numeric: tabular-nums; }",
          "p.note { font-size: 0.85em; color: #555; margin: 0.2em 0; }");

  private Html() {}

  static void page(StringBuilder out, String title, List<Table> tables, Map<Charts.Kind, String> charts) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    out.append("<h1>").append(escape(title)).append("</h1>\n<h2>Charts</h2>\n");
    charts.forEach((kind, svg) -> out.append("<figure id=\"").append(kind.id).append("\">\n").append(svg)
        .append("\n<figcaption>").append(escape(kind.caption)).append("</figcaption>\n</figure>\n"));
    out.append("<h2>Tables</h2>\n");
    tables.forEach(t -> t.html(out));
    out.append("</body>\n</html>\n");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
