package io.lockwatch.testkit.expect;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;

import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.assertions.DeadlockAssert;
import io.lockwatch.testkit.assertions.DeadlockedThreadAssert;
import java.util.List;
import java.util.function.Supplier;

/** Checks of {@code deadlock} and {@code deadlocked}: a deadlock that really happened. */
final class DeadlockChecks {
  private DeadlockChecks() {}

  static void addTo(List<Check> checks, ExpectedRun expected, Supplier<AgentJvmResult> run) {
    List<Expectation> threads = expected.statements(Statement.DEADLOCKED);
    String[] names = threads.stream().map(t -> t.arg("thread")).toArray(String[]::new);
    for (Expectation deadlock : expected.statements(Statement.DEADLOCK)) {
      checks.add(
          Check.of(
              deadlock,
              () -> {
                DeadlockAssert actual =
                    assertThatReportOf(run.get())
                        .hasSingleObservedDeadlock()
                        .detectedBy(deadlock.arg("detectedBy"));
                if (names.length > 0) {
                  actual.ofThreads(names);
                }
              }));
    }
    for (Expectation thread : threads) {
      checks.add(
          Check.of(
              thread,
              () -> {
                DeadlockedThreadAssert actual =
                    assertThatReportOf(run.get())
                        .hasSingleObservedDeadlock()
                        .thread(thread.arg("thread"));
                if (thread.has("holds")) {
                  actual.holds(thread.arg("holds"));
                }
                if (thread.has("waitsFor")) {
                  actual.waitsFor(thread.arg("waitsFor"));
                }
              }));
    }
  }
}
