package org.attackstats.csv;

import java.util.Objects;

/**
 * One thing wrong with the input, located precisely: the file, the physical line where the record
 * starts, the record number (they differ when quoted cells hold line breaks), the column, the raw
 * value, and the reason with what would be valid.
 *
 * <p>Line and record numbers are 1-based and count the header as line 1 and record 1 of a CSV
 * file; 0 means "not tied to a row" (a missing column, an unreadable file).
 *
 * @param file the file name or path as given
 * @param line the 1-based physical line where the record starts, or 0
 * @param record the 1-based record number, or 0
 * @param column the column name, or empty when the whole row or file is at fault
 * @param value the raw value, or empty
 * @param reason what is wrong and what would be valid
 */
public record DataProblem(String file, long line, long record, String column, String value, String reason)
    implements java.io.Serializable {

  /**
   * Checks for nulls and negative positions.
   *
   * @throws NullPointerException if a text component is null
   * @throws IllegalArgumentException if a position is negative
   */
  public DataProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    if (line < 0 || record < 0) {
      throw new IllegalArgumentException("line and record must be >= 0, got " + line + ", " + record);
    }
  }

  /**
   * One line, for people: {@code attacks.csv:7 (record 6), column injured, value 'lots': invalid
   * estimate ...}.
   *
   * @return the message
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (record != line && record > 0) {
        sb.append(" (record ").append(record).append(')');
      }
    }
    if (!column.isEmpty()) {
      sb.append(", column ").append(column);
    }
    if (!column.isEmpty() || !value.isEmpty()) {
      sb.append(", value '").append(abbreviate(value)).append('\'');
    }
    return sb.append(": ").append(reason).toString();
  }

  /** At most 80 characters, on one line: line breaks and tabs are shown escaped. */
  private static String abbreviate(String v) {
    String s = v.length() <= 80 ? v : v.substring(0, 77) + "...";
    return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }
}
