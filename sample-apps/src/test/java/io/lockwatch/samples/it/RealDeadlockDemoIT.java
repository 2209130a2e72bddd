package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.DeadlockAssertions.assertSingleDeadlock;
import static io.lockwatch.samples.it.DeadlockAssertions.assertStderrBlock;
import static io.lockwatch.samples.it.DeadlockAssertions.thread;
import static io.lockwatch.samples.it.LockOrderAssertions.assertEdge;
import static io.lockwatch.samples.it.LockOrderAssertions.assertSingleCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.edgeOf;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.ObservedDeadlock.DeadlockedThread;
import io.lockwatch.report.model.Report;
import io.lockwatch.samples.Expected;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.RealDeadlockDemo;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A real monitor deadlock: with {@code onDeadlock=exit} the JVM ends with 86 within 5 seconds and
 * a report of the deadlock and the cycle; with the default {@code onDeadlock=report} the report is
 * written while the JVM stays hung.
 *
 * <p>{@link Isolated}: the 5-second limit is measured on the wall clock, so no other IT class runs
 * next to this one.
 */
@Isolated
class RealDeadlockDemoIT {
  private static final String LEFT_FIRST = "deadlock-left-first";
  private static final String RIGHT_FIRST = "deadlock-right-first";
  private static final Duration LIMIT = Duration.ofSeconds(5);

  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.REAL_DEADLOCK_DEMO);
  }

  @Test
  void on_deadlock_exit_ends_the_jvm_with_86_within_5_seconds() {
    assertThat(SampleCatalog.REAL_DEADLOCK_DEMO.agentOptions()).contains("onDeadlock=exit");
    assertThat(run.exitCode()).as("exit code of %s", run).isEqualTo(Expected.DEADLOCK_EXIT);
    assertThat(run.elapsed()).as("wall time from launch to exit").isLessThan(LIMIT);
    assertThat(run.stdout()).as("main never gets past join()").doesNotContain(": done");
  }

  @Test
  void the_report_has_the_deadlock_with_both_threads_seen_by_the_jvm() {
    ObservedDeadlock deadlock =
        assertSingleDeadlock(run.report(), "jvm", LEFT_FIRST, RIGHT_FIRST);
    DeadlockedThread left = thread(deadlock, LEFT_FIRST);
    assertThat(String.join(" ", left.holds())).as("%s holds", LEFT_FIRST).contains("LEFT");
    assertThat(left.waitsFor()).as("%s waits for", LEFT_FIRST).contains("RIGHT");
    DeadlockedThread right = thread(deadlock, RIGHT_FIRST);
    assertThat(String.join(" ", right.holds())).as("%s holds", RIGHT_FIRST).contains("RIGHT");
    assertThat(right.waitsFor()).as("%s waits for", RIGHT_FIRST).contains("LEFT");
    assertThat(run.report().run().reason()).as("run.reason").isEqualTo("deadlock");
  }

  @Test
  void stderr_has_a_block_naming_both_threads() {
    assertStderrBlock(run, LEFT_FIRST, RIGHT_FIRST);
  }

  @Test
  void the_report_also_has_the_lock_order_cycle() {
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    assertEdge(
        edgeOf(cycle, LEFT_FIRST), RealDeadlockDemo.class, "left-outer", "left-inner", "exclusive");
    assertEdge(
        edgeOf(cycle, RIGHT_FIRST),
        RealDeadlockDemo.class,
        "right-outer",
        "right-inner",
        "exclusive");
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.REAL_DEADLOCK_DEMO, run);
  }

  @Test
  void on_deadlock_report_writes_the_report_while_the_jvm_stays_hung() {
    try (AgentRun.Running hung =
        AgentRun.of(RealDeadlockDemo.class)
            .agentOptions("onDeadlock=report,watchdogMs=200")
            .start()) {
      Report report =
          hung.awaitReport(LIMIT, written -> !written.observedDeadlocks().isEmpty());
      assertThat(report)
          .as("a report with the observed deadlock at %s within %s", hung.reportFile(), LIMIT)
          .isNotNull();
      assertThat(hung.isAlive()).as("the JVM is still hung after writing the report").isTrue();
      assertSingleDeadlock(report, "jvm", LEFT_FIRST, RIGHT_FIRST);
      assertThat(report.run().options()).containsEntry("onDeadlock", "report");
    }
  }
}
