package io.lockwatch.agent.runtime.confirm;

import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Confirm mode at run time: told of every request of a lock by a thread that holds one, it pauses
 * the thread when the request is a step of a predicted cycle (its first lock taken at the step's
 * held site, the request at its requested site), until every step of the cycle has a paused thread
 * or the pause runs out ({@code confirmPauseMs}); each step pauses at most {@code confirmTries}
 * times. A pause is a timed park of the thread itself, waiting on nothing the application holds, so
 * the program always goes on; when no cycle can form it ends at most the budget later.
 */
public final class Steering {
  private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private final ConfirmPlan plan;
  private final SiteKeys keys;
  private final long pauseNanos;
  private final long pauseMillis;
  private final int tries;
  private final PauseBoard board = new PauseBoard();
  private final ForkJoinClocks clocks = new ForkJoinClocks();

  /** The step each thread took last: a deadlocked thread is stuck at it. */
  private final Map<Long, WatchedEdge> lastStep = new ConcurrentHashMap<>();

  private final Set<String> confirmed = ConcurrentHashMap.newKeySet();

  /**
   * @param plan the cycles to steer towards
   * @param keys the stable key of a site id
   * @param pauseMillis how long one pause lasts at most
   * @param tries how many pauses each step may take
   */
  public Steering(ConfirmPlan plan, SiteKeys keys, long pauseMillis, int tries) {
    this.plan = plan;
    this.keys = keys;
    this.pauseMillis = pauseMillis;
    this.pauseNanos = TimeUnit.MILLISECONDS.toNanos(pauseMillis);
    this.tries = tries;
  }

  /**
   * The calling thread, holding {@code held}, is about to ask for a lock at {@code site}: pauses it
   * there when that is a step of a predicted cycle with budget left. Cheap when it is not: a site
   * key from a per-site cache and one map probe, only for nested acquisitions.
   */
  public void requesting(HeldLocks held, long threadId, int site) {
    if (held.depth() == 0) {
      return;
    }
    WatchedEdge[] steps = plan.requestedAt(keys.keyOf(site));
    if (steps == null) {
      return;
    }
    for (WatchedEdge step : steps) {
      if (holdsFirstLock(held, step.step())) {
        took(step, threadId);
        return;
      }
    }
  }

  /** {@code parent} starts the thread {@code child}. */
  public void started(long parent, long child) {
    clocks.started(parent, child);
  }

  /** {@code joiner} saw the thread {@code ended} end. */
  public void joined(long joiner, long ended) {
    clocks.joined(joiner, ended);
  }

  /**
   * The predicted cycle a deadlock of these threads confirms: the one whose every step is the last
   * step one of them took; null when none is.
   */
  public String confirmedBy(long[] threadIds) {
    Set<WatchedEdge> stuckAt = new LinkedHashSet<>();
    for (long id : threadIds) {
      WatchedEdge step = lastStep.get(id);
      if (step != null) {
        stuckAt.add(step);
      }
    }
    for (WatchedCycle cycle : plan.cycles()) {
      if (stuckAt.containsAll(cycle.steps()) && threadIds.length >= cycle.steps().size()) {
        confirmed.add(cycle.fingerprint());
        return cycle.fingerprint();
      }
    }
    return null;
  }

  /** Each predicted cycle's verdict, by fingerprint, in the earlier report's order. */
  public Map<String, Verdict> verdicts() {
    return Verdict.of(plan.cycles(), confirmed, clocks.overflowed(), pauseMillis, tries);
  }

  private void took(WatchedEdge step, long threadId) {
    lastStep.put(threadId, step);
    ForkJoinClocks.Stamp stamp = clocks.stamp(threadId);
    if (stamp != null) {
      step.visited(stamp);
    }
    if (!allConfirmed(step) && step.claimPause()) {
      pause(step, threadId);
    }
  }

  private boolean allConfirmed(WatchedEdge step) {
    List<WatchedCycle> cycles = step.cycles();
    for (WatchedCycle cycle : cycles) {
      if (!confirmed.contains(cycle.fingerprint())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parks the thread in short slices until its cycle is complete or the pause is over. An interrupt
   * ends it at once and stays set for the application to see.
   */
  private void pause(WatchedEdge step, long threadId) {
    PauseBoard.Pause pause = board.arrive(threadId, step);
    long deadline = System.nanoTime() + pauseNanos;
    try {
      while (!pause.released
          && System.nanoTime() - deadline < 0
          && !Thread.currentThread().isInterrupted()) {
        LockSupport.parkNanos(this, SLICE_NANOS);
      }
    } finally {
      board.leave(pause);
    }
  }

  /** Whether the thread holds a lock taken at the step's held site (and of its type). */
  private boolean holdsFirstLock(HeldLocks held, ConfirmPlan.Step step) {
    for (int i = held.depth() - 1; i >= 0; i--) {
      if (step.heldKey().equals(keys.keyOf(held.siteAt(i)))) {
        LockNode node = held.nodeAt(i);
        if (step.heldType() == null || node == null || step.heldType().equals(node.type())) {
          return true;
        }
      }
    }
    return false;
  }
}
