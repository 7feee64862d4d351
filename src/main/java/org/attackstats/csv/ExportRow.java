package org.attackstats.csv;

/**
 * A source row as read, with the problem in its shape if any (wrong number of cells, a cell over
 * the length limit), found before any mapping.
 *
 * @param row the row
 * @param defect the problem, or null
 */
record ExportRow(SourceRow row, RowProblem defect) {}
