package org.attackstats.dataset;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;
import org.attackstats.model.Tally;

/**
 * A validated, immutable collection of attacks, responses, bases and tallies: ids are unique per
 * kind, every attack's {@code base_id} names a base of the dataset, and every response's {@code
 * in_response_to} names attacks of the dataset. Records keep the order in which they were added.
 *
 * <pre>{@code
 * Dataset d = Dataset.builder().add(base).add(attack).add(response).build();
 * d.attack("a01").map(Attack::injured);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Dataset {

  private static final Dataset EMPTY = new Builder().build();

  /** Attacks, then responses, each in the order added. */
  private final ImmutableList<Incident> incidents;

  private final List<Attack> attacks;
  private final List<Response> responses;
  private final ImmutableList<Base> bases;
  private final ImmutableList<Tally> tallies;
  private final IdIndex attackIds;
  private final IdIndex responseIds;
  private final IdIndex baseIds;
  private final IdIndex tallyIds;

  @SuppressWarnings("unchecked") // the first part of incidents holds attacks, the rest responses
  private Dataset(Builder b) {
    int a = b.attacks.size();
    this.incidents =
        ImmutableList.<Incident>builderWithExpectedSize(a + b.responses.size())
            .addAll(b.attacks.values())
            .addAll(b.responses.values())
            .build();
    this.attacks = (List<Attack>) (List<?>) incidents.subList(0, a);
    this.responses = (List<Response>) (List<?>) incidents.subList(a, incidents.size());
    this.bases = ImmutableList.copyOf(b.bases.values());
    this.tallies = ImmutableList.copyOf(b.tallies.values());
    this.attackIds = IdIndex.of(attacks, 0, Attack::id);
    this.responseIds = IdIndex.of(responses, 0, Response::id);
    this.baseIds = IdIndex.of(bases, 0, Base::id);
    this.tallyIds = IdIndex.of(tallies, 0, Tally::id);
  }

  private static <T> Optional<T> find(
      List<T> records, IdIndex ids, String id, Function<? super T, String> idOf) {
    int p = ids.position(records, id, idOf);
    return p < 0 ? Optional.empty() : Optional.of(records.get(p));
  }

  /**
   * The dataset with no records.
   *
   * @return the empty dataset
   */
  public static Dataset empty() {
    return EMPTY;
  }

  /**
   * A dataset of these records.
   *
   * @param attacks the attacks
   * @param responses the responses
   * @param bases the bases
   * @param tallies the tallies
   * @return the dataset
   * @throws InvalidDatasetException listing every duplicated id and unresolved reference
   */
  public static Dataset of(
      List<Attack> attacks, List<Response> responses, List<Base> bases, List<Tally> tallies) {
    Builder b = builder();
    List<DatasetProblem> problems = new ArrayList<>();
    bases.forEach(x -> b.collect(b.duplicate(x), problems, () -> b.bases.put(x.id(), x)));
    attacks.forEach(x -> b.collect(b.duplicate(x), problems, () -> b.attacks.put(x.id(), x)));
    responses.forEach(x -> b.collect(b.duplicate(x), problems, () -> b.responses.put(x.id(), x)));
    tallies.forEach(x -> b.collect(b.duplicate(x), problems, () -> b.tallies.put(x.id(), x)));
    problems.addAll(b.referenceProblems());
    if (!problems.isEmpty()) {
      throw new InvalidDatasetException(problems);
    }
    return new Dataset(b);
  }

  /**
   * A builder for a new dataset.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this dataset's records, to add more.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    attacks.forEach(x -> b.attacks.put(x.id(), x));
    responses.forEach(x -> b.responses.put(x.id(), x));
    bases.forEach(x -> b.bases.put(x.id(), x));
    tallies.forEach(x -> b.tallies.put(x.id(), x));
    return b;
  }

  /**
   * The attacks, in the order added.
   *
   * @return an immutable list
   */
  public List<Attack> attacks() {
    return attacks;
  }

  /**
   * The responses, in the order added.
   *
   * @return an immutable list
   */
  public List<Response> responses() {
    return responses;
  }

  /**
   * The bases, in the order added.
   *
   * @return an immutable list
   */
  public List<Base> bases() {
    return bases;
  }

  /**
   * The tallies, in the order added.
   *
   * @return an immutable list
   */
  public List<Tally> tallies() {
    return tallies;
  }

  /**
   * Attacks then responses.
   *
   * @return an immutable list of every incident, held by the dataset (no copy is made)
   */
  public List<Incident> incidents() {
    return incidents;
  }

  /**
   * The attack with this id.
   *
   * @param id the id
   * @return the attack, or empty
   */
  public Optional<Attack> attack(String id) {
    return find(attacks, attackIds, id, Attack::id);
  }

  /**
   * The response with this id.
   *
   * @param id the id
   * @return the response, or empty
   */
  public Optional<Response> response(String id) {
    return find(responses, responseIds, id, Response::id);
  }

  /**
   * The base with this id.
   *
   * @param id the id
   * @return the base, or empty
   */
  public Optional<Base> base(String id) {
    return find(bases, baseIds, id, Base::id);
  }

  /**
   * The tally with this id.
   *
   * @param id the id
   * @return the tally, or empty
   */
  public Optional<Tally> tally(String id) {
    return find(tallies, tallyIds, id, Tally::id);
  }

  /**
   * Whether the dataset holds no record of any kind.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return attacks.isEmpty() && responses.isEmpty() && bases.isEmpty() && tallies.isEmpty();
  }

  /**
   * Equal when the same records are held in the same order.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Dataset)) {
      return false;
    }
    Dataset d = (Dataset) o;
    return attacks().equals(d.attacks())
        && responses().equals(d.responses())
        && bases().equals(d.bases())
        && tallies().equals(d.tallies());
  }

  @Override
  public int hashCode() {
    return Objects.hash(attacks, responses, bases, tallies);
  }

  /**
   * A summary such as {@code Dataset[attacks=5, responses=5, bases=2, tallies=9]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Dataset[attacks="
        + attacks.size()
        + ", responses="
        + responses.size()
        + ", bases="
        + bases.size()
        + ", tallies="
        + tallies.size()
        + "]";
  }

  /**
   * Collects records into a {@link Dataset}. Duplicate ids are refused when a record is added;
   * references are checked by {@link #build()}, so records may be added in any order. Loaders
   * that add bases before attacks and attacks before responses can use {@link #problemsWith}
   * to check one record against what is already there, or {@link #addIfValid(Attack)} and its
   * kin to check and add in one step (references checked then are not checked again by {@link
   * #build()}). Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Attack> attacks = new LinkedHashMap<>();
    private final Map<String, Response> responses = new LinkedHashMap<>();
    private final Map<String, Base> bases = new LinkedHashMap<>();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    /** Whether an attack or response was added without its references checked. */
    private boolean referencesUnchecked;

    private Builder() {}

    /**
     * Adds an attack.
     *
     * @param attack the attack
     * @return this builder
     * @throws InvalidDatasetException if an attack with the same id is already there
     */
    public Builder add(Attack attack) {
      check(duplicate(attack));
      attacks.put(attack.id(), attack);
      referencesUnchecked = true;
      return this;
    }

    /**
     * Adds a response.
     *
     * @param response the response
     * @return this builder
     * @throws InvalidDatasetException if a response with the same id is already there
     */
    public Builder add(Response response) {
      check(duplicate(response));
      responses.put(response.id(), response);
      referencesUnchecked = true;
      return this;
    }

    /**
     * Adds a base.
     *
     * @param base the base
     * @return this builder
     * @throws InvalidDatasetException if a base with the same id is already there
     */
    public Builder add(Base base) {
      check(duplicate(base));
      bases.put(base.id(), base);
      return this;
    }

    /**
     * Adds a tally.
     *
     * @param tally the tally
     * @return this builder
     * @throws InvalidDatasetException if a tally with the same id is already there
     */
    public Builder add(Tally tally) {
      check(duplicate(tally));
      tallies.put(tally.id(), tally);
      return this;
    }

    /**
     * What would be wrong with adding this attack now: a duplicate id, or a {@code base_id} that
     * names no base added so far. Worded as {@link RecordIds} words it.
     *
     * @param attack the attack
     * @return the problems, empty if none
     */
    public List<DatasetProblem> problemsWith(Attack attack) {
      return RecordIds.problemsWith(attack, attacks.keySet(), bases.keySet());
    }

    /**
     * What would be wrong with adding this response now: a duplicate id, or an {@code
     * in_response_to} id that names no attack added so far.
     *
     * @param response the response
     * @return the problems, empty if none
     */
    public List<DatasetProblem> problemsWith(Response response) {
      return RecordIds.problemsWith(response, responses.keySet(), attacks.keySet());
    }

    /**
     * What would be wrong with adding this base now: a duplicate id.
     *
     * @param base the base
     * @return the problems, empty if none
     */
    public List<DatasetProblem> problemsWith(Base base) {
      return duplicate(base);
    }

    /**
     * What would be wrong with adding this tally now: a duplicate id.
     *
     * @param tally the tally
     * @return the problems, empty if none
     */
    public List<DatasetProblem> problemsWith(Tally tally) {
      return duplicate(tally);
    }

    /**
     * Adds the attack if {@link #problemsWith(Attack)} finds nothing wrong with it now.
     *
     * @param attack the attack
     * @return the problems, empty if the attack was added
     */
    public List<DatasetProblem> addIfValid(Attack attack) {
      List<DatasetProblem> p = problemsWith(attack);
      if (p.isEmpty()) {
        attacks.put(attack.id(), attack);
      }
      return p;
    }

    /**
     * Adds the response if {@link #problemsWith(Response)} finds nothing wrong with it now.
     *
     * @param response the response
     * @return the problems, empty if the response was added
     */
    public List<DatasetProblem> addIfValid(Response response) {
      List<DatasetProblem> p = problemsWith(response);
      if (p.isEmpty()) {
        responses.put(response.id(), response);
      }
      return p;
    }

    /**
     * Adds the base if its id is new.
     *
     * @param base the base
     * @return the problems, empty if the base was added
     */
    public List<DatasetProblem> addIfValid(Base base) {
      List<DatasetProblem> p = problemsWith(base);
      if (p.isEmpty()) {
        bases.put(base.id(), base);
      }
      return p;
    }

    /**
     * Adds the tally if its id is new.
     *
     * @param tally the tally
     * @return the problems, empty if the tally was added
     */
    public List<DatasetProblem> addIfValid(Tally tally) {
      List<DatasetProblem> p = problemsWith(tally);
      if (p.isEmpty()) {
        tallies.put(tally.id(), tally);
      }
      return p;
    }

    /**
     * Whether a record of this kind with this id was added.
     *
     * @param type the kind of record
     * @param id the id
     * @return true if added
     */
    public boolean contains(RecordType type, String id) {
      switch (type) {
        case ATTACK:
          return attacks.containsKey(id);
        case RESPONSE:
          return responses.containsKey(id);
        case BASE:
          return bases.containsKey(id);
        default:
          return tallies.containsKey(id);
      }
    }

    /**
     * Builds the dataset.
     *
     * @return the dataset
     * @throws InvalidDatasetException listing every reference that does not resolve
     */
    public Dataset build() {
      if (referencesUnchecked) {
        check(referenceProblems());
      }
      return new Dataset(this);
    }

    private List<DatasetProblem> referenceProblems() {
      List<DatasetProblem> p = new ArrayList<>();
      attacks.values().forEach(a -> p.addAll(RecordIds.references(a, bases.keySet())));
      responses.values().forEach(r -> p.addAll(RecordIds.references(r, attacks.keySet())));
      return p;
    }

    private List<DatasetProblem> duplicate(Attack a) {
      return RecordIds.duplicate(RecordType.ATTACK, a.id(), attacks.keySet());
    }

    private List<DatasetProblem> duplicate(Response r) {
      return RecordIds.duplicate(RecordType.RESPONSE, r.id(), responses.keySet());
    }

    private List<DatasetProblem> duplicate(Base b) {
      return RecordIds.duplicate(RecordType.BASE, b.id(), bases.keySet());
    }

    private List<DatasetProblem> duplicate(Tally t) {
      return RecordIds.duplicate(RecordType.TALLY, t.id(), tallies.keySet());
    }

    private void collect(List<DatasetProblem> found, List<DatasetProblem> all, Runnable add) {
      if (found.isEmpty()) {
        add.run();
      } else {
        all.addAll(found);
      }
    }

    private static void check(List<DatasetProblem> problems) {
      if (!problems.isEmpty()) {
        throw new InvalidDatasetException(problems);
      }
    }
  }
}
