package io.lockwatch.samples;

import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.expect.RunChecks;
import java.util.List;

/**
 * Compares a sample's run (its report, exit code and output) with what the sample's source expects.
 * {@link SampleRunner} prints its verdict from this, and {@code SampleValidationIT} runs the very
 * same checks one test each, so {@code ./run-samples.sh} says OK for a sample exactly when its
 * expectations hold.
 */
public final class Verdict {
  private Verdict() {}

  /** What is wrong with the run, one line per failed check; empty when it is as expected. */
  public static List<String> problems(SampleCatalog sample, AgentJvmResult run) {
    return RunChecks.problems(sample.expected(), run);
  }
}
