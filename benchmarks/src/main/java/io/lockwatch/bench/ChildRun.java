package io.lockwatch.bench;

import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.RunningJvm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Measures one child JVM that the test kit launches: its standard output kept line by line (with
 * the time of the last line), a timeout after which it is killed, {@code /proc} sampled by its pid
 * while it lives ({@link ProcSampler}), and the machine's CPU meanwhile. Launching, the files and
 * the kill are the kit's ({@link AgentJvm#start}).
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

  private ChildRun() {}

  /** Starts {@code child} and waits for it to exit, at most {@code timeout}, then kills it. */
  static Outcome run(AgentJvm child, Duration timeout) throws InterruptedException {
    Optional<ProcSampler.CpuTicks> ticksBefore = ProcSampler.machineTicks();
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    try (RunningJvm jvm = child.onOutputLine(lines::add).start()) {
      ProcSampler sampler = ProcSampler.start(jvm);
      boolean finished = jvm.endsWithin(timeout);
      Duration wall = jvm.elapsed();
      AgentJvmResult result = finished ? jvm.awaitExit(Duration.ZERO) : jvm.kill();
      sampler.close();
      double otherCpu =
          ProcSampler.otherCpuPercent(
              ticksBefore, ProcSampler.machineTicks(), sampler.childTicks());
      // The last line may be read just after the exit was seen: that is no time at all.
      double exitMs = Math.max(0, wall.minus(jvm.lastOutputAt()).toNanos() / 1e6);
      return new Outcome(
          !finished,
          result.exitCode(),
          List.copyOf(lines),
          exitMs,
          wall.toNanos() / 1e9,
          sampler.peakHwmKb(),
          otherCpu);
    }
  }
}
