package io.lockwatch.samples.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines of a sample's source that carry a trailing {@code // @site:<name>} marker, so
 * tests can check the line numbers in a report without hard-coding them.
 */
public final class SourceMarkers {
  private static final Pattern MARKER = Pattern.compile("//\\s*@site:([\\w.-]+)\\s*$");

  private SourceMarkers() {}

  /**
   * The 1-based line of {@code // @site:<name>} in the source file of {@code sample} (for a nested
   * class, the file of its top-level class). Fails the test when the marker is missing or appears
   * more than once.
   */
  public static int line(Class<?> sample, String name) {
    Path source = sourceOf(sample);
    List<Integer> lines = all(source).getOrDefault(name, List.of());
    if (lines.isEmpty()) {
      throw new AssertionError(String.format("no marker '// @site:%s' in %s", name, source));
    }
    if (lines.size() > 1) {
      throw new AssertionError(
          String.format(
              "marker '// @site:%s' appears %d times in %s, at lines %s",
              name, lines.size(), source, lines));
    }
    return lines.get(0);
  }

  /** Every marker of the file and the lines it is on, in order of first appearance. */
  public static Map<String, List<Integer>> all(Path source) {
    List<String> text;
    try {
      text = Files.readAllLines(source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    Map<String, List<Integer>> markers = new LinkedHashMap<>();
    for (int i = 0; i < text.size(); i++) {
      Matcher matcher = MARKER.matcher(text.get(i));
      if (matcher.find()) {
        markers.computeIfAbsent(matcher.group(1), key -> new ArrayList<>()).add(i + 1);
      }
    }
    return markers;
  }

  /** The source file of a class: its top-level class's {@code .java} under the samples' sources. */
  public static Path sourceOf(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    Path file = TestPaths.samplesSources().resolve(top.getName().replace('.', '/') + ".java");
    if (!Files.isRegularFile(file)) {
      throw new AssertionError(
          String.format("the source of %s is not at %s", type.getName(), file));
    }
    return file;
  }

  /**
   * The class nested in {@code top} under this simple name (e.g. a sample's package-private {@code
   * Account}), for tests that check sites inside it.
   */
  public static Class<?> nested(Class<?> top, String simpleName) {
    try {
      return Class.forName(top.getName() + "$" + simpleName, false, top.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no class " + simpleName + " nested in " + top.getName(), e);
    }
  }

  /** The file name a report's sites should carry for this class, e.g. {@code Bank.java}. */
  public static String fileName(Class<?> type) {
    return sourceOf(type).getFileName().toString();
  }
}
