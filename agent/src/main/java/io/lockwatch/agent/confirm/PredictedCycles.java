package io.lockwatch.agent.confirm;

import io.lockwatch.agent.runtime.confirm.ConfirmPlan;
import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cycles of the report {@code confirm=PATH} names, each edge turned into a step: the key of the
 * site where its held lock was taken and that lock's type, and the key of the site where the next
 * lock was asked for.
 */
public final class PredictedCycles {
  private PredictedCycles() {}

  /**
   * Reads the report at {@code path}.
   *
   * @throws ReportFormatException saying what is wrong with the file, in one line
   */
  public static List<ConfirmPlan.Cycle> read(Path path) throws ReportFormatException {
    return of(ReportJson.read(path));
  }

  /** The cycles of {@code report} with at least two edges, in its order. */
  public static List<ConfirmPlan.Cycle> of(Report report) {
    List<ConfirmPlan.Cycle> cycles = new ArrayList<>();
    for (LockOrderCycle cycle : report.lockOrderCycles()) {
      if (cycle.edges().size() < 2) {
        continue; // an upgrade or a self-deadlock: one thread, nothing to steer
      }
      List<ConfirmPlan.Step> steps = new ArrayList<>();
      for (CycleEdge edge : cycle.edges()) {
        steps.add(
            new ConfirmPlan.Step(
                edge.heldAt().key(), typeOf(cycle, edge.from()), edge.acquiredAt().key()));
      }
      cycles.add(new ConfirmPlan.Cycle(cycle.fingerprint(), steps));
    }
    return cycles;
  }

  private static String typeOf(LockOrderCycle cycle, int lockId) {
    for (LockDescription lock : cycle.locks()) {
      if (lock.id() == lockId) {
        return lock.type();
      }
    }
    return null;
  }
}
