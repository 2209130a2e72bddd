package io.lockwatch.report.model;

import java.util.List;

/**
 * A deadlock that really happened in this run, seen by the watchdog.
 *
 * @param fingerprint built from the sites where the threads wait
 * @param detectedBy {@code jvm} (ThreadMXBean) or {@code agent} (the agent's wait-for graph)
 * @param threads every thread of the deadlock
 * @param tests the tests that exposed it ({@code com.example.BankTest#transfer}), or null when
 *     unknown (reports written without per-test attribution)
 */
public record ObservedDeadlock(
    String fingerprint,
    String severity,
    String detectedBy,
    List<DeadlockedThread> threads,
    List<String> tests) {

  /** A deadlock whose tests are unknown. */
  public ObservedDeadlock(
      String fingerprint, String severity, String detectedBy, List<DeadlockedThread> threads) {
    this(fingerprint, severity, detectedBy, threads, null);
  }

  /**
   * One thread stuck in the deadlock.
   *
   * @param holds readable names of the locks it holds
   * @param waitsFor the readable name of the lock it waits for
   * @param stack its stack, innermost frame first
   */
  public record DeadlockedThread(
      String name, List<String> holds, String waitsFor, List<Site> stack) {}
}
