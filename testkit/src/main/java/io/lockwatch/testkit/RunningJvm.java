package io.lockwatch.testkit;

import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child JVM that {@link AgentJvm#start} launched and that may still run. Closing it kills it if
 * it still runs, so {@code try (RunningJvm jvm = ...start())} never leaks a process.
 */
public final class RunningJvm implements AutoCloseable {
  private static final long POLL_MILLIS = 20;

  private final String name;
  private final List<String> command;
  private final Process process;
  private final Path directory;
  private final Path out;
  private final Path err;
  private final Path reportFile;
  private final long startNanos;
  private final OutputLines outputLines;

  /**
   * @param outputLines the reader of a watched stdout ({@link AgentJvm#onOutputLine}), or null when
   *     stdout goes straight to its file
   */
  RunningJvm(
      String name,
      List<String> command,
      Process process,
      RunFiles files,
      long startNanos,
      OutputLines outputLines) {
    this.name = name;
    this.command = List.copyOf(command);
    this.process = process;
    this.directory = files.directory();
    this.out = files.out();
    this.err = files.err();
    this.reportFile = files.report();
    this.startNanos = startNanos;
    this.outputLines = outputLines;
  }

  /** The operating system's id of the JVM, e.g. to attach to it. */
  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Time since the JVM was launched. */
  public Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /**
   * When, counted from the launch, the JVM's last line of stdout was read: zero before its first
   * line, and always when stdout is not watched ({@link AgentJvm#onOutputLine}). Once the JVM has
   * ended, this first waits for the rest of its output, so with {@link #elapsed} taken when it
   * ended it gives the time from the last line to the exit.
   */
  public Duration lastOutputAt() {
    if (outputLines == null) {
      return Duration.ZERO;
    }
    if (!process.isAlive()) {
      outputLines.awaitDrained();
    }
    return outputLines.lastLineAt();
  }

  /** The report file the agent was told to write (it may not exist yet), or null. */
  public Path reportFile() {
    return reportFile;
  }

  /** What the JVM printed on stdout so far. */
  public String stdout() {
    return read(out);
  }

  /** What the JVM printed on stderr so far. */
  public String stderr() {
    return read(err);
  }

  /** Waits until stdout contains {@code text}; fails when the JVM ends first or time runs out. */
  public void awaitOutput(String text, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!stdout().contains(text)) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the child JVM ended before printing '" + text + "'; stderr: " + stderr());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no '" + text + "' within " + timeout + "; stderr: " + stderr());
      }
      pause();
    }
  }

  /** Writes {@code text} to the JVM's standard input, then closes it. */
  public void send(String text) {
    try (OutputStream in = process.getOutputStream()) {
      in.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the stdin of " + name, e);
    }
  }

  /**
   * Polls the report file until it exists, reads, and satisfies {@code ready}, for at most {@code
   * timeout}; returns it, or null when it never did.
   */
  public Report awaitReport(Duration timeout, Predicate<Report> ready) {
    long deadline = System.nanoTime() + timeout.toNanos();
    do {
      if (reportFile != null && Files.isRegularFile(reportFile)) {
        try {
          Report report = ReportJson.read(reportFile);
          if (ready.test(report)) {
            return report;
          }
        } catch (ReportFormatException | RuntimeException notYet) {
          // written atomically, so this should not happen; look again
        }
      }
      if (!pause()) {
        return null;
      }
    } while (System.nanoTime() < deadline);
    return null;
  }

  /** True when the JVM ended within {@code timeout}; it keeps running otherwise. */
  public boolean endsWithin(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    }
  }

  /** Waits for the JVM to end; kills it and fails the test when it outlives the timeout. */
  public AgentJvmResult awaitExit(Duration timeout) {
    if (!endsWithin(timeout)) {
      kill();
      throw new AssertionError(
          String.format(
              "%s did not finish within %s and was killed%n  command: %s%n  stdout:%n%s%n"
                  + "  stderr:%n%s",
              name, timeout, String.join(" ", command), stdout(), stderr()));
    }
    return result();
  }

  /** Sends SIGTERM (a normal shutdown request) and waits for the JVM to end. */
  public AgentJvmResult terminate(Duration timeout) {
    process.destroy();
    return awaitExit(timeout);
  }

  /** Kills the JVM (if it still runs) and returns what it did until then. */
  public AgentJvmResult kill() {
    try {
      process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while killing " + name, e);
    }
    return result();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  /**
   * What the JVM left; call once it ended. Fails when the listener of a watched stdout threw: the
   * output is complete, but the test's view of it is not.
   */
  private AgentJvmResult result() {
    if (outputLines != null) {
      outputLines.awaitDrained();
    }
    return new AgentJvmResult(
        command, process.exitValue(), stdout(), stderr(), directory, reportFile, elapsed());
  }

  /** Sleeps a little; false when interrupted. */
  private static boolean pause() {
    try {
      Thread.sleep(POLL_MILLIS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
