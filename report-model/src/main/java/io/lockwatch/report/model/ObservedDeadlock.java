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
 * @param confirms the fingerprint of the predicted lock-order cycle this deadlock confirms, when a
 *     confirm run ({@code confirm=PATH}) steered the threads into it; null otherwise
 */
public record ObservedDeadlock(
    String fingerprint,
    String severity,
    String detectedBy,
    List<DeadlockedThread> threads,
    List<String> tests,
    String confirms) {

  /** A deadlock that confirms no predicted cycle. */
  public ObservedDeadlock(
      String fingerprint,
      String severity,
      String detectedBy,
      List<DeadlockedThread> threads,
      List<String> tests) {
    this(fingerprint, severity, detectedBy, threads, tests, null);
  }

  /** A deadlock whose tests are unknown. */
  public ObservedDeadlock(
      String fingerprint, String severity, String detectedBy, List<DeadlockedThread> threads) {
    this(fingerprint, severity, detectedBy, threads, null, null);
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
