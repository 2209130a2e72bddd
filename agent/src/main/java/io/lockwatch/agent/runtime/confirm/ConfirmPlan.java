package io.lockwatch.agent.runtime.confirm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cycles a confirm run steers towards, as site keys ({@code class#method#lock#ordinal}, what
 * fingerprints are made of, so they survive lines added elsewhere), indexed by the site where a
 * step asks for its second lock. Immutable once built; steps shared by several cycles are one.
 */
public final class ConfirmPlan {

  /**
   * One step of a predicted cycle, as read from the earlier report.
   *
   * @param heldKey the site key where the first lock was taken
   * @param heldType the first lock's type, or null when any type will do
   * @param requestedKey the site key where the second lock is asked for
   */
  public record Step(String heldKey, String heldType, String requestedKey) {}

  /**
   * A predicted cycle.
   *
   * @param fingerprint its fingerprint in the earlier report (and in this run's)
   * @param steps its steps, in cycle order
   */
  public record Cycle(String fingerprint, List<Step> steps) {}

  private final List<WatchedCycle> cycles = new ArrayList<>();
  private final Map<String, WatchedEdge[]> byRequestedKey = new HashMap<>();

  /** The plan for {@code predicted}: cycles of fewer than two steps are left out. */
  public ConfirmPlan(List<Cycle> predicted, int tries) {
    Map<Step, WatchedEdge> edges = new LinkedHashMap<>();
    for (Cycle cycle : predicted) {
      if (cycle.steps().size() < 2) {
        continue;
      }
      List<WatchedEdge> steps = new ArrayList<>();
      for (Step step : cycle.steps()) {
        steps.add(edges.computeIfAbsent(step, s -> new WatchedEdge(s, tries)));
      }
      WatchedCycle watched = new WatchedCycle(cycle.fingerprint(), steps);
      cycles.add(watched);
      for (WatchedEdge edge : steps) {
        edge.addCycle(watched);
      }
    }
    Map<String, List<WatchedEdge>> grouped = new HashMap<>();
    for (WatchedEdge edge : edges.values()) {
      grouped.computeIfAbsent(edge.step().requestedKey(), k -> new ArrayList<>()).add(edge);
    }
    grouped.forEach((key, list) -> byRequestedKey.put(key, list.toArray(new WatchedEdge[0])));
  }

  /** The steps that ask for their second lock at {@code siteKey}, or null. */
  WatchedEdge[] requestedAt(String siteKey) {
    return siteKey == null ? null : byRequestedKey.get(siteKey);
  }

  /** Every cycle, in the earlier report's order. */
  public List<WatchedCycle> cycles() {
    return List.copyOf(cycles);
  }

  /** True when there is nothing to steer towards. */
  public boolean isEmpty() {
    return cycles.isEmpty();
  }
}
