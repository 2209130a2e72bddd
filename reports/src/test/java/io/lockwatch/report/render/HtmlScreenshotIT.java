package io.lockwatch.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import io.lockwatch.report.Fixtures;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML pages as a person sees them: rendered by the built jar ({@code java -jar ... render
 * --format html}) from the sample fixtures, a merge of two JVMs' reports and a large synthetic
 * report (300 lock classes, 441 findings), then opened in headless Chromium at 1280 and 1400 px,
 * with and without JavaScript. Screenshots land in {@code target/html-screenshots/}, beside the
 * large report's JSON ({@code large.json}, for {@code scripts/html-screenshot.sh}). Where Chromium
 * is not installed every test is skipped, saying so in the build's output, unless {@value #REQUIRE}
 * is set (as CI's {@code .ci/run} does): then they fail.
 */
class HtmlScreenshotIT {
  private static final Path SCREENSHOTS = Path.of("target/html-screenshots");

  /** The environment variable that turns a missing Chromium from a skip into a failure. */
  static final String REQUIRE = "LOCKWATCH_REQUIRE_CHROMIUM";

  @TempDir static Path dir;

  private static HeadlessChromium chromium;
  private static Path shop;
  private static Path clean;
  private static Path merged;
  private static Path large;
  private static JsonObject interaction;

  @BeforeAll
  static void renderThePages() throws Exception {
    Optional<HeadlessChromium> found = HeadlessChromium.find(dir.resolve("profile"));
    if (found.isEmpty()) {
      String required = System.getenv(REQUIRE);
      if (required != null && !required.isBlank() && !required.equals("0")) {
        throw new AssertionError(
            "no Chromium found ("
                + HeadlessChromium.searched()
                + ") and "
                + REQUIRE
                + "="
                + required
                + " asks for the browser test: install Chromium (Debian: apt-get install"
                + " chromium) or unset "
                + REQUIRE);
      }
      System.out.println(
          "[HtmlScreenshotIT] SKIPPED: no Chromium found ("
              + HeadlessChromium.searched()
              + "); the HTML pages are not checked in a browser. Debian: apt-get install"
              + " chromium. (With "
              + REQUIRE
              + "=1, as in CI, this fails instead.)");
      return;
    }
    chromium = found.get();
    shop = render("shop.html", Fixtures.path("shop.json"));
    clean = render("clean.html", Fixtures.path("clean.json"));
    merged =
        render("merged.html", Fixtures.path("jvm-order.json"), Fixtures.path("jvm-report.json"));
    Report report = SyntheticReports.large(20, 15);
    Path json = dir.resolve("large.json");
    ReportJson.writeAtomically(report, json);
    Files.createDirectories(SCREENSHOTS);
    Files.copy(json, SCREENSHOTS.resolve("large.json"), StandardCopyOption.REPLACE_EXISTING);
    long start = System.nanoTime();
    large = render("large.html", json);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "[HtmlScreenshotIT] large report: %d lock classes, %d findings; java -jar render took"
            + " %d ms (JVM start included); the page has %,d bytes%n",
        report.codeEdges().stream().map(e -> e.fromLock()).distinct().count(),
        report.lockOrderCycles().size()
            + report.unguardedFields().size()
            + report.waitHazards().size()
            + report.observedDeadlocks().size(),
        millis,
        Files.size(large));
  }

  @BeforeEach
  void needsChromium() {
    assumeTrue(
        chromium != null,
        "no Chromium found (" + HeadlessChromium.searched() + "): apt-get install chromium");
  }

  private static Path render(String name, Path... reports) throws Exception {
    Path html = dir.resolve(name);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(System.getProperty("lockwatch.reportsJar", "target/lockwatch-reports.jar"));
    command.add("render");
    for (Path report : reports) {
      command.add(report.toString());
    }
    command.addAll(List.of("--format", "html", "-o", html.toString()));
    ExternalProcess.run(command, 120);
    return html;
  }

  @Test
  void the_shop_page_shows_its_cycle_in_red_and_a_clean_page_does_not() throws Exception {
    long shopRed =
        redPixels(chromium.screenshot(shop, 1400, 1600, SCREENSHOTS.resolve("shop-1400.png")));
    long cleanRed =
        redPixels(chromium.screenshot(clean, 1400, 1600, SCREENSHOTS.resolve("clean-1400.png")));
    assertThat(shopRed).as("red pixels of badges, tiles and the cycle").isGreaterThan(2_000);
    assertThat(cleanRed).as("a clean report shows (almost) no red").isLessThan(shopRed / 10);
  }

  @Test
  void no_page_scrolls_sideways_at_1280_or_1400_px() throws Exception {
    for (Path page : List.of(shop, clean, merged, large)) {
      for (int width : new int[] {1280, 1400}) {
        JsonObject probe = chromium.probe(page, width, 900, true, null, null);
        assertThat(probe.get("scrollWidth").getAsInt())
            .as("%s at %d px: %s", page.getFileName(), width, probe.get("wide"))
            .isLessThanOrEqualTo(probe.get("clientWidth").getAsInt());
        assertThat(probe.getAsJsonArray("wide")).as("elements past the right edge").isEmpty();
      }
    }
  }

  @Test
  void every_link_of_every_page_resolves() throws Exception {
    for (Path page : List.of(shop, merged, large)) {
      JsonObject probe = chromium.probe(page, 1280, 900, true, null, null);
      assertThat(probe.get("links").getAsInt()).as("links of %s", page.getFileName()).isPositive();
      assertThat(probe.getAsJsonArray("broken"))
          .as("broken links of %s", page.getFileName())
          .isEmpty();
    }
  }

  @Test
  void without_javascript_the_table_and_every_finding_are_there() throws Exception {
    JsonObject probe = chromium.probe(large, 1280, 900, false, null, null);
    assertThat(probe.get("script").getAsBoolean()).as("script ran").isFalse();
    assertThat(probe.get("tableRows").getAsInt()).isEqualTo(441);
    assertThat(probe.get("visibleTableRows").getAsInt()).isEqualTo(441);
    assertThat(probe.get("visibleArticles").getAsInt()).isEqualTo(441);
    assertThat(probe.get("toolbarShown").getAsBoolean()).as("script-only toolbar hidden").isFalse();
    assertThat(probe.get("scrollWidth").getAsInt())
        .isLessThanOrEqualTo(probe.get("clientWidth").getAsInt());
    JsonObject withScript = chromium.probe(large, 1280, 900, true, null, null);
    assertThat(withScript.get("script").getAsBoolean()).isTrue();
    assertThat(withScript.get("toolbarShown").getAsBoolean()).isTrue();
  }

  /** What the probe saw after using the large page (one Chromium run for the tests that ask). */
  private static synchronized JsonObject interaction() throws Exception {
    if (interaction == null) {
      long start = System.nanoTime();
      interaction = chromium.interact(large, 1400, 900);
      System.out.printf(
          "[HtmlScreenshotIT] the interaction probe took %d ms%n",
          (System.nanoTime() - start) / 1_000_000);
    }
    return interaction;
  }

  @Test
  void the_script_filters_groups_sorts_and_explains_what_is_clicked() throws Exception {
    JsonObject after = interaction();
    assertThat(after.get("groupRows").getAsInt()).as("one header row per test").isGreaterThan(10);
    assertThat(after.get("groupedRows").getAsInt())
        .as("a finding of two tests is under both")
        .isGreaterThan(441 - 1);
    assertThat(after.get("filteredCount").getAsString()).isEqualTo("300 of 441 shown");
    assertThat(after.get("textFilteredRows").getAsInt()).isBetween(1, 440);
    assertThat(after.get("sortedByFinding").getAsBoolean()).isTrue();
    assertThat(after.get("nodePanel").getAsString()).contains("then takes", "in a reported cycle");
    assertThat(after.get("arcPanel").getAsString()).contains("site pairs", "in reported cycles");
    assertThat(after.get("arcPanelLinks").getAsInt()).isPositive();
    assertThat(after.get("zoomChanged").getAsBoolean()).isTrue();
    assertThat(after.get("packagesShown").getAsBoolean()).isTrue();
  }

  @Test
  void the_graph_pans_finds_hides_and_shows_only_cycles() throws Exception {
    JsonObject after = interaction();
    double[] before = viewBox(after.get("viewBoxBeforePan").getAsString());
    double[] panned = viewBox(after.get("viewBoxAfterPan").getAsString());
    // Dragged 50 px right and down: the drawing follows, so the view moves up and left.
    assertThat(panned[0]).as("view x after a drag").isLessThan(before[0] - 10);
    assertThat(panned[1]).as("view y after a drag").isLessThan(before[1] - 10);
    assertThat(before[0] - panned[0]).isCloseTo(before[1] - panned[1], within(0.01));
    assertThat(panned[2]).as("same zoom").isEqualTo(before[2]);
    // Service3 is one lock class in each of the 20 packages.
    assertThat(after.get("searchMatches").getAsInt()).isEqualTo(20);
    assertThat(after.get("searchDims").getAsBoolean()).isTrue();
    assertThat(after.get("unhideText").getAsString()).isEqualTo("show 1 hidden");
    assertThat(after.get("hiddenNodeShown").getAsBoolean()).isFalse();
    assertThat(after.get("hiddenAfterUnhide").getAsInt()).isZero();
    int cycleNodes = after.get("cycleNodes").getAsInt();
    assertThat(cycleNodes).isBetween(2, 299);
    assertThat(after.get("onlyCyclesNodes").getAsInt()).isEqualTo(cycleNodes);
    assertThat(after.get("onlyCyclesOthers").getAsInt()).isZero();
    assertThat(after.get("nodesAfterOnlyCycles").getAsInt()).isEqualTo(300);
  }

  @Test
  void one_package_collapses_into_its_box_and_expands_again() throws Exception {
    JsonObject after = interaction();
    assertThat(after.get("packages").getAsInt()).isEqualTo(20);
    assertThat(after.get("groupBoxes").getAsInt()).as("one box per package").isEqualTo(20);
    assertThat(after.getAsJsonArray("splitPackages"))
        .as("packages drawn as several boxes")
        .isEmpty();
    assertThat(after.get("collapsedClass").getAsBoolean()).isTrue();
    assertThat(after.get("collapsedLockClasses").getAsInt()).isEqualTo(15);
    assertThat(after.get("collapsedNodesShown").getAsInt()).as("its lock classes").isZero();
    assertThat(after.get("insideArcs").getAsInt()).isPositive();
    assertThat(after.get("insideArcsShown").getAsInt()).as("arcs inside the package").isZero();
    int crossing = after.get("crossingArcs").getAsInt();
    assertThat(crossing).isPositive();
    assertThat(after.get("crossingArcsAtBox").getAsInt())
        .as("arcs to and from other packages that end at the collapsed box")
        .isEqualTo(crossing);
    assertThat(after.get("collapsedPanel").getAsString())
        .contains(after.get("collapsedPackage").getAsString(), "expand this package");
    assertThat(after.get("expandAllText").getAsString()).isEqualTo("expand 1 collapsed package");
    assertThat(after.get("expandedClass").getAsBoolean()).isFalse();
    assertThat(after.get("expandedNodesShown").getAsInt()).isEqualTo(15);
    assertThat(after.get("routesRestored").getAsBoolean()).isTrue();
    assertThat(after.get("expandAllHidden").getAsBoolean()).isTrue();
  }

  private static double[] viewBox(String attribute) {
    String[] parts = attribute.trim().split("[ ,]+");
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Double.parseDouble(parts[i]);
    }
    return values;
  }

  @Test
  void the_large_graph_opens_with_readable_labels() throws Exception {
    JsonObject probe =
        chromium.probe(
            large, 1400, 900, true, "graph", SCREENSHOTS.resolve("large-graph-1400.png"));
    assertThat(probe.get("graphNodes").getAsInt()).isEqualTo(300);
    assertThat(probe.get("graphLabelPx").getAsDouble())
        .as("label height at the first view")
        .isGreaterThanOrEqualTo(12);
    assertThat(inkPixels(SCREENSHOTS.resolve("large-graph-1400.png")))
        .as("something is drawn")
        .isGreaterThan(20_000);
  }

  @Test
  void screenshots_of_the_large_page_have_the_window_size_and_content() throws Exception {
    for (int width : new int[] {1280, 1400}) {
      Path png =
          chromium.screenshot(large, width, 1000, SCREENSHOTS.resolve("large-" + width + ".png"));
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).isEqualTo(width);
      assertThat(image.getHeight()).isEqualTo(1000);
      assertThat(inkPixels(png)).as("not a blank page").isGreaterThan(30_000);
    }
  }

  private static long redPixels(Path png) throws Exception {
    return countPixels(png, (r, g, b) -> r > 160 && g < 90 && b < 90);
  }

  private static long inkPixels(Path png) throws Exception {
    return countPixels(png, (r, g, b) -> r + g + b < 600);
  }

  private interface PixelTest {
    boolean matches(int r, int g, int b);
  }

  private static long countPixels(Path png, PixelTest test) throws Exception {
    BufferedImage image = ImageIO.read(png.toFile());
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (test.matches((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff)) {
          n++;
        }
      }
    }
    return n;
  }
}
