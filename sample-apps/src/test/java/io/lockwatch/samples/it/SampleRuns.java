package io.lockwatch.samples.it;

import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.SharedRuns;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One run per catalogued sample per test JVM, under the agent with the options the catalogue gives
 * it, shared by every test class: a race-free sample's {@code @expect:twin} looks at its racy
 * twin's run, and the deadlock demos' extra tests look at the validation's runs.
 */
final class SampleRuns {
  /** Enough for any sample; the deadlock demos end themselves within seconds. */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static final SharedRuns RUNS =
      new SharedRuns(
          Integer.getInteger("lockwatch.it.parallelism", 2),
          name -> launch(SampleCatalog.named(name).orElseThrow()));

  private SampleRuns() {}

  /** The sample's run, launched on first use. */
  static AgentJvmResult of(SampleCatalog sample) {
    return RUNS.get(sample.sampleName());
  }

  /** The run of the sample of this name (for {@code @expect:twin(target=...)}). */
  static AgentJvmResult named(String name) {
    return of(
        SampleCatalog.named(name)
            .orElseThrow(() -> new AssertionError("no sample named " + name + " to be a twin")));
  }

  /** Launches every sample in the background, in catalogue order. */
  static void prefetchAll() {
    RUNS.prefetch(
        Arrays.stream(SampleCatalog.values())
            .map(SampleCatalog::sampleName)
            .collect(Collectors.toList()));
  }

  private static AgentJvm launch(SampleCatalog sample) {
    return AgentJvm.of(sample.mainClass())
        .agentOptions(sample.agentOptions())
        .named(sample.sampleName())
        .timeout(TIMEOUT);
  }
}
