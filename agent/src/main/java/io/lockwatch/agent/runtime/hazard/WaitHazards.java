package io.lockwatch.agent.runtime.hazard;

import io.lockwatch.agent.runtime.lockorder.ActingThreads;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockKeys;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.support.Frame;
import io.lockwatch.agent.runtime.support.StackCapture;
import io.lockwatch.bridge.SyncOp;
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

  /**
   * One hazard as first seen.
   *
   * @param op the {@code SyncOp} of the wait
   * @param waitSite where the thread waits
   * @param heldSite where it took the other lock it holds
   * @param heldLock that lock
   * @param thread the waiting thread's name
   * @param actingThread the id it acted under ({@link ActingThreads}: its test, if it ran one)
   * @param stack the waiting thread's stack, innermost first
   */
  public record Hazard(
      int op,
      int waitSite,
      int heldSite,
      LockNode heldLock,
      String thread,
      long actingThread,
      List<Frame> stack) {}

  private final Map<Long, Hazard> hazards = new ConcurrentHashMap<>();
  private final StackCapture stacks;
  private final ActingThreads acting;

  /**
   * @param stacks captures the waiting thread's stack
   * @param acting the id a waiting thread acts under (its test's, if it runs one)
   */
  public WaitHazards(StackCapture stacks, ActingThreads acting) {
    this.stacks = stacks;
    this.acting = acting;
  }

  /**
   * Called as a thread starts to wait on {@code target}: records a hazard if it holds another lock
   * than the one the wait releases.
   */
  public void check(HeldLocks held, Object target, int op, int site) throws Throwable {
    if (!isHazardousWait(SyncOp.untimed(op)) || held.depth() == 0) {
      return;
    }
    Object waitedLock = target;
    if (SyncOp.untimed(op) == SyncOp.CONDITION_AWAIT) {
      Object owner = LockKeys.lockKeyOfCondition(target);
      waitedLock = owner != null ? owner : held.objectAt(held.depth() - 1);
    }
    int index = held.innermostOtherThan(waitedLock);
    if (index < 0) {
      return;
    }
    int heldSite = held.siteAt(index);
    if (known(site, heldSite)) {
      return;
    }
    record(
        new Hazard(
            op,
            site,
            heldSite,
            held.nodeAt(index),
            Thread.currentThread().getName(),
            acting.idOf(Thread.currentThread().getId()),
            stacks.capture()));
  }

  private static boolean isHazardousWait(int op) {
    return switch (op) {
      case SyncOp.OBJECT_WAIT,
          SyncOp.CONDITION_AWAIT,
          SyncOp.SEMAPHORE_ACQUIRE,
          SyncOp.QUEUE_PUT,
          SyncOp.QUEUE_TAKE,
          SyncOp.LATCH_AWAIT,
          SyncOp.THREAD_JOIN ->
          true;
      default -> false;
    };
  }

  /** True when this pair of sites is already recorded: the caller skips the stack capture. */
  private boolean known(int waitSite, int heldSite) {
    return hazards.containsKey(key(waitSite, heldSite));
  }

  private void record(Hazard hazard) {
    if (hazards.size() < MAX) {
      hazards.putIfAbsent(key(hazard.waitSite(), hazard.heldSite()), hazard);
    }
  }

  /** The hazards recorded so far, one per pair of sites. */
  public List<Hazard> all() {
    return new ArrayList<>(hazards.values());
  }

  private static long key(int waitSite, int heldSite) {
    return ((long) waitSite << 32) | (heldSite & 0xFFFFFFFFL);
  }
}
