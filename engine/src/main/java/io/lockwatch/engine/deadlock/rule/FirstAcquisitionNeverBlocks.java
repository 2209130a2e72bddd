package io.lockwatch.engine.deadlock.rule;

import io.lockwatch.engine.deadlock.Wait;
import java.util.List;

/**
 * The first acquisition of a lock object ever cannot block: no thread had taken it before, so none
 * could be holding it. A lock created and locked before it is shared (a pool handing out fresh
 * locks inside its own monitor, say) closes no cycle through that acquisition.
 */
public final class FirstAcquisitionNeverBlocks implements ClosingRule {
  @Override
  public String name() {
    return "firstAcquisition";
  }

  @Override
  public Judgement judge(List<? extends Step> cycle, LockFacts locks) {
    for (Step step : cycle) {
      if (step.waitKind() == Wait.FIRST) {
        return null;
      }
    }
    return Judgement.DEADLOCK;
  }
}
