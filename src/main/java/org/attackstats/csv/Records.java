package org.attackstats.csv;

import java.util.List;
import java.util.Map;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.DatasetProblem;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.Attack;
import org.attackstats.model.Base;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;
import org.attackstats.model.Tally;

/** What the loading loop needs of any record: its kind, id and extras. */
final class Records {
  private Records() {}

  static RecordType type(Object r) {
    return r instanceof Attack ? RecordType.ATTACK
        : r instanceof Response ? RecordType.RESPONSE
        : r instanceof Base ? RecordType.BASE
        : RecordType.TALLY;
  }

  static String id(Object r) {
    return r instanceof Incident ? ((Incident) r).id()
        : r instanceof Base ? ((Base) r).id()
        : ((Tally) r).id();
  }

  /** Adds a record to a dataset being built. */
  static void add(Dataset.Builder b, Object r) {
    if (r instanceof Attack) {
      b.add((Attack) r);
    } else if (r instanceof Response) {
      b.add((Response) r);
    } else if (r instanceof Base) {
      b.add((Base) r);
    } else {
      b.add((Tally) r);
    }
  }

  /** Adds a record to a dataset being built if it has no problems there: the problems. */
  static List<DatasetProblem> addIfValid(Dataset.Builder b, Object r) {
    return r instanceof Attack ? b.addIfValid((Attack) r)
        : r instanceof Response ? b.addIfValid((Response) r)
        : r instanceof Base ? b.addIfValid((Base) r)
        : b.addIfValid((Tally) r);
  }

  /** The record's cells as written: canonical columns in order, then its extras. */
  static Map<String, String> cells(Object r) {
    return r instanceof Attack ? Codec.cells((Attack) r)
        : r instanceof Response ? Codec.cells((Response) r)
        : r instanceof Base ? Codec.cells((Base) r)
        : Codec.cells((Tally) r);
  }
}
