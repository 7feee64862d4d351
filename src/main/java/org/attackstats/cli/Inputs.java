package org.attackstats.cli;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attackstats.csv.CanonicalCsv;
import org.attackstats.csv.DataFormatException;
import org.attackstats.csv.DataProblem;
import org.attackstats.csv.LoadResult;
import org.attackstats.csv.ReadOptions;
import org.attackstats.csv.ReadProgress;
import org.attackstats.csv.Conversion;
import org.attackstats.csv.ConversionOptions;
import org.attackstats.csv.ExternalFormat;
import org.attackstats.csv.ExternalReader;
import org.attackstats.dataset.Dataset;
import org.attackstats.dataset.DatasetProblem;
import org.attackstats.dataset.RecordType;

/**
 * Loads what a user names on the command line, whatever it is: canonical dataset folders or files,
 * third-party exports (ACLED, GTD, UCDP GED, told apart by their headers), or news text. Every row
 * read is accepted or reported.
 */
final class Inputs {
  private Inputs() {}

  /** How to read the inputs: the charset of third-party files, and the date of headerless text. */
  record Settings(Charset charset, Optional<LocalDate> date, Optional<String> publisher, ReadProgress progress) {}

  /**
   * What was loaded, and the account of every row: {@code rowsRead = accepted + rejected}; the
   * problems list each rejected row, and also faults of whole files (which reject no row).
   */
  record Loaded(Dataset dataset, long rowsRead, long accepted, long rejected, List<DataProblem> problems) {}

  /**
   * Loads canonical folders and files, third-party files, and news text (.txt files, or folders
   * holding no canonical file but .txt files), leniently, into one dataset.
   */
  static Loaded load(List<String> paths, Settings settings) {
    List<Path> canonical = new ArrayList<>();
    List<Path> external = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (String p : paths) {
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        List<Path> files = canonicalFiles(path);
        if (!files.isEmpty()) {
          canonical.addAll(files);
        } else if (!Extract.textFiles(List.of(p)).isEmpty()) {
          texts.add(p); // a folder of news reports
        } else {
          throw new UsageException("folder " + p + " holds none of attacks.csv, responses.csv, bases.csv,"
              + " tallies.csv and no .txt news report; name third-party exports file by file");
        }
      } else if (!Files.isRegularFile(path)) {
        throw new UsageException(Files.exists(path) ? "not a regular file or folder: " + p : "no such file or folder: " + p);
      } else if (p.endsWith(".txt")) {
        texts.add(p);
      } else if (isCanonicalName(path) || !isExternal(path, settings.charset())) {
        canonical.add(path);
      } else {
        external.add(path);
      }
    }
    Account account = new Account();
    if (!canonical.isEmpty()) {
      LoadResult r = CanonicalCsv.read(canonical, ReadOptions.lenient().toBuilder().progress(settings.progress()).build());
      account.rows(r.rowsRead(), r.accepted(), r.rejected(), r.problems());
      Dataset d = r.dataset();
      String name = canonical.size() == 1 ? canonical.get(0).toString() : "canonical files";
      d.bases().forEach(b -> account.add(account.all.problemsWith(b), () -> account.all.add(b), name));
      d.attacks().forEach(a -> account.add(account.all.problemsWith(a), () -> account.all.add(a), name));
      d.responses().forEach(x -> account.add(account.all.problemsWith(x), () -> account.all.add(x), name));
      d.tallies().forEach(t -> account.add(account.all.problemsWith(t), () -> account.all.add(t), name));
    }
    for (Path f : external) {
      Conversion c = convert(f, null, settings.charset());
      account.rows(c.report().rowsRead(), c.report().accepted(), c.report().rejected(), c.report().problems());
      String name = f.toString();
      c.dataset().attacks().forEach(a -> account.add(account.all.problemsWith(a), () -> account.all.add(a), name));
      c.dataset().responses().forEach(r -> account.add(account.all.problemsWith(r), () -> account.all.add(r), name));
    }
    if (!texts.isEmpty()) {
      Dataset x = Extract.extract(texts, settings.date(), settings.publisher()).dataset();
      String name = String.join(" ", texts);
      // extracted records are not rows of a file: a clash is reported but counts no row
      Dataset.Builder all = account.all;
      x.bases().forEach(b -> addOrReport(all.problemsWith(b), () -> all.add(b), name, account.problems));
      x.attacks().forEach(a -> addOrReport(all.problemsWith(a), () -> all.add(a), name, account.problems));
      x.responses().forEach(r -> addOrReport(all.problemsWith(r), () -> all.add(r), name, account.problems));
      x.tallies().forEach(t -> addOrReport(all.problemsWith(t), () -> all.add(t), name, account.problems));
    }
    return new Loaded(account.all.build(), account.read, account.accepted, account.rejected, account.problems);
  }

  /** Rows read, accepted and rejected over several inputs merged into one dataset. */
  private static final class Account {
    final Dataset.Builder all = Dataset.builder();
    final List<DataProblem> problems = new ArrayList<>();
    long read;
    long accepted;
    long rejected;

    void rows(long read, long accepted, long rejected, List<DataProblem> problems) {
      this.read += read;
      this.accepted += accepted;
      this.rejected += rejected;
      this.problems.addAll(problems);
    }

    /** Adds a record accepted by its input, unless it repeats an id of an earlier input. */
    void add(List<DatasetProblem> found, Runnable add, String file) {
      if (addOrReport(found, add, file, problems)) {
        return;
      }
      accepted--;
      rejected++;
    }
  }

  /**
   * Adds a record unless it repeats an id (or breaks a reference), which is then reported.
   *
   * @return true if added
   */
  static boolean addOrReport(List<DatasetProblem> found, Runnable add, String file, List<DataProblem> problems) {
    if (found.isEmpty()) {
      add.run();
      return true;
    }
    DatasetProblem p = found.get(0);
    problems.add(new DataProblem(file, 0, 0, p.field(), p.value(),
        p.type() + " '" + p.id() + "': " + p.reason() + " (an earlier input already holds this id)"));
    return false;
  }

  /** Converts one third-party file leniently; {@code format} null means detect it from the header. */
  static Conversion convert(Path file, ExternalFormat format, Charset charset) {
    ConversionOptions co =
        ConversionOptions.defaults().toBuilder().readOptions(ReadOptions.lenient()).charset(charset).build();
    return format == null ? ExternalReader.read(file, co) : ExternalReader.read(file, format, co);
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

  private static boolean isExternal(Path file, Charset charset) {
    try {
      ExternalFormat.detect(file, charset);
      return true;
    } catch (DataFormatException e) {
      return false;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new DataFormatException(new DataProblem(file.toString(), 0, 0, "", "",
            "not " + charset + " text: give the file's character set with --charset (GTD CSV files are often"
                + " windows-1252); canonical files are always UTF-8"), e);
      }
      throw e;
    }
  }
}
