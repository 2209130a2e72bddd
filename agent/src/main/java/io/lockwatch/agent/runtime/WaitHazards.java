package io.lockwatch.agent.runtime;

import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Waits made while holding another lock than the one waited on (the nested-monitor lockout), one
 * record per (wait site, site where the held lock was taken). Bounded.
 */
public final class WaitHazards {
  private static final int MAX = 10_000;

  /** One hazard as first seen. */
  public record Hazard(
      int op, int waitSite, int heldSite, LockNode heldLock, String thread, List<Site> stack) {}

  private final Map<Long, Hazard> hazards = new ConcurrentHashMap<>();

  /** True when this pair of sites is already recorded: the caller skips the stack capture. */
  boolean known(int waitSite, int heldSite) {
    return hazards.containsKey(key(waitSite, heldSite));
  }

  void record(Hazard hazard) {
    if (hazards.size() < MAX) {
      hazards.putIfAbsent(key(hazard.waitSite(), hazard.heldSite()), hazard);
    }
  }

  public List<Hazard> all() {
    return new ArrayList<>(hazards.values());
  }

  private static long key(int waitSite, int heldSite) {
    return ((long) waitSite << 32) | (heldSite & 0xFFFFFFFFL);
  }
}
