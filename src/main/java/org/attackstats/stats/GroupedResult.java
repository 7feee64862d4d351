package org.attackstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;

/**
 * The answer to a {@link GroupedQuery}: rows in key order, the total over the whole period, a
 * ranked view and cumulative series. Immutable.
 *
 * <p>For categorical groupings the rows add up to the {@link #total()} exactly (low, best and high
 * each), because each incident has exactly one key. For calendar buckets the best values add up to
 * the total's, while an incident whose date span crosses buckets counts towards the total's low
 * bound but towards no bucket's low, and towards the high bound of every bucket it overlaps.
 */
public final class GroupedResult {

  private final Query query;
  private final List<Grouping<?>> groupings;
  private final List<GroupRow> rows;
  private final Map<GroupKey, GroupRow> byKey = new HashMap<>();
  private final Summary total;
  private final boolean useIndex;

  GroupedResult(
      Query query, List<Grouping<?>> groupings, List<GroupRow> rows, Summary total, boolean useIndex) {
    this.query = query;
    this.groupings = groupings;
    this.rows = rows;
    rows.forEach(r -> byKey.put(r.key(), r));
    this.total = total;
    this.useIndex = useIndex;
  }

  /**
   * The groupings, in query order.
   *
   * @return the groupings
   */
  public List<Grouping<?>> groupings() {
    return groupings;
  }

  /**
   * The rows, in key order.
   *
   * @return the rows
   */
  public List<GroupRow> rows() {
    return rows;
  }

  /**
   * The row of a key.
   *
   * @param key the key
   * @return the row, or empty if there is no such group
   */
  public Optional<GroupRow> row(GroupKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The row of a key given by its parts, one per grouping, in any order:
   *
   * <pre>{@code
   * result.row(Grouping.COUNTRY.value(Country.of("IQ")), Grouping.MONTH.at(LocalDate.of(2023, 11, 1)));
   * result.row(Grouping.COUNTRY.noValue(), Grouping.MONTH.at(LocalDate.of(2023, 11, 1)));
   * }</pre>
   *
   * @param parts the parts
   * @return the row, or empty if there is no such group
   * @throws IllegalArgumentException if the parts do not name each grouping of the result once
   */
  public Optional<GroupRow> row(GroupKey.Part<?>... parts) {
    List<GroupKey.Part<?>> ordered = new ArrayList<>();
    for (Grouping<?> g : groupings) {
      for (GroupKey.Part<?> p : parts) {
        if (p.grouping().equals(g)) {
          ordered.add(p);
        }
      }
    }
    if (ordered.size() != groupings.size() || parts.length != groupings.size()) {
      throw new IllegalArgumentException(
          "expected one part for each of " + groupings + ", got " + Arrays.asList(parts));
    }
    return row(GroupKey.of(ordered));
  }

  /**
   * The summary of every matching incident over the query's period, as an ungrouped query gives
   * it.
   *
   * @return the total
   */
  public Summary total() {
    return total;
  }

  /**
   * The values of one measure by key.
   *
   * @param measure the measure
   * @return an unmodifiable map in key order
   */
  public SortedMap<GroupKey, Estimate> values(Measure measure) {
    SortedMap<GroupKey, Estimate> m = new TreeMap<>();
    rows.forEach(r -> m.put(r.key(), r.get(measure)));
    return Collections.unmodifiableSortedMap(m);
  }

  /**
   * The rows ranked by a measure: best value first, ties broken by the higher high bound, then the
   * higher low bound, then key order. Deterministic.
   *
   * @param n how many rows at most
   * @param measure the measure to rank by
   * @return the first {@code n} rows of the ranking
   */
  public List<GroupRow> top(int n, Measure measure) {
    if (n < 0) {
      throw new IllegalArgumentException("top needs n >= 0, got " + n);
    }
    Comparator<GroupRow> byValue =
        Comparator.<GroupRow>comparingDouble(r -> r.get(measure).best())
            .thenComparingDouble(r -> r.get(measure).high())
            .thenComparingDouble(r -> r.get(measure).low())
            .reversed();
    return rows.stream()
        .sorted(byValue.thenComparing(GroupRow::key))
        .limit(n)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The cumulative series: for each row, the summary of its categorical group over the days from
   * the start of its series (the period's start, or the first bucket's) to the end of its
   * bucket. Low, best and high never decrease along a series, since the window only grows.
   *
   * @return rows in key order, with cumulative summaries and windows
   * @throws IllegalStateException if there is no calendar grouping
   */
  public List<GroupRow> cumulative() {
    if (groupings.stream().noneMatch(Grouping::isCalendar)) {
      throw new IllegalStateException(
          "a cumulative series needs a calendar grouping, the groupings are " + groupings);
    }
    List<GroupRow> out = new ArrayList<>(rows.size());
    for (GroupRow r : rows) {
      // with no period every series covers the same buckets, so the first row starts them all
      DateSpan start = query.period().orElseGet(() -> rows.get(0).window().orElseThrow());
      DateSpan cum = DateSpan.of(start.start(), r.window().orElseThrow().endInclusive());
      Summary s = Engine.summary(query, Optional.of(r.key()), Optional.of(cum), useIndex);
      out.add(r.withSummary(s, Optional.of(cum)));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("GroupedResult by ").append(groupings).append('\n');
    rows.forEach(r -> b.append("  ").append(r).append('\n'));
    return b.append("  total: ").append(total).toString();
  }
}
