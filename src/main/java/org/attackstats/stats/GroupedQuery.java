package org.attackstats.stats;

import java.util.List;
import java.util.Optional;

/** A {@link Query} with groupings, ready to {@link #summarize()}. Immutable. */
public final class GroupedQuery {

  private final Query query;
  private final List<Grouping<?>> groupings;
  private final boolean zeroFill;

  GroupedQuery(Query query, List<? extends Grouping<?>> groupings) {
    this(query, Grouping.validate(groupings), true);
  }

  private GroupedQuery(Query query, List<Grouping<?>> groupings, boolean zeroFill) {
    this.query = query;
    this.groupings = groupings;
    this.zeroFill = zeroFill;
  }

  /**
   * The same query without zero-filled calendar buckets: only the groups that hold at least one
   * incident that may lie in the period (high &gt; 0) get a row. The cost then follows the
   * incidents, not the days between them: incidents in year 1 and in 2024 grouped by month give
   * the months that hold them, not the 24,000 months between.
   *
   * @return the query
   */
  public GroupedQuery withoutZeroFill() {
    return new GroupedQuery(query, groupings, false);
  }

  /**
   * The groupings, in the order given.
   *
   * @return the groupings
   */
  public List<Grouping<?>> groupings() {
    return groupings;
  }

  /**
   * One row per group, in key order. Categorical groups appear when at least one matching
   * incident may lie in the period; calendar buckets are zero-filled over the period for every
   * categorical group that appears (unless {@link #withoutZeroFill()}). An open end of the period
   * ({@link Query#since}, {@link Query#until}) and a query with no period zero-fill only as far as
   * the matching incidents that may lie in the period reach.
   *
   * @return the result
   */
  public GroupedResult summarize() {
    return summarize(true);
  }

  GroupedResult summarize(boolean useIndex) {
    return new GroupedResult(
        query,
        groupings,
        Engine.group(query, groupings, useIndex, zeroFill),
        Engine.summary(query, Optional.empty(), query.period(), useIndex),
        useIndex);
  }
}
