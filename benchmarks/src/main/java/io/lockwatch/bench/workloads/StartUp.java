package io.lockwatch.bench.workloads;

import java.lang.management.ManagementFactory;

/**
 * Workload 12: JVM start-up. The main method does nothing but report how long the JVM took to reach
 * it (its uptime, which includes the agent's {@code premain}); {@code ops} is 1, so the slowdown
 * column is the start-up time against a plain JVM's, and {@code seconds} the time itself.
 */
public final class StartUp {
  private StartUp() {}

  public static void main(String[] argv) {
    double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    Output.result("start-up", 1, 1, seconds);
  }
}
