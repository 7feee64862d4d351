package org.attackstats.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.attackstats.model.Country;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Incident;

/**
 * Column-oriented index of a dataset's incidents: a summary for one kind, one country and one
 * period in logarithmic time, and every built-in grouping from dictionary-coded primitive columns.
 *
 * <p>Incidents are partitioned by (kind, country) and, inside a partition, into classes by the
 * shape of their date span: whole calendar months, whole calendar years, or else the length in
 * days. Within a class the end of a span is a non-decreasing function of its start (for a length
 * {@code d}: {@code s + d - 1}; for months: the month's last day), so every question of {@link
 * Summary} about a window {@code [f, t]} is a range of rows sorted by start day:
 *
 * <ul>
 *   <li>inside (low): {@code f <= s} and {@code s <=} the last start whose span ends by {@code t}
 *       ({@code t - d + 1} for a length);
 *   <li>first day inside (best): {@code f <= s <= t};
 *   <li>overlapping (high): the first start whose span ends on or after {@code f} ({@code f - d +
 *       1} for a length) {@code <= s <= t}.
 * </ul>
 *
 * <p>Each class keeps its start days sorted in an {@code int[]} with prefix sums of every measure
 * in one row-major array (the sums at one position share a cache line or two; columns that would
 * repeat another, such as the best value of exact counts, are not stored; the array holds {@code
 * int}s when every sum is a whole number that fits, else {@code double}s). A start day is found by
 * binary search, or in one step from a day-to-index table when the class's days are dense enough
 * for the table to cost at most about 8 bytes per incident. A summary costs four such look-ups per
 * class: {@code O(D log n)} (or {@code O(D)} with the tables) for {@code D} distinct span shapes in
 * the partition: in practice one day, a few short spans, months and years.
 *
 * <p>Beside the sums, each row holds codes (a byte, a short or an int, whichever fits the
 * dictionary): one per {@link Column} (admin1, base, actor, method, target: the values of the
 * built-in groupings, in dictionaries sorted by the groupings' order, no value last) and one per
 * measure (into a dictionary of the distinct estimates). Groupings and filters on these columns
 * are answered by reading the codes of the rows in the window's ranges, never the records.
 */
final class IncidentIndex {

  /** The categorical columns held for every incident: each the value of a built-in grouping. */
  enum Column {
    ADMIN1(Grouping.ADMIN1),
    BASE(Grouping.BASE),
    ACTOR(Grouping.ACTOR),
    METHOD(Grouping.METHOD),
    TARGET(Grouping.TARGET);

    final CategoricalGrouping<?> grouping;

    Column(CategoricalGrouping<?> grouping) {
      this.grouping = grouping;
    }
  }

  /**
   * Where the values of a built-in grouping are held: a column, in every partition or, when
   * {@code kind} is present, only in the partitions of that kind (incidents of the other kind have
   * no value: responses have no perpetrator, attacks no responder).
   */
  record ColumnRef(Column column, Optional<Incident.Kind> kind) {

    /** The column of a built-in grouping, by identity; empty for any other grouping. */
    static Optional<ColumnRef> of(Grouping<?> g) {
      for (Column c : Column.values()) {
        if (g == c.grouping) {
          return Optional.of(new ColumnRef(c, Optional.empty()));
        }
      }
      if (g == Grouping.PERPETRATOR) {
        return Optional.of(new ColumnRef(Column.ACTOR, Optional.of(Incident.Kind.ATTACK)));
      }
      if (g == Grouping.RESPONDER) {
        return Optional.of(new ColumnRef(Column.ACTOR, Optional.of(Incident.Kind.RESPONSE)));
      }
      return Optional.empty();
    }

    boolean appliesTo(Incident.Kind k) {
      return kind.isEmpty() || kind.get() == k;
    }
  }

  /** The distinct values of a column, sorted by its grouping's order, no value last. */
  static final class Dictionary {
    private final List<Optional<?>> values;

    Dictionary(List<Optional<?>> values) {
      this.values = values;
    }

    int size() {
      return values.size();
    }

    Optional<?> value(int code) {
      return values.get(code);
    }

    /** The code of "no value": always the last. */
    int noValue() {
      return values.size() - 1;
    }
  }

  /** The distinct estimates of one measure, by code, as the sums need them. */
  static final class Values {
    final double[] low;
    final double[] best;
    final double[] highFinite;
    final double[] unbounded;
    final double[] approximate;

    Values(List<Estimate> estimates) {
      int k = estimates.size();
      low = new double[k];
      best = new double[k];
      highFinite = new double[k];
      unbounded = new double[k];
      approximate = new double[k];
      for (int v = 0; v < k; v++) {
        Estimate e = estimates.get(v);
        low[v] = e.low();
        best[v] = e.best();
        highFinite[v] = e.isBounded() ? e.high() : 0;
        unbounded[v] = e.isBounded() ? 0 : 1;
        approximate[v] = e.isApproximate() ? 1 : 0;
      }
    }
  }

  private static final Measure[] MEASURE = {Measure.INJURED, Measure.KILLED, Measure.MUNITIONS};
  private static final int MEASURES = MEASURE.length;

  private final Dictionary countries;
  private final Dictionary[] columns;
  private final Values[] values;
  private final int[] valueOffsets;
  /** In key order: by kind, then by country (no country last). */
  private final List<Partition> partitions;

  private final Map<Incident.Kind, Map<Country, Partition>> byCountry;
  private final Map<Incident.Kind, Partition> noCountry;

  private IncidentIndex(
      Dictionary countries, Dictionary[] columns, Values[] values, List<Partition> partitions) {
    this.countries = countries;
    this.columns = columns;
    this.values = values;
    this.valueOffsets = new int[MEASURES + 1];
    for (int m = 0; m < MEASURES; m++) {
      valueOffsets[m + 1] = valueOffsets[m] + values[m].low.length;
    }
    this.partitions = List.copyOf(partitions);
    this.byCountry = new EnumMap<>(Incident.Kind.class);
    this.noCountry = new EnumMap<>(Incident.Kind.class);
    for (Incident.Kind k : Incident.Kind.values()) {
      byCountry.put(k, new HashMap<>());
    }
    for (Partition p : partitions) {
      if (p.country.isPresent()) {
        byCountry.get(p.kind).put(p.country.get(), p);
      } else {
        noCountry.put(p.kind, p);
      }
    }
  }

  static IncidentIndex of(List<? extends Incident> incidents) {
    int n = incidents.size();
    int[] countryCodes = new int[n];
    Dictionary countries =
        dictionary(incidents, i -> i.place().country(), Grouping.COUNTRY.order(), countryCodes);
    Column[] cs = Column.values();
    Dictionary[] columns = new Dictionary[cs.length];
    int[][] columnCodes = new int[cs.length][n];
    for (Column c : cs) {
      columns[c.ordinal()] =
          dictionary(incidents, c.grouping::valueOf, c.grouping.order(), columnCodes[c.ordinal()]);
    }
    Values[] values = new Values[MEASURES];
    int[][] valueCodes = new int[MEASURES][n];
    for (int m = 0; m < MEASURES; m++) {
      Coder<Estimate> coder = new Coder<>();
      for (int i = 0; i < n; i++) {
        Estimate e = MEASURE[m].of(incidents.get(i));
        valueCodes[m][i] = coder.code(e, e);
      }
      values[m] = new Values(coder.distinct);
    }
    // rows by partition (kind, then country code) and shape: a class number per incident, the
    // incidents of each class gathered by counting
    Map<Long, Integer> classOf = new HashMap<>();
    List<long[]> classKeys = new ArrayList<>();
    int[] classes = new int[n];
    long lastKey = Long.MIN_VALUE;
    int lastClass = -1;
    for (int i = 0; i < n; i++) {
      Incident inc = incidents.get(i);
      long partition = (long) inc.kind().ordinal() * countries.size() + countryCodes[i];
      int shape = shapeOf(inc.date());
      long key = partition << 32 | (shape & 0xFFFFFFFFL);
      if (key != lastKey) {
        Integer c = classOf.get(key);
        if (c == null) {
          c = classKeys.size();
          classOf.put(key, c);
          classKeys.add(new long[] {partition, shape});
        }
        lastKey = key;
        lastClass = c;
      }
      classes[i] = lastClass;
    }
    int[][] members = new int[classKeys.size()][];
    int[] sizes = new int[classKeys.size()];
    for (int c : classes) {
      sizes[c]++;
    }
    for (int c = 0; c < members.length; c++) {
      members[c] = new int[sizes[c]];
      sizes[c] = 0;
    }
    for (int i = 0; i < n; i++) {
      members[classes[i]][sizes[classes[i]]++] = i;
    }
    // partitions in key order, their classes by shape
    TreeMap<Long, TreeMap<Integer, Integer>> byPartition = new TreeMap<>();
    for (int c = 0; c < classKeys.size(); c++) {
      byPartition
          .computeIfAbsent(classKeys.get(c)[0], k -> new TreeMap<>())
          .put((int) classKeys.get(c)[1], c);
    }
    Columns all = new Columns(incidents, columnCodes, valueCodes, columns, values);
    List<Partition> parts = new ArrayList<>();
    byPartition.forEach(
        (key, byShape) -> {
          Incident.Kind kind = Incident.Kind.values()[(int) (key / countries.size())];
          int country = (int) (key % countries.size());
          List<SpanClass> spanClasses = new ArrayList<>();
          byShape.forEach((shape, c) -> spanClasses.add(new SpanClass(shape, members[c], all)));
          parts.add(new Partition(kind, country, countries, spanClasses.toArray(new SpanClass[0])));
        });
    return new IncidentIndex(countries, columns, values, parts);
  }

  /** What a class needs to fill its rows: the incidents and their codes, by incident position. */
  private record Columns(
      List<? extends Incident> incidents,
      int[][] columnCodes,
      int[][] valueCodes,
      Dictionary[] columns,
      Values[] values) {}

  /**
   * The dictionary of a value over the incidents, sorted by {@code order} with no value last (and
   * present even when every incident has a value); each incident's code goes to {@code codes}.
   */
  @SuppressWarnings("unchecked") // the values of one grouping have its type
  private static Dictionary dictionary(
      List<? extends Incident> incidents,
      Function<Incident, Optional<?>> value,
      Comparator<?> order,
      int[] codes) {
    Coder<Optional<?>> coder = new Coder<>();
    for (int i = 0; i < incidents.size(); i++) {
      Optional<?> v = value.apply(incidents.get(i));
      codes[i] = coder.code(v.isPresent() ? v.get() : Coder.NONE, v);
    }
    coder.code(Coder.NONE, Optional.empty());
    List<Optional<?>> distinct = coder.distinct;
    Map<Optional<?>, Integer> first = new HashMap<>();
    for (int k = 0; k < distinct.size(); k++) {
      first.put(distinct.get(k), k);
    }
    Comparator<Object> o = (Comparator<Object>) order;
    List<Optional<?>> sorted = new ArrayList<>(distinct);
    sorted.sort(
        (a, b) ->
            a.isPresent() && b.isPresent()
                ? o.compare(a.get(), b.get())
                : Boolean.compare(a.isEmpty(), b.isEmpty()));
    int[] remap = new int[distinct.size()];
    for (int k = 0; k < sorted.size(); k++) {
      remap[first.get(sorted.get(k))] = k;
    }
    for (int i = 0; i < codes.length; i++) {
      codes[i] = remap[codes[i]];
    }
    return new Dictionary(List.copyOf(sorted));
  }

  /**
   * Codes of distinct values in the order first seen: looked up by identity first (values shared
   * between records, as loaders and generators share them, cost one identity look-up), then by
   * equality.
   */
  private static final class Coder<T> {
    /** The key of "no value". */
    static final Object NONE = new Object();

    private final Map<Object, Integer> byIdentity = new IdentityHashMap<>();
    private final Map<Object, Integer> byValue = new HashMap<>();
    final List<T> distinct = new ArrayList<>();
    private Object last = new Object();
    private int lastCode;

    /** The code of {@code key}, whose value is {@code value}, given a new code if unseen. */
    int code(Object key, T value) {
      if (key == last) {
        return lastCode;
      }
      Integer c = byIdentity.get(key);
      if (c == null) {
        c = byValue.get(key);
        if (c == null) {
          c = distinct.size();
          distinct.add(value);
          byValue.put(key, c);
        }
        if (byIdentity.size() < 1 << 16) {
          byIdentity.put(key, c);
        }
      }
      last = key;
      lastCode = c;
      return c;
    }
  }

  /** Shape codes beyond fixed lengths: whole calendar months and whole calendar years. */
  static final int MONTHS = -1;

  static final int YEARS = -2;

  /** The class of a span: {@link #MONTHS}, {@link #YEARS} or its length in days. */
  static int shapeOf(DateSpan d) {
    long length = d.lengthInDays();
    if (length < 28 || (length > 31 && length < 365) || length > 366) {
      return (int) length; // neither a whole month nor a whole year
    }
    LocalDate s = d.start();
    LocalDate e = d.endInclusive();
    if (s.getDayOfMonth() == 1 && e.equals(s.withDayOfMonth(s.lengthOfMonth())) && !s.equals(e)) {
      return MONTHS;
    }
    if (s.getDayOfYear() == 1 && e.equals(s.withDayOfYear(s.lengthOfYear()))) {
      return YEARS;
    }
    return (int) d.lengthInDays();
  }

  Dictionary countries() {
    return countries;
  }

  Dictionary column(Column c) {
    return columns[c.ordinal()];
  }

  Values[] values() {
    return values;
  }

  /** The number of estimate codes of all measures together. */
  int valueCodes() {
    return valueOffsets[MEASURES];
  }

  /** Where each measure's codes start among {@link #valueCodes()} (and, last, their number). */
  int[] valueOffsets() {
    return valueOffsets;
  }

  /** Every partition, in key order (kind, then country, no country last). */
  List<Partition> partitions() {
    return partitions;
  }

  /** The partition of a kind and a country, or null if no incident has them. */
  Partition partition(Incident.Kind kind, Optional<Country> country) {
    return country.isPresent() ? byCountry.get(kind).get(country.get()) : noCountry.get(kind);
  }

  /** The partition of a kind and a country, or null if no incident has them. */
  Partition partition(Incident.Kind kind, Country country) {
    return byCountry.get(kind).get(country);
  }

  static final class Partition {
    final Incident.Kind kind;
    final Optional<Country> country;
    /** The code of the country in {@link #countries()}. */
    final int countryCode;

    final SpanClass[] classes;
    final long minStart;
    final long maxEnd;

    Partition(Incident.Kind kind, int countryCode, Dictionary countries, SpanClass[] classes) {
      this.kind = kind;
      this.countryCode = countryCode;
      @SuppressWarnings("unchecked") // the country dictionary holds countries
      Optional<Country> c = (Optional<Country>) countries.value(countryCode);
      this.country = c;
      this.classes = classes;
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (SpanClass sc : classes) {
        min = Math.min(min, sc.firstStart);
        max = Math.max(max, sc.endOf(sc.rows() - 1));
      }
      this.minStart = min;
      this.maxEnd = max;
    }

    /** Adds the sums of this partition's incidents over a window to a row of sums. */
    void addTo(double[] sums, Window w, int[] ranges) {
      for (SpanClass c : classes) {
        if (c.ranges(w, ranges)) {
          c.addSums(sums, ranges);
        }
      }
    }
  }

  /** Rows in the ranges filled by {@link SpanClass#ranges} (table positions follow them). */
  static final int HIGH_FROM = 0;

  static final int BEST_FROM = 1;
  static final int LOW_END = 2;
  static final int END = 3;
  /** The length of a ranges array. */
  static final int RANGES = 8;

  /**
   * A window {@code [from, to]} with the search keys of its bounds for every kind of class,
   * computed once for all the classes it is looked up in (mutable scratch, one per thread).
   * Open ends are {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE}; their keys are not used.
   *
   * <p>The keys are, in order: the first start in the window, the first after it, the first whose
   * span ends on or after its first day, the first whose span ends after its last day. With
   * {@code M(d)} the month (year) holding day {@code d} and {@code C(d)} the first month (year)
   * starting on or after {@code d}, they are {@code C(from), C(to + 1), M(from), M(to + 1)} as
   * grid indices for months (years), or as first days {@code from, to + 1, first day of M(from),
   * first day of M(to + 1)} for a table by row; for a length {@code n}, {@code from, to + 1, from
   * - n + 1, to - n + 2}.
   */
  static final class Window {
    long from;
    long to;
    final long[] monthGrid = new long[4];
    final long[] monthDays = new long[4];
    final long[] yearGrid = new long[4];
    final long[] yearDays = new long[4];

    Window set(long from, long to) {
      this.from = from;
      this.to = to;
      if (from != Long.MIN_VALUE) {
        keys(from, 0, 2);
      }
      if (to != Long.MAX_VALUE) {
        keys(to + 1, 1, 3);
      }
      return this;
    }

    private void keys(long day, int ceil, int holding) {
      LocalDate d = LocalDate.ofEpochDay(day);
      long month = d.getYear() * 12L + d.getMonthValue() - 1;
      monthGrid[holding] = month;
      monthGrid[ceil] = d.getDayOfMonth() == 1 ? month : month + 1;
      monthDays[ceil] = day;
      monthDays[holding] = day - d.getDayOfMonth() + 1;
      yearGrid[holding] = d.getYear();
      yearGrid[ceil] = d.getDayOfYear() == 1 ? d.getYear() : d.getYear() + 1L;
      yearDays[ceil] = day;
      yearDays[holding] = day - d.getDayOfYear() + 1;
    }
  }

  /**
   * The incidents of one partition with one span shape, sorted by start day, with prefix sums in
   * a table. The table is dense over the class's grid (days for fixed lengths, months for whole
   * months, years for whole years) when the grid from the first to the last start has no more
   * points than the class has rows: row {@code p} of the table holds the number of incidents
   * starting before the {@code p}-th point and their sums, so a look-up is one subtraction and one
   * read. Otherwise the table has a row per incident, and a start is found in a day-to-row table
   * when that costs at most 64 bytes a row (16 days a row), else by binary search.
   */
  static final class SpanClass {
    /** The span length in days, or {@link #MONTHS} or {@link #YEARS}. */
    final int shape;

    private final int rows;
    /** The start days of the rows, for a table by row; null for a dense table. */
    private final int[] starts;

    /**
     * For a table by row whose days are not too sparse: {@code dayIndex[k]} is the first row
     * whose start is at least {@code firstStart + k}, one look-up instead of a binary search.
     */
    private final int[] dayIndex;

    final long firstStart;
    /** For a dense table: the grid index of the first start, and the points after it. */
    private final long gridFirst;

    private final int points;
    /**
     * The table, row by row in {@code stride} columns: the number of rows before, then the sums;
     * whole numbers in {@code intTable}, else in {@code doubleTable}.
     */
    private final int[] intTable;

    private final double[] doubleTable;
    private final int stride;
    /** Per measure, the table column of each sum ({@link #LOW} ...), -1 when it is always 0. */
    private final int[] cols = new int[MEASURES * 5];
    /**
     * The codes of each row: one column per {@link Column} (by ordinal), then one per measure
     * (at {@link #VALUE_CODES} + measure) into {@link IncidentIndex#values()}.
     */
    private final Codes codes;

    /** The first column of estimate codes in {@link #codes}: after one per {@link Column}. */
    static final int VALUE_CODES = Column.values().length;

    private static final int LOW = 0;
    private static final int BEST = 1;
    private static final int HIGH = 2;
    private static final int UNBOUNDED = 3;
    private static final int APPROXIMATE = 4;

    SpanClass(int shape, int[] positions, Columns all) {
      this.shape = shape;
      int n = positions.length;
      this.rows = n;
      // sort by start day, then by position (the dataset's order), in one long per row
      long[] order = new long[n];
      for (int i = 0; i < n; i++) {
        long s = all.incidents().get(positions[i]).date().startEpochDay() - EPOCH_MIN;
        order[i] = s << 32 | positions[i];
      }
      Arrays.sort(order);
      int[] byRow = new int[n];
      int[] rowStarts = new int[n];
      for (int i = 0; i < n; i++) {
        byRow[i] = (int) order[i];
        rowStarts[i] = (int) ((order[i] >>> 32) + EPOCH_MIN);
      }
      firstStart = rowStarts[0];
      int[] sizes = new int[VALUE_CODES + MEASURES];
      for (int c = 0; c < VALUE_CODES; c++) {
        sizes[c] = all.columns()[c].size();
      }
      for (int m = 0; m < MEASURES; m++) {
        sizes[VALUE_CODES + m] = all.values()[m].low.length;
      }
      codes =
          Codes.of(
              n,
              sizes,
              (c, r) ->
                  c < VALUE_CODES
                      ? all.columnCodes()[c][byRow[r]]
                      : all.valueCodes()[c - VALUE_CODES][byRow[r]]);
      // columns: the row count, low always; best, high, unbounded, approximate only when needed
      Values[] vs = all.values();
      int width = 1;
      for (int m = 0; m < MEASURES; m++) {
        boolean bestDiffers = false;
        boolean highDiffers = false;
        boolean unbounded = false;
        boolean approximate = false;
        for (int r = 0; r < n; r++) {
          int v = value(m, r);
          bestDiffers |= vs[m].best[v] != vs[m].low[v];
          highDiffers |= vs[m].highFinite[v] != vs[m].low[v];
          unbounded |= vs[m].unbounded[v] != 0;
          approximate |= vs[m].approximate[v] != 0;
        }
        int low = width++;
        cols[m * 5 + LOW] = low;
        cols[m * 5 + BEST] = bestDiffers ? width++ : low;
        cols[m * 5 + HIGH] = highDiffers ? width++ : low;
        cols[m * 5 + UNBOUNDED] = unbounded ? width++ : -1;
        cols[m * 5 + APPROXIMATE] = approximate ? width++ : -1;
      }
      stride = width;
      long first = grid(rowStarts[0]);
      long range = grid(rowStarts[n - 1]) - first + 1;
      boolean dense = range <= n;
      gridFirst = dense ? first : 0;
      points = dense ? (int) range : n;
      starts = dense ? null : rowStarts;
      long days = (long) rowStarts[n - 1] - rowStarts[0] + 1;
      if (!dense && days <= 16L * n) {
        dayIndex = new int[(int) days + 1];
        int j = 0;
        for (int k = 0; k <= days; k++) {
          while (j < n && rowStarts[j] < rowStarts[0] + k) {
            j++;
          }
          dayIndex[k] = j;
        }
      } else {
        dayIndex = null;
      }
      double[] table = new double[(points + 1) * stride];
      int r = 0;
      for (int p = 0; p <= points; p++) {
        int row = p * stride;
        if (p > 0) {
          System.arraycopy(table, row - stride, table, row, stride);
        }
        // the rows before point p: all rows whose grid index is below it (by row: the first p)
        while (r < n && (dense ? grid(rowStarts[r]) < first + p : r < p)) {
          table[row]++;
          for (int m = 0; m < MEASURES; m++) {
            int v = value(m, r);
            table[row + cols[m * 5 + LOW]] += vs[m].low[v];
            addIfOwn(table, row, m, BEST, LOW, vs[m].best[v]);
            addIfOwn(table, row, m, HIGH, LOW, vs[m].highFinite[v]);
            addIfOwn(table, row, m, UNBOUNDED, -1, vs[m].unbounded[v]);
            addIfOwn(table, row, m, APPROXIMATE, -1, vs[m].approximate[v]);
          }
          r++;
        }
      }
      boolean whole = true;
      for (double x : table) {
        whole &= x == Math.rint(x) && x <= Integer.MAX_VALUE;
      }
      if (whole) {
        intTable = new int[table.length];
        for (int k = 0; k < table.length; k++) {
          intTable[k] = (int) table[k];
        }
        doubleTable = null;
      } else {
        intTable = null;
        doubleTable = table;
      }
    }

    /** Adds to a sum's column unless it shares the column of {@code sharedWith} (or has none). */
    private void addIfOwn(double[] table, int row, int m, int field, int sharedWith, double v) {
      int col = cols[m * 5 + field];
      if (col >= 0 && (sharedWith < 0 || col != cols[m * 5 + sharedWith])) {
        table[row + col] += v;
      }
    }

    /** The grid index of a day: itself, or its month ({@code 12 * year + month - 1}), or its year. */
    private long grid(long day) {
      if (shape == MONTHS) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return d.getYear() * 12L + d.getMonthValue() - 1;
      } else if (shape == YEARS) {
        return LocalDate.ofEpochDay(day).getYear();
      }
      return day;
    }

    /** The first grid index whose first day is on or after {@code day}. */
    private long gridCeil(long day) {
      if (shape == MONTHS) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return d.getYear() * 12L + d.getMonthValue() - (d.getDayOfMonth() == 1 ? 1 : 0);
      } else if (shape == YEARS) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return d.getYear() + (d.getDayOfYear() == 1 ? 0 : 1);
      }
      return day;
    }

    /** The first day of a grid index. */
    private long gridStart(long g) {
      if (shape == MONTHS) {
        return LocalDate.of((int) Math.floorDiv(g, 12), (int) Math.floorMod(g, 12) + 1, 1).toEpochDay();
      } else if (shape == YEARS) {
        return LocalDate.of((int) g, 1, 1).toEpochDay();
      }
      return g;
    }

    int rows() {
      return rows;
    }

    /** The start day of a row. */
    long startOf(int row) {
      if (starts != null) {
        return starts[row];
      }
      // the last point with at most row rows before it holds the row's start
      int lo = 0;
      int hi = points;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (rowsBefore(mid) <= row) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return gridStart(gridFirst + lo);
    }

    /** The last possible day of a row's span. */
    long endOf(int row) {
      long s = startOf(row);
      if (shape == MONTHS) {
        LocalDate d = LocalDate.ofEpochDay(s);
        return d.withDayOfMonth(d.lengthOfMonth()).toEpochDay();
      } else if (shape == YEARS) {
        LocalDate d = LocalDate.ofEpochDay(s);
        return d.withDayOfYear(d.lengthOfYear()).toEpochDay();
      }
      return s + shape - 1;
    }

    /** The code of a row in a column. */
    int code(Column c, int row) {
      return codes.get(c.ordinal(), row);
    }

    /** The code of a row's estimate of a measure (0 injured, 1 killed, 2 munitions). */
    int value(int measure, int row) {
      return codes.get(VALUE_CODES + measure, row);
    }

    /** The codes, for loops that read them directly; columns as in {@link #codes}. */
    Codes codes() {
      return codes;
    }

    /** The table position of the first row whose grid index (day for a table by row) is at least {@code g}. */
    private int position(long g) {
      if (starts == null) {
        long p = g - gridFirst;
        return p <= 0 ? 0 : p >= points ? points : (int) p;
      }
      if (g <= starts[0]) {
        return 0;
      }
      if (g > starts[rows - 1]) {
        return rows;
      }
      if (dayIndex != null) {
        return dayIndex[(int) (g - starts[0])];
      }
      int lo = 0;
      int hi = rows;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < g) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private int rowsBefore(int position) {
      int k = position * stride;
      return intTable != null ? intTable[k] : (int) doubleTable[k];
    }

    /** The first row whose start is at least {@code day}. */
    int firstRowFrom(long day) {
      return rowsBefore(position(starts == null ? gridCeil(day) : day));
    }

    /** The first start day of an incident of this class that ends on or after {@code day}. */
    long firstStartEndingFrom(long day) {
      if (shape == MONTHS) {
        return LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay();
      } else if (shape == YEARS) {
        return LocalDate.ofEpochDay(day).withDayOfYear(1).toEpochDay();
      }
      return day - shape + 1;
    }

    /**
     * The rows a window selects, into {@code r} (of length {@link #RANGES}):
     * those overlapping it from row {@code r[HIGH_FROM]}, those starting in it from {@code
     * r[BEST_FROM]}, those inside it up to {@code r[LOW_END]} and every one of them before {@code
     * r[END]}; then the table positions of the same four.
     *
     * @return whether any row overlaps the window
     */
    boolean ranges(Window w, int[] r) {
      long from = w.from;
      long to = w.to;
      long k0;
      long k1;
      long k2;
      long k3;
      if (shape == MONTHS || shape == YEARS) {
        long[] k =
            shape == MONTHS
                ? starts == null ? w.monthGrid : w.monthDays
                : starts == null ? w.yearGrid : w.yearDays;
        k0 = k[0];
        k1 = k[1];
        k2 = k[2];
        k3 = k[3];
      } else {
        k0 = from;
        k1 = to + 1;
        k2 = from - shape + 1;
        k3 = to + 2 - shape;
      }
      int bestFrom = from == Long.MIN_VALUE ? 0 : position(k0);
      int end = to == Long.MAX_VALUE ? points : position(k1);
      int highFrom = shape == 1 || from == Long.MIN_VALUE ? bestFrom : position(k2);
      int endRow = rowsBefore(end);
      int highFromRow = rowsBefore(highFrom);
      if (endRow <= highFromRow) {
        return false;
      }
      int lowEnd = shape == 1 || to == Long.MAX_VALUE ? end : position(k3);
      lowEnd = Math.max(lowEnd, bestFrom);
      r[HIGH_FROM + 4] = highFrom;
      r[BEST_FROM + 4] = bestFrom;
      r[LOW_END + 4] = lowEnd;
      r[END + 4] = end;
      r[HIGH_FROM] = highFromRow;
      r[BEST_FROM] = highFrom == bestFrom ? highFromRow : rowsBefore(bestFrom);
      r[LOW_END] = lowEnd == end ? endRow : rowsBefore(lowEnd);
      r[END] = endRow;
      return true;
    }

    private double sum(int field, int m, int fromPosition, int toPosition) {
      int col = cols[m * 5 + field];
      int a = fromPosition * stride + col;
      int b = toPosition * stride + col;
      return intTable != null ? intTable[b] - intTable[a] : doubleTable[b] - doubleTable[a];
    }

    /** Adds the sums of the rows in {@code r} (from {@link #ranges}) to a row of sums. */
    void addSums(double[] sums, int[] r) {
      int highFrom = r[HIGH_FROM + 4];
      int bestFrom = r[BEST_FROM + 4];
      int lowEnd = r[LOW_END + 4];
      int end = r[END + 4];
      sums[SummaryAccumulator.COUNT_HIGH] += r[END] - r[HIGH_FROM];
      sums[SummaryAccumulator.COUNT_BEST] += r[END] - r[BEST_FROM];
      sums[SummaryAccumulator.COUNT_LOW] += r[LOW_END] - r[BEST_FROM];
      for (int m = 0; m < MEASURES; m++) {
        sums[SummaryAccumulator.at(m, SummaryAccumulator.LOW)] += sum(LOW, m, bestFrom, lowEnd);
        sums[SummaryAccumulator.at(m, SummaryAccumulator.BEST)] += sum(BEST, m, bestFrom, end);
        sums[SummaryAccumulator.at(m, SummaryAccumulator.HIGH_FINITE)] +=
            sum(HIGH, m, highFrom, end);
        if (cols[m * 5 + UNBOUNDED] >= 0) {
          sums[SummaryAccumulator.at(m, SummaryAccumulator.UNBOUNDED)] +=
              sum(UNBOUNDED, m, highFrom, end);
        }
        if (cols[m * 5 + APPROXIMATE] >= 0) {
          sums[SummaryAccumulator.at(m, SummaryAccumulator.APPROXIMATE)] +=
              sum(APPROXIMATE, m, highFrom, end);
        }
      }
    }
  }

  /** The epoch day of {@link DateSpan#MIN}: rows sort by their start's distance from it. */
  static final long EPOCH_MIN = DateSpan.MIN.toEpochDay();
}
