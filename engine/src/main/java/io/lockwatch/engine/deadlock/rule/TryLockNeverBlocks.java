package io.lockwatch.engine.deadlock.rule;

import io.lockwatch.engine.deadlock.Wait;
import java.util.List;

/**
 * A {@code tryLock()} returns at once: a cycle in which one thread only tries its next lock cannot
 * hold that thread, so it is no deadlock.
 */
public final class TryLockNeverBlocks implements ClosingRule {
  @Override
  public String name() {
    return "tryLock";
  }

  @Override
  public Judgement judge(List<? extends Step> cycle, LockFacts locks) {
    for (Step step : cycle) {
      if (step.waitKind() == Wait.TRY) {
        return null;
      }
    }
    return Judgement.DEADLOCK;
  }
}
