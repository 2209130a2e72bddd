package io.lockwatch.agent.watchdog;

import io.lockwatch.agent.runtime.support.Frame;
import java.util.List;

/**
 * A deadlock that really happened, as the watchdog saw it.
 *
 * @param detectedBy {@code jvm} (ThreadMXBean) or {@code agent} (the agent's wait-for graph)
 * @param threads every thread of the deadlock
 * @param confirms the fingerprint of the predicted cycle a confirm run steered it into, or null
 * @param tests the tests its threads were running, empty when none or unknown
 */
public record Deadlock(
    String detectedBy, List<StuckThread> threads, String confirms, List<String> tests) {

  /** A deadlock that confirms no predicted cycle, outside any test. */
  public Deadlock(String detectedBy, List<StuckThread> threads) {
    this(detectedBy, threads, null, List.of());
  }

  /**
   * One thread stuck in the deadlock.
   *
   * @param holds readable names of the locks it holds
   * @param waitsFor the readable name of the lock it waits for
   * @param stack its stack, innermost frame first
   */
  public record StuckThread(String name, List<String> holds, String waitsFor, List<Frame> stack) {}
}
