package org.attackstats.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.csv.DataFormatException;
import org.attackstats.csv.DataProblem;
import org.attackstats.csv.LoadResult;
import org.attackstats.csv.ReadOptions;
import org.attackstats.csv.external.Conversion;
import org.attackstats.csv.external.ConversionOptions;
import org.attackstats.csv.external.ExternalFormat;
import org.attackstats.csv.external.ExternalReader;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.DatasetProblem;
import org.attackstats.dataset.RecordType;

/**
 * Loads what a user names on the command line, whatever it is: a canonical dataset folder or
 * files, or third-party exports (ACLED, GTD, UCDP GED, told apart by their headers). Every row read
 * is accepted or reported.
 */
final class Inputs {
  private Inputs() {}

  /** What was loaded, and the account of every row. */
  record Loaded(Dataset dataset, long rowsRead, List<DataProblem> problems) {
    long rejected() {
      return problems.size();
    }
  }

  /**
   * Loads canonical folders and files, third-party files, and news text (.txt files, or folders
   * holding no canonical file), into one dataset.
   */
  static Loaded load(List<String> paths, ReadOptions options) {
    List<Path> canonical = new ArrayList<>();
    List<Path> external = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (String p : paths) {
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        throw new UsageException("no such file or folder: " + p);
      }
      if (Files.isDirectory(path)) {
        List<Path> files = canonicalFiles(path);
        if (files.isEmpty()) {
          texts.add(p); // a folder of news reports
        }
        canonical.addAll(files);
      } else if (p.endsWith(".txt")) {
        texts.add(p);
      } else if (isCanonicalName(path) || !isExternal(path)) {
        canonical.add(path);
      } else {
        external.add(path);
      }
    }
    List<DataProblem> problems = new ArrayList<>();
    long rows = 0;
    Dataset.Builder all = Dataset.builder();
    if (!canonical.isEmpty()) {
      LoadResult r = CanonicalCsv.read(canonical, options);
      r.dataset().bases().forEach(all::add);
      r.dataset().attacks().forEach(all::add);
      r.dataset().responses().forEach(all::add);
      r.dataset().tallies().forEach(all::add);
      problems.addAll(r.problems());
      rows += r.rowsRead();
    }
    for (Path f : external) {
      Conversion c = convert(f, null, options);
      rows += c.report().rowsRead();
      problems.addAll(c.report().problems());
      String name = f.toString();
      c.dataset().attacks().forEach(a -> addOrReport(all.problemsWith(a), () -> all.add(a), name, problems));
      c.dataset().responses().forEach(r -> addOrReport(all.problemsWith(r), () -> all.add(r), name, problems));
    }
    if (!texts.isEmpty()) {
      Dataset extracted = Extract.extract(texts, java.util.Optional.empty(), java.util.Optional.empty()).dataset();
      String name = String.join(" ", texts);
      extracted.bases().forEach(b -> addOrReport(all.problemsWith(b), () -> all.add(b), name, problems));
      extracted.attacks().forEach(a -> addOrReport(all.problemsWith(a), () -> all.add(a), name, problems));
      extracted.responses().forEach(r -> addOrReport(all.problemsWith(r), () -> all.add(r), name, problems));
      extracted.tallies().forEach(t -> addOrReport(all.problemsWith(t), () -> all.add(t), name, problems));
    }
    return new Loaded(all.build(), rows, problems);
  }

  /** Converts one third-party file; {@code format} null means detect it from the header. */
  static Conversion convert(Path file, ExternalFormat format, ReadOptions options) {
    ConversionOptions co = ConversionOptions.defaults().toBuilder().readOptions(options).build();
    try {
      return format == null ? ExternalReader.read(file, co) : ExternalReader.read(file, format, co);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Adds a record unless it repeats an id (or breaks a reference), which is then reported. */
  static void addOrReport(List<DatasetProblem> found, Runnable add, String file, List<DataProblem> problems) {
    if (found.isEmpty()) {
      add.run();
    } else {
      DatasetProblem p = found.get(0);
      problems.add(new DataProblem(file, 0, 0, p.field(), p.value(),
          p.type() + " '" + p.id() + "': " + p.reason() + " (an earlier input already holds this id)"));
    }
  }

  private static List<Path> canonicalFiles(Path dir) {
    List<Path> files = new ArrayList<>();
    for (RecordType t : RecordType.values()) {
      Path f = dir.resolve(t.fileName());
      if (Files.isRegularFile(f)) {
        files.add(f);
      }
    }
    return files;
  }

  private static boolean isCanonicalName(Path file) {
    String name = file.getFileName().toString();
    for (RecordType t : RecordType.values()) {
      if (name.endsWith(t.fileName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isExternal(Path file) {
    try {
      ExternalFormat.detect(file);
      return true;
    } catch (DataFormatException | IOException e) {
      return false;
    }
  }
}
