package org.attackstats.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Tally;
import org.attackstats.model.TallyMetric;
import org.attackstats.stats.CalendarGrouping;
import org.attackstats.stats.GroupRow;
import org.attackstats.stats.GroupedResult;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Query;
import org.attackstats.stats.Summary;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's charts, drawn with JFreeChart (an optional dependency bundled in the command-line
 * jar only) and written as SVG (JFreeSVG) or PNG. Each chart has a palette of its own, so that a
 * picture of the page shows which charts were drawn.
 */
final class Charts {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** The charts, by the names {@code --chart-kind} takes. */
  enum Kind {
    ATTACKS_PER_WEEK("attacks-per-week", "Attacks per week by country",
        "Line: best count; band: certain (low) to possible (high), for incidents whose dates are uncertain."),
    CUMULATIVE("cumulative-attacks", "Cumulative attacks against the reported tallies",
        "Bands: attacks in the data since the start, certain to possible; points: what the tallies report (label: their value)."),
    CASUALTIES("casualties-per-month", "Casualties in attacks per month",
        "Bars: best totals; labels: the estimates (>=N: at least N, the rest unreported; unknown: no number reported)."),
    TIMELINE("timeline", "Attacks and responses on one time line",
        "Each attack (triangle) and response (circle) by country, across its possible dates.");

    final String id;
    final String title;
    final String caption;

    Kind(String id, String title, String caption) {
      this.id = id;
      this.title = title;
      this.caption = caption;
    }

    static Kind parse(String s) {
      for (Kind k : values()) {
        if (k.id.equalsIgnoreCase(s.strip())) {
          return k;
        }
      }
      throw new UsageException("invalid --chart-kind '" + s + "': expected one of " + names());
    }

    static String names() {
      return Arrays.stream(values()).map(k -> k.id).collect(Collectors.joining(", "));
    }
  }

  /** Series colours of each chart, none shared with another chart. */
  static final Color[] WEEKLY = colors("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d");
  static final Color[] CUMULATIVE = colors("#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#a65628", "#f781bf");
  static final Color[] CASUALTIES = colors("#f4a582", "#5e3c99");
  static final Color[] TIMELINE = colors("#b2182b", "#2166ac");
  private static final Color UNKNOWN = new Color(0x99, 0x99, 0x99);

  static final int WIDTH = 900;
  static final int HEIGHT = 420;

  private Charts() {}

  private static Color[] colors(String... hex) {
    return Arrays.stream(hex).map(Color::decode).toArray(Color[]::new);
  }

  /** The format a chart file is written in, by its extension: {@code svg} or {@code png}. */
  static Optional<String> fileFormat(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".svg") ? Optional.of("svg") : n.endsWith(".png") ? Optional.of("png") : Optional.empty();
  }

  /** Every chart of the report as an inline SVG element, by kind, in order. */
  static Map<Kind, String> svgs(Report report) {
    Map<Kind, String> out = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      out.put(k, svg(chart(report, k), k.id));
    }
    return out;
  }

  static void write(Report report, Kind kind, Path file) {
    JFreeChart chart = chart(report, kind);
    try {
      if (fileFormat(file).orElseThrow().equals("svg")) {
        Files.writeString(file, svg(chart, kind.id) + "\n", StandardCharsets.UTF_8);
      } else {
        try (OutputStream o = Files.newOutputStream(file)) {
          ChartUtils.writeChartAsPNG(o, chart, WIDTH, HEIGHT);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** A chart as an SVG element; {@code id} keeps its definitions apart from other charts'. */
  private static String svg(JFreeChart chart, String id) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    g.setDefsKeyPrefix(id + "-");
    chart.draw(g, new Rectangle(WIDTH, HEIGHT));
    return g.getSVGElement(id);
  }

  static JFreeChart chart(Report report, Kind kind) {
    JFreeChart c =
        switch (kind) {
          case ATTACKS_PER_WEEK -> attacksPerWeek(report.query());
          case CUMULATIVE -> cumulative(report);
          case CASUALTIES -> casualties(report.query());
          case TIMELINE -> timeline(report.query());
        };
    c.setTitle(new TextTitle(kind.title, new Font("SansSerif", Font.BOLD, 16)));
    c.setBackgroundPaint(Color.WHITE);
    c.setAntiAlias(true);
    return c;
  }

  private static long millis(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static DateAxis dateAxis() {
    DateAxis a = new DateAxis("date");
    a.setTimeZone(TimeZone.getTimeZone("UTC"));
    a.setLowerMargin(0.02);
    a.setUpperMargin(0.02);
    return a;
  }

  private static NumberAxis countAxis(String label) {
    NumberAxis a = new NumberAxis(label);
    a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    a.setAutoRangeIncludesZero(true);
    return a;
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setNoDataMessage("no incidents in the period");
  }

  /**
   * The first of the calendar groupings that cuts the query's rows into at most {@code max}
   * buckets, judged by the number of years they span (so that no finer grouping is tried over
   * centuries); the last one otherwise.
   */
  private static CalendarGrouping finest(Query q, int max, CalendarGrouping... choices) {
    int years = q.groupBy(Grouping.YEAR).summarize().rows().size();
    for (CalendarGrouping c : choices) {
      long perYear = c == Grouping.DAY ? 366 : c == Grouping.ISO_WEEK ? 53 : c == Grouping.MONTH ? 12 : 1;
      if (perYear * years <= max) {
        return c;
      }
    }
    return choices[choices.length - 1];
  }

  private static String countryName(Optional<Country> c) {
    return c.map(Country::code).orElse("unknown country");
  }

  private static JFreeChart attacksPerWeek(Query q) {
    CalendarGrouping cal = finest(q.attacks(), 530, Grouping.ISO_WEEK, Grouping.MONTH, Grouping.YEAR);
    GroupedResult g = q.attacks().groupBy(Grouping.COUNTRY, cal).summarize();
    Map<Optional<Country>, YIntervalSeries> series = new LinkedHashMap<>();
    for (GroupRow r : g.rows()) {
      Optional<Country> c = r.key().get(Grouping.COUNTRY);
      DateSpan bucket = r.key().get(cal).orElseThrow();
      Estimate n = r.count();
      series.computeIfAbsent(c, k -> new YIntervalSeries(countryName(k)))
          .add(millis(bucket.start()), n.best(), n.low(), n.high());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    boolean few = g.rows().size() <= 60 * Math.max(1, series.size());
    DeviationRenderer renderer = new DeviationRenderer(true, few);
    int i = 0;
    for (Map.Entry<Optional<Country>, YIntervalSeries> e : series.entrySet()) {
      data.addSeries(e.getValue());
      Color color = e.getKey().isEmpty() ? UNKNOWN : WEEKLY[i % WEEKLY.length];
      renderer.setSeriesPaint(i, color);
      renderer.setSeriesFillPaint(i, color);
      renderer.setSeriesStroke(i, new BasicStroke(2.5f));
      i++;
    }
    renderer.setAlpha(0.2f);
    XYPlot plot = new XYPlot(data, dateAxis(), countAxis("attacks per " + (cal == Grouping.ISO_WEEK ? "week" : cal.name())), renderer);
    style(plot);
    return new JFreeChart(plot);
  }

  private static JFreeChart cumulative(Report report) {
    Query all = Query.of(report.dataset());
    if (report.query().period().isPresent()) {
      all = all.period(report.query().period().get());
    }
    List<Tally> tallies = report.dataset().tallies().stream()
        .filter(t -> t.metric() == TallyMetric.ATTACKS && t.asOf().isPresent())
        .toList();
    List<Optional<Country>> scopes = new ArrayList<>();
    scopes.add(Optional.empty());
    tallies.stream().map(Tally::country).filter(Optional::isPresent).distinct().sorted(
        java.util.Comparator.comparing(Optional::get)).forEach(scopes::add);
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    XYSeriesCollection reported = new XYSeriesCollection();
    List<List<String>> labels = new ArrayList<>();
    DeviationRenderer bands = new DeviationRenderer(true, false);
    XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
    for (int s = 0; s < scopes.size(); s++) {
      Optional<Country> scope = scopes.get(s);
      Query q = scope.isPresent() ? all.attacks().country(scope.get()) : all.attacks();
      String name = scope.map(Country::code).orElse("all countries");
      YIntervalSeries band = new YIntervalSeries("data: " + name);
      CalendarGrouping cal = finest(q, 800, Grouping.DAY, Grouping.ISO_WEEK, Grouping.MONTH, Grouping.YEAR);
      for (GroupRow r : q.groupBy(cal).summarize().cumulative()) {
        Estimate n = r.count();
        band.add(millis(r.window().orElseThrow().endInclusive()), n.best(), n.low(), n.high());
      }
      data.addSeries(band);
      XYSeries marks = new XYSeries("reported: " + name, false, true);
      List<String> markLabels = new ArrayList<>();
      Map<LocalDate, List<String>> byDate = new LinkedHashMap<>();
      for (Tally t : tallies) {
        if (t.country().equals(scope)) {
          marks.add(millis(t.asOf().get()), t.value().best());
          byDate.computeIfAbsent(t.asOf().get(), d -> new ArrayList<>()).add(t.id() + " " + t.value());
        }
      }
      // one label per date, naming every tally of that date, so that close values do not overprint
      for (int item = 0; item < marks.getItemCount(); item++) {
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(marks.getX(item).longValue(), 86_400_000L));
        List<String> ids = byDate.remove(d);
        markLabels.add(ids == null ? null : String.join(", ", ids));
      }
      reported.addSeries(marks);
      labels.add(markLabels);
      Color color = CUMULATIVE[s % CUMULATIVE.length];
      bands.setSeriesPaint(s, color);
      bands.setSeriesFillPaint(s, color);
      bands.setSeriesStroke(s, new BasicStroke(2.5f));
      points.setSeriesPaint(s, color);
      points.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
    }
    bands.setAlpha(0.2f);
    points.setDefaultItemLabelGenerator((dataset, series, item) -> labels.get(series).get(item));
    points.setDefaultItemLabelsVisible(true);
    points.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    points.setDefaultItemLabelFont(new Font("SansSerif", Font.PLAIN, 11));
    XYPlot plot = new XYPlot(data, dateAxis(), countAxis("attacks, cumulative"), bands);
    plot.setDataset(1, reported);
    plot.setRenderer(1, points);
    style(plot);
    return new JFreeChart(plot);
  }

  private static JFreeChart casualties(Query q) {
    Query attacks = q.attacks();
    CalendarGrouping cal = finest(attacks, 120, Grouping.MONTH, Grouping.YEAR);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<String, Estimate> values = new LinkedHashMap<>();
    for (GroupRow r : attacks.groupBy(cal).summarize().rows()) {
      String bucket = cal.label(r.key().get(cal).orElseThrow());
      Summary s = r.summary();
      data.addValue(s.injured().best(), "injured", bucket);
      data.addValue(s.killed().best(), "killed", bucket);
      values.put("injured " + bucket, s.injured());
      values.put("killed " + bucket, s.killed());
    }
    CategoryAxis buckets = new CategoryAxis(cal.name());
    if (data.getColumnCount() > 12) {
      buckets.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, CASUALTIES[0]);
    renderer.setSeriesPaint(1, CASUALTIES[1]);
    renderer.setDefaultItemLabelGenerator(new EstimateLabels(values));
    renderer.setDefaultItemLabelsVisible(true);
    CategoryPlot plot = new CategoryPlot(data, buckets, countAxis("people"), renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setNoDataMessage("no attacks in the period");
    return new JFreeChart(plot);
  }

  /** Bar labels: the estimate behind each bar, as the report prints it. */
  private record EstimateLabels(Map<String, Estimate> values) implements CategoryItemLabelGenerator {
    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Estimate e = values.get(dataset.getRowKey(row) + " " + dataset.getColumnKey(column));
      return e == null || e.equals(Estimate.ZERO) ? null : e.isUnknown() ? "unknown" : e.toString();
    }
  }

  private static JFreeChart timeline(Query q) {
    List<Incident> records = q.summarize().records();
    List<Optional<Country>> countries = records.stream().map(i -> i.place().country()).distinct()
        .sorted((a, b) -> a.isEmpty() ? (b.isEmpty() ? 0 : 1) : b.isEmpty() ? -1 : a.get().compareTo(b.get()))
        .toList();
    XIntervalSeries attacks = new XIntervalSeries("attacks", false, true);
    XIntervalSeries responses = new XIntervalSeries("responses", false, true);
    for (Incident i : records) {
      int y = countries.indexOf(i.place().country());
      long start = millis(i.date().start());
      long end = millis(i.date().endInclusive().plusDays(1)) - 1;
      boolean attack = i.kind() == Incident.Kind.ATTACK;
      (attack ? attacks : responses).add((start + end) / 2.0, start, end, y + (attack ? 0.15 : -0.15));
    }
    XIntervalSeriesCollection data = new XIntervalSeriesCollection();
    data.addSeries(attacks);
    data.addSeries(responses);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawYError(false);
    renderer.setDrawXError(true);
    renderer.setErrorStroke(new BasicStroke(2f));
    renderer.setCapLength(6);
    renderer.setSeriesPaint(0, TIMELINE[0]);
    renderer.setSeriesPaint(1, TIMELINE[1]);
    renderer.setErrorPaint(null); // each series' interval in its own colour
    renderer.setSeriesShape(0, triangle());
    renderer.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
    String[] names = countries.stream().map(Charts::countryName).toArray(String[]::new);
    SymbolAxis axis = new SymbolAxis("country", names.length == 0 ? new String[] {""} : names);
    axis.setRange(-0.6, Math.max(0, names.length - 1) + 0.6);
    XYPlot plot = new XYPlot(data, dateAxis(), axis, renderer);
    style(plot);
    return new JFreeChart(plot);
  }

  private static java.awt.Shape triangle() {
    java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
    p.moveTo(0, -6);
    p.lineTo(6, 5);
    p.lineTo(-6, 5);
    p.closePath();
    return p;
  }
}
