package org.attackstats.csv;

/**
 * How to write canonical CSV. Immutable.
 *
 * <p>{@link #neutralisingFormulas()}: spreadsheets run a cell that starts with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return as a formula ("CSV injection"). With this
 * option such free-text cells are written with a leading apostrophe ({@code '=cmd}), which
 * spreadsheets show as text. Structured columns (dates, numbers, estimates, codes) are never
 * changed, so a negative longitude stays a number. Reading such a file back keeps the apostrophe:
 * the option trades exact round trips for safety, which is why it is off by default.
 *
 * <pre>{@code CanonicalCsv.write(dataset, dir, WriteOptions.defaults().neutralisingFormulas())}</pre>
 */
public final class WriteOptions {
  private static final WriteOptions DEFAULTS = new WriteOptions(false);

  private final boolean neutraliseFormulas;

  private WriteOptions(boolean neutraliseFormulas) {
    this.neutraliseFormulas = neutraliseFormulas;
  }

  /**
   * Exact output: every value written as it is.
   *
   * @return the default options
   */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with formula neutralisation on.
   *
   * @return the new options
   */
  public WriteOptions neutralisingFormulas() {
    return new WriteOptions(true);
  }

  /**
   * Whether free-text cells that a spreadsheet would run as formulas get a leading apostrophe.
   *
   * @return true if neutralising
   */
  public boolean neutraliseFormulas() {
    return neutraliseFormulas;
  }

  String cell(String column, String value) {
    if (neutraliseFormulas && !value.isEmpty() && !Columns.STRUCTURED.contains(column)) {
      char c = value.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + value;
      }
    }
    return value;
  }

  @Override
  public String toString() {
    return "WriteOptions[neutraliseFormulas=" + neutraliseFormulas + "]";
  }
}
