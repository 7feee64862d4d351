/**
 * Readers for third-party conflict-event exports: ACLED (current CSV export, the older export and
 * the API's JSON), the START Global Terrorism Database (GTD) CSV and the UCDP Georeferenced Event
 * Dataset (GED) CSV. Each row becomes exactly one {@link org.attackstats.model.Attack} or {@link
 * org.attackstats.model.Response}, or one reported {@link org.attackstats.csv.DataProblem}; source
 * columns the model has no place for are kept in the record's extra columns.
 *
 * <pre>{@code
 * Conversion c = ExternalReader.read(Path.of("acled.csv"), ConversionOptions.defaults());
 * c.dataset().attacks();
 * c.report().problems();
 * }</pre>
 *
 * <p>The column-by-column mapping is documented in {@code docs/formats.md}.
 */
package org.attackstats.csv.external;
