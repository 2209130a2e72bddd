package io.lockwatch.agent.runtime;

import io.lockwatch.bridge.SyncOp;
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
  private final StackCapture stacks;

  public WaitHazards(StackCapture stacks) {
    this.stacks = stacks;
  }

  /**
   * Called as a thread starts to wait on {@code target}: records a hazard if it holds another lock
   * than the one the wait releases.
   */
  void check(ThreadState state, Object target, int op, int site) throws Throwable {
    if (!isHazardousWait(SyncOp.untimed(op)) || state.held.depth == 0) {
      return;
    }
    Object waitedLock = target;
    if (SyncOp.untimed(op) == SyncOp.CONDITION_AWAIT) {
      Object owner = LockKeys.lockKeyOfCondition(target);
      waitedLock = owner != null ? owner : state.held.objects[state.held.depth - 1];
    }
    int index = state.held.innermostOtherThan(waitedLock);
    if (index < 0) {
      return;
    }
    int heldSite = state.held.sites[index];
    if (known(site, heldSite)) {
      return;
    }
    record(
        new Hazard(
            op, site, heldSite, state.held.nodes[index], Thread.currentThread().getName(), stacks.capture()));
  }

  private static boolean isHazardousWait(int op) {
    return switch (op) {
      case SyncOp.OBJECT_WAIT,
          SyncOp.CONDITION_AWAIT,
          SyncOp.SEMAPHORE_ACQUIRE,
          SyncOp.QUEUE_PUT,
          SyncOp.QUEUE_TAKE,
          SyncOp.LATCH_AWAIT,
          SyncOp.THREAD_JOIN -> true;
      default -> false;
    };
  }

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
