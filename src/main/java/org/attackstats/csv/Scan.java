package org.attackstats.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.DatasetProblem;
import org.attackstats.dataset.RecordIds;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;
import org.attackstats.model.Tally;

/**
 * The one loading loop: reads the {@link Unit}s in order, row by row, and hands out each accepted
 * record (an {@link Attack}, {@link Response}, {@link Base} or {@link Tally}) one at a time, so that
 * a caller may keep them ({@link Loader#read}), stream them ({@link Loader#stream}) or write them
 * ({@link Loader#convert}). It keeps the account of every row, checks ids and references through a
 * {@link Keeper}, and is the only place where strict and lenient reading differ: {@link #fail}.
 */
final class Scan implements Closeable {

  /** Checks records against those accepted before, and keeps them. */
  interface Keeper {
    List<DatasetProblem> problemsWith(Object record);

    void keep(Object record);

    /** Keeps the record if {@link #problemsWith} finds nothing: one check. */
    List<DatasetProblem> keepIfValid(Object record);

    /** Whether a record of this kind and id was kept. */
    boolean contains(RecordType type, String id);

    /** Into a dataset: checked as {@link Dataset.Builder} checks, and held. */
    static Keeper of(Dataset.Builder b) {
      return new Checks(b::problemsWith, b::problemsWith, b::problemsWith, b::problemsWith, b::contains,
          r -> Records.add(b, r), r -> Records.addIfValid(b, r));
    }

    /** Only the ids, for records that are not held. */
    static Keeper of(RecordIds ids) {
      return new Checks(ids::problemsWith, ids::problemsWith, ids::problemsWith, ids::problemsWith,
          ids::contains, r -> ids.add(Records.type(r), Records.id(r)), null);
    }

    /** Nothing checked: memory does not grow with the rows. */
    Keeper NONE =
        new Checks(a -> List.of(), r -> List.of(), b -> List.of(), t -> List.of(), (type, id) -> false, r -> {},
            null);
  }

  /**
   * The checks of each kind of record, what keeps one, and what checks and keeps one in one step
   * (null: check, then keep).
   */
  private record Checks(
      Function<Attack, List<DatasetProblem>> attack,
      Function<Response, List<DatasetProblem>> response,
      Function<Base, List<DatasetProblem>> base,
      Function<Tally, List<DatasetProblem>> tally,
      BiPredicate<RecordType, String> holds,
      Consumer<Object> keeper,
      Function<Object, List<DatasetProblem>> checkAndKeep)
      implements Keeper {

    @Override
    public List<DatasetProblem> problemsWith(Object r) {
      return r instanceof Attack ? attack.apply((Attack) r)
          : r instanceof Response ? response.apply((Response) r)
          : r instanceof Base ? base.apply((Base) r)
          : r instanceof Tally ? tally.apply((Tally) r)
          : List.of(); // not a record: an entry of a list of deleted events
    }

    @Override
    public void keep(Object r) {
      keeper.accept(r);
    }

    @Override
    public List<DatasetProblem> keepIfValid(Object r) {
      if (checkAndKeep != null) {
        return checkAndKeep.apply(r);
      }
      List<DatasetProblem> found = problemsWith(r);
      if (found.isEmpty()) {
        keep(r);
      }
      return found;
    }

    @Override
    public boolean contains(RecordType type, String id) {
      return holds.test(type, id);
    }
  }

  /** The counts of one file as it is read. */
  private static final class Account {
    long read;
    long accepted;
    long rejected;
    final SortedMap<String, Long> leftOut = new TreeMap<>();
    final SortedMap<String, Long> rejectedByReason = new TreeMap<>();
    final SortedMap<String, Long> warnings = new TreeMap<>();
  }

  private final List<Unit> units;
  private final ReadOptions options;
  private final Keeper keeper;
  private final int memoCapacity;
  private final TextScan.Batch text;
  private final List<FileReport> reports = new ArrayList<>();
  private final List<DataProblem> problems = new ArrayList<>();
  private final List<DataProblem> warnings = new ArrayList<>();
  private long warningsNotListed;
  private BiConsumer<String, String> leftOut = (id, reason) -> {};
  private int nextUnit;
  private FileScan current;
  private Account account;
  private FileScan last;
  private LocatedIncident.Position lastPosition;

  Scan(Resolver resolved, ReadOptions options, Keeper keeper, int memoCapacity) {
    this.units = resolved.units();
    this.options = options;
    this.keeper = keeper;
    this.memoCapacity = memoCapacity;
    List<Unit> texts = new ArrayList<>();
    units.stream().filter(u -> u.kind == Unit.Kind.TEXT).forEach(texts::add);
    this.text = new TextScan.Batch(texts, options);
    resolved.warnings.forEach(this::warn);
  }

  /**
   * The next accepted record, or null once every file is read.
   *
   * @throws DataFormatException in strict mode at the first problem; in lenient mode past {@link
   *     ReadOptions#maxProblems()} problems
   * @throws UncheckedIOException if a file cannot be read
   */
  Object next() {
    while (true) {
      if (current == null && !openNext()) {
        return null;
      }
      FileScan.Outcome o;
      try {
        o = current.next();
      } catch (DataFormatException e) {
        fail(e.problem()); // strict: thrown; lenient: the rest of the file is not read
        o = null;
      }
      if (o == null) {
        finishFile();
        continue;
      }
      account.read++;
      if (account.read > options.maxRows()) {
        account.read--;
        throw new DataFormatException(
            new DataProblem(current.unit.file, o.line, o.number, "", "", Messages.tooManyRows(options)));
      }
      if (account.read % ReadProgress.EVERY == 0) {
        options.progress().update(current.unit.file, current.bytesRead(), account.read);
      }
      if (o.leftOut != null) {
        account.leftOut.merge(o.leftOut, 1L, Long::sum);
        leftOut.accept(o.leftOutId, o.leftOut);
        continue;
      }
      if (o.problem != null) {
        reject(o, o.problem.category(), problem(o.problem, o));
        continue;
      }
      List<DatasetProblem> found;
      if (current.unit.kind == Unit.Kind.EXPORT) {
        found = keeper.problemsWith(o.record);
        if (found.isEmpty()) {
          found = otherKind((Incident) o.record);
        }
        if (found.isEmpty()) {
          keeper.keep(o.record);
        }
      } else {
        found = keeper.keepIfValid(o.record);
      }
      if (!found.isEmpty()) {
        DatasetProblem d = found.get(0);
        reject(o, d.field().equals("id") ? "duplicate id" : "unknown reference",
            new DataProblem(current.unit.file, o.line, o.number, current.fieldColumn(d.field()),
                Messages.abbreviate(d.value()),
                Messages.bounded(d.reason())));
        continue;
      }
      account.accepted++;
      lastPosition = new LocatedIncident.Position(current.unit.file, o.line, o.number, current.fieldColumn("id"),
          current.unit.kind == Unit.Kind.EXPORT);
      for (Mapping.Warning w : o.warnings) {
        account.warnings.merge(w.category(), 1L, Long::sum);
        warn(position(w, o.line, o.number));
      }
      return o.record;
    }
  }

  /**
   * An event of an export is one attack or one response: its id must not be that of an incident
   * of the other kind either.
   */
  private List<DatasetProblem> otherKind(Incident i) {
    RecordType other = i instanceof Attack ? RecordType.RESPONSE : RecordType.ATTACK;
    if (!keeper.contains(other, i.id())) {
      return List.of();
    }
    return List.of(new DatasetProblem(Records.type(i), i.id(), "id", i.id(), otherKindReason(other)));
  }

  /** Why an event of an export is refused when an incident of the other kind has its id. */
  static String otherKindReason(RecordType other) {
    return "duplicate id: " + (other == RecordType.ATTACK ? "an attack" : "a response") + " already has it (an"
        + " event of an export becomes one attack or one response)";
  }

  /** Where the record {@link #next} returned last was read, if it was a record of a file's row. */
  LocatedIncident.Position lastPosition() {
    return lastPosition;
  }

  /** Hears the id and reason of every row left out as not an incident. */
  Scan onLeftOut(BiConsumer<String, String> listener) {
    this.leftOut = listener;
    return this;
  }

  /** The scan of the file whose record {@link #next} returned last. */
  FileScan lastFile() {
    return current != null ? current : last;
  }

  private boolean openNext() {
    while (nextUnit < units.size()) {
      Unit u = units.get(nextUnit++);
      account = new Account();
      if (u.kind == Unit.Kind.FAULT) {
        fail(u.fault);
        reports.add(report(u, null));
        continue;
      }
      FileScan f =
          u.kind == Unit.Kind.CANONICAL ? new CanonicalScan(u, options, memoCapacity)
              : u.kind == Unit.Kind.TEXT ? new TextScan(u, options, text)
              : u.kind == Unit.Kind.DELETIONS ? new DeletionScan(u, options)
              : new ExportScan(u, options);
      try {
        f.open();
      } catch (DataFormatException e) {
        close(f);
        fail(e.problem()); // strict: thrown; lenient: the file is reported and skipped
        reports.add(report(u, f));
        continue;
      } catch (RuntimeException e) {
        close(f);
        throw e;
      }
      for (Mapping.Warning w : f.fileWarnings) {
        account.warnings.merge(w.category(), 1L, Long::sum);
        warn(new DataProblem(u.file, 1, 1, w.column(), Messages.abbreviate(w.value()), Messages.bounded(w.reason())));
      }
      current = f;
      return true;
    }
    return false;
  }

  private void finishFile() {
    options.progress().finished(current.unit.file, current.bytesRead(), account.read);
    reports.add(report(current.unit, current));
    close(current);
    last = current;
    current = null;
  }

  private FileReport report(Unit u, FileScan f) {
    return new FileReport(
        u.file, u.label(), account.read, account.accepted, account.rejected, account.leftOut,
        account.rejectedByReason, account.warnings,
        f == null ? new TreeMap<>() : f.unknownValues, f == null ? List.of() : f.unknownColumns);
  }

  private DataProblem problem(CellException e, FileScan.Outcome o) {
    return new DataProblem(current.unit.file, o.line, o.number, current.columnLabel(e.column()),
        Messages.abbreviate(e.value()), Messages.bounded(e.reason()));
  }

  private DataProblem position(Mapping.Warning w, long line, long number) {
    return new DataProblem(current.unit.file, line, number, current.columnLabel(w.column()),
        Messages.abbreviate(w.value()), Messages.bounded(w.reason()));
  }

  private void reject(FileScan.Outcome o, String category, DataProblem p) {
    account.rejected++;
    account.rejectedByReason.merge(category, 1L, Long::sum);
    fail(p);
  }

  /** The one strict/lenient gate: strict throws, lenient records, up to the limit. */
  private void fail(DataProblem p) {
    if (!options.isLenient()) {
      throw new DataFormatException(p);
    }
    if (problems.size() >= options.maxProblems()) {
      throw new DataFormatException(
          new DataProblem(p.file(), p.line(), p.record(), "", "", Messages.tooManyProblems(options)));
    }
    problems.add(p);
  }

  private void warn(DataProblem w) {
    if (warnings.size() < options.maxProblems()) {
      warnings.add(w);
    } else {
      warningsNotListed++;
    }
  }

  /**
   * The account so far; complete once {@link #next} has returned null.
   *
   * @return the report
   */
  LoadReport report() {
    List<FileReport> files = new ArrayList<>(reports);
    if (current != null) {
      files.add(report(current.unit, current));
    }
    return new LoadReport(files, problems, warnings, warningsNotListed);
  }

  private static void close(FileScan f) {
    try {
      f.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (current != null) {
      FileScan f = current;
      current = null;
      close(f);
    }
  }
}
