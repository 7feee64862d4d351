package org.attackstats.stats;

import java.util.List;

/** A {@link Query} with groupings, ready to {@link #summarize()}. Immutable. */
public final class GroupedQuery {

  private final Query query;
  private final List<Grouping<?>> groupings;

  GroupedQuery(Query query, List<Grouping<?>> groupings) {
    Engine.validate(groupings);
    this.query = query;
    this.groupings = List.copyOf(groupings);
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
   * incident may lie in the period; calendar buckets are zero-filled over the period (or, with no
   * period, over the days the matching incidents span) for every categorical group that appears.
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
        Engine.summary(query, java.util.Optional.empty(), query.period(), useIndex),
        useIndex);
  }
}
