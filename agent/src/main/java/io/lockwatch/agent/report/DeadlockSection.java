package io.lockwatch.agent.report;

import io.lockwatch.agent.watchdog.Deadlock;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.List;

/** The deadlocks the watchdog saw, in report form. */
public final class DeadlockSection {
  private DeadlockSection() {}

  /** Every deadlock seen so far, in the order seen. */
  static List<ObservedDeadlock> of(List<Deadlock> seen) {
    List<ObservedDeadlock> result = new ArrayList<>(seen.size());
    for (Deadlock deadlock : seen) {
      result.add(of(deadlock));
    }
    return result;
  }

  /** One deadlock, with its fingerprint: the places where its threads wait. */
  public static ObservedDeadlock of(Deadlock deadlock) {
    List<ObservedDeadlock.DeadlockedThread> threads = new ArrayList<>();
    List<Site> waitPoints = new ArrayList<>();
    for (Deadlock.StuckThread thread : deadlock.threads()) {
      List<Site> stack = Sites.of(thread.stack());
      if (!stack.isEmpty()) {
        waitPoints.add(stack.get(0));
      }
      threads.add(
          new ObservedDeadlock.DeadlockedThread(
              thread.name(), thread.holds(), thread.waitsFor(), stack));
    }
    return new ObservedDeadlock(
        Fingerprints.deadlock(waitPoints),
        "high",
        deadlock.detectedBy(),
        threads,
        deadlock.tests().isEmpty() ? null : deadlock.tests(),
        deadlock.confirms());
  }
}
