package io.lockwatch.engine.deadlock.rule;

import io.lockwatch.engine.deadlock.FindingKind;
import io.lockwatch.engine.deadlock.LockKind;
import java.util.List;

/**
 * A thread waits for a semaphore only when all its permits are taken. A cycle through a semaphore
 * of N permits whose holder in the cycle has fewer than N is stuck only if other threads hold the
 * rest at the same time: a permit exhaustion, which needs that many concurrent holders.
 */
public final class SemaphorePermits implements ClosingRule {
  @Override
  public String name() {
    return "permits";
  }

  @Override
  public Judgement judge(List<? extends Step> cycle, LockFacts locks) {
    int n = cycle.size();
    for (int i = 0; i < n; i++) {
      int semaphore = cycle.get(i).to();
      if (locks.kind(semaphore) != LockKind.SEMAPHORE) {
        continue;
      }
      int permits = locks.permits(semaphore);
      int held = Math.max(1, cycle.get((i + 1) % n).fromPermits());
      if (permits > held) {
        int holders = (permits + held - 1) / held;
        return new Judgement(
            FindingKind.PERMIT_EXHAUSTION,
            "the semaphore has "
                + permits
                + " permits: the threads are stuck only when "
                + holders
                + " holders have them all at once");
      }
    }
    return Judgement.DEADLOCK;
  }
}
