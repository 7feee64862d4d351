package org.attackstats.csv;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.attackstats.dataset.RecordType;

/**
 * How {@link Loader} reads an {@link Input}: told from the content ({@link #AUTO}), as canonical
 * CSV ({@link #CANONICAL}, or one table of it), as news text ({@link #TEXT}), as a third-party
 * export ({@link #of(ExternalFormat)}), or as any incident table through a column mapping ({@link
 * #mapped(TableMapping)}). Immutable; {@code toString()} is the name {@link #parse} reads back.
 */
public final class InputFormat {

  private enum Kind { AUTO, CANONICAL, TEXT, EXPORT, MAPPED }

  /** Told from the content: see {@link Loader}. */
  public static final InputFormat AUTO = new InputFormat(Kind.AUTO, null, null, null);

  /** Canonical CSV: a dataset folder, or files whose kind comes from their name or header. */
  public static final InputFormat CANONICAL = new InputFormat(Kind.CANONICAL, null, null, null);

  /** News text: {@code .txt} files, read by the {@link org.attackstats.text.Extractor}. */
  public static final InputFormat TEXT = new InputFormat(Kind.TEXT, null, null, null);

  private final Kind kind;
  private final RecordType table;
  private final ExternalFormat export;
  private final TableMapping mapping;

  private InputFormat(Kind kind, RecordType table, ExternalFormat export, TableMapping mapping) {
    this.kind = kind;
    this.table = table;
    this.export = export;
    this.mapping = mapping;
  }

  /**
   * One canonical table, whatever the file's name.
   *
   * @param table the kind of record the file holds
   * @return the format
   */
  public static InputFormat canonical(RecordType table) {
    return new InputFormat(Kind.CANONICAL, Objects.requireNonNull(table, "table"), null, null);
  }

  /**
   * A third-party export.
   *
   * @param format the export's format
   * @return the format
   */
  public static InputFormat of(ExternalFormat format) {
    return new InputFormat(Kind.EXPORT, null, Objects.requireNonNull(format, "format"), null);
  }

  /**
   * A table read through a column mapping: onto the generic incident fields, or onto a
   * third-party format's columns ({@link TableMapping#format()}).
   *
   * @param mapping the mapping
   * @return the format
   */
  public static InputFormat mapped(TableMapping mapping) {
    return new InputFormat(Kind.MAPPED, null, mapping.format().orElse(null), mapping);
  }

  /**
   * The format with this command-line name: {@code auto}, {@code canonical}, {@code text}, or an
   * export name of {@link ExternalFormat#parse}. Case is ignored.
   *
   * @param name the name
   * @return the format
   * @throws IllegalArgumentException naming the value and the valid names
   */
  public static InputFormat parse(CharSequence name) {
    String n = name.toString().strip().toLowerCase(Locale.ROOT);
    switch (n) {
      case "auto":
        return AUTO;
      case "canonical":
        return CANONICAL;
      case "text":
        return TEXT;
      default:
        try {
          return of(ExternalFormat.parse(n));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "unknown input format '" + name + "': expected one of auto, canonical, text, "
                  + ExternalFormat.NAMES + " (a table of another shape needs a column mapping)");
        }
    }
  }

  /**
   * The canonical table, when the format is one.
   *
   * @return the table, or empty
   */
  public Optional<RecordType> canonicalTable() {
    return Optional.ofNullable(table);
  }

  /**
   * The third-party format: the export's, or the one a mapping renames columns onto.
   *
   * @return the format, or empty
   */
  public Optional<ExternalFormat> export() {
    return Optional.ofNullable(export);
  }

  /**
   * The column mapping.
   *
   * @return the mapping, or empty
   */
  public Optional<TableMapping> mapping() {
    return Optional.ofNullable(mapping);
  }

  boolean isAuto() {
    return kind == Kind.AUTO;
  }

  boolean isCanonical() {
    return kind == Kind.CANONICAL;
  }

  boolean isText() {
    return kind == Kind.TEXT;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputFormat
        && ((InputFormat) o).kind == kind
        && ((InputFormat) o).table == table
        && ((InputFormat) o).export == export
        && Objects.equals(((InputFormat) o).mapping, mapping);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, table, export, mapping);
  }

  /**
   * The command-line name ({@code auto}, {@code acled-json}, ...); a canonical table is {@code
   * canonical:attacks}, a mapping {@code table[...]}.
   *
   * @return the name
   */
  @Override
  public String toString() {
    switch (kind) {
      case CANONICAL:
        return table == null ? "canonical" : "canonical:" + table.fileName().replace(".csv", "");
      case EXPORT:
        return export.toString();
      case MAPPED:
        return mapping.toString();
      default:
        return kind.name().toLowerCase(Locale.ROOT);
    }
  }
}
