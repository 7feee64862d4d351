package org.attackstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process and checks output and exit codes. */
class MainTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void reportOfTheBundledSeed() {
    Run r = run("report");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("5 attacks, 5 responses, 2 bases, 9 reported tallies"), r.out());
    assertTrue(r.out().matches("(?s).*IQ Iraq\\s+3\\s+2\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*SY Syria\\s+1\\s+3\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*in attacks\\s+>=4\\s+>=1\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*in responses\\s+unknown\\s+>=3\n.*"), r.out());
    assertTrue(r.out().contains("t01   attacks   61       all countries"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void reportOfAFolderEqualsTheBundledReportButForItsName() {
    Run folder = run("report", "seeds/iraq-syria-2023");
    Run bundled = run("report");
    assertEquals(0, folder.code(), folder.err());
    assertEquals(bundled.out().substring(bundled.out().indexOf('\n')), folder.out().substring(folder.out().indexOf('\n')));
  }

  @Test
  void validateListsEveryProblemAndExitsWithOne() throws IOException {
    Files.writeString(dir.resolve("attacks.csv"), "id,date_start,injured\na1,2023-11-21,lots\na2,2023-02-30,1\na3,2023-11-21,2\n");
    Run r = run("validate", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("attacks.csv:2, column injured, value 'lots': invalid estimate"), r.out());
    assertTrue(r.out().contains("attacks.csv:3, column date_start, value '2023-02-30'"), r.out());
    assertTrue(r.out().contains("3 rows read: 1 accepted, 2 rejected; 2 problems"), r.out());
    Run clean = run("validate", "seeds/iraq-syria-2023");
    assertEquals(0, clean.code());
    assertTrue(clean.out().contains("21 rows read: 21 accepted, 0 rejected; 0 problems"), clean.out());
  }

  @Test
  void reportOnBadDataExitsWithOneAndOneClearLine() throws IOException {
    Files.writeString(dir.resolve("attacks.csv"), "id,date_start\na1,yesterday\n");
    Run r = run("report", dir.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("column date_start, value 'yesterday'"), r.err());
  }

  @Test
  void wrongUsageExitsWithTwo() {
    assertEquals(2, run().code());
    Run unknown = run("frobnicate");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown command 'frobnicate'"), unknown.err());
    assertEquals(2, run("validate").code());
    assertEquals(2, run("report", "no/such/folder").code());
    assertEquals(2, run("report", "--bogus").code());
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("report [DIR|FILE...]"), help.out());
    assertEquals(0, run("report", "--help").code());
    assertEquals(0, run("validate", "--help").code());
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("attack-stats "), version.out());
  }
}
