package io.lockwatch.bench.workloads;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine-readable lines every workload prints; the harness parses them. */
final class Output {
  private Output() {}

  /** {@code RESULT workload=<name> threads=<n> ops=<total> seconds=<s> opsPerSec=<x>} */
  static void result(String workload, int threads, long ops, double seconds) {
    System.out.println(
        String.format(
            Locale.ROOT,
            "RESULT workload=%s threads=%d ops=%d seconds=%.3f opsPerSec=%.1f",
            workload,
            threads,
            ops,
            seconds,
            ops / seconds));
  }

  /**
   * {@code HEAP usedAfterGcBytes=<n>}: the heap still in use after two full collections, i.e. what
   * the program (and an agent in the same heap) retains.
   */
  static void heapAfterGc() throws InterruptedException {
    heapAfterGc("usedAfterGcBytes");
  }

  /** {@code HEAP <key>=<n>}, the heap used after two full collections. */
  static void heapAfterGc(String key) throws InterruptedException {
    System.gc();
    Thread.sleep(100);
    System.gc();
    Thread.sleep(100);
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.println("HEAP " + key + "=" + used);
  }

  /** {@code RSS vmHwmKb=<n>}: this process's peak resident set so far (Linux only). */
  static void peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          System.out.println("RSS vmHwmKb=" + line.replaceAll("[^0-9]", ""));
          return;
        }
      }
    } catch (IOException | RuntimeException notLinux) {
      // no /proc: the harness's own sampling is all there is
    }
  }

  /** The common ending: the result, the retained heap and the peak RSS. */
  static void finish(String workload, int threads, long ops, double seconds)
      throws InterruptedException {
    result(workload, threads, ops, seconds);
    heapAfterGc();
    peakRss();
  }
}
