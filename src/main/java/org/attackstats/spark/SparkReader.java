package org.attackstats.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.TaskCompletionListener;
import org.attackstats.csv.DataFormatException;
import org.attackstats.csv.DataProblem;
import org.attackstats.csv.FileReport;
import org.attackstats.csv.Input;
import org.attackstats.csv.InputFormat;
import org.attackstats.csv.LoadReport;
import org.attackstats.csv.LocatedIncident;
import org.attackstats.csv.Loader;
import org.attackstats.csv.ReadOptions;
import org.attackstats.csv.RecordStream;
import org.attackstats.csv.ResponderRule;
import org.attackstats.dataset.RecordType;
import org.attackstats.model.Attack;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Incident;
import org.attackstats.model.Response;

/**
 * The parallel reader behind {@link IncidentFrame#read}: the driver lists the inputs (through
 * Hadoop's file systems) and splits them into parts; each task reads its parts with {@link
 * Loader#stream}, one load per part, and hands out the incidents with the place of their rows, then
 * the part's account; ids are then checked across the parts as one load checks them.
 *
 * <p>Parts: the canonical files and the news text of the read together, by one task (the records
 * they share, bases and tallies, and the references between them are checked as on one machine),
 * and each export file alone. Each file has its phase in the loader's reading order (canonical
 * tables, then exports, then text), by which ids are checked across parts and the account is
 * ordered.
 */
final class SparkReader {

  private static final List<String> TABLES =
      List.of(RecordType.BASE, RecordType.ATTACK, RecordType.RESPONSE, RecordType.TALLY).stream()
          .map(RecordType::fileName).toList();

  /** Phases of the loader's reading order. */
  static final int CANONICAL = 0;
  static final int EXPORT = 1;
  static final int TEXT = 2;

  /** What one task reads as one load: its files, as named and as Hadoop paths, and their phases. */
  static final class Part implements Serializable {
    private static final long serialVersionUID = 1L;
    final int index;
    final List<String> names = new ArrayList<>();
    final List<String> uris = new ArrayList<>();
    final List<Integer> phases = new ArrayList<>();

    Part(int index) {
      this.index = index;
    }

    int phase(String name) {
      int i = names.indexOf(name);
      return i < 0 ? EXPORT : phases.get(i);
    }
  }

  /**
   * The read options as plain values, for the tasks: {@link ReadOptions} holds a progress listener
   * and may hold an extractor, neither of which travels.
   */
  static final class Options implements Serializable {
    private static final long serialVersionUID = 1L;
    final String format;
    final ReadOptions.Mode mode;
    final int maxCellLength;
    final int maxColumns;
    final long maxRows;
    final int maxProblems;
    final String charset;
    final List<String> responders;
    final String release;
    final boolean includeNonIncidents;
    final boolean checkIds;
    final LocalDate textDate;
    final String textPublisher;

    Options(InputFormat format, ReadOptions o) {
      boolean travels;
      try {
        travels = InputFormat.parse(format.toString()).equals(format);
      } catch (IllegalArgumentException e) {
        travels = false;
      }
      if (!travels) {
        throw new IllegalArgumentException("the Spark reader reads auto, canonical, text or an export format, not "
            + format + " (read mapped tables and single canonical tables with Loader, on one machine)");
      }
      if (o.extractor().isPresent()) {
        throw new IllegalArgumentException(
            "the Spark reader cannot send a custom Extractor to its tasks: read news text with Loader");
      }
      this.format = format.toString();
      this.mode = o.mode();
      this.maxCellLength = o.maxCellLength();
      this.maxColumns = o.maxColumns();
      this.maxRows = o.maxRows();
      this.maxProblems = o.maxProblems();
      this.charset = o.charset().name();
      this.responders = List.copyOf(o.responderRule().names());
      this.release = o.release().orElse(null);
      this.includeNonIncidents = o.includesNonIncidents();
      this.checkIds = o.checksIds();
      this.textDate = o.textDate().orElse(null);
      this.textPublisher = o.textPublisher().orElse(null);
    }

    ReadOptions options() {
      ReadOptions.Builder b = ReadOptions.strict().toBuilder()
          .mode(mode)
          .maxCellLength(maxCellLength)
          .maxColumns(maxColumns)
          .maxRows(maxRows)
          .maxProblems(maxProblems)
          .charset(Charset.forName(charset))
          .responderRule(responders.isEmpty() ? ResponderRule.none() : ResponderRule.actors(responders))
          .includeNonIncidents(includeNonIncidents)
          .checkIds(checkIds);
      if (release != null) {
        b.release(release);
      }
      if (textDate != null) {
        b.textDate(textDate);
      }
      if (textPublisher != null) {
        b.textPublisher(textPublisher);
      }
      return b.build();
    }
  }

  /** The columns of what the tasks hand out: incidents, then each part's account, one row a fact. */
  static final StructType OUTCOME =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("what", DataTypes.StringType, false),
            DataTypes.createStructField("part", DataTypes.IntegerType, false),
            DataTypes.createStructField("seq", DataTypes.LongType, false),
            DataTypes.createStructField("phase", DataTypes.IntegerType, true),
            DataTypes.createStructField("file", DataTypes.StringType, true),
            DataTypes.createStructField("line", DataTypes.LongType, true),
            DataTypes.createStructField("record", DataTypes.LongType, true),
            DataTypes.createStructField("column", DataTypes.StringType, true),
            DataTypes.createStructField("value", DataTypes.StringType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("count", DataTypes.LongType, true),
            DataTypes.createStructField("from_export", DataTypes.BooleanType, true),
            DataTypes.createStructField("incident", IncidentFrame.SCHEMA, true),
          });

  /** A row rejected as the duplicate of one in another part. */
  static final StructType DUPLICATE =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("part", DataTypes.IntegerType, false),
            DataTypes.createStructField("seq", DataTypes.LongType, false),
            SparkLoadResult.PROBLEM.apply("file"),
            SparkLoadResult.PROBLEM.apply("line"),
            SparkLoadResult.PROBLEM.apply("record"),
            SparkLoadResult.PROBLEM.apply("column"),
            SparkLoadResult.PROBLEM.apply("value"),
            SparkLoadResult.PROBLEM.apply("reason"),
          });

  private static final String INCIDENT = "incident";
  private static final String PROBLEM = "problem";
  private static final String DUPLICATE_PROBLEM = "duplicate";
  private static final String WARNING = "warning";
  private static final String FILE = "file";
  private static final String ROWS = "rows";
  private static final String LEFT_OUT = "left out";
  private static final String REJECTED = "rejected";
  private static final String WARNINGS = "warnings";
  private static final String UNKNOWN_VALUE = "unknown value";
  private static final String UNKNOWN_COLUMN = "unknown column";
  private static final String UNLISTED = "unlisted";

  private SparkReader() {}

  static SparkLoadResult read(SparkSession spark, List<String> paths, InputFormat format, ReadOptions options) {
    Options opts = new Options(format, options);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Listing listing = new Listing(format);
    for (String p : paths) {
      listing.path(conf, p);
    }
    List<Part> parts = listing.parts();
    HashMap<String, String> confValues = new HashMap<>();
    conf.forEach(e -> confValues.put(e.getKey(), e.getValue()));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HashMap<String, String>> shared = jsc.broadcast(confValues);
    int slices = Math.max(1, Math.min(parts.size(), jsc.defaultParallelism() * 4));
    JavaRDD<Row> rows =
        jsc.parallelize(parts, slices).flatMap((FlatMapFunction<Part, Row>) part -> read(part, opts, shared.value()));
    Dataset<Row> outcomes = spark.createDataFrame(rows, OUTCOME).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> duplicates;
    List<Fact> facts;
    try {
      outcomes.count();
      duplicates = (options.checksIds() ? duplicates(outcomes) : spark.createDataFrame(List.of(), DUPLICATE))
          .persist(StorageLevel.MEMORY_AND_DISK());
      facts = new ArrayList<>(outcomes.where(col("what").notEqual(INCIDENT)).drop(INCIDENT).collectAsList()
          .stream().map(Fact::of).toList());
      facts.addAll(duplicates.collectAsList().stream().map(Fact::duplicate).toList());
    } catch (Exception e) { // Spark throws its checked SparkException undeclared
      outcomes.unpersist();
      throw unwrap(e);
    }
    Dataset<Row> located = outcomes.where(col("what").equalTo(INCIDENT));
    Dataset<Row> kept = located.join(duplicates.select("part", "seq"), new String[] {"part", "seq"}, "left_anti");
    Dataset<Row> problems =
        outcomes.where(col("what").equalTo(PROBLEM))
            .select("file", "line", "record", "column", "value", "reason")
            .unionByName(duplicates.select("file", "line", "record", "column", "value", "reason"));
    return new SparkLoadResult(kept.select(INCIDENT + ".*"), problems, List.of(outcomes, duplicates),
        report(listing, facts, options.maxProblems()));
  }

  /**
   * The failure of a task as the loader threw it ({@link DataFormatException}, {@link
   * UncheckedIOException}), else Spark's own failure, unchanged.
   */
  private static RuntimeException unwrap(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DataFormatException d) {
        return d;
      }
      if (t instanceof UncheckedIOException u) {
        return u;
      }
    }
    return SparkReader.<RuntimeException>rethrow(e);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> E rethrow(Exception e) throws E {
    throw (E) e;
  }

  /** One part read: its incidents with their places, then its account. */
  private static Iterator<Row> read(Part part, Options opts, Map<String, String> confValues) {
    Configuration conf = new Configuration(false);
    confValues.forEach(conf::set);
    InputFormat format = InputFormat.parse(opts.format);
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < part.names.size(); i++) {
      String uri = part.uris.get(i);
      inputs.add(Input.of(part.names.get(i), () -> open(conf, uri), format));
    }
    RecordStream s = Loader.stream(inputs, opts.options());
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) t -> s.close());
    }
    long[] seq = {0};
    Stream<Row> incidents = s.locatedIncidents().map(l -> incident(part, seq[0]++, l));
    Stream<Row> account = Stream.of(part).flatMap(p -> {
      s.close();
      return account(p.index, s.report()).stream();
    });
    return Stream.concat(incidents, account).iterator();
  }

  private static InputStream open(Configuration conf, String uri) {
    Path p = new Path(uri);
    try {
      return p.getFileSystem(conf).open(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + uri + ": " + e.getMessage(), e);
    }
  }

  private static Row incident(Part part, long seq, LocatedIncident l) {
    return RowFactory.create(INCIDENT, part.index, seq, part.phase(l.file()), l.file(), l.line(), l.record(),
        l.idColumn(), null, null, null, l.fromExport(), Bridge.row(l.incident()));
  }

  private static Row fact(String what, int part, long seq, String file, Long line, Long record, String column,
      String value, String reason, Long count) {
    return RowFactory.create(what, part, seq, null, file, line, record, column, value, reason, count, null, null);
  }

  /** A part's account as rows, in order: files (each with its counts), problems, warnings. */
  private static List<Row> account(int part, LoadReport r) {
    List<Row> out = new ArrayList<>();
    for (FileReport f : r.files()) {
      String n = f.file();
      out.add(fact(FILE, part, out.size(), n, f.rowsRead(), f.accepted(), null, f.format(), null, f.rejected()));
      for (String c : f.unknownColumns()) {
        out.add(fact(UNKNOWN_COLUMN, part, out.size(), n, null, null, c, null, null, null));
      }
      f.leftOut().forEach((k, v) -> out.add(fact(LEFT_OUT, part, out.size(), n, null, null, null, k, null, v)));
      f.rejectedByReason().forEach(
          (k, v) -> out.add(fact(REJECTED, part, out.size(), n, null, null, null, k, null, v)));
      f.warnings().forEach((k, v) -> out.add(fact(WARNINGS, part, out.size(), n, null, null, null, k, null, v)));
      f.unknownValues().forEach((c, m) -> m.forEach(
          (k, v) -> out.add(fact(UNKNOWN_VALUE, part, out.size(), n, null, null, c, k, null, v))));
    }
    for (DataProblem p : r.problems()) {
      out.add(fact(PROBLEM, part, out.size(), p.file(), p.line(), p.record(), p.column(), p.value(), p.reason(),
          null));
    }
    for (DataProblem w : r.warnings()) {
      out.add(fact(WARNING, part, out.size(), w.file(), w.line(), w.record(), w.column(), w.value(), w.reason(),
          null));
    }
    out.add(fact(UNLISTED, part, out.size(), null, null, null, null, null, null, r.warningsNotListed()));
    return out;
  }

  /**
   * The incidents whose ids were accepted in an earlier part: for each id found in more than one
   * part, its incidents in reading order, each checked against those kept before it as one load
   * checks them ({@link LocatedIncident#duplicateOf}).
   */
  private static Dataset<Row> duplicates(Dataset<Row> outcomes) {
    Dataset<Row> located = outcomes.where(col("what").equalTo(INCIDENT))
        .select(col("part"), col("seq"), col("phase"), col("file"), col("line"), col("record"), col("column"),
            col("from_export"), col("incident.id").as("id"), col("incident.kind").as("kind"));
    Dataset<Row> shared = located.groupBy("id").agg(countDistinct(col("part")).as("parts"))
        .where(col("parts").gt(1)).select(col("id").as("shared_id"));
    return located.join(shared, located.col("id").equalTo(shared.col("shared_id")))
        .drop("shared_id")
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("id"), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (id, rows) -> {
          List<Row> all = new ArrayList<>();
          rows.forEachRemaining(all::add);
          all.sort(Comparator.<Row>comparingInt(r -> r.getAs("phase")).thenComparingInt(r -> r.getAs("part"))
              .thenComparingLong(r -> r.getAs("seq")));
          List<LocatedIncident> kept = new ArrayList<>();
          List<Row> out = new ArrayList<>();
          for (Row r : all) {
            LocatedIncident l = located(r);
            Optional<DataProblem> p = kept.stream().map(l::duplicateOf).flatMap(Optional::stream).findFirst();
            if (p.isPresent()) {
              DataProblem d = p.get();
              out.add(RowFactory.create(r.getAs("part"), r.getAs("seq"), d.file(), d.line(), d.record(), d.column(),
                  d.value(), d.reason()));
            } else {
              kept.add(l);
            }
          }
          return out.iterator();
        }, Encoders.row(DUPLICATE));
  }

  /**
   * An incident of the kind and id of a row, with the row's place: all that the id check reads (the
   * date is not read).
   */
  private static LocatedIncident located(Row r) {
    String id = r.getAs("id");
    DateSpan day = DateSpan.ofDay(DateSpan.MIN);
    Incident i = "attack".equals(r.getAs("kind")) ? Attack.builder(id, day).build() : Response.builder(id, day).build();
    return new LocatedIncident(i, r.getAs("file"), r.<Long>getAs("line"), r.<Long>getAs("record"), r.getAs("column"),
        r.<Boolean>getAs("from_export"));
  }

  /** A row of a part's account, read back on the driver. */
  private record Fact(String what, int part, long seq, String file, Long line, Long record, String column,
      String value, String reason, Long count) {

    static Fact of(Row r) {
      return new Fact(r.getAs("what"), r.getAs("part"), r.getAs("seq"), r.getAs("file"), r.getAs("line"),
          r.getAs("record"), r.getAs("column"), r.getAs("value"), r.getAs("reason"), r.getAs("count"));
    }

    /** A row of {@link #DUPLICATE} as the problem it is. */
    static Fact duplicate(Row d) {
      return new Fact(DUPLICATE_PROBLEM, d.getAs("part"), d.getAs("seq"), d.getAs("file"), d.getAs("line"),
          d.getAs("record"), d.getAs("column"), d.getAs("value"), d.getAs("reason"), null);
    }

    DataProblem problem() {
      return new DataProblem(file, line, record, column, value, reason);
    }

    /** Where a problem lies in its file's reading order: by record, a fault without one last. */
    long place() {
      return record == 0 ? Long.MAX_VALUE : record;
    }
  }

  /**
   * The account of the whole read, in the loader's reading order (files by phase, then part):
   * the listing's warnings, then each file's report, problems (a duplicate across parts at its
   * place among its file's) and warnings, at most {@code maxProblems} warnings listed.
   */
  private static LoadReport report(Listing listing, List<Fact> facts, int maxProblems) {
    facts.sort(Comparator.comparingInt(Fact::part).thenComparingLong(Fact::seq));
    Map<String, FileCounts> files = new HashMap<>();
    List<String> order = new ArrayList<>();
    Map<String, List<Fact>> problems = new HashMap<>();
    Map<String, List<Fact>> duplicates = new HashMap<>();
    Map<String, List<DataProblem>> warnings = new HashMap<>();
    long unlisted = 0;
    for (Fact f : facts) {
      switch (f.what()) {
        case FILE -> {
          files.put(f.file(), new FileCounts(f.part(), f.value(), f.line(), f.record(), f.count()));
          order.add(f.file());
        }
        case UNKNOWN_COLUMN -> files.get(f.file()).unknownColumns.add(f.column());
        case LEFT_OUT -> files.get(f.file()).leftOut.put(f.value(), f.count());
        case REJECTED -> files.get(f.file()).rejectedByReason.merge(f.value(), f.count(), Long::sum);
        case WARNINGS -> files.get(f.file()).warnings.put(f.value(), f.count());
        case UNKNOWN_VALUE -> files.get(f.file()).unknownValues.computeIfAbsent(f.column(), c -> new TreeMap<>())
            .put(f.value(), f.count());
        case PROBLEM -> problems.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        case DUPLICATE_PROBLEM -> {
          FileCounts c = files.get(f.file());
          c.accepted--;
          c.rejected++;
          c.rejectedByReason.merge("duplicate id", 1L, Long::sum);
          duplicates.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        case WARNING -> warnings.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f.problem());
        default -> unlisted += f.count();
      }
    }
    order.sort(Comparator.comparingInt(listing::phase).thenComparingInt(n -> files.get(n).part));
    List<DataProblem> problemList = new ArrayList<>();
    List<DataProblem> warningList = new ArrayList<>(listing.warnings);
    for (String n : order) {
      List<Fact> own = problems.getOrDefault(n, List.of());
      List<Fact> dup = new ArrayList<>(duplicates.getOrDefault(n, List.of()));
      dup.sort(Comparator.comparingLong(Fact::place));
      int d = 0;
      for (Fact p : own) {
        while (d < dup.size() && dup.get(d).place() < p.place()) {
          problemList.add(dup.get(d++).problem());
        }
        problemList.add(p.problem());
      }
      dup.subList(d, dup.size()).forEach(p -> problemList.add(p.problem()));
      warningList.addAll(warnings.getOrDefault(n, List.of()));
    }
    if (warningList.size() > maxProblems) {
      unlisted += warningList.size() - maxProblems;
      warningList = new ArrayList<>(warningList.subList(0, maxProblems));
    }
    List<FileReport> reports = order.stream().map(n -> files.get(n).report(n)).toList();
    return new LoadReport(reports, problemList, warningList, unlisted);
  }

  /** One file's counts, gathered from the rows of its part. */
  private static final class FileCounts {
    final int part;
    final String format;
    final long read;
    long accepted;
    long rejected;
    final SortedMap<String, Long> leftOut = new TreeMap<>();
    final SortedMap<String, Long> rejectedByReason = new TreeMap<>();
    final SortedMap<String, Long> warnings = new TreeMap<>();
    final SortedMap<String, SortedMap<String, Long>> unknownValues = new TreeMap<>();
    final List<String> unknownColumns = new ArrayList<>();

    FileCounts(int part, String format, long read, long accepted, long rejected) {
      this.part = part;
      this.format = format;
      this.read = read;
      this.accepted = accepted;
      this.rejected = rejected;
    }

    FileReport report(String file) {
      return new FileReport(file, format, read, accepted, rejected, leftOut, rejectedByReason, warnings,
          unknownValues, unknownColumns);
    }
  }

  /**
   * The parts of the inputs, listed on the driver as {@link Loader} lists a folder: a folder holding
   * a canonical table is a canonical dataset (those tables only); another folder is its files, in
   * name order, those not read (subfolders, hidden files, other extensions) named in warnings.
   */
  private static final class Listing {
    private final InputFormat format;
    /** The canonical files and the news text: part 0. */
    private final Part whole = new Part(0);
    private final List<Part> exports = new ArrayList<>();
    private final Map<String, Integer> phases = new HashMap<>();
    final List<DataProblem> warnings = new ArrayList<>();

    Listing(InputFormat format) {
      this.format = format;
    }

    /** The parts, numbered: the canonical files and text (if any), then each export file. */
    List<Part> parts() {
      List<Part> all = new ArrayList<>();
      if (!whole.names.isEmpty()) {
        all.add(whole);
      }
      all.addAll(exports);
      List<Part> numbered = new ArrayList<>();
      for (Part p : all) {
        Part n = new Part(numbered.size());
        n.names.addAll(p.names);
        n.uris.addAll(p.uris);
        n.phases.addAll(p.phases);
        numbered.add(n);
      }
      return numbered;
    }

    /** The phase of a file as named, in the loader's reading order. */
    int phase(String name) {
      return phases.getOrDefault(name, EXPORT);
    }

    private int count() {
      return whole.names.size() + exports.size();
    }

    void path(Configuration conf, String given) {
      Path path = new Path(given);
      FileStatus[] found;
      FileSystem fs;
      try {
        fs = path.getFileSystem(conf);
        found = fs.globStatus(path);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + given + ": " + e.getMessage(), e);
      }
      if (found == null || found.length == 0) {
        throw new UncheckedIOException("no such file or folder: " + given, new FileNotFoundException(given));
      }
      Arrays.sort(found, Comparator.comparing(s -> s.getPath().toString()));
      boolean glob = given.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
      for (FileStatus s : found) {
        String name = glob ? s.getPath().toString() : given;
        if (s.isDirectory()) {
          folder(fs, s.getPath(), name);
        } else {
          file(s.getPath(), name);
        }
      }
    }

    private void folder(FileSystem fs, Path dir, String name) {
      FileStatus[] entries;
      try {
        entries = fs.listStatus(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + name + ": " + e.getMessage(), e);
      }
      Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
      boolean auto = format.equals(InputFormat.AUTO);
      if (auto || format.equals(InputFormat.CANONICAL)) {
        boolean any = false;
        for (String table : TABLES) {
          for (FileStatus s : entries) {
            if (s.getPath().getName().equals(table)) {
              add(whole, s.getPath(), new Path(name, table).toString(), CANONICAL);
              any = true;
            }
          }
        }
        if (any) {
          return;
        }
        if (!auto) {
          throw new DataFormatException(new DataProblem(name, 0, 0, "", "",
              "folder holds none of attacks.csv, responses.csv, bases.csv, tallies.csv"));
        }
      }
      boolean isText = format.equals(InputFormat.TEXT);
      String extensions = isText ? ".txt" : auto ? ".csv, .json or .txt" : ".csv or .json";
      int before = count();
      for (FileStatus s : entries) {
        String entry = new Path(name, s.getPath().getName()).toString();
        String n = s.getPath().getName().toLowerCase(Locale.ROOT);
        boolean table = n.endsWith(".csv") || n.endsWith(".json");
        String skipped = s.isDirectory() ? "a folder (the files of a folder are read, not its folders)"
            : n.startsWith(".") ? "a hidden file"
            : (isText ? n.endsWith(".txt") : auto ? table || n.endsWith(".txt") : table) ? null
            : "not a " + extensions + " file";
        if (skipped != null) {
          warnings.add(new DataProblem(entry, 0, 0, "", "", "skipped: " + skipped));
        } else {
          file(s.getPath(), entry);
        }
      }
      if (count() == before) {
        throw new DataFormatException(new DataProblem(name, 0, 0, "", "",
            "folder holds none of attacks.csv, responses.csv, bases.csv, tallies.csv and no " + extensions
                + " file to read"));
      }
    }

    private void file(Path p, String name) {
      String n = p.getName();
      boolean auto = format.equals(InputFormat.AUTO);
      if (format.equals(InputFormat.CANONICAL) || (auto && TABLES.stream().anyMatch(n::endsWith))) {
        add(whole, p, name, CANONICAL);
      } else if (format.equals(InputFormat.TEXT) || (auto && n.toLowerCase(Locale.ROOT).endsWith(".txt"))) {
        add(whole, p, name, TEXT);
      } else {
        Part part = new Part(0);
        add(part, p, name, EXPORT);
        exports.add(part);
      }
    }

    private void add(Part part, Path p, String name, int phase) {
      part.names.add(name);
      part.uris.add(p.toString());
      part.phases.add(phase);
      phases.put(name, phase);
    }
  }
}
