package org.attackstats.text;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void show() throws Exception {
    for (String s : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/tmp/h10/scratch.txt"))) {
      if (s.isBlank()) continue;
      Extraction x = Extractor.withDefaults().extract(NewsDocument.of("d", Stages.PUB, "Wire", s));
      System.out.println("== " + s);
      x.dataset().attacks().forEach(a -> System.out.println("  A " + a.date() + " " + a.place().location() + " " + a.place().country() + " perp=" + a.perpetrator() + " m=" + a.method() + " mun=" + a.munitions() + " tgt=" + a.target() + " k=" + a.killed() + " i=" + a.injured() + " notes=" + a.notes()));
      x.dataset().responses().forEach(a -> System.out.println("  R " + a.date() + " " + a.place().location() + " " + a.place().country() + " resp=" + a.responder() + " m=" + a.method() + " mun=" + a.munitions() + " tgt=" + a.target() + " ta=" + a.targetActor() + " k=" + a.killed()));
      x.dataset().tallies().forEach(a -> System.out.println("  T " + a.metric() + " " + a.value() + " " + a.country() + " since=" + a.since()));
    }
  }
}
