package io.lockwatch.bench;

import io.lockwatch.testkit.RunningJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * What Linux's {@code /proc} tells about a child: its peak RSS ({@code VmHWM} of {@code
 * /proc/PID/status}) and its CPU ticks ({@code /proc/PID/stat}), polled every 50 ms while it lives,
 * and the whole machine's CPU ticks ({@code /proc/stat}). Off Linux every reading is missing, never
 * an error.
 */
final class ProcSampler implements AutoCloseable {

  /** How often a live child is sampled. */
  static final long PERIOD_MILLIS = 50;

  /**
   * CPU ticks of the whole machine since boot.
   *
   * @param busy ticks not spent idle or waiting for I/O
   * @param total all ticks
   */
  record CpuTicks(long busy, long total) {}

  private final Thread poller;
  private volatile long peakHwmKb;
  private volatile long childTicks;

  private ProcSampler(RunningJvm child) {
    long pid = child.pid();
    Path status = Paths.get("/proc", Long.toString(pid), "status");
    this.poller =
        new Thread(
            () -> {
              while (child.isAlive()) {
                peakHwmKb = Math.max(peakHwmKb, vmHwmKb(status));
                childTicks = Math.max(childTicks, processTicks(pid));
                try {
                  Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "rss-poller");
    poller.setDaemon(true);
  }

  /** Starts sampling {@code child}, by its pid, until it exits or {@link #close()} is called. */
  static ProcSampler start(RunningJvm child) {
    ProcSampler sampler = new ProcSampler(child);
    sampler.poller.start();
    return sampler;
  }

  /** The highest VmHWM seen, in kB; 0 when none was read. */
  long peakHwmKb() {
    return peakHwmKb;
  }

  /** The child's user + system ticks at the last reading (up to 50 ms before it exited). */
  long childTicks() {
    return childTicks;
  }

  /** Stops sampling. */
  @Override
  public void close() throws InterruptedException {
    poller.interrupt();
    poller.join(1_000);
  }

  /** The machine's ticks now, or empty off Linux. */
  static Optional<CpuTicks> machineTicks() {
    try {
      return parseMachineTicks(Files.readAllLines(Paths.get("/proc/stat")).get(0));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The ticks on the {@code cpu} line of {@code /proc/stat} ({@code cpu user nice system idle
   * iowait irq ...}): idle and iowait count as not busy. Empty when the line is not one.
   */
  static Optional<CpuTicks> parseMachineTicks(String cpuLine) {
    try {
      String[] f = cpuLine.trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
      return Optional.of(new CpuTicks(total - idle, total));
    } catch (RuntimeException notTicks) {
      return Optional.empty();
    }
  }

  /** User + system ticks of a live process, or -1. */
  static long processTicks(long pid) {
    try {
      return parseProcessTicks(Files.readString(Paths.get("/proc", Long.toString(pid), "stat")));
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * User + system ticks (fields 14 and 15) of a {@code /proc/PID/stat} line, counted after the last
   * {@code )} because the command name in parentheses may hold spaces; -1 when malformed.
   */
  static long parseProcessTicks(String stat) {
    try {
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (RuntimeException malformed) {
      return -1;
    }
  }

  /** The VmHWM of a {@code /proc/PID/status} file in kB; 0 when it is gone or has none. */
  static long vmHwmKb(Path status) {
    try {
      return parseVmHwmKb(Files.readString(status));
    } catch (IOException gone) {
      return 0; // the process has exited, or this is not Linux
    }
  }

  /** The {@code VmHWM:} line of a {@code /proc/PID/status} text in kB; 0 without one. */
  static long parseVmHwmKb(String status) {
    for (String line : status.lines().toList()) {
      if (line.startsWith("VmHWM:")) {
        try {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        } catch (NumberFormatException malformed) {
          return 0;
        }
      }
    }
    return 0;
  }

  /**
   * What the rest of the machine did between two machine readings, in % of all cores: busy ticks
   * minus the child's own; NaN when a reading is missing. The child's CPU, read up to 50 ms before
   * it exited, and the harness's own polling are the small error.
   */
  static double otherCpuPercent(
      Optional<CpuTicks> before, Optional<CpuTicks> after, long childTicks) {
    if (before.isEmpty() || after.isEmpty() || after.get().total() <= before.get().total()) {
      return Double.NaN;
    }
    long others = (after.get().busy() - before.get().busy()) - childTicks;
    return Math.max(0, 100.0 * others / (after.get().total() - before.get().total()));
  }
}
