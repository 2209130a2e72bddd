package io.lockwatch.engine.deadlock.rule;

import java.util.List;

/**
 * A semaphore whose permits other threads release (a wake-up signal, not a lock) is not held by the
 * thread that acquired it: nothing waits on that thread to give it back, so a cycle through it is
 * none.
 */
public final class SignalsHoldNothing implements ClosingRule {
  @Override
  public String name() {
    return "signal";
  }

  @Override
  public Judgement judge(List<? extends Step> cycle, LockFacts locks) {
    for (Step step : cycle) {
      if (locks.signal(step.from())) {
        return null;
      }
    }
    return Judgement.DEADLOCK;
  }
}
