package io.lockwatch.agent.report;

import io.lockwatch.report.model.LockOrderCycle;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What report building needs to know about the run besides the runtime's stores.
 *
 * @param startedAt when the agent started
 * @param options every agent option with its value, as the report lists them
 * @param maxCycleLength the longest lock-order cycle searched for
 * @param maxCycles the most findings (distinct fingerprints) the cycle search reports
 * @param maxSearchSteps the most steps the cycle search takes
 * @param confirmInput in a confirm run, the cycles it steers towards as the earlier report has them
 *     (those this run does not find again are reported with their verdict); else empty
 */
public record ReportSettings(
    Instant startedAt,
    Map<String, String> options,
    int maxCycleLength,
    int maxCycles,
    long maxSearchSteps,
    List<LockOrderCycle> confirmInput) {

  /** Settings of a run that confirms nothing. */
  public ReportSettings(
      Instant startedAt,
      Map<String, String> options,
      int maxCycleLength,
      int maxCycles,
      long maxSearchSteps) {
    this(startedAt, options, maxCycleLength, maxCycles, maxSearchSteps, List.of());
  }
}
