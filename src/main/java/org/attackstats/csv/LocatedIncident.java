package org.attackstats.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attackstats.dataset.DatasetProblem;
import org.attackstats.dataset.RecordIds;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.Attack;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;

/**
 * An incident with the place of the row it was read from, as {@link RecordStream#locatedIncidents}
 * hands them out: for readers that split a load into parts read apart (the Spark reader reads each
 * export file in its own task) and must then check ids across the parts as one load checks them
 * ({@link #duplicateOf}).
 *
 * @param incident the incident
 * @param file the file as named in problems
 * @param line the line where its row starts
 * @param record its record number (the header is record 1)
 * @param idColumn the column holding its id, as the file names it ({@code id}, {@code
 *     event_id_cnty}, {@code globaleventid})
 * @param fromExport whether it is an event of a third-party export or mapped table, which becomes
 *     one attack or one response (its id must not be that of an incident of either kind)
 */
public record LocatedIncident(
    Incident incident, String file, long line, long record, String idColumn, boolean fromExport) {

  /** The place of a row, without its incident. */
  record Position(String file, long line, long record, String idColumn, boolean fromExport) {}

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if the incident, file or id column is null
   */
  public LocatedIncident {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(idColumn, "idColumn");
  }

  /**
   * The problem that rejects this incident when {@code kept}, accepted before it in the same
   * load, has its id: the {@code duplicate id} problem {@link Loader#read} reports, at this
   * incident's file, line, record and id column. An incident of the same kind is a duplicate; one
   * of the other kind is a duplicate only when this incident is an event of an export.
   *
   * @param kept an incident accepted before this one
   * @return the problem, or empty when the two may stand together
   */
  public Optional<DataProblem> duplicateOf(LocatedIncident kept) {
    if (!kept.incident.id().equals(incident.id())) {
      return Optional.empty();
    }
    String reason;
    if (kept.incident.kind() == incident.kind()) {
      RecordIds ids = RecordIds.create();
      ids.add(Records.type(kept.incident), kept.incident.id());
      List<DatasetProblem> found =
          incident instanceof Attack a ? ids.problemsWith(a) : ids.problemsWith((Response) incident);
      reason = found.stream().filter(d -> d.field().equals("id")).findFirst().orElseThrow().reason();
    } else if (fromExport) {
      reason = Scan.otherKindReason(kept.incident instanceof Attack ? RecordType.ATTACK : RecordType.RESPONSE);
    } else {
      return Optional.empty();
    }
    return Optional.of(new DataProblem(file, line, record, idColumn, Messages.abbreviate(incident.id()),
        Messages.bounded(reason)));
  }
}
