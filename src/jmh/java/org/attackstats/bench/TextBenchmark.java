package org.attackstats.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.attackstats.text.Extractor;
import org.attackstats.text.NewsDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Text extraction throughput (issue 5 asks for at least 1 MB of text per second on one core):
 * {@code megabytes} MB of generated wire-style reports (about 3 KB each, sentences in the manner of
 * the seed article with varied bases, places, numbers, weekdays and dates, among filler
 * sentences), each read by {@link Extractor#extract(NewsDocument)} on one thread. One operation
 * reads the whole corpus; MB/s = megabytes / seconds per operation (the setup prints the exact
 * size in UTF-8 bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class TextBenchmark {

  private static final String[] BASES = {
    "Ain al-Asad air base", "Harir base", "al-Tanf garrison", "Erbil air base",
    "the Conoco gas field", "Victory base", "al-Omar oil field", "Rumalyn Landing Zone"
  };
  private static final String[] PLACES = {
    "Baghdad", "Erbil", "Anbar", "Deir ez-Zor", "Hasakah", "Ramadi", "Abu Ghreib", "Baghdad airport"
  };
  private static final String[] GROUPS = {
    "the Islamic Resistance in Iraq", "Kata'ib Hezbollah", "an unidentified group",
    "Asaib Ahl al-Haq", "Iran-backed militias"
  };
  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] NUMBERS = {"two", "three", "four", "five", "several", "a dozen"};
  private static final String[] TEMPLATES = {
    "At 3:30 a.m. %4$s, %1$s was hit by %5$s rockets fired from near %2$s. There were no reported casualties.",
    "A drone attack targeted %1$s on %4$s, a U.S. defense official said, injuring %6$d service members.",
    "%3$s claimed responsibility for the attack on %1$s on %7$s.",
    "Persons injured in a drone attack near %2$s refused to cooperate with the police officers investigating the incident, a source revealed on %4$s.",
    "A U.S. airstrike on %7$s killed %6$d members of %3$s near %2$s.",
    "At least %6$d people were wounded when %5$s drones struck %1$s, the source added.",
    "The source told the agency that the truck was en route from %2$s when the attack took place.",
    "Officials did not comment on the report, and the Pentagon declined to give further details.",
    "U.S. forces have been attacked at least %8$d times in Iraq and Syria since October 17, according to the Pentagon.",
    "%3$s said in a statement later that it had targeted %1$s with a one-way attack drone."
  };

  @Param({"8"})
  public int megabytes;

  private List<NewsDocument> corpus;
  private final Extractor extractor = Extractor.withDefaults();

  @Setup(Level.Trial)
  public void setUp() {
    corpus = corpus(megabytes * 1_000_000L, 42);
    long bytes =
        corpus.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf(Locale.ROOT, "%ntext corpus: %d documents, %d UTF-8 bytes%n", corpus.size(), bytes);
  }

  @Benchmark
  public void extract(Blackhole bh) {
    for (NewsDocument d : corpus) {
      bh.consume(extractor.extract(d));
    }
  }

  /** Reports of about 3 KB, 8 to 25 paragraphs of one or two sentences, up to {@code bytes}. */
  static List<NewsDocument> corpus(long bytes, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<NewsDocument> docs = new ArrayList<>();
    long total = 0;
    LocalDate first = LocalDate.of(2023, 10, 17);
    while (total < bytes) {
      LocalDate published = first.plusDays(rng.nextInt(60));
      StringBuilder text = new StringBuilder();
      int paragraphs = 8 + rng.nextInt(18);
      for (int p = 0; p < paragraphs; p++) {
        int sentences = 1 + rng.nextInt(2);
        for (int s = 0; s < sentences; s++) {
          LocalDate day = published.minusDays(rng.nextInt(5));
          String sentence =
              String.format(
                  Locale.ROOT,
                  TEMPLATES[rng.nextInt(TEMPLATES.length)],
                  BASES[rng.nextInt(BASES.length)],
                  PLACES[rng.nextInt(PLACES.length)],
                  GROUPS[rng.nextInt(GROUPS.length)],
                  WEEKDAYS[day.getDayOfWeek().getValue() - 1],
                  NUMBERS[rng.nextInt(NUMBERS.length)],
                  1 + rng.nextInt(30),
                  day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                      + " " + day.getDayOfMonth(),
                  20 + rng.nextInt(100));
          text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length())
              .append(' ');
        }
        text.append("\n\n");
      }
      String t = text.toString();
      docs.add(NewsDocument.of("doc" + docs.size(), published, "Wire", t));
      total += t.getBytes(StandardCharsets.UTF_8).length;
    }
    return docs;
  }
}
