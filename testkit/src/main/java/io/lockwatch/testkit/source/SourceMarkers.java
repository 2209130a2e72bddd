package io.lockwatch.testkit.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a source that carry a {@code // @site:<name>} marker, so tests can check the line
 * numbers in a report without hard-coding them:
 *
 * <pre>{@code
 * assertThat(report).hasSingleCycle().edgeOf("worker-1").heldAt(marker(App.class, "w1-outer"));
 * }</pre>
 */
public final class SourceMarkers {
  private static final Pattern MARKER = Pattern.compile("@site:([\\w.-]+)");

  private SourceMarkers() {}

  /**
   * The line of {@code // @site:<name>} in the source of {@code type} (for a nested class, the file
   * of its top-level class). Fails the test when the marker is missing or appears more than once.
   */
  public static SourceLine marker(Class<?> type, String name) {
    SourceFile source = SourceFile.of(type);
    List<Integer> lines = all(source).getOrDefault(name, List.of());
    if (lines.isEmpty()) {
      throw new AssertionError(
          String.format("no marker '// @site:%s' in %s", name, source.location()));
    }
    if (lines.size() > 1) {
      throw new AssertionError(
          String.format(
              "marker '// @site:%s' appears %d times in %s, at lines %s",
              name, lines.size(), source.location(), lines));
    }
    return source.line(lines.get(0));
  }

  /** Every marker of the file and the lines it is on, in order of first appearance. */
  public static Map<String, List<Integer>> all(SourceFile source) {
    Map<String, List<Integer>> markers = new LinkedHashMap<>();
    List<String> text = source.lines();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      int comment = line.indexOf("//");
      if (comment < 0) {
        continue;
      }
      Matcher matcher = MARKER.matcher(line.substring(comment));
      while (matcher.find()) {
        markers.computeIfAbsent(matcher.group(1), key -> new ArrayList<>()).add(i + 1);
      }
    }
    return markers;
  }
}
