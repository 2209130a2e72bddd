package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.hazard.WaitHazards;
import io.lockwatch.agent.runtime.lockorder.LockNames;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.tests.RunningTests;
import io.lockwatch.bridge.SyncOp;
import io.lockwatch.report.model.WaitHazard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The wait hazards: waits made while holding another lock, by fingerprint. */
final class HazardSection {
  private HazardSection() {}

  /** The test the waiting thread ran, or null when it ran none. */
  private static List<String> tests(AgentContext context, WaitHazards.Hazard hazard) {
    RunningTests.Acting acting = context.tests().acting(hazard.actingThread());
    return acting == null ? null : List.of(acting.test());
  }

  static List<WaitHazard> of(AgentContext context) {
    List<WaitHazard> result = new ArrayList<>();
    for (WaitHazards.Hazard h : context.hazards().all()) {
      if (h.heldLock().signal()) {
        continue; // a signal semaphore is waited for, never held: nothing is held while waiting
      }
      SiteInfo waitSite = context.sites().get(h.waitSite());
      SiteInfo heldAt = context.sites().get(h.heldSite());
      // an untimed wait for a signal while holding another lock can lock the thread out for good
      boolean monitorLockout = h.op() == SyncOp.OBJECT_WAIT || h.op() == SyncOp.CONDITION_AWAIT;
      result.add(
          new WaitHazard(
              Fingerprints.hazard(waitSite, heldAt),
              monitorLockout ? "high" : "medium",
              SyncOp.name(h.op()),
              h.thread(),
              LockNames.name(h.heldLock()),
              Sites.of(heldAt),
              Sites.of(waitSite),
              Sites.of(h.stack()),
              tests(context, h)));
    }
    result.sort(Comparator.comparing(WaitHazard::fingerprint));
    return result;
  }
}
