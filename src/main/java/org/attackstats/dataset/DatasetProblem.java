package org.attackstats.dataset;

import java.util.Objects;

/**
 * Something wrong across records: a duplicated id or a reference that does not resolve.
 *
 * @param type the kind of the offending record
 * @param id its id
 * @param field the field at fault, as its CSV column name ({@code id}, {@code base_id}, ...)
 * @param value the offending value
 * @param reason what is wrong and what would be valid
 */
public record DatasetProblem(RecordType type, String id, String field, String value, String reason)
    implements java.io.Serializable {

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a component is null
   */
  public DatasetProblem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * One line: {@code attack 'a07', field base_id = 'x': no base with this id}.
   *
   * @return the message
   */
  @Override
  public String toString() {
    return type + " '" + id + "', field " + field + " = '" + value + "': " + reason;
  }
}
