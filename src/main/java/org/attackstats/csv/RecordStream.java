package org.attackstats.csv;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.attackstats.model.Incident;

/**
 * The incidents of a load, one at a time, for data larger than memory: statistics over them use the
 * ordinary collectors of {@code org.attackstats.stats} ({@code Summary.toSummary()}, {@code
 * Summary.toSummaries(...)}), and the account is the same {@link LoadReport} as for a
 * dataset. Bases and tallies are read, checked and counted, not streamed. Memory holds one row at a
 * time, the problems and warnings listed (at most {@link ReadOptions#maxProblems()} each), and,
 * with {@link ReadOptions#checksIds()}, every id read. Single use; close it (try-with-resources) to
 * close the file being read.
 *
 * <pre>{@code
 * try (RecordStream s = Loader.stream(List.of(Input.of(Path.of("big"))), ReadOptions.lenient())) {
 *   Summary attacks = s.incidents()
 *       .filter(i -> i.kind() == Incident.Kind.ATTACK)
 *       .collect(Summary.toSummary(DateSpan.parse("2023")));
 *   LoadReport report = s.report();   // complete once the stream is consumed
 * }
 * }</pre>
 */
public final class RecordStream implements AutoCloseable {
  private final Scan scan;
  private boolean used;

  RecordStream(Scan scan) {
    this.scan = scan;
  }

  /**
   * The incidents, attacks and responses in reading order; ordered, sequential, one pass.
   *
   * @return the stream; reading it may throw {@link DataFormatException} (strict mode, or past the
   *     problem limit) and {@link java.io.UncheckedIOException}
   * @throws IllegalStateException if the stream was read already
   */
  public Stream<Incident> incidents() {
    return stream(r -> r);
  }

  /**
   * The incidents in reading order, each with the file, line and record of its row and the id
   * column, so that the parts of a load read apart can be checked for ids as one ({@link
   * LocatedIncident#duplicateOf}); ordered, sequential, one pass. Either this or {@link
   * #incidents()} is read, once.
   *
   * @return the stream; reading it may throw as {@link #incidents()}
   * @throws IllegalStateException if the stream was read already
   */
  public Stream<LocatedIncident> locatedIncidents() {
    return stream(r -> {
      LocatedIncident.Position p = scan.lastPosition();
      return new LocatedIncident(r, p.file(), p.line(), p.record(), p.idColumn(), p.fromExport());
    });
  }

  private <T> Stream<T> stream(Function<Incident, T> wrap) {
    if (used) {
      throw new IllegalStateException("a RecordStream is read once");
    }
    used = true;
    Iterator<T> it =
        new Iterator<>() {
          private T next;

          @Override
          public boolean hasNext() {
            while (next == null) {
              Object r = scan.next();
              if (r == null) {
                return false;
              }
              if (r instanceof Incident) {
                next = wrap.apply((Incident) r);
              }
            }
            return true;
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            T i = next;
            next = null;
            return i;
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(scan::close);
  }

  /**
   * The account of the rows read so far; complete once the incidents have been read to the end.
   *
   * @return the report
   */
  public LoadReport report() {
    return scan.report();
  }

  /** Closes the file being read. */
  @Override
  public void close() {
    scan.close();
  }
}
