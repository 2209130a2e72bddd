package io.lockwatch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reports tool's real jar ({@link TestPaths#reportsJar}) run as a user runs it, in a JVM of its
 * own: what it printed and how it ended.
 *
 * @param exitCode the tool's exit code
 * @param output its standard output and error, interleaved
 */
public record ReportsTool(int exitCode, String output) {
  private static final long LIMIT_SECONDS = 120;

  /** Runs {@code java -jar lockwatch-reports.jar arguments...} and waits for it to end. */
  public static ReportsTool run(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(TestPaths.javaBinary().toString());
    command.add("-jar");
    command.add(TestPaths.reportsJar().toString());
    command.addAll(List.of(arguments));
    try {
      Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!tool.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
        tool.destroyForcibly();
        throw new AssertionError("the reports tool did not end: " + command + "\n" + output);
      }
      return new ReportsTool(tool.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while the reports tool ran", e);
    }
  }

  /** For assertion messages: the exit code and what it printed. */
  public String describe() {
    return "exit code " + exitCode + ":\n" + output;
  }
}
