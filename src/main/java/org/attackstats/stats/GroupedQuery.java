package org.attackstats.stats;

import java.util.List;
import java.util.Optional;

/** A {@link Query} with groupings, ready to {@link #summarize()}. Immutable. */
public final class GroupedQuery {

  private final Query query;
  private final List<Grouping<?>> groupings;

  GroupedQuery(Query query, List<? extends Grouping<?>> groupings) {
    this.query = query;
    this.groupings = Grouping.validate(groupings);
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
   * categorical group that appears. An open end of the period ({@link Query#since}, {@link
   * Query#until}) and a query with no period zero-fill only as far as the matching incidents that
   * may lie in the period reach.
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
        Engine.group(query, groupings, useIndex),
        Engine.summary(query, Optional.empty(), query.period(), useIndex),
        useIndex);
  }
}
