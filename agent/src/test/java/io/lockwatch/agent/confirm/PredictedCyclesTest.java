package io.lockwatch.agent.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.confirm.ConfirmPlan;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictedCyclesTest {
  private static final Site A_IN_FORWARD = lockSite("forward", 10, "field demo.Bank.a");
  private static final Site B_IN_FORWARD = lockSite("forward", 11, "field demo.Bank.b");
  private static final Site B_IN_BACKWARD = lockSite("backward", 20, "field demo.Bank.b");
  private static final Site A_IN_BACKWARD = lockSite("backward", 21, "field demo.Bank.a");

  @Test
  void each_edge_becomes_a_step_of_stable_site_keys_and_the_held_locks_type() {
    LockOrderCycle inversion =
        cycle(
            "cycle:ab",
            edge(1, 2, "alpha", A_IN_FORWARD, B_IN_FORWARD),
            edge(2, 1, "beta", B_IN_BACKWARD, A_IN_BACKWARD));
    PredictedCycles predicted = PredictedCycles.of(report(inversion));

    assertThat(predicted.cycles()).containsExactly(inversion);
    assertThat(predicted.plan())
        .containsExactly(
            new ConfirmPlan.Cycle(
                "cycle:ab",
                List.of(
                    new ConfirmPlan.Step(
                        "demo.Bank#forward#field demo.Bank.a#0",
                        "java.lang.Object",
                        "demo.Bank#forward#field demo.Bank.b#0"),
                    new ConfirmPlan.Step(
                        "demo.Bank#backward#field demo.Bank.b#0",
                        "java.util.concurrent.locks.ReentrantLock",
                        "demo.Bank#backward#field demo.Bank.a#0"))));
  }

  @Test
  void a_cycle_of_one_thread_has_nothing_to_steer_and_is_kept_only_for_its_verdict() {
    LockOrderCycle upgrade = cycle("cycle:up", edge(1, 1, "alpha", A_IN_FORWARD, A_IN_BACKWARD));
    assertThat(PredictedCycles.of(report(upgrade)).cycles()).containsExactly(upgrade);
    assertThat(PredictedCycles.of(report(upgrade)).plan()).isEmpty();
  }

  private static Site lockSite(String method, int line, String lock) {
    return new Site("demo.Bank", method, "Bank.java", line, lock, 0);
  }

  private static CycleEdge edge(int from, int to, String thread, Site held, Site acquired) {
    return new CycleEdge(
        from, to, thread, List.of(), held, acquired, "exclusive", List.of(), List.of());
  }

  private static LockOrderCycle cycle(String fingerprint, CycleEdge... edges) {
    List<LockDescription> locks =
        List.of(
            new LockDescription(1, "java.lang.Object", "monitor", "a", null),
            new LockDescription(2, "java.util.concurrent.locks.ReentrantLock", "lock", "b", null));
    return new LockOrderCycle(
        fingerprint,
        "high",
        "deadlock",
        "a --> b --> a",
        1,
        false,
        false,
        null,
        List.of(),
        locks,
        List.of(edges),
        null);
  }

  private static Report report(LockOrderCycle cycle) {
    return new Report(
        2,
        null,
        null,
        List.of(cycle),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
