package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.DeadlockAssertions.assertSingleDeadlock;
import static io.lockwatch.samples.it.DeadlockAssertions.assertStderrBlock;
import static io.lockwatch.samples.it.DeadlockAssertions.thread;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.WaitHazardAssertions.assertHazard;
import static io.lockwatch.samples.it.WaitHazardAssertions.assertSingleHazard;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.ObservedDeadlock.DeadlockedThread;
import io.lockwatch.samples.Expected;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.SemaphoreDeadlockDemo;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A real deadlock through a semaphore, which the JVM cannot see: the agent's wait-for graph finds
 * it, and {@code onDeadlock=exit,watchdogMs=200} ends the JVM with 86 within 5 seconds.
 *
 * <p>{@link Isolated}: the 5-second limit is measured on the wall clock, so no other IT class runs
 * next to this one.
 */
@Isolated
class SemaphoreDeadlockDemoIT {
  private static final String PERMIT_HOLDER = "permit-holder";
  private static final String LOCK_HOLDER = "lock-holder";
  private static final Duration LIMIT = Duration.ofSeconds(5);

  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.SEMAPHORE_DEADLOCK_DEMO);
  }

  @Test
  void on_deadlock_exit_ends_the_jvm_with_86_within_5_seconds() {
    assertThat(SampleCatalog.SEMAPHORE_DEADLOCK_DEMO.agentOptions())
        .contains("onDeadlock=exit")
        .contains("watchdogMs=200");
    assertThat(run.exitCode()).as("exit code of %s", run).isEqualTo(Expected.DEADLOCK_EXIT);
    assertThat(run.elapsed()).as("wall time from launch to exit").isLessThan(LIMIT);
  }

  @Test
  void the_agent_sees_the_deadlock_the_jvm_cannot() {
    assertSingleDeadlock(run.report(), "agent", PERMIT_HOLDER, LOCK_HOLDER);
  }

  /**
   * Locks are named for people, the same way wherever they appear: the lock the permit holder
   * waits for is the {@code JOBS} lock the lock holder holds.
   */
  @Test
  void each_thread_names_what_it_holds_and_waits_for_by_field() {
    ObservedDeadlock deadlock =
        assertSingleDeadlock(run.report(), "agent", PERMIT_HOLDER, LOCK_HOLDER);
    DeadlockedThread permitHolder = thread(deadlock, PERMIT_HOLDER);
    assertThat(String.join(" ", permitHolder.holds())).contains("PRINTER");
    assertThat(permitHolder.waitsFor()).contains("JOBS");
    DeadlockedThread lockHolder = thread(deadlock, LOCK_HOLDER);
    assertThat(String.join(" ", lockHolder.holds())).contains("JOBS");
    assertThat(lockHolder.waitsFor()).contains("PRINTER");
  }

  @Test
  void stderr_has_a_block_naming_both_threads() {
    assertStderrBlock(run, PERMIT_HOLDER, LOCK_HOLDER);
  }

  @Test
  void the_permit_acquired_under_the_lock_is_a_wait_hazard() {
    assertHazard(
        assertSingleHazard(run, "Semaphore.acquire", "medium"),
        LOCK_HOLDER,
        "JOBS",
        SemaphoreDeadlockDemo.class,
        "lock-first",
        "permit-second");
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.SEMAPHORE_DEADLOCK_DEMO, run);
  }
}
