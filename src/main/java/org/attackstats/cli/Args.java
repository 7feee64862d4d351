package org.attackstats.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: positional arguments, and options {@code --name value} (also
 * {@code --name=value}) or flags {@code --name}, each checked against what the command accepts.
 */
final class Args {
  final List<String> positional = new ArrayList<>();
  private final Map<String, List<String>> options = new LinkedHashMap<>();

  /**
   * Parses arguments.
   *
   * @param args the arguments after the command name
   * @param valued options that take a value
   * @param flags options that take none
   * @throws UsageException for an unknown option or a missing value
   */
  Args(List<String> args, String command, Set<String> valued, Set<String> flags) {
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (optionsEnded || !a.startsWith("--")) {
        positional.add(a);
        continue;
      }
      if (a.equals("--")) {
        optionsEnded = true; // what follows are file names, even if they start with --
        continue;
      }
      String name = a.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name)) {
        if (value != null) {
          throw new UsageException("option --" + name + " of " + command + " takes no value");
        }
        options.computeIfAbsent(name, k -> new ArrayList<>()).add("");
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UsageException("option --" + name + " of " + command + " needs a value");
          }
          value = args.get(++i);
        }
        options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        List<String> known = new ArrayList<>();
        valued.forEach(v -> known.add("--" + v));
        flags.forEach(f -> known.add("--" + f));
        known.sort(null);
        throw new UsageException(
            "unknown option '" + a + "' for " + command + "; expected one of " + known + " (see " + command + " --help)");
      }
    }
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }

  Optional<String> value(String name) {
    List<String> v = options.get(name);
    return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /** Every value given, also splitting comma-separated lists. */
  List<String> values(String name) {
    List<String> out = new ArrayList<>();
    for (String v : options.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }
}
