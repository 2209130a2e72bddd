package io.lockwatch.testkit.expect;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.testkit.AgentJvmResult;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** The check every run gets: how the JVM ended ({@code @expect:exit}, default exit code 0). */
final class RunEndChecks {
  private RunEndChecks() {}

  static void addTo(List<Check> checks, ExpectedRun expected, Supplier<AgentJvmResult> run) {
    int code = expected.exitCode();
    Duration within = expected.within();
    String reason =
        expected.statements(Statement.EXIT).stream()
            .map(e -> e.arg("reason"))
            .filter(r -> r != null)
            .findFirst()
            .orElse(null);
    String done = expected.doneLine();
    String name =
        "ends with exit code "
            + code
            + (within == null ? "" : " within " + within.toMillis() + " ms")
            + (code == 0 ? " after printing '" : " without printing '")
            + done
            + "', and the agent absorbed no error"
            + (reason == null ? "" : "; run.reason " + reason);
    checks.add(
        Check.of(
            name,
            () -> {
              AgentJvmResult result = run.get();
              assertThat(result.exitCode()).as("exit code of%n%s", result).isEqualTo(code);
              if (within != null) {
                assertThat(result.elapsed()).as("wall time from launch to exit").isLessThan(within);
              }
              if (code == 0) {
                assertThat(result.stdout()).as("output of%n%s", result).contains(done);
              } else {
                assertThat(result.stdout()).as("output of%n%s", result).doesNotContain(done);
              }
              assertThatReportOf(result).hasNoAgentErrors();
              if (reason != null) {
                assertThatReportOf(result).endedBecause(reason);
              }
            }));
  }
}
