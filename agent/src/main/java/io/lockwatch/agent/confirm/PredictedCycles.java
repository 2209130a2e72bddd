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
 * The lock-order cycles of the report {@code confirm=PATH} names: kept as they are, for the
 * verdicts of those this run does not find again, and turned into the steering's steps: per edge,
 * the key of the site where its held lock was taken and that lock's type, and the key of the site
 * where the next lock was asked for.
 *
 * @param cycles the cycles of at least two edges (an upgrade or a self-deadlock has one thread:
 *     nothing to steer), in the report's order
 */
public record PredictedCycles(List<LockOrderCycle> cycles) {

  /**
   * Reads the report at {@code path}.
   *
   * @throws ReportFormatException saying what is wrong with the file, in one line
   */
  public static PredictedCycles read(Path path) throws ReportFormatException {
    return of(ReportJson.read(path));
  }

  /** The cycles of {@code report} with at least two edges. */
  public static PredictedCycles of(Report report) {
    List<LockOrderCycle> steerable = new ArrayList<>();
    for (LockOrderCycle cycle : report.lockOrderCycles()) {
      if (cycle.edges().size() >= 2) {
        steerable.add(cycle);
      }
    }
    return new PredictedCycles(List.copyOf(steerable));
  }

  /** The cycles as the steering's steps. */
  public List<ConfirmPlan.Cycle> plan() {
    List<ConfirmPlan.Cycle> plan = new ArrayList<>();
    for (LockOrderCycle cycle : cycles) {
      List<ConfirmPlan.Step> steps = new ArrayList<>();
      for (CycleEdge edge : cycle.edges()) {
        steps.add(
            new ConfirmPlan.Step(
                edge.heldAt().key(), typeOf(cycle, edge.from()), edge.acquiredAt().key()));
      }
      plan.add(new ConfirmPlan.Cycle(cycle.fingerprint(), steps));
    }
    return plan;
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
