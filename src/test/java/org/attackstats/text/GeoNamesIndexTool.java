package org.attackstats.text;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the bundled binary GeoNames index from the files that {@code
 * src/tools/gazetteer/build_gazetteer.py} writes; run by {@code src/tools/gazetteer/regenerate.sh}.
 * The folding of names is the library's own ({@link Names#key}), so that the index answers
 * exactly the keys the extractor asks for.
 *
 * <pre>
 * java -cp target/classes:target/test-classes org.attackstats.text.GeoNamesIndexTool \
 *     PLACES.tsv.gz ADMIN.tsv.gz WORDS OUT.bin.gz
 * </pre>
 */
public final class GeoNamesIndexTool {
  private GeoNamesIndexTool() {}

  /**
   * Builds and writes the index.
   *
   * @param args places file, divisions file, word list (one word a line), output file
   * @throws Exception if a file cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: GeoNamesIndexTool PLACES.tsv.gz ADMIN.tsv.gz WORDS OUT.bin.gz");
      System.exit(2);
    }
    Set<String> words = new HashSet<>();
    for (String w : Files.readAllLines(Path.of(args[2]))) {
      w = w.strip();
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.indexOf('\'') < 0) {
        words.add(Names.key(w));
      }
    }
    GeoNames g;
    try (InputStream places = new GZIPInputStream(Files.newInputStream(Path.of(args[0])));
        InputStream admin = new GZIPInputStream(Files.newInputStream(Path.of(args[1])))) {
      g = GeoNames.build(places, admin, words);
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[3])), 1 << 16) {
      {
        def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
      }
    }) {
      g.write(out);
    }
    System.out.println(g.places() + " places written to " + args[3]);
  }
}
