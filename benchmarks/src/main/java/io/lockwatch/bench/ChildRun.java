package io.lockwatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one child process from a command line and watches it: standard output copied line by line to
 * a file and kept (with the time of the last line), standard error to another file, a timeout after
 * which the child is killed, {@code /proc} sampled while it lives ({@link ProcSampler}). It knows
 * nothing about benchmarks or the agent, so that a shared launcher of JVMs can take its place
 * later.
 */
final class ChildRun {

  /**
   * What a finished (or killed) child left.
   *
   * @param timedOut whether it was killed at the timeout
   * @param exitCode its exit code (that of the kill when timed out)
   * @param stdout its standard output, line by line
   * @param exitMs time from its last output line (or its start, without one) to its exit
   * @param wallSeconds time from its start to its exit (or to the kill)
   * @param peakHwmKb its highest VmHWM polled, in kB; 0 when none was read
   * @param otherCpuPercent CPU the rest of the machine used meanwhile, in % of all cores; NaN off
   *     Linux
   */
  record Outcome(
      boolean timedOut,
      int exitCode,
      List<String> stdout,
      double exitMs,
      double wallSeconds,
      long peakHwmKb,
      double otherCpuPercent) {}

  /**
   * The merged output of a short command.
   *
   * @param exitCode its exit code
   * @param output standard output and standard error, interleaved
   */
  record Captured(int exitCode, String output) {}

  private ChildRun() {}

  /**
   * Starts {@code command}, copies its standard output to {@code stdoutFile} and its standard error
   * to {@code stderrFile}, and waits for it to exit, at most {@code timeout}.
   */
  static Outcome run(List<String> command, Path stdoutFile, Path stderrFile, Duration timeout)
      throws IOException, InterruptedException {
    Optional<ProcSampler.CpuTicks> ticksBefore = ProcSampler.machineTicks();
    long startedAt = System.nanoTime();
    Process child = new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
    ProcSampler sampler = ProcSampler.start(child);
    StdoutCopy stdout = new StdoutCopy(child, stdoutFile, startedAt);
    stdout.start();

    boolean finished = child.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    long exitedAt = System.nanoTime();
    if (!finished) {
      child.destroyForcibly();
      child.waitFor();
    }
    stdout.join(10_000);
    sampler.close();
    double otherCpu =
        ProcSampler.otherCpuPercent(ticksBefore, ProcSampler.machineTicks(), sampler.childTicks());
    return new Outcome(
        !finished,
        child.exitValue(),
        stdout.lines(),
        stdout.msSinceLastLine(exitedAt),
        (exitedAt - startedAt) / 1e9,
        sampler.peakHwmKb(),
        otherCpu);
  }

  /**
   * Runs a short command to its end, its standard error merged into its standard output; empty when
   * it does not exit within {@code timeout} (it is then killed).
   */
  static Optional<Captured> capture(List<String> command, Duration timeout)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
      p.destroyForcibly();
      return Optional.empty();
    }
    return Optional.of(new Captured(p.exitValue(), output));
  }

  /** The thread that copies a child's standard output to a file and keeps its lines. */
  private static final class StdoutCopy extends Thread {
    private final Process child;
    private final Path file;
    private final List<String> lines = new ArrayList<>();
    private long lastLineAt;

    StdoutCopy(Process child, Path file, long startedAt) {
      super("stdout-reader");
      this.child = child;
      this.file = file;
      this.lastLineAt = startedAt;
    }

    @Override
    public void run() {
      try (BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter copy = new PrintWriter(Files.newBufferedWriter(file))) {
        String line;
        while ((line = in.readLine()) != null) {
          long now = System.nanoTime();
          copy.println(line);
          synchronized (lines) {
            lines.add(line);
            lastLineAt = now;
          }
        }
      } catch (IOException e) {
        // the child died; its exit status tells
      }
    }

    List<String> lines() {
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }

    double msSinceLastLine(long nanoTime) {
      synchronized (lines) {
        // The last line may be read just after the exit was seen: that is no time at all.
        return Math.max(0, (nanoTime - lastLineAt) / 1e6);
      }
    }
  }
}
