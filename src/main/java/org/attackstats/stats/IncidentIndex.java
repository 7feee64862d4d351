package org.attackstats.stats;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * int}s when every sum is a whole number that fits, else {@code double}s). When the class's grid
 * (days, months or years) from its first to its last start has no more points than it has rows,
 * the table is dense over the grid and a start is its position; otherwise it has a row per
 * incident and a start is found in one step from a day-to-row table (when the class spans at most
 * 16 days a row) or by binary search. A summary costs four such look-ups per class: {@code O(D log
 * n)} (or {@code O(D)} with dense or day tables) for {@code D} distinct span shapes in the
 * partition: in practice one day, a few short spans, months and years (see {@link SpanClass}).
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
  static final int MEASURES = MEASURE.length;

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
  record Columns(
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
    void addTo(double[] sums, SpanClass.Window w, int[] ranges) {
      for (SpanClass c : classes) {
        if (c.ranges(w, ranges)) {
          c.addSums(sums, ranges);
        }
      }
    }
  }

  /** The epoch day of {@link DateSpan#MIN}: rows sort by their start's distance from it. */
  static final long EPOCH_MIN = DateSpan.MIN.toEpochDay();
}
