package org.attackstats.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One thing for {@link Loader} to read: a file or a folder, or bytes from memory or elsewhere, and
 * the format to read it as ({@link InputFormat#AUTO} tells it from the content). Immutable.
 *
 * <pre>{@code
 * List<Input> inputs = List.of(
 *     Input.of(Path.of("data/canonical")),                                   // a dataset folder
 *     Input.of(Path.of("exports/")),                                         // a folder of exports
 *     Input.of(Path.of("acled.json"), InputFormat.of(ExternalFormat.ACLED)), // forced
 *     Input.of(Path.of("strikes.csv"), InputFormat.mapped(TableMapping.parse("date=day,killed=deaths"))));
 * }</pre>
 */
public final class Input {
  private final String name;
  private final Optional<Path> path;
  private final Supplier<InputStream> opener;
  private final InputFormat format;

  private Input(String name, Optional<Path> path, Supplier<InputStream> opener, InputFormat format) {
    this.name = name;
    this.path = path;
    this.opener = opener;
    this.format = Objects.requireNonNull(format, "format");
  }

  /**
   * A file or folder whose format is told from its content.
   *
   * @param path the file or folder
   * @return the input
   */
  public static Input of(Path path) {
    return of(path, InputFormat.AUTO);
  }

  /**
   * A file or folder read as this format; a folder means its files (see {@link Loader}).
   *
   * @param path the file or folder
   * @param format how to read it
   * @return the input
   */
  public static Input of(Path path, InputFormat format) {
    return new Input(path.toString(), Optional.of(path), null, format);
  }

  /**
   * Bytes held in memory, read as one file of this format.
   *
   * @param name the file name used in problems and as the records' document
   * @param bytes the content; copied
   * @param format how to read it
   * @return the input
   * @throws IllegalArgumentException if the name is blank
   */
  public static Input of(String name, byte[] bytes, InputFormat format) {
    byte[] copy = bytes.clone();
    return of(name, () -> new ByteArrayInputStream(copy), format);
  }

  /**
   * Bytes from elsewhere (a network, an archive), read as one file of this format. The supplier is
   * called once for each pass over the file: once when the format is given, and once more to tell
   * it from the content when it is {@link InputFormat#AUTO} or an ACLED family, and once more for a
   * canonical file read in parts ({@link ReadOptions#threads()}) that must be read again on one
   * thread (a part not proven to start at a record boundary, or a fault within a part); each
   * stream is closed after use.
   *
   * @param name the file name used in problems and as the records' document
   * @param opener opens the bytes afresh
   * @param format how to read it
   * @return the input
   * @throws IllegalArgumentException if the name is blank
   */
  public static Input of(String name, Supplier<InputStream> opener, InputFormat format) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("an input needs a name");
    }
    return new Input(name, Optional.empty(), Objects.requireNonNull(opener, "opener"), format);
  }

  /**
   * The path as given, or the name of bytes in memory.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The file or folder.
   *
   * @return the path, or empty for bytes in memory
   */
  public Optional<Path> path() {
    return path;
  }

  /**
   * How it is read.
   *
   * @return the format
   */
  public InputFormat format() {
    return format;
  }

  /** The content, for an input that is not a path. */
  InputStream open() {
    return opener.get();
  }

  /** The same input read as another format. */
  Input as(InputFormat other) {
    return new Input(name, path, opener, other);
  }

  @Override
  public String toString() {
    return "Input[" + name + ", " + format + "]";
  }
}
