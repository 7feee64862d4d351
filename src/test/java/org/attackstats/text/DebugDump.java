package org.attackstats.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

final class DebugDump {
  public static void main(String[] args) throws Exception {
    for (String a : args) {
      String text = Files.readString(Path.of(a), StandardCharsets.UTF_8);
      NewsDocument d = text.stripLeading().startsWith("date") ? NewsDocument.parse(Path.of(a).getFileName().toString(), text)
          : NewsDocument.of(a, java.time.LocalDate.parse("2024-01-30"), "X", text);
      Extraction x = Extractor.withDefaults().extract(List.of(d));
      x.dataset().attacks().forEach(r -> System.out.println(r.id() + " " + r.date() + " " + r.place() + " base=" + r.baseId() + " perp=" + r.perpetrator() + " m=" + r.method() + " mun=" + r.munitions() + " inj=" + r.injured() + " kil=" + r.killed() + " vic=" + r.victims() + " tgt=" + r.target() + "\n    " + r.source().quote().get() + "\n    " + r.extras() + "\n    " + r.notes()));
      x.dataset().responses().forEach(r -> System.out.println(r.id() + " " + r.date() + " " + r.place() + " resp=" + r.responder() + " m=" + r.method() + " tgtA=" + r.targetActor() + " kil=" + r.killed() + " tgt=" + r.target() + "\n    " + r.source().quote().get() + "\n    " + r.extras() + "\n    " + r.notes()));
      x.dataset().tallies().forEach(t -> System.out.println(t.id() + " " + t.metric() + " " + t.value() + " " + t.country() + " since=" + t.since() + " attr=" + t.attribution() + " subj=" + t.subject() + "\n    " + t.source().quote().get()));
      x.reports().forEach(System.out::println);
    }
  }
}
