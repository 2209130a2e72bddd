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
          if (alwaysOrdered(steps.get(i), steps.get(j))) {
            return new Verdict(
                "unreachable",
                "thread start and join order its steps at "
                    + steps.get(i).step().requestedKey()
                    + " and "
                    + steps.get(j).step().requestedKey()
                    + ": their threads can never hold their first locks at once");
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

  /**
   * True when every visit of {@code a} and every visit of {@code b} by another thread are ordered
   * by start and join, and there is at least one such pair; never when visits were dropped.
   */
  private static boolean alwaysOrdered(WatchedEdge a, WatchedEdge b) {
    if (a.visitsDropped() || b.visitsDropped()) {
      return false;
    }
    boolean anyPair = false;
    for (ForkJoinClocks.Stamp x : a.visits()) {
      for (ForkJoinClocks.Stamp y : b.visits()) {
        if (x.threadId() == y.threadId()) {
          continue;
        }
        if (!x.ordered(y)) {
          return false;
        }
        anyPair = true;
      }
    }
    return anyPair;
  }
}
