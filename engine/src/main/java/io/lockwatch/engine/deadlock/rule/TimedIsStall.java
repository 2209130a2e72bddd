package io.lockwatch.engine.deadlock.rule;

import io.lockwatch.engine.deadlock.FindingKind;
import io.lockwatch.engine.deadlock.Wait;
import java.util.List;

/** A cycle with an acquisition that gives up after a timeout stalls until then: a stall. */
public final class TimedIsStall implements ClosingRule {
  @Override
  public String name() {
    return "timed";
  }

  @Override
  public Judgement judge(List<? extends Step> cycle, LockFacts locks) {
    for (Step step : cycle) {
      if (step.waitKind() == Wait.TIMED) {
        return new Judgement(
            FindingKind.STALL, "one acquisition has a timeout: the threads stall until it expires");
      }
    }
    return Judgement.DEADLOCK;
  }
}
