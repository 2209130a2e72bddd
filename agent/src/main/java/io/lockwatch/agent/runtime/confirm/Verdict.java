package io.lockwatch.agent.runtime.confirm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a confirm run made of one predicted cycle.
 *
 * @param status {@code confirmed}, {@code not-reproduced} or {@code unreachable}
 * @param detail what was tried, or which two steps start and join order
 */
public record Verdict(String status, String detail) {

  static Map<String, Verdict> of(
      List<WatchedCycle> cycles,
      Set<String> confirmed,
      boolean clocksOverflowed,
      long pauseMillis,
      int tries) {
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (WatchedCycle cycle : cycles) {
      verdicts.put(cycle.fingerprint(), of(cycle, confirmed, clocksOverflowed, pauseMillis, tries));
    }
    return verdicts;
  }

  private static Verdict of(
      WatchedCycle cycle,
      Set<String> confirmed,
      boolean clocksOverflowed,
      long pauseMillis,
      int tries) {
    if (confirmed.contains(cycle.fingerprint())) {
      return new Verdict(
          "confirmed", "steered into a real deadlock: see the observed deadlock that confirms it");
    }
    List<WatchedEdge> steps = cycle.steps();
    int pauses = 0;
    for (WatchedEdge step : steps) {
      if (step.visits().isEmpty()) {
        return new Verdict(
            "not-reproduced",
            "its step at " + step.step().requestedKey() + " was never reached in this run");
      }
      pauses += step.pausesTaken();
    }
    if (!clocksOverflowed) {
      for (int i = 0; i < steps.size(); i++) {
        for (int j = i + 1; j < steps.size(); j++) {
          Order order = orderOf(steps.get(i), steps.get(j));
          if (order != Order.OVERLAPS) {
            return unreachable(order, steps.get(i), steps.get(j));
          }
        }
      }
    }
    return new Verdict(
        "not-reproduced",
        "paused "
            + pauses
            + " times at its steps (up to "
            + pauseMillis
            + " ms each, "
            + tries
            + " per step) and no deadlock formed");
  }

  /** How the visits of two steps are ordered. */
  private enum Order {
    /** Two threads may have been inside their first locks at once, or nothing is known. */
    OVERLAPS,
    /** Only one thread ever reached them: program order (different tests on one thread, say). */
    ONE_THREAD,
    /** Every pair of visits by two threads is ordered by start and join. */
    START_AND_JOIN
  }

  private static Verdict unreachable(Order order, WatchedEdge a, WatchedEdge b) {
    String steps = "its steps at " + a.step().requestedKey() + " and " + b.step().requestedKey();
    return new Verdict(
        "unreachable",
        order == Order.ONE_THREAD
            ? "one thread took "
                + steps
                + ", one after the other (different tests on one thread?): no second thread"
                + " ever held one of its first locks"
            : "thread start and join order "
                + steps
                + ": their threads can never hold their first locks at once");
  }

  /**
   * {@code ONE_THREAD} when one thread made every visit of {@code a} and {@code b}; {@code
   * START_AND_JOIN} when every pair of visits by two threads is ordered by start and join; {@code
   * OVERLAPS} otherwise, and always when visits were dropped.
   */
  private static Order orderOf(WatchedEdge a, WatchedEdge b) {
    if (a.visitsDropped() || b.visitsDropped()) {
      return Order.OVERLAPS;
    }
    boolean crossThreadPair = false;
    boolean sameThreadPair = false;
    for (ForkJoinClocks.Stamp x : a.visits()) {
      for (ForkJoinClocks.Stamp y : b.visits()) {
        if (x.threadId() == y.threadId()) {
          sameThreadPair = true; // program order: one thread cannot be in both at once
        } else if (x.ordered(y)) {
          crossThreadPair = true;
        } else {
          return Order.OVERLAPS;
        }
      }
    }
    if (crossThreadPair) {
      return Order.START_AND_JOIN;
    }
    return sameThreadPair ? Order.ONE_THREAD : Order.OVERLAPS;
  }
}
