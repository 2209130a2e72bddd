package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.ThreadRegistry;
import io.lockwatch.report.model.Summary;
import java.util.LinkedHashMap;
import java.util.Map;

/** The summary: what the agent watched, and how many findings of each kind came of it. */
final class SummarySection {
  private SummarySection() {}

  static Summary of(
      AgentContext context,
      int edges,
      CycleSection.Cycles cycles,
      int observedDeadlocks,
      int unguardedFields,
      int waitHazards) {
    Map<String, Long> filtered = new LinkedHashMap<>(cycles.analysis().search().filtered());
    return new Summary(
        context.counters().classesInstrumented.sum(),
        context.locks().created(),
        ThreadRegistry.acquisitions(),
        edges,
        ThreadRegistry.reentrantAcquisitions(),
        cycles.analysis().search().cyclesExamined(),
        cycles.cycles().size(),
        filtered,
        cycles.incomplete(),
        observedDeadlocks,
        unguardedFields,
        waitHazards,
        context.errors().total(),
        context.fields().size(),
        ThreadRegistry.fieldAccesses());
  }
}
