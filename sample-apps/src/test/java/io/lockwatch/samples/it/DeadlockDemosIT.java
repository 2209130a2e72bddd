package io.lockwatch.samples.it;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.Report;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.RealDeadlockDemo;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.RunningJvm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the deadlock demos show beyond their report (which {@link SampleValidationIT} checks): the
 * block the agent prints on stderr, and {@code onDeadlock=report}, which leaves the JVM hung.
 */
class DeadlockDemosIT {
  // a bound on waiting, not a measure of speed: a busy 2-core machine can be slow
  private static final Duration LIMIT = Duration.ofSeconds(30);

  @Test
  void a_real_deadlock_prints_a_block_naming_both_threads_on_stderr() {
    assertStderrBlock(
        SampleRuns.of(SampleCatalog.REAL_DEADLOCK_DEMO),
        "deadlock-left-first",
        "deadlock-right-first");
  }

  @Test
  void a_semaphore_deadlock_prints_a_block_naming_both_threads_on_stderr() {
    assertStderrBlock(
        SampleRuns.of(SampleCatalog.SEMAPHORE_DEADLOCK_DEMO), "permit-holder", "lock-holder");
  }

  @Test
  void on_deadlock_report_writes_the_report_while_the_jvm_stays_hung() {
    try (RunningJvm hung =
        AgentJvm.of(RealDeadlockDemo.class)
            .agentOptions("onDeadlock=report,watchdogMs=200")
            .start()) {
      Report report = hung.awaitReport(LIMIT, written -> !written.observedDeadlocks().isEmpty());
      assertThat(report)
          .as("a report with the observed deadlock at %s within %s", hung.reportFile(), LIMIT)
          .isNotNull();
      assertThat(hung.isAlive()).as("the JVM is still hung after writing the report").isTrue();
      assertThat(report)
          .hasOption("onDeadlock", "report")
          .hasSingleObservedDeadlock()
          .detectedBy("jvm")
          .ofThreads("deadlock-left-first", "deadlock-right-first");
    }
  }

  /** stderr has the agent's block: a line announcing the deadlock, then a line per thread. */
  private static void assertStderrBlock(AgentJvmResult run, String... threads) {
    List<String> lines = run.stderrLines();
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("DEADLOCK")) {
        header = i;
        break;
      }
    }
    assertThat(header).as("a DEADLOCK line on stderr:%n%s", run.stderr()).isNotNegative();
    List<String> block = lines.subList(header, Math.min(lines.size(), header + 1 + threads.length));
    for (String thread : threads) {
      assertThat(block)
          .as("the deadlock block on stderr names %s:%n%s", thread, run.stderr())
          .anySatisfy(line -> assertThat(line).contains(thread));
    }
  }
}
