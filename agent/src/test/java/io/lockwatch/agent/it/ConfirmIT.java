package io.lockwatch.agent.it;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.Inversions;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Confirm mode on the real jar, in two phases as a user runs it: a plain run predicts the cycle, a
 * second run with {@code confirm=<that report>} steers the threads into it.
 */
class ConfirmIT {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final String STEERED = "onDeadlock=exit,watchdogMs=200";

  private static final String PAUSE = "confirmPauseMs=3000";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"monitors", "locks", "semaphores", "read-write"})
  void an_inversion_that_never_meets_in_a_plain_run_deadlocks_when_steered(String kind) {
    AgentJvmResult predicted = predict(kind, "concurrent");
    LockOrderCycle cycle = singleCycle(predicted);
    assertThat(predicted.report().observedDeadlocks()).isEmpty();

    AgentJvmResult confirmed = confirm(predicted, "confirmPauseMs=6000", kind, "concurrent");

    assertThat(confirmed.exitCode()).as(confirmed.describe()).isEqualTo(86);
    Report report = confirmed.report();
    assertThat(report.observedDeadlocks()).hasSize(1);
    ObservedDeadlock deadlock = report.observedDeadlocks().get(0);
    assertThat(deadlock.confirms()).isEqualTo(cycle.fingerprint());
    assertThat(confirmed.stderr())
        .contains("[lockwatch] confirm: steering towards 1 lock-order cycles of")
        .contains("[lockwatch] it confirms the predicted lock-order cycle " + cycle.fingerprint());
    assertThat(deadlock.threads())
        .extracting(ObservedDeadlock.DeadlockedThread::name)
        .containsExactlyInAnyOrder("alpha", "beta");
    assertThat(report.lockOrderCycles())
        .filteredOn(c -> c.fingerprint().equals(cycle.fingerprint()))
        .singleElement()
        .satisfies(c -> assertThat(c.confirmation().status()).isEqualTo("confirmed"));
    // both threads paused together and were let go at once: well within one whole pause
    assertThat(confirmed.elapsed()).isLessThan(predicted.elapsed().plusMillis(4000));
  }

  @ParameterizedTest(name = "races={0}")
  @ValueSource(strings = {"on", "off"})
  void an_inversion_ordered_by_start_and_join_is_unreachable_and_the_program_finishes(
      String races) {
    AgentJvmResult predicted = predict("monitors", "joined");
    LockOrderCycle cycle = singleCycle(predicted);

    AgentJvmResult confirmed =
        confirm(predicted, "races=" + races + ",confirmPauseMs=1000", "monitors", "joined");

    assertThat(confirmed.exitCode()).as(confirmed.describe()).isZero();
    assertThat(confirmed.stdout()).contains("done 2");
    assertThat(confirmed.report().observedDeadlocks()).isEmpty();
    assertVerdict(confirmed, cycle, "unreachable", "start and join");
  }

  @Test
  void an_inversion_that_one_thread_takes_both_orders_of_is_unreachable() {
    AgentJvmResult predicted = predict("locks", "concurrent");
    LockOrderCycle cycle = singleCycle(predicted);

    // the same code paths, run one after the other on one thread (as two tests on one thread are)
    AgentJvmResult confirmed = confirm(predicted, "confirmPauseMs=500", "locks", "one-thread");

    assertThat(confirmed.exitCode()).as(confirmed.describe()).isZero();
    assertThat(confirmed.stdout()).contains("done 2");
    assertVerdict(confirmed, cycle, "unreachable", "one thread took");
  }

  @Test
  void a_self_deadlock_needs_no_steering_and_its_verdict_says_whether_it_can_hang() {
    AgentJvmResult predicted = predict("upgrade", "concurrent");
    LockOrderCycle upgrade = singleCycle(predicted);
    assertThat(upgrade.kind()).isEqualTo("upgrade");

    AgentJvmResult again = confirm(predicted, PAUSE, "upgrade", "concurrent");
    assertThat(again.exitCode()).as(again.describe()).isZero();
    assertThat(again.stderr())
        .contains("[lockwatch] confirm: steering towards 0 lock-order cycles");
    assertVerdict(again, upgrade, "not-reproduced", "was a try");

    AgentJvmResult elsewhere = confirm(predicted, PAUSE, "monitors", "joined");
    assertThat(elsewhere.exitCode()).as(elsewhere.describe()).isZero();
    assertVerdict(elsewhere, upgrade, "not-reproduced", "never reached");
  }

  @Test
  void pool_tasks_are_steered_into_the_deadlock_and_a_pool_of_one_makes_it_unreachable() {
    AgentJvmResult predicted = predict("locks", "pool-of-2");
    LockOrderCycle cycle = singleCycle(predicted);

    AgentJvmResult twoWorkers = confirm(predicted, "confirmPauseMs=6000", "locks", "pool-of-2");
    assertDeadlockConfirms(twoWorkers, cycle);
    assertVerdict(twoWorkers, cycle, "confirmed", "steered into a real deadlock");

    AgentJvmResult oneWorker = confirm(predicted, "confirmPauseMs=500", "locks", "pool-of-1");
    assertThat(oneWorker.exitCode()).as(oneWorker.describe()).isZero();
    assertVerdict(oneWorker, cycle, "unreachable", "one thread took");
  }

  @Test
  void a_cycle_predicted_across_objects_is_confirmed_where_one_run_passes_the_same_objects() {
    // alpha posts to account 0 and ledger 0, beta audits ledger 1 and account 1: only the classes
    // of the locks cycle, not this run's objects
    AgentJvmResult predicted = predict("accounts", "concurrent", "distinct");
    LockOrderCycle cycle = singleCycle(predicted);
    assertThat(cycle.predicted()).as(predicted.describe()).isTrue();

    // the same code, another input: beta audits the pair alpha posts to
    AgentJvmResult confirmed = confirm(predicted, "confirmPauseMs=6000", "accounts", "concurrent");

    assertDeadlockConfirms(confirmed, cycle);
  }

  @Test
  void a_one_permit_gate_is_respected_each_step_pauses_within_its_budget_and_the_exit_code_stays() {
    AgentJvmResult predicted = predict("locks", "concurrent");
    LockOrderCycle cycle = singleCycle(predicted);

    // ten rounds behind a one-permit semaphore, ending with the program's own exit code
    AgentJvmResult confirmed =
        confirm(
            predicted,
            "confirmPauseMs=400,confirmTries=2",
            "locks",
            "concurrent",
            "gated",
            "permit",
            "rounds=10",
            "exit=3");

    assertThat(confirmed.exitCode()).as(confirmed.describe()).isEqualTo(3);
    assertThat(confirmed.stdout()).contains("done 20");
    assertThat(confirmed.report().observedDeadlocks()).isEmpty();
    // 20 visits of the two steps, but two pauses each: the budget, not the visits, bounds the cost
    assertVerdict(confirmed, cycle, "not-reproduced", "paused 4 times");
    assertThat(confirmed.elapsed()).isLessThan(predicted.elapsed().plusMillis(4 * 400 + 4000));
  }

  @Test
  void a_gated_inversion_leaves_nothing_to_confirm() {
    AgentJvmResult predicted = predict("locks", "concurrent", "gated");
    assertThatReportOf(predicted).hasNoCycle();

    AgentJvmResult confirmed = confirm(predicted, PAUSE, "locks", "concurrent", "gated");

    assertThat(confirmed.exitCode()).as(confirmed.describe()).isZero();
    assertThatReportOf(confirmed).hasNoCycle().hasObservedDeadlocks(0);
    assertThat(confirmed.elapsed()).isLessThan(predicted.elapsed().plusMillis(3000));
  }

  @Test
  void steering_never_forces_what_a_gate_forbids_and_the_pauses_end_within_their_budget() {
    AgentJvmResult predicted = predict("monitors", "concurrent");
    LockOrderCycle cycle = singleCycle(predicted);

    // the same inversion, now behind a common gate: beta can never hold B while alpha holds A
    AgentJvmResult confirmed = confirm(predicted, PAUSE, "monitors", "concurrent", "gated");

    assertThat(confirmed.exitCode()).as(confirmed.describe()).isZero();
    assertThat(confirmed.report().observedDeadlocks()).isEmpty();
    // the gate rules the cycle out in this run: it is reported as predicted, with its verdict
    assertThat(confirmed.report().lockOrderCycles()).hasSize(1);
    assertVerdict(confirmed, cycle, "not-reproduced", "paused 2 times");
    assertThat(confirmed.report().summary().cyclesReported()).isEqualTo(1);
    // each step paused once for the whole pause (the other thread waits for the gate meanwhile)
    assertThat(confirmed.elapsed()).isLessThan(predicted.elapsed().plusMillis(2 * 3000 + 4000));
  }

  @Test
  void a_confirm_report_that_cannot_be_read_stops_the_jvm_with_one_line() throws Exception {
    Path notAReport = Files.writeString(dir.resolve("nope.json"), "{\"schemaVersion\": 2");
    AgentJvmResult run =
        AgentJvm.of(Inversions.class)
            .args("monitors", "concurrent")
            .agentOptions("confirm=" + notAReport)
            .in(dir)
            .timeout(LIMIT)
            .run();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderrLines())
        .filteredOn(line -> line.startsWith("[lockwatch]"))
        .singleElement()
        .satisfies(line -> assertThat(line).contains("option 'confirm'").contains("nope.json"));
  }

  /** The confirm run ended on a deadlock (exit 86) that confirms {@code predicted}. */
  private static void assertDeadlockConfirms(AgentJvmResult run, LockOrderCycle predicted) {
    assertThat(run.exitCode()).as(run.describe()).isEqualTo(86);
    assertThat(run.report().observedDeadlocks())
        .singleElement()
        .satisfies(d -> assertThat(d.confirms()).isEqualTo(predicted.fingerprint()));
  }

  /** The confirm run's report has {@code predicted} once, with this verdict. */
  private static void assertVerdict(
      AgentJvmResult run, LockOrderCycle predicted, String status, String detailPart) {
    assertThat(run.report().lockOrderCycles())
        .as(run.describe())
        .filteredOn(c -> c.fingerprint().equals(predicted.fingerprint()))
        .singleElement()
        .extracting(LockOrderCycle::confirmation)
        .satisfies(
            verdict -> {
              assertThat(verdict.status()).isEqualTo(status);
              assertThat(verdict.detail()).contains(detailPart);
            });
  }

  private static LockOrderCycle singleCycle(AgentJvmResult run) {
    assertThat(run.report().lockOrderCycles()).as(run.describe()).hasSize(1);
    return run.report().lockOrderCycles().get(0);
  }

  private AgentJvmResult predict(String... args) {
    AgentJvmResult run =
        AgentJvm.of(Inversions.class)
            .args(args)
            .named("predict-" + String.join("-", args))
            .in(dir)
            .timeout(LIMIT)
            .run();
    assertThat(run.exitCode()).as(run.describe()).isZero();
    return run;
  }

  private AgentJvmResult confirm(AgentJvmResult predicted, String options, String... args) {
    return AgentJvm.of(Inversions.class)
        .args(args)
        .agentOptions(STEERED + "," + options + ",confirm=" + predicted.reportFile())
        .named("confirm-" + String.join("-", args) + "-" + options.hashCode())
        .in(dir)
        .timeout(LIMIT)
        .run();
  }
}
