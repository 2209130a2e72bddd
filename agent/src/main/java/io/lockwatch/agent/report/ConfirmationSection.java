package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.confirm.Steering;
import io.lockwatch.agent.runtime.confirm.Verdict;
import io.lockwatch.report.model.Confirmation;
import io.lockwatch.report.model.LockOrderCycle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A confirm run's verdicts on the cycles it steered towards, set on this run's cycles of the same
 * fingerprint; a steered-towards cycle this run did not find again (its gate held, say) is added as
 * the earlier report had it, with its verdict, so every predicted cycle has one. Cycles the earlier
 * report did not have get none. A self-deadlock (one edge) has no steps to steer: its verdict says
 * whether this run asked for it again ({@link SelfDeadlockSection}).
 */
final class ConfirmationSection {
  private ConfirmationSection() {}

  /**
   * {@code cycles} with their verdicts, then the cycles of {@code predicted} not among them; as
   * they are when {@code steering} is null.
   */
  static List<LockOrderCycle> of(
      List<LockOrderCycle> cycles, Steering steering, List<LockOrderCycle> predicted) {
    if (steering == null) {
      return cycles;
    }
    Map<String, Verdict> verdicts = steering.verdicts();
    List<LockOrderCycle> result = new ArrayList<>(cycles.size());
    Set<String> found = new HashSet<>();
    for (LockOrderCycle cycle : cycles) {
      found.add(cycle.fingerprint());
      result.add(withVerdict(cycle, verdicts));
    }
    for (LockOrderCycle cycle : predicted) {
      if (found.add(cycle.fingerprint())) {
        result.add(cycle.edges().size() == 1 ? notReached(cycle) : withVerdict(cycle, verdicts));
      }
    }
    return result;
  }

  /** A self-deadlock (one edge, nothing to steer) this run never asked for again. */
  private static LockOrderCycle notReached(LockOrderCycle cycle) {
    return cycle.withConfirmation(
        new Confirmation(
            "not-reproduced",
            "its request at "
                + cycle.edges().get(0).acquiredAt().fileAndLine()
                + " was never reached in this run"));
  }

  private static LockOrderCycle withVerdict(LockOrderCycle cycle, Map<String, Verdict> verdicts) {
    Verdict verdict = verdicts.get(cycle.fingerprint());
    return verdict == null
        ? cycle
        : cycle.withConfirmation(new Confirmation(verdict.status(), verdict.detail()));
  }
}
