package org.attackstats.stats;

import java.time.LocalDate;
import java.util.Arrays;
import org.attackstats.stats.IncidentIndex.Column;
import org.attackstats.stats.IncidentIndex.Values;

/**
 * The incidents of one partition with one span shape, sorted by start day, with prefix sums in
 * a table. The table is dense over the class's grid (days for fixed lengths, months for whole
 * months, years for whole years) when the grid from the first to the last start has no more
 * points than the class has rows: row {@code p} of the table holds the number of incidents
 * starting before the {@code p}-th point and their sums, so a look-up is one subtraction and one
 * read. Otherwise the table has a row per incident, and a start is found in a day-to-row table
 * when that costs at most 64 bytes a row (16 days a row), else by binary search.
 */
final class SpanClass {

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

  /** The span length in days, or {@link IncidentIndex#MONTHS} or {@link IncidentIndex#YEARS}. */
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
  private final int[] cols = new int[IncidentIndex.MEASURES * 5];
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

  SpanClass(int shape, int[] positions, IncidentIndex.Columns all) {
    this.shape = shape;
    int n = positions.length;
    this.rows = n;
    // sort by start day, then by position (the dataset's order), in one long per row
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      long s = all.incidents().get(positions[i]).date().startEpochDay() - IncidentIndex.EPOCH_MIN;
      order[i] = s << 32 | positions[i];
    }
    Arrays.sort(order);
    int[] byRow = new int[n];
    int[] rowStarts = new int[n];
    for (int i = 0; i < n; i++) {
      byRow[i] = (int) order[i];
      rowStarts[i] = (int) ((order[i] >>> 32) + IncidentIndex.EPOCH_MIN);
    }
    firstStart = rowStarts[0];
    int[] sizes = new int[VALUE_CODES + IncidentIndex.MEASURES];
    for (int c = 0; c < VALUE_CODES; c++) {
      sizes[c] = all.columns()[c].size();
    }
    for (int m = 0; m < IncidentIndex.MEASURES; m++) {
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
    for (int m = 0; m < IncidentIndex.MEASURES; m++) {
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
        for (int m = 0; m < IncidentIndex.MEASURES; m++) {
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
    if (shape == IncidentIndex.MONTHS) {
      LocalDate d = LocalDate.ofEpochDay(day);
      return d.getYear() * 12L + d.getMonthValue() - 1;
    } else if (shape == IncidentIndex.YEARS) {
      return LocalDate.ofEpochDay(day).getYear();
    }
    return day;
  }

  /** The first grid index whose first day is on or after {@code day}. */
  private long gridCeil(long day) {
    if (shape == IncidentIndex.MONTHS) {
      LocalDate d = LocalDate.ofEpochDay(day);
      return d.getYear() * 12L + d.getMonthValue() - (d.getDayOfMonth() == 1 ? 1 : 0);
    } else if (shape == IncidentIndex.YEARS) {
      LocalDate d = LocalDate.ofEpochDay(day);
      return d.getYear() + (d.getDayOfYear() == 1 ? 0 : 1);
    }
    return day;
  }

  /** The first day of a grid index. */
  private long gridStart(long g) {
    if (shape == IncidentIndex.MONTHS) {
      return LocalDate.of((int) Math.floorDiv(g, 12), (int) Math.floorMod(g, 12) + 1, 1).toEpochDay();
    } else if (shape == IncidentIndex.YEARS) {
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
    if (shape == IncidentIndex.MONTHS) {
      LocalDate d = LocalDate.ofEpochDay(s);
      return d.withDayOfMonth(d.lengthOfMonth()).toEpochDay();
    } else if (shape == IncidentIndex.YEARS) {
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
    if (shape == IncidentIndex.MONTHS) {
      return LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay();
    } else if (shape == IncidentIndex.YEARS) {
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
    if (shape == IncidentIndex.MONTHS || shape == IncidentIndex.YEARS) {
      long[] k =
          shape == IncidentIndex.MONTHS
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
    for (int m = 0; m < IncidentIndex.MEASURES; m++) {
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
