package io.lockwatch.agent.report;

import java.time.Instant;
import java.util.Map;

/**
 * What report building needs to know about the run besides the runtime's stores.
 *
 * @param startedAt when the agent started
 * @param options every agent option with its value, as the report lists them
 * @param maxCycleLength the longest lock-order cycle searched for
 * @param maxCycles the most findings (distinct fingerprints) the cycle search reports
 * @param maxSearchSteps the most steps the cycle search takes
 */
public record ReportSettings(
    Instant startedAt,
    Map<String, String> options,
    int maxCycleLength,
    int maxCycles,
    long maxSearchSteps) {}
