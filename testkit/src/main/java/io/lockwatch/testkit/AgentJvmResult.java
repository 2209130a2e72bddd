package io.lockwatch.testkit;

import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a finished child JVM left: its exit code, stdout and stderr, how long it ran, and the report
 * the agent wrote, parsed on first use.
 */
public final class AgentJvmResult {
  private final List<String> command;
  private final int exitCode;
  private final String stdout;
  private final String stderr;
  private final Path directory;
  private final Path reportFile;
  private final Duration elapsed;
  private Report report;

  AgentJvmResult(
      List<String> command,
      int exitCode,
      String stdout,
      String stderr,
      Path directory,
      Path reportFile,
      Duration elapsed) {
    this.command = command;
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
    this.directory = directory;
    this.reportFile = reportFile;
    this.elapsed = elapsed;
  }

  /**
   * A result made by hand rather than by a launch, for tests of what checks results (a report
   * written by the test, an exit code and stdout it chooses).
   */
  public static AgentJvmResult of(int exitCode, String stdout, Path reportFile) {
    return new AgentJvmResult(
        List.of("(made by hand)"),
        exitCode,
        stdout,
        "",
        reportFile.getParent(),
        reportFile,
        Duration.ZERO);
  }

  public int exitCode() {
    return exitCode;
  }

  public String stdout() {
    return stdout;
  }

  public String stderr() {
    return stderr;
  }

  /** The non-blank lines of stderr. */
  public List<String> stderrLines() {
    return stderr.lines().filter(line -> !line.isBlank()).collect(Collectors.toList());
  }

  /** Wall time from launch to exit. */
  public Duration elapsed() {
    return elapsed;
  }

  /** The run's directory: its working directory, where its files are. */
  public Path directory() {
    return directory;
  }

  /** The report file the agent was told to write (it may not exist), or null. */
  public Path reportFile() {
    return reportFile;
  }

  /** The command line that launched the JVM. */
  public List<String> command() {
    return command;
  }

  public boolean hasReport() {
    return reportFile != null && Files.isRegularFile(reportFile);
  }

  /** The parsed report; fails the test, with the run's output, when there is none or it is bad. */
  public synchronized Report report() {
    if (report == null) {
      if (!hasReport()) {
        throw new AssertionError(
            String.format("no report was written at %s%n%s", reportFile, describe()));
      }
      try {
        report = ReportJson.read(reportFile);
      } catch (ReportFormatException | RuntimeException e) {
        throw new AssertionError(
            String.format("the report %s cannot be read: %s%n%s", reportFile, e, describe()), e);
      }
    }
    return report;
  }

  /** The command, exit code, output and report path, for failure messages. */
  public String describe() {
    return String.format(
        "  command: %s%n  exit code: %d%n  stdout:%n%s%n  stderr:%n%s%n  report: %s",
        String.join(" ", command), exitCode, indent(stdout), indent(stderr), reportFile);
  }

  @Override
  public String toString() {
    return describe();
  }

  /** At most 60 lines, indented: enough to see what happened without drowning the message. */
  private static String indent(String text) {
    return text.lines().limit(60).map(line -> "    " + line).collect(Collectors.joining("\n"));
  }
}
