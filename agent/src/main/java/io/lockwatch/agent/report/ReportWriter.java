package io.lockwatch.agent.report;

import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Writes the report atomically to the configured path ({@code %p} replaced by the pid). Safe to
 * call from any thread, any number of times (each write replaces the previous one); never throws.
 */
public final class ReportWriter {
  private final ReportBuilder builder;
  private final Path target;

  /**
   * @param builder builds the report at each write
   * @param pathPattern where it goes; {@code %p} becomes the process id
   */
  public ReportWriter(ReportBuilder builder, String pathPattern) {
    this.builder = builder;
    this.target = resolve(pathPattern);
  }

  /** The path with {@code %p} replaced by this process's id. */
  public static Path resolve(String pathPattern) {
    String pid = Long.toString(ProcessHandle.current().pid());
    return Paths.get(pathPattern.replace("%p", pid)).toAbsolutePath();
  }

  /** The absolute path the report is written to. */
  public Path target() {
    return target;
  }

  /** Builds and writes the report; returns it, or null when writing failed (said on stderr). */
  public synchronized Report write(String reason) {
    try {
      Report report = builder.build(reason);
      ReportJson.writeAtomically(report, target);
      return report;
    } catch (Throwable failure) {
      System.err.println(
          "[lockwatch] ERROR could not write the report to " + target + ": " + failure);
      return null;
    }
  }
}
