package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No hand-written main source of the tool modules is over {@value #MAX_LINES} lines: a class that
 * long does more than one job. A file whose header says {@code GENERATED} is left out.
 */
class SourceSizeTest {
  private static final int MAX_LINES = 400;
  private static final int HEADER_LINES = 5;
  private static final List<String> TOOL_MODULES =
      List.of(
          "agent", "engine", "report-model", "reports", "testkit", "maven-plugin", "benchmarks");

  @Test
  void no_hand_written_main_source_of_the_tool_modules_is_over_the_limit() throws IOException {
    Path root =
        Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
    List<String> tooLong = new ArrayList<>();
    for (String module : TOOL_MODULES) {
      Path sources = root.resolve(module).resolve("src/main/java");
      assertThat(sources).as("the main sources of %s", module).isDirectory();
      try (Stream<Path> files = Files.walk(sources)) {
        files
            .filter(file -> file.toString().endsWith(".java"))
            .forEach(
                file -> {
                  List<String> lines = lines(file);
                  if (lines.size() > MAX_LINES && !generated(lines)) {
                    tooLong.add(root.relativize(file) + " (" + lines.size() + " lines)");
                  }
                });
      }
    }
    assertThat(tooLong).as("main sources over %d lines", MAX_LINES).isEmpty();
  }

  private static boolean generated(List<String> lines) {
    return lines.stream().limit(HEADER_LINES).anyMatch(line -> line.contains("GENERATED"));
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
