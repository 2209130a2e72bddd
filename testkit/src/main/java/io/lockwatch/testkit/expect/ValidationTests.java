package io.lockwatch.testkit.expect;

import io.lockwatch.testkit.AgentJvmResult;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/**
 * The JUnit side of validation: one dynamic container per run, one dynamic test per {@link Check}.
 * A module's validation test is a {@code @TestFactory} that maps its catalogue through {@link #of}.
 */
public final class ValidationTests {
  private ValidationTests() {}

  /**
   * The tests of one run.
   *
   * @param name the container's name, e.g. the sample's
   * @param run the run, fetched when the first test needs it
   * @param otherRuns the runs of other targets by name, for {@code @expect:twin}
   */
  public static DynamicContainer of(
      String name,
      ExpectedRun expected,
      Supplier<AgentJvmResult> run,
      Function<String, AgentJvmResult> otherRuns) {
    return DynamicContainer.dynamicContainer(
        name,
        RunChecks.of(expected, run, otherRuns).stream()
            .map(check -> DynamicTest.dynamicTest(check.name(), check.body()::run)));
  }
}
