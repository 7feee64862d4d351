package org.attackstats.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.attackstats.csv.ExternalFormat;
import org.attackstats.csv.Input;
import org.attackstats.csv.InputFormat;
import org.attackstats.csv.LoadReport;
import org.attackstats.csv.LoadResult;
import org.attackstats.csv.Loader;
import org.attackstats.csv.ReadOptions;
import org.attackstats.csv.ReadProgress;
import org.attackstats.csv.TableMapping;

/**
 * The input options the reading commands share, turned into {@link Input}s and {@link
 * ReadOptions} for {@link Loader}: the format, a column mapping, the charset of exports, the date
 * of undated text, the read limits, whether rows that are not incidents are kept, and a progress
 * line.
 */
final class Inputs {
  private Inputs() {}

  /** Options that take a value. */
  static final Set<String> VALUED =
      Set.of("input-format", "map", "charset", "date", "publisher", "release", "max-cell-length",
          "max-columns", "max-rows", "max-problems", "threads");

  /** Options that take none. */
  static final Set<String> FLAGS = Set.of("progress", "include-non-incidents");

  /** The help lines of these options. */
  static final String HELP =
      String.join(
          "\n",
          "  --input-format F  how to read the inputs: auto (default: told from each file), canonical,",
          "                text, acled (any ACLED form), acled-csv, acled-legacy, acled-json, gtd, ucdp",
          "  --map SPEC|FILE  read a table through a column mapping: field=column pairs such as",
          "                date=event_date,country=country_name,killed=deaths (or a file of them);",
          "                with --input-format gtd (etc.), renames columns to that format's names",
          "  --charset NAME  character set of exports and mapped tables (default UTF-8; GTD: windows-1252)",
          "  --include-non-incidents  also read rows that are not incidents (ACLED protests, ...)",
          "  --release NAME  the dataset release named in each record's source (UCDP GED 23.1)",
          "  --date, --publisher  for news text without a ' date yyyy-MM-dd Publisher/' header",
          "  --max-cell-length N, --max-columns N, --max-rows N, --max-problems N  read limits",
          "  --threads N   threads that read a large canonical file (default: the processors; 1: one)",
          "  --progress    a progress line (rows, MB/s) on standard error; shown anyway on a terminal");

  /** The names an argument set accepts: a command's own and these. */
  static Set<String> with(Set<String> own, Set<String> shared) {
    Set<String> all = new HashSet<>(own);
    all.addAll(shared);
    return all;
  }

  /** The positional arguments as inputs, read as --input-format and --map say. */
  static List<Input> inputs(List<String> paths, Args args) {
    InputFormat format = format(args);
    List<Input> inputs = new ArrayList<>();
    for (String p : paths) {
      inputs.add(Input.of(Path.of(p), format));
    }
    return inputs;
  }

  static InputFormat format(Args args) {
    Optional<String> name = args.value("input-format");
    InputFormat format;
    try {
      format = name.map(InputFormat::parse).orElse(InputFormat.AUTO);
    } catch (IllegalArgumentException e) {
      throw new UsageException("invalid --input-format: " + e.getMessage());
    }
    Optional<String> map = args.value("map");
    if (map.isEmpty()) {
      return format;
    }
    Optional<ExternalFormat> onto = format.export();
    if (onto.isEmpty() && !format.equals(InputFormat.AUTO)) {
      throw new UsageException("--map goes with --input-format auto (a table) or an export format, not " + format);
    }
    try {
      String spec = map.get();
      TableMapping m =
          spec.indexOf('=') < 0
              ? TableMapping.read(Path.of(spec), onto)
              : onto.isPresent() ? TableMapping.parse(spec, onto.get()) : TableMapping.parse(spec);
      return InputFormat.mapped(m);
    } catch (IllegalArgumentException e) {
      throw new UsageException("invalid --map: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new UsageException("invalid --map: " + e.getMessage());
    }
  }

  /** Options from the arguments, starting from {@code base}. */
  static ReadOptions options(Args args, ReadOptions base, ReadProgress progress) {
    ReadOptions.Builder b = base.toBuilder().progress(progress).charset(Main.charset(args));
    args.value("date").ifPresent(v -> b.textDate(Main.date("--date", v)));
    args.value("publisher").ifPresent(b::textPublisher);
    args.value("release").ifPresent(b::release);
    b.includeNonIncidents(args.flag("include-non-incidents"));
    args.value("max-cell-length").ifPresent(v -> b.maxCellLength((int) number("--max-cell-length", v, Integer.MAX_VALUE)));
    args.value("max-columns").ifPresent(v -> b.maxColumns((int) number("--max-columns", v, Integer.MAX_VALUE)));
    args.value("max-rows").ifPresent(v -> b.maxRows(number("--max-rows", v, Long.MAX_VALUE)));
    args.value("max-problems").ifPresent(v -> b.maxProblems((int) number("--max-problems", v, Integer.MAX_VALUE)));
    args.value("threads").ifPresent(v -> b.threads((int) number("--threads", v, Integer.MAX_VALUE)));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static long number(String option, String value, long max) {
    try {
      long n = Long.parseLong(value.strip());
      if (n < 0 || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("invalid " + option + " '" + value + "': expected a whole number from 0 to " + max);
    }
  }

  /** A progress line when asked for, or on a terminal; null otherwise. */
  static ProgressLine progress(Args args, PrintStream err) {
    boolean terminal = System.console() != null;
    return args.flag("progress") || terminal ? new ProgressLine(err, terminal) : null;
  }

  /**
   * Loads the positional inputs leniently into one dataset, with the shared options; a progress
   * line on standard error with --progress or on a terminal.
   */
  static LoadResult load(Args args, PrintStream err) {
    List<Input> inputs = inputs(args.positional, args);
    ProgressLine progress = progress(args, err);
    ReadOptions options = options(args, ReadOptions.lenient(), progress == null ? ReadProgress.NONE : progress);
    try {
      return call(() -> Loader.read(inputs, options));
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
  }

  /** Runs a load; an input that does not exist, or is no file or folder, is a usage error. */
  static <T> T call(Supplier<T> load) {
    try {
      return load.get();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        throw new UsageException(e.getMessage());
      }
      throw e;
    }
  }

  /** The line for standard error about rows left out, if any. */
  static void leftOut(LoadReport r, PrintStream err) {
    if (r.leftOut() > 0) {
      err.printf(Locale.ROOT, "attack-stats: %d of %d rows are not incidents and are not counted (%s);"
          + " --include-non-incidents reads them too%n", r.leftOut(), r.rowsRead(), reasons(r));
    }
  }

  private static String reasons(LoadReport r) {
    List<String> parts = new ArrayList<>();
    r.leftOutByReason().forEach((k, v) -> parts.add(k.replace("not an incident: ", "") + " " + v));
    return String.join(", ", parts);
  }
}
