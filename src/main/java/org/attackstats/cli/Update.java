package org.attackstats.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attackstats.csv.DataProblem;
import org.attackstats.csv.Input;
import org.attackstats.csv.Loader;
import org.attackstats.csv.ReadOptions;
import org.attackstats.csv.ReadProgress;
import org.attackstats.csv.UpdateReport;

/** The {@code update} command: a canonical folder brought up to date from a newer export. */
final class Update {
  private Update() {}

  static final String HELP =
      String.join(
          "\n",
          "Usage: update DIR --with FILE|DIR... [--deleted FILE] [--input-format FORMAT] [options]",
          "  Updates the canonical folder DIR from a newer export, as ACLED's own update does:",
          "  events of the export replace the folder's of the same id (unless the folder's ACLED",
          "  timestamp is newer), new ones are added, the events of the --deleted list (ACLED's",
          "  event_id_cnty, deleted_timestamp) are removed. Every change goes to DIR/revisions.csv",
          "  (killed 3 -> 5, with both timestamps). Prints the added, changed, unchanged, deleted and",
          "  kept counts; the folder is replaced whole or not at all. Exit code 1 if a row was",
          "  rejected.",
          Inputs.HELP,
          "Examples:",
          "  update data/acled --with acled-2024-06.csv --deleted acled-deleted.csv");

  static int run(List<String> argList, PrintStream out, PrintStream err) {
    Args args = new Args(argList, "update", Inputs.with(Set.of("with", "deleted"), Inputs.VALUED),
        Inputs.with(Set.of("help"), Inputs.FLAGS));
    if (args.flag("help")) {
      out.println(HELP);
      return Main.OK;
    }
    if (args.positional.size() != 1) {
      throw new UsageException("update needs one dataset folder (see update --help)");
    }
    List<String> with = args.values("with");
    if (with.isEmpty()) {
      throw new UsageException("update needs --with FILE, the newer export (see update --help)");
    }
    ProgressLine progress = Inputs.progress(args, err);
    ReadOptions options = Inputs.options(args, ReadOptions.lenient(), progress == null ? ReadProgress.NONE : progress);
    List<Input> newer = Inputs.inputs(with, args);
    Optional<Input> deleted = args.value("deleted").map(d -> Input.of(Path.of(d)));
    UpdateReport r;
    try {
      r = Inputs.call(() -> Loader.update(Path.of(args.positional.get(0)), newer, deleted, options));
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
    for (DataProblem p : r.read().problems()) {
      err.println(p);
    }
    Inputs.leftOut(r.read(), err);
    out.printf(Locale.ROOT,
        "%s: %d added, %d changed, %d unchanged, %d deleted, %d kept (the folder's version is newer);"
            + " %d revisions written to revisions.csv; %d rows read, %d rejected, %d warnings%n",
        args.positional.get(0), r.added(), r.changed(), r.unchanged(), r.deleted(), r.kept(), r.revisions(),
        r.read().rowsRead(), r.read().rejected(), r.read().warningCount());
    return r.read().hasProblems() ? Main.DATA_PROBLEMS : Main.OK;
  }
}
