package io.lockwatch.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lockwatch.report.Fixtures;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML page in headless Chromium through {@code scripts/html-screenshot.sh} and looks at
 * the screenshot: the shop report, with its cycle, is drawn with red; a clean report has none (but
 * the legend). Skipped where Chromium is not installed.
 */
class HtmlScreenshotIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  @BeforeAll
  static void needsChromium() {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "/usr/bin/chromium is absent (Debian: apt-get install chromium):"
            + " the HTML screenshot check is skipped");
  }

  @Test
  void page_opens_and_shows_the_cycle_in_red() throws Exception {
    long shopRed = redPixels(screenshot("shop.json"));
    long cleanRed = redPixels(screenshot("clean.json"));
    assertThat(shopRed)
        .as("red pixels of cycle arcs, nodes and finding cards")
        .isGreaterThan(2_000);
    // Only the legend's swatch (22 x 5 px) is red on a clean page.
    assertThat(cleanRed).as("a clean report shows no red but the legend").isLessThan(250);
  }

  private Path screenshot(String fixture) throws Exception {
    Path png = dir.resolve(fixture.replace(".json", ".png"));
    Process process =
        new ProcessBuilder(
                "bash",
                "scripts/html-screenshot.sh",
                Fixtures.path(fixture).toString(),
                png.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(150, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(png).isNotEmptyFile();
    return png;
  }

  private static long redPixels(Path png) throws Exception {
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    long red = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r > 160 && g < 90 && b < 90) {
          red++;
        }
      }
    }
    return red;
  }
}
