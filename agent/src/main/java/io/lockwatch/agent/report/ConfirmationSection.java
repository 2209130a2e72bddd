package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.confirm.Steering;
import io.lockwatch.agent.runtime.confirm.Verdict;
import io.lockwatch.report.model.Confirmation;
import io.lockwatch.report.model.LockOrderCycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A confirm run's verdicts on the cycles it steered towards, set on this run's cycles of the same
 * fingerprint. Cycles the earlier report did not have get none.
 */
final class ConfirmationSection {
  private ConfirmationSection() {}

  /** {@code cycles} with their verdicts; as they are when {@code steering} is null. */
  static List<LockOrderCycle> of(List<LockOrderCycle> cycles, Steering steering) {
    if (steering == null) {
      return cycles;
    }
    Map<String, Verdict> verdicts = steering.verdicts();
    List<LockOrderCycle> result = new ArrayList<>(cycles.size());
    for (LockOrderCycle cycle : cycles) {
      Verdict verdict = verdicts.get(cycle.fingerprint());
      result.add(
          verdict == null
              ? cycle
              : cycle.withConfirmation(new Confirmation(verdict.status(), verdict.detail())));
    }
    return result;
  }
}
