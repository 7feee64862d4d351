package org.attackstats.csv;

/** The wording shared by every reader: values and reasons cut to size, limits and their options. */
final class Messages {
  private Messages() {}

  /** A value as quoted in a problem: at most 200 characters. */
  static String abbreviate(String v) {
    return v.length() <= 200 ? v : v.substring(0, 197) + "...";
  }

  /** A reason, which may quote the value, cut at 1,000 characters. */
  static String bounded(String reason) {
    return reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
  }

  /** The cells joined with commas, cut at 200 characters without joining them all first. */
  static String abbreviate(String[] cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length && sb.length() <= 200; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(cells[i], 0, Math.min(cells[i].length(), 201));
    }
    return abbreviate(sb.toString());
  }

  /** How to raise a limit: the option of {@link ReadOptions} and the command-line flag. */
  static String raise(String option, String flag) {
    return "raise it with ReadOptions." + option + ", or " + flag + " on the command line";
  }

  static String tooLong(ReadOptions options) {
    return "cell has more than " + options.maxCellLength() + " characters, the limit ("
        + raise("maxCellLength", "--max-cell-length") + ")";
  }

  static String tooManyCells(ReadOptions options) {
    return "row has more than " + options.maxColumns() + " cells, the limit ("
        + raise("maxColumns", "--max-columns") + ")";
  }

  static String tooManyColumns(ReadOptions options) {
    return "header has more than " + options.maxColumns() + " columns, the limit ("
        + raise("maxColumns", "--max-columns") + ")";
  }

  static String tooManyRows(ReadOptions options) {
    return "more than " + options.maxRows() + " data rows in the file, the limit ("
        + raise("maxRows", "--max-rows") + ")";
  }

  static String tooManyProblems(ReadOptions options) {
    return "more than " + options.maxProblems() + " problems, the limit ("
        + raise("maxProblems", "--max-problems") + ")";
  }
}
