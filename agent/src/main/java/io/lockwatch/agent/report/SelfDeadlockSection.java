package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.lockorder.LockNames;
import io.lockwatch.agent.runtime.lockorder.SelfDeadlocks;
import io.lockwatch.report.fingerprint.CycleFingerprint;
import io.lockwatch.report.model.Confirmation;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * Threads that wait for their own hold, written as one-edge lock-order cycles: an upgrade (a write
 * lock requested by a reader of the same lock, which {@code ReentrantReadWriteLock} never grants)
 * and a re-acquisition of a {@code StampedLock}, which is not reentrant. Both are stuck for good.
 */
final class SelfDeadlockSection {
  private SelfDeadlockSection() {}

  static List<LockOrderCycle> of(AgentContext context) {
    List<LockOrderCycle> result = new ArrayList<>();
    for (SelfDeadlocks.Record r : context.selfDeadlocks().all()) {
      Site heldAt = Sites.of(context.sites().get(r.heldSite()));
      Site requestedAt = Sites.of(context.sites().get(r.requestSite()));
      String name = LockNames.name(r.lock());
      boolean upgrade = r.kind() == SelfDeadlocks.Kind.UPGRADE;
      CycleEdge edge =
          new CycleEdge(
              r.lock().id(),
              r.lock().id(),
              r.thread(),
              List.of(name),
              heldAt,
              requestedAt,
              upgrade ? "write" : "exclusive",
              List.of(heldAt),
              Sites.of(r.stack()));
      String what =
          upgrade
              ? " holds it for reading and asks for the write lock"
              : " holds it and asks for it again; it is not reentrant";
      String scenario =
          "thread '"
              + r.thread()
              + "'"
              + what
              + " at "
              + requestedAt.fileAndLine()
              + ": the request waits for the thread's own hold, forever";
      result.add(
          new LockOrderCycle(
              CycleFingerprint.ofCycleEdges(List.of(edge)),
              "high",
              upgrade ? "upgrade" : "self-deadlock",
              LockNames.shortName(r.lock())
                  + "@"
                  + heldAt.fileAndLine()
                  + (upgrade ? " (read) --> " : " --> ")
                  + LockNames.shortName(r.lock())
                  + "@"
                  + requestedAt.fileAndLine()
                  + (upgrade ? " (write)" : ""),
              1,
              false,
              false,
              upgrade
                  ? "release the read lock before taking the write lock (and check the state again)"
                  : "a StampedLock is not reentrant: pass the stamp down instead of locking again",
              List.of(scenario),
              List.of(
                  new LockDescription(
                      r.lock().id(), r.lock().type(), r.lock().kindName(), name, heldAt)),
              List.of(edge),
              null,
              context.steering() == null ? null : verdictOf(r)));
    }
    return result;
  }

  /**
   * A confirm run's verdict on a self-deadlock it met again: it needs no second thread and no
   * steering, so a request that waits is the deadlock itself; a try gives up instead.
   */
  private static Confirmation verdictOf(SelfDeadlocks.Record r) {
    return r.waitsForever()
        ? new Confirmation(
            "confirmed",
            "reached again: the thread asked, without a timeout, for a lock it holds and waits for"
                + " itself forever; no second thread or steering is needed")
        : new Confirmation(
            "not-reproduced",
            "reached again, but the request was a try: it fails every time instead of hanging");
  }
}
