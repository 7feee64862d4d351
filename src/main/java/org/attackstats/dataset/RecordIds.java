package org.attackstats.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Response;
import org.attackstats.model.Tally;

/**
 * The ids of the records seen so far, per kind, to check each new record as a {@link Dataset}
 * would: a duplicate id, an attack's {@code base_id} naming no base seen, a response's {@code
 * in_response_to} naming no attack seen. It holds only the ids, so that a stream of records larger
 * than memory can be checked without keeping the records; {@link Dataset.Builder} uses the same
 * checks and the same wording. Records must come bases first and attacks before responses for
 * their references to be found. Not thread-safe.
 *
 * <pre>{@code
 * RecordIds ids = RecordIds.create();
 * for (Attack a : attacks) {
 *   List<DatasetProblem> p = ids.problemsWith(a);
 *   if (p.isEmpty()) ids.add(a); else report(p);
 * }
 * }</pre>
 */
public final class RecordIds {

  private final Map<RecordType, Set<String>> ids = new EnumMap<>(RecordType.class);

  private RecordIds() {
    for (RecordType t : RecordType.values()) {
      ids.put(t, new HashSet<>());
    }
  }

  /**
   * An empty set of ids.
   *
   * @return the ids
   */
  public static RecordIds create() {
    return new RecordIds();
  }

  /**
   * What would be wrong with this attack now: a duplicate id, or a {@code base_id} naming no base
   * added so far.
   *
   * @param attack the attack
   * @return the problems, empty if none
   */
  public List<DatasetProblem> problemsWith(Attack attack) {
    return problemsWith(attack, ids.get(RecordType.ATTACK), ids.get(RecordType.BASE));
  }

  /**
   * What would be wrong with this response now: a duplicate id, or an {@code in_response_to} id
   * naming no attack added so far.
   *
   * @param response the response
   * @return the problems, empty if none
   */
  public List<DatasetProblem> problemsWith(Response response) {
    return problemsWith(response, ids.get(RecordType.RESPONSE), ids.get(RecordType.ATTACK));
  }

  /**
   * What would be wrong with this base now: a duplicate id.
   *
   * @param base the base
   * @return the problems, empty if none
   */
  public List<DatasetProblem> problemsWith(Base base) {
    return duplicate(RecordType.BASE, base.id(), ids.get(RecordType.BASE));
  }

  /**
   * What would be wrong with this tally now: a duplicate id.
   *
   * @param tally the tally
   * @return the problems, empty if none
   */
  public List<DatasetProblem> problemsWith(Tally tally) {
    return duplicate(RecordType.TALLY, tally.id(), ids.get(RecordType.TALLY));
  }

  /**
   * Adds a record's id.
   *
   * @param type the kind of record
   * @param id its id
   * @return true if the id was new for that kind
   */
  public boolean add(RecordType type, String id) {
    return ids.get(type).add(id);
  }

  /**
   * Whether a record of this kind with this id was added.
   *
   * @param type the kind of record
   * @param id the id
   * @return true if added
   */
  public boolean contains(RecordType type, String id) {
    return ids.get(type).contains(id);
  }

  // ---- the checks, shared with Dataset.Builder ----

  static List<DatasetProblem> problemsWith(Attack a, Collection<String> attacks, Collection<String> bases) {
    return both(duplicate(RecordType.ATTACK, a.id(), attacks), references(a, bases));
  }

  static List<DatasetProblem> problemsWith(
      Response r, Collection<String> responses, Collection<String> attacks) {
    return both(duplicate(RecordType.RESPONSE, r.id(), responses), references(r, attacks));
  }

  /** The problems of both lists, in order; without copying when one is empty (nearly always). */
  private static List<DatasetProblem> both(List<DatasetProblem> a, List<DatasetProblem> b) {
    if (b.isEmpty()) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    List<DatasetProblem> p = new ArrayList<>(a);
    p.addAll(b);
    return p;
  }

  static List<DatasetProblem> references(Attack a, Collection<String> bases) {
    if (a.baseId().isPresent() && !bases.contains(a.baseId().get())) {
      return List.of(
          new DatasetProblem(
              RecordType.ATTACK, a.id(), "base_id", a.baseId().get(),
              "no base with this id" + known(bases)));
    }
    return List.of();
  }

  static List<DatasetProblem> references(Response r, Collection<String> attacks) {
    List<DatasetProblem> p = new ArrayList<>();
    for (String id : r.inResponseTo()) {
      if (!attacks.contains(id)) {
        p.add(
            new DatasetProblem(
                RecordType.RESPONSE, r.id(), "in_response_to", id,
                "no attack with this id" + known(attacks)));
      }
    }
    return p;
  }

  static List<DatasetProblem> duplicate(RecordType type, String id, Collection<String> ids) {
    return ids.contains(id)
        ? List.of(new DatasetProblem(type, id, "id", id, "duplicate id: another " + type + " already has it"))
        : List.of();
  }

  private static String known(Collection<String> ids) {
    if (ids.isEmpty()) {
      return " (there are none)";
    }
    if (ids.size() > 10) {
      return "";
    }
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    return " (known: " + String.join(", ", sorted) + ")";
  }
}
