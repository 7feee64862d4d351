package org.attackstats.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.attackstats.dataset.Dataset;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;
import org.attackstats.model.Method;
import org.attackstats.stats.GroupKey;
import org.attackstats.stats.GroupedResult;
import org.attackstats.stats.Grouping;
import org.attackstats.stats.Query;
import org.attackstats.stats.Summary;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same three questions answered three ways over the same generated rows: the library (index
 * fast path), a naive Java-streams pass over the records (groupingBy with the library's own
 * collectors, so the semantics are identical), and DuckDB over a table of the same rows sorted by
 * country and start day. Every answer has the same low/best/high semantics; the setup checks that
 * the three agree before measuring.
 *
 * <ul>
 *   <li>{@code groupByCountry}: attacks per country over one year, counts and totals;
 *   <li>{@code countryPeriod}: attacks in one country over a random period of 1 to 365 days;
 *   <li>{@code monthlySeries}: attacks in one country, by month over one year;
 *   <li>{@code groupByMethod}: every incident (attacks and responses) by method, all dates;
 *   <li>{@code admin1ByMonth}: attacks by first-level division and month over one year (the
 *       library and streams only);
 *   <li>{@code countryPeriodMethod}: {@code countryPeriod} with a filter on the method (rockets),
 *       answered from the index's columns (the library and streams only).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {

  @Param({"1000000"})
  public int incidents;

  private static final DateSpan YEAR = DateSpan.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
  private static final int QUERIES = 1024;

  private Dataset dataset;
  private List<Incident> attacks;
  private Connection duck;
  private PreparedStatement duckGroup;
  private PreparedStatement duckCountry;
  private PreparedStatement duckMonthly;
  private PreparedStatement duckMethod;
  private final Country[] country = new Country[QUERIES];
  private final DateSpan[] period = new DateSpan[QUERIES];
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    dataset = BenchData.generate(incidents, 42);
    attacks = List.copyOf(dataset.attacks());
    Query.of(dataset).count(); // builds the index once, as any first query would
    SplittableRandom rng = new SplittableRandom(7);
    for (int i = 0; i < QUERIES; i++) {
      country[i] = BenchData.COUNTRIES.get(rng.nextInt(BenchData.COUNTRIES.size()));
      LocalDate from = BenchData.FIRST.plusDays(rng.nextInt(BenchData.DAYS));
      period[i] = DateSpan.of(from, from.plusDays(rng.nextInt(365)));
    }
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duck.createStatement()) {
      s.execute("SET threads TO 2");
      s.execute(
          "CREATE TABLE raw (kind VARCHAR, country VARCHAR, method VARCHAR, s INTEGER, e INTEGER,"
              + " inj_lo DOUBLE, inj_be DOUBLE, inj_hi DOUBLE,"
              + " kil_lo DOUBLE, kil_be DOUBLE, kil_hi DOUBLE,"
              + " mun_lo DOUBLE, mun_be DOUBLE, mun_hi DOUBLE)");
    }
    try (DuckDBAppender app = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "raw")) {
      for (Incident i : dataset.incidents()) {
        app.beginRow();
        app.append(i.kind() == Incident.Kind.ATTACK ? "A" : "R");
        app.append(i.place().country().map(Country::code).orElse(""));
        app.append(i.method().map(Method::name).orElse(""));
        app.append((int) i.date().start().toEpochDay());
        app.append((int) i.date().endInclusive().toEpochDay());
        for (Estimate e : List.of(i.injured(), i.killed(), i.munitions())) {
          app.append(e.low());
          app.append(e.best());
          app.append(e.high());
        }
        app.endRow();
      }
    }
    try (Statement s = duck.createStatement()) {
      s.execute("CREATE TABLE t AS SELECT * FROM raw ORDER BY kind, country, s");
      s.execute("DROP TABLE raw");
    }
    String measures =
        "count(*) FILTER (WHERE s >= ? AND e <= ?), count(*) FILTER (WHERE s >= ?), count(*),"
            + " sum(inj_lo) FILTER (WHERE s >= ? AND e <= ?), sum(inj_be) FILTER (WHERE s >= ?), sum(inj_hi),"
            + " sum(kil_lo) FILTER (WHERE s >= ? AND e <= ?), sum(kil_be) FILTER (WHERE s >= ?), sum(kil_hi),"
            + " sum(mun_lo) FILTER (WHERE s >= ? AND e <= ?), sum(mun_be) FILTER (WHERE s >= ?), sum(mun_hi)";
    duckGroup =
        duck.prepareStatement(
            "SELECT country, " + measures + " FROM t WHERE kind = 'A' AND s <= ? AND e >= ?"
                + " GROUP BY country ORDER BY country");
    duckCountry =
        duck.prepareStatement(
            "SELECT " + measures + " FROM t WHERE kind = 'A' AND country = ? AND s <= ? AND e >= ?");
    duckMethod =
        duck.prepareStatement(
            "SELECT method, count(*), sum(inj_lo), sum(inj_be), sum(inj_hi),"
                + " sum(kil_lo), sum(kil_be), sum(kil_hi), sum(mun_lo), sum(mun_be), sum(mun_hi)"
                + " FROM t GROUP BY method ORDER BY method");
    duckMonthly =
        duck.prepareStatement(
            "WITH m AS (SELECT CAST(epoch(d) / 86400 AS INTEGER) AS ms,"
                + " CAST(epoch(d + INTERVAL 1 MONTH) / 86400 AS INTEGER) - 1 AS me"
                + " FROM range(DATE '2020-01-01', DATE '2021-01-01', INTERVAL 1 MONTH) r(d))"
                + " SELECT m.ms, count(t.s) FILTER (WHERE t.s >= m.ms AND t.e <= m.me),"
                + " count(t.s) FILTER (WHERE t.s >= m.ms), count(t.s)"
                + " FROM m LEFT JOIN t ON t.kind = 'A' AND t.country = ? AND t.s <= m.me AND t.e >= m.ms"
                + " GROUP BY m.ms ORDER BY m.ms");
    check();
  }

  /** The three implementations agree on one query of each kind, or the benchmark stops. */
  private void check() throws SQLException {
    Summary lib = Query.of(dataset).attacks().country(country[0]).period(period[0]).summarize().summary();
    Summary naive = naiveCountryPeriod(country[0], period[0]);
    double[] db = duckCountryPeriod(country[0], period[0]);
    if (!lib.equals(naive)
        || lib.incidents().low() != db[0] || lib.incidents().best() != db[1] || lib.incidents().high() != db[2]
        || lib.injured().best() != db[4] || lib.killed().high() != db[8]) {
      throw new IllegalStateException("implementations disagree: " + lib + " / " + naive + " / " + java.util.Arrays.toString(db));
    }
    GroupedResult g = Query.of(dataset).attacks().period(YEAR).groupBy(Grouping.COUNTRY).summarize();
    if (g.rows().size() != naiveGroupByCountry().size()) {
      throw new IllegalStateException("group counts disagree");
    }
    TreeMap<String, Summary> byMethod = new TreeMap<>();
    groupByMethodLibrary().rows().forEach(r -> byMethod.put(r.key().get(Grouping.METHOD).map(Method::name).orElse(""), r.summary()));
    if (!byMethod.equals(groupByMethodStreams()) || groupByMethodDuckDb() != dataset.incidents().size()) {
      throw new IllegalStateException("group by method disagrees: " + byMethod + " / " + groupByMethodStreams());
    }
    if (!summaries(admin1ByMonthLibrary()).equals(admin1ByMonthStreams())) {
      throw new IllegalStateException("admin1 by month disagrees");
    }
    for (int q = 0; q < 8; q++) {
      if (!Query.of(dataset).attacks().country(country[q]).period(period[q]).method(Method.ROCKET).summarize().summary()
          .equals(naiveCountryPeriodMethod(country[q], period[q]))) {
        throw new IllegalStateException("country x period x method disagrees");
      }
    }
  }

  private static TreeMap<GroupKey, Summary> summaries(GroupedResult g) {
    TreeMap<GroupKey, Summary> m = new TreeMap<>();
    g.rows().forEach(r -> m.put(r.key(), r.summary()));
    return m;
  }

  private Summary naiveCountryPeriodMethod(Country c, DateSpan p) {
    Optional<Country> oc = Optional.of(c);
    Optional<Method> rocket = Optional.of(Method.ROCKET);
    return attacks.stream()
        .filter(i -> i.place().country().equals(oc) && i.method().equals(rocket))
        .collect(Summary.toSummary(p));
  }

  private double[] duckCountryPeriod(Country c, DateSpan p) throws SQLException {
    int f = (int) p.start().toEpochDay();
    int t = (int) p.endInclusive().toEpochDay();
    int k = bind(duckCountry, 1, f, t);
    duckCountry.setString(k++, c.code());
    duckCountry.setInt(k++, t);
    duckCountry.setInt(k, f);
    try (ResultSet rs = duckCountry.executeQuery()) {
      rs.next();
      double[] out = new double[12];
      for (int i = 0; i < 12; i++) {
        out[i] = rs.getDouble(i + 1);
      }
      return out;
    }
  }

  /** Binds the 16 window parameters of the measures; returns the next parameter index. */
  private static int bind(PreparedStatement ps, int k, int f, int t) throws SQLException {
    ps.setInt(k++, f);
    ps.setInt(k++, t);
    ps.setInt(k++, f);
    for (int m = 0; m < 3; m++) {
      ps.setInt(k++, f);
      ps.setInt(k++, t);
      ps.setInt(k++, f);
    }
    return k;
  }

  private Summary naiveCountryPeriod(Country c, DateSpan p) {
    Optional<Country> oc = Optional.of(c);
    return attacks.stream().filter(i -> i.place().country().equals(oc)).collect(Summary.toSummary(p));
  }

  private TreeMap<String, Summary> naiveGroupByCountry() {
    return attacks.stream()
        .collect(
            Collectors.groupingBy(
                i -> i.place().country().map(Country::code).orElse(""),
                TreeMap::new,
                Summary.toSummary(YEAR)));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    duck.close();
  }

  private int nextQuery() {
    next = (next + 1) & (QUERIES - 1);
    return next;
  }

  @Benchmark
  public GroupedResult groupByCountryLibrary() {
    return Query.of(dataset).attacks().period(YEAR).groupBy(Grouping.COUNTRY).summarize();
  }

  @Benchmark
  public TreeMap<String, Summary> groupByCountryStreams() {
    return naiveGroupByCountry();
  }

  @Benchmark
  public int groupByCountryDuckDb() throws SQLException {
    int f = (int) YEAR.start().toEpochDay();
    int t = (int) YEAR.endInclusive().toEpochDay();
    int k = bind(duckGroup, 1, f, t);
    duckGroup.setInt(k++, t);
    duckGroup.setInt(k, f);
    int rows = 0;
    try (ResultSet rs = duckGroup.executeQuery()) {
      while (rs.next()) {
        rows += rs.getInt(4);
      }
    }
    return rows;
  }

  @Benchmark
  public Summary countryPeriodLibrary() {
    int q = nextQuery();
    return Query.of(dataset).attacks().country(country[q]).period(period[q]).summarize().summary();
  }

  @Benchmark
  public Summary countryPeriodStreams() {
    int q = nextQuery();
    return naiveCountryPeriod(country[q], period[q]);
  }

  @Benchmark
  public double[] countryPeriodDuckDb() throws SQLException {
    int q = nextQuery();
    return duckCountryPeriod(country[q], period[q]);
  }

  @Benchmark
  public GroupedResult groupByMethodLibrary() {
    return Query.of(dataset).groupBy(Grouping.METHOD).summarize();
  }

  @Benchmark
  public TreeMap<String, Summary> groupByMethodStreams() {
    return dataset.incidents().stream()
        .collect(
            Collectors.groupingBy(
                i -> i.method().map(Method::name).orElse(""), TreeMap::new, Summary.toSummary()));
  }

  @Benchmark
  public int groupByMethodDuckDb() throws SQLException {
    int rows = 0;
    try (ResultSet rs = duckMethod.executeQuery()) {
      while (rs.next()) {
        rows += rs.getInt(2);
      }
    }
    return rows;
  }

  @Benchmark
  public GroupedResult admin1ByMonthLibrary() {
    return Query.of(dataset).attacks().period(YEAR).groupBy(Grouping.ADMIN1, Grouping.MONTH).summarize();
  }

  @Benchmark
  public SortedMap<GroupKey, Summary> admin1ByMonthStreams() {
    return attacks.stream()
        .collect(Summary.toSummaries(Optional.of(YEAR), List.of(Grouping.ADMIN1, Grouping.MONTH)));
  }

  @Benchmark
  public Summary countryPeriodMethodLibrary() {
    int q = nextQuery();
    return Query.of(dataset).attacks().country(country[q]).period(period[q]).method(Method.ROCKET).summarize().summary();
  }

  @Benchmark
  public Summary countryPeriodMethodStreams() {
    int q = nextQuery();
    return naiveCountryPeriodMethod(country[q], period[q]);
  }

  @Benchmark
  public GroupedResult monthlySeriesLibrary() {
    int q = nextQuery();
    return Query.of(dataset).attacks().country(country[q]).period(YEAR).groupBy(Grouping.MONTH).summarize();
  }

  @Benchmark
  public Object monthlySeriesStreams() {
    int q = nextQuery();
    Optional<Country> oc = Optional.of(country[q]);
    return attacks.stream()
        .filter(i -> i.place().country().equals(oc))
        .collect(Summary.toSummaries(Optional.of(YEAR), List.of(Grouping.MONTH)));
  }

  @Benchmark
  public int monthlySeriesDuckDb() throws SQLException {
    int q = nextQuery();
    duckMonthly.setString(1, country[q].code());
    int rows = 0;
    try (ResultSet rs = duckMonthly.executeQuery()) {
      while (rs.next()) {
        rows += rs.getInt(4);
      }
    }
    return rows;
  }
}
