package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.support.MemoryReserve;
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
   * Set once the report at exit is written: a low-memory notification, delivered late by the JDK's
   * own thread, once replaced it with its earlier and smaller report (seen 1 run in 2).
   */
  private boolean finished;

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

  /**
   * Builds and writes the report; returns it, or null when writing failed (said on stderr). Out of
   * memory, it gives back the agent's {@link MemoryReserve} and tries once more.
   */
  public synchronized Report write(String reason) {
    return write(reason, true);
  }

  /**
   * The same without ever touching the {@link MemoryReserve}: an early report, written while the
   * program still runs (and would take whatever heap the reserve gave back), must leave it to the
   * report at exit.
   */
  public synchronized Report writeEarly(String reason) {
    return write(reason, false);
  }

  private Report write(String reason, boolean mayUseReserve) {
    if (finished) {
      return null; // the report at exit says everything; a late early one must not replace it
    }
    try {
      return writeOnce(reason);
    } catch (OutOfMemoryError full) {
      if (mayUseReserve && MemoryReserve.release()) {
        try {
          return writeOnce(reason);
        } catch (Throwable again) {
          return failed(again);
        }
      }
      return failed(full);
    } catch (Throwable failure) {
      return failed(failure);
    }
  }

  /**
   * The last write, as the JVM ends: the reserve goes back to the heap first, since the program may
   * have exhausted it and needs none of it any more.
   */
  public synchronized Report writeAtExit() {
    MemoryReserve.release();
    Report report = write("exit", true);
    finished = report != null;
    return report;
  }

  private Report writeOnce(String reason) throws java.io.IOException {
    Report report = builder.build(reason);
    ReportJson.writeAtomically(report, target);
    return report;
  }

  private Report failed(Throwable failure) {
    try {
      System.err.println(
          "[lockwatch] ERROR could not write the report to " + target + ": " + failure);
    } catch (Throwable ignored) {
      // out of memory even for the message: nothing more to do
    }
    return null;
  }
}
