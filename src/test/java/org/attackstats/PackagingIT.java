package org.attackstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jars, after {@code mvn package} (run by Failsafe in {@code mvn verify}): the library
 * jar names its module and carries no chart library; the command-line jar carries it and draws the
 * HTML report on its own.
 */
class PackagingIT {

  @TempDir Path dir;

  private static Path libraryJar() throws IOException {
    try (var files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("attack-stats-[0-9][^-]*(-SNAPSHOT)?\\.jar"))
          .findFirst().orElseThrow(() -> new AssertionError("no library jar in target/"));
    }
  }

  @Test
  void theLibraryJarNamesItsModuleAndLeavesTheChartsOut() throws IOException {
    try (JarFile jar = new JarFile(libraryJar().toFile())) {
      assertEquals("org.attackstats", jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
      assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("org/jfree/")), "JFreeChart in the library jar");
    }
  }

  @Test
  void theCommandLineJarDrawsTheHtmlReport() throws IOException, InterruptedException {
    Path cli = Path.of("target", "attack-stats-cli.jar");
    try (JarFile jar = new JarFile(cli.toFile())) {
      assertTrue(jar.getEntry("org/jfree/chart/JFreeChart.class") != null, "JFreeChart bundled");
      assertTrue(jar.getEntry("org/jfree/svg/SVGGraphics2D.class") != null, "JFreeSVG bundled");
    }
    Path page = dir.resolve("report.html");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-jar", cli.toString(), "report", "--format", "html", "--out", page.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log"), StandardCharsets.UTF_8));
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertEquals(4, html.split("<svg", -1).length - 1);
    assertTrue(new File(page.toString()).length() > 10_000);
  }
}
