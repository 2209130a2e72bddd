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
 * @param cycles every cycle, in the report's order: each gets a verdict
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

  /** The cycles of {@code report}. */
  public static PredictedCycles of(Report report) {
    return new PredictedCycles(List.copyOf(report.lockOrderCycles()));
  }

  /**
   * The cycles of at least two edges as the steering's steps (an upgrade or a self-deadlock has one
   * thread: nothing to steer).
   */
  public List<ConfirmPlan.Cycle> plan() {
    List<ConfirmPlan.Cycle> plan = new ArrayList<>();
    for (LockOrderCycle cycle : cycles) {
      if (cycle.edges().size() < 2) {
        continue;
      }
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
        // a cycle found by merge names its lock class as its type: no runtime class to match
        return lock.type().equals(lock.name()) ? null : lock.type();
      }
    }
    return null;
  }
}
