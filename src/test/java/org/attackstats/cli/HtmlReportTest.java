package org.attackstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: rendered by headless Chromium to a picture, in which each
 * chart must be drawn (each chart's own colours present, in lines, bars and marks, not a blank
 * box). The picture is kept as {@code target/html-report.png}.
 *
 * <p>Chromium is the Debian package {@code chromium}, which {@code .ci/run} installs: under CI
 * (the variable {@code CI} set) a missing browser fails the test; elsewhere it is skipped, saying
 * why.
 */
class HtmlReportTest {

  @TempDir Path dir;

  /** The number of pixels within a small distance of a colour (antialiasing blurs edges). */
  static int pixelsNear(BufferedImage image, Color c) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int dr = ((rgb >> 16) & 0xff) - c.getRed();
        int dg = ((rgb >> 8) & 0xff) - c.getGreen();
        int db = (rgb & 0xff) - c.getBlue();
        if (dr * dr + dg * dg + db * db <= 12 * 12) {
          n++;
        }
      }
    }
    return n;
  }

  private static Optional<String> chromium() {
    for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(c))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Test
  void theChartsAreThereAndNotBlank() throws IOException, InterruptedException {
    Optional<String> browser = chromium();
    if (browser.isEmpty()) {
      assertTrue(System.getenv("CI") == null, "Chromium is not installed; .ci/run installs the Debian package chromium");
      Assumptions.abort("Chromium is not installed (apt-get install chromium); the HTML report was not looked at");
    }
    Path page = dir.resolve("report.html");
    ReportTest.Run r = ReportTest.run("report", "--since", "2023-10-17", "--until", "2023-11-21", "--format", "html",
        "--out", page.toString());
    assertEquals(0, r.code(), r.err());
    Path shot = Path.of("target", "html-report.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    List<String> command = new ArrayList<>(List.of(browser.get(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")),
        "--window-size=1100,2400", "--screenshot=" + shot, page.toUri().toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("chromium.log"), StandardCharsets.UTF_8));
    BufferedImage image = ImageIO.read(shot.toFile());
    assertEquals(1100, image.getWidth());
    // each chart's first colours: the weekly lines of Iraq and Syria, the cumulative band and
    // tally marks, the bars of injured and killed, the marks of attacks and responses
    List<Color> signatures = List.of(Charts.WEEKLY[0], Charts.WEEKLY[1], Charts.CUMULATIVE[0], Charts.CUMULATIVE[1],
        Charts.CASUALTIES[0], Charts.CASUALTIES[1], Charts.TIMELINE[0], Charts.TIMELINE[1]);
    for (Color c : signatures) {
      int n = pixelsNear(image, c);
      assertTrue(n >= 40, String.format("colour #%06x drawn on only %d pixels of %s", c.getRGB() & 0xffffff, n, shot));
    }
    // the bars are solid: thousands of pixels, not an outline
    assertTrue(pixelsNear(image, Charts.CASUALTIES[0]) > 5000, "injured bars filled");
  }
}
