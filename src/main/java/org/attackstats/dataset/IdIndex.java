package org.attackstats.dataset;

import java.util.List;
import java.util.function.Function;

/**
 * The positions of records in an immutable list, looked up by id: an open-addressing hash table of
 * {@code int}s with linear probing, about six bytes per record (a map of entries costs five times
 * as much). Ids must be distinct. Immutable once built, and so safe to share between threads.
 */
final class IdIndex {

  /** Position + 1 of a record, or 0 for an empty slot. */
  private final int[] table;

  private IdIndex(int[] table) {
    this.table = table;
  }

  /**
   * The index of a list's records by id.
   *
   * @param records the records, with distinct ids
   * @param offset the position of the first record in the list that {@link #position} answers for
   * @param id the id of a record
   */
  static <T> IdIndex of(List<? extends T> records, int offset, Function<? super T, String> id) {
    // load factor at most 2/3; one empty slot at least, so that a search always stops
    int[] table = new int[records.size() + records.size() / 2 + 1];
    for (int i = 0; i < records.size(); i++) {
      int slot = slot(id.apply(records.get(i)).hashCode(), table.length);
      while (table[slot] != 0) {
        slot = slot + 1 == table.length ? 0 : slot + 1;
      }
      table[slot] = offset + i + 1;
    }
    return new IdIndex(table);
  }

  /** The home slot of a hash: the spread hash scaled to the table's length. */
  private static int slot(int hash, int length) {
    int h = hash * 0x9E3779B9;
    return (int) (((h ^ (h >>> 16)) & 0xFFFFFFFFL) * length >>> 32);
  }

  /**
   * The position of the record with an id.
   *
   * @param list the list the index was built over (from its offset)
   * @param id the id
   * @param idOf the id of a record
   * @return the position in {@code list}, or -1 if no record has the id
   */
  <T> int position(List<? extends T> list, String id, Function<? super T, String> idOf) {
    int slot = slot(id.hashCode(), table.length);
    while (table[slot] != 0) {
      int p = table[slot] - 1;
      if (idOf.apply(list.get(p)).equals(id)) {
        return p;
      }
      slot = slot + 1 == table.length ? 0 : slot + 1;
    }
    return -1;
  }
}
