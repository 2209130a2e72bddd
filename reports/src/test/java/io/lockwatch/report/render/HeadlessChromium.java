package io.lockwatch.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium, as a person's browser: screenshots of a page, and measurements of a page taken
 * from inside it by {@code html/probe.html} (widths, links, what is visible), with or without
 * JavaScript. No network: pages are local files.
 */
final class HeadlessChromium {
  private static final Pattern PROBE = Pattern.compile("PROBE (\\{.*?\\})</pre>", Pattern.DOTALL);

  private final Path executable;
  private final Path profile;

  private HeadlessChromium(Path executable, Path profile) {
    this.executable = executable;
    this.profile = profile;
  }

  /** Where this helper looks for Chromium, for messages. */
  static String searched() {
    return "$CHROMIUM when set, else /usr/bin/chromium, chromium or chromium-browser on PATH";
  }

  /**
   * Chromium, if one of {@link #searched()} is executable. A {@code $CHROMIUM} that names no
   * executable finds none: the other places are not tried behind its back.
   */
  static Optional<HeadlessChromium> find(Path profile) {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      return Optional.of(Path.of(env))
          .filter(Files::isExecutable)
          .map(path -> new HeadlessChromium(path, profile));
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, "chromium"));
        candidates.add(Path.of(dir, "chromium-browser"));
      }
    }
    return candidates.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .map(path -> new HeadlessChromium(path, profile));
  }

  /** A screenshot of {@code page} in a window of {@code width} x {@code height}. */
  Path screenshot(Path page, int width, int height, Path png) throws Exception {
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.deleteIfExists(png);
    run(
        List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height),
        page.toUri().toString());
    assertThat(png).as("screenshot of " + page).isNotEmptyFile();
    return png;
  }

  /**
   * What {@code html/probe.html} measures of {@code page} opened in a frame of the given size.
   *
   * @param script false to open the page with JavaScript off
   * @param scrollTo the id of an element to scroll to before a screenshot, or null
   * @param png where to put a screenshot of the frame, or null for none
   */
  JsonObject probe(Path page, int width, int height, boolean script, String scrollTo, Path png)
      throws Exception {
    return probe(page, width, height, script ? "" : "&nojs=1", scrollTo, png);
  }

  /** What the probe records after using the page: filtering, grouping, sorting, clicking. */
  JsonObject interact(Path page, int width, int height) throws Exception {
    return probe(page, width, height, "&interact=1", null, null);
  }

  private JsonObject probe(
      Path page, int width, int height, String extra, String scrollTo, Path png) throws Exception {
    Path probe = page.resolveSibling("probe.html");
    try (InputStream in = HeadlessChromium.class.getResourceAsStream("/html/probe.html")) {
      Files.write(probe, in.readAllBytes());
    }
    String url =
        probe.toUri()
            + "?src="
            + page.getFileName()
            + "&width="
            + width
            + "&height="
            + height
            + extra
            + (scrollTo == null ? "" : "&scroll=" + scrollTo);
    String dom = run(List.of("--window-size=" + width + "," + height, "--dump-dom"), url);
    Matcher result = PROBE.matcher(dom);
    assertThat(result.find()).as("the probe's result in the DOM of " + url).isTrue();
    if (png != null) {
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.deleteIfExists(png);
      run(
          List.of("--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath()),
          url);
      assertThat(png).isNotEmptyFile();
    }
    return JsonParser.parseString(result.group(1)).getAsJsonObject();
  }

  /** Runs Chromium on {@code url}; its standard output. */
  private String run(List<String> options, String url) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--allow-file-access-from-files",
            // Lets the page load and its script run before the DOM is dumped or photographed.
            "--virtual-time-budget=20000",
            "--user-data-dir=" + profile));
    command.addAll(options);
    command.add(url);
    return ExternalProcess.run(command, 150);
  }
}
