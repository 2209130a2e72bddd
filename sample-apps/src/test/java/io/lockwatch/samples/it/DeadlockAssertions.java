package io.lockwatch.samples.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.ObservedDeadlock.DeadlockedThread;
import io.lockwatch.report.model.Report;
import java.util.List;

/** Checks shared by the observed-deadlock integration tests. */
public final class DeadlockAssertions {
  private DeadlockAssertions() {}

  /**
   * The report has exactly one observed deadlock, detected by {@code detectedBy}, made of exactly
   * these threads, each holding something and waiting for something, with a stack.
   */
  public static ObservedDeadlock assertSingleDeadlock(
      Report report, String detectedBy, String... threads) {
    List<ObservedDeadlock> deadlocks = report.observedDeadlocks();
    assertThat(deadlocks).as("observedDeadlocks").hasSize(1);
    assertThat(report.summary().observedDeadlocks()).as("summary.observedDeadlocks").isEqualTo(1);
    ObservedDeadlock deadlock = deadlocks.get(0);
    assertThat(deadlock.fingerprint()).as("fingerprint").isNotBlank();
    assertThat(deadlock.severity()).as("severity").isEqualTo("high");
    assertThat(deadlock.detectedBy()).as("detectedBy").isEqualTo(detectedBy);
    assertThat(deadlock.threads())
        .as("threads")
        .extracting(DeadlockedThread::name)
        .containsExactlyInAnyOrder(threads);
    for (DeadlockedThread thread : deadlock.threads()) {
      assertThat(thread.holds()).as("holds of %s", thread.name()).isNotEmpty();
      assertThat(thread.holds()).as("holds of %s", thread.name()).allSatisfy(
          lock -> assertThat(lock).isNotBlank());
      assertThat(thread.waitsFor()).as("waitsFor of %s", thread.name()).isNotBlank();
      assertThat(thread.stack()).as("stack of %s", thread.name()).isNotEmpty();
    }
    return deadlock;
  }

  /** The deadlocked thread of this name. */
  public static DeadlockedThread thread(ObservedDeadlock deadlock, String name) {
    return deadlock.threads().stream()
        .filter(thread -> name.equals(thread.name()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no thread " + name + " in " + deadlock.threads()));
  }

  /**
   * stderr has the agent's deadlock block: a line announcing it, then a line for each thread
   * naming it.
   */
  public static void assertStderrBlock(AgentRun run, String... threads) {
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
