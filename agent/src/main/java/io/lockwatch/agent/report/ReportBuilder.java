package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.lockorder.LockClasses;
import io.lockwatch.agent.runtime.lockorder.OrderEdge;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.watchdog.DeadlocksSeen;
import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the report model from the agent's stores: takes one snapshot of the lock-order facts, runs
 * the analysis on it and writes each section from it, so every part of a report describes the same
 * graph.
 */
public final class ReportBuilder {
  private final AgentContext context;
  private final DeadlocksSeen deadlocks;
  private final ReportSettings settings;
  private final CycleSection cycles;

  /**
   * @param context the stores the report is built from
   * @param deadlocks the deadlocks the watchdog saw
   * @param settings what the report needs to know about the run besides the stores
   */
  public ReportBuilder(AgentContext context, DeadlocksSeen deadlocks, ReportSettings settings) {
    this.context = context;
    this.deadlocks = deadlocks;
    this.settings = settings;
    this.cycles = new CycleSection(context, settings);
  }

  /** The report as of now; {@code reason} says why it is written ({@code exit}, ...). */
  Report build(String reason) {
    List<OrderEdge> instanceEdges = context.lockOrder().snapshot();
    List<LockClasses.Info> classes = context.lockClasses().all();
    List<CodeEdge> edges =
        CodeLevelEdges.of(context.lockClassOrder().snapshot(), classes, context.sites());
    CycleSection.Cycles analysed = cycles.build(instanceEdges);
    CycleSection.Cycles found =
        analysed.withCycles(
            ConfirmationSection.of(analysed.cycles(), context.steering(), settings.confirmInput()));
    List<WaitHazard> hazards = HazardSection.of(context);
    List<UnguardedField> unguarded = RaceSection.of(context);
    List<ObservedDeadlock> seen = DeadlockSection.of(deadlocks.snapshot());
    List<AgentError> errors = errors(context.errors());
    Summary summary =
        SummarySection.of(
            context, instanceEdges.size(), found, seen.size(), unguarded.size(), hazards.size());
    return Report.withCodeEdges(
        Report.SCHEMA_VERSION,
        RunSection.of(settings, reason),
        summary,
        found.cycles(),
        seen,
        unguarded,
        hazards,
        errors,
        edges,
        CodeLevelEdges.classes(edges, classes));
  }

  private static List<AgentError> errors(AgentErrors errors) {
    List<AgentError> result = new ArrayList<>();
    for (AgentErrors.Counted e : errors.counted()) {
      result.add(new AgentError(e.kind(), e.where(), e.message(), e.count()));
    }
    return result;
  }
}
