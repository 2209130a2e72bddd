package io.lockwatch.agent.report;

import io.lockwatch.agent.analysis.CycleFinding;
import io.lockwatch.agent.analysis.DeadlockAnalysis;
import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.lockorder.EdgeVariant;
import io.lockwatch.agent.runtime.lockorder.LockNames;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.OrderEdge;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;

/**
 * The lock-order cycles: runs the deadlock analysis on the snapshot and writes each finding with
 * its locks, edges, a one-line chain and a scenario in words. Counts a truncated search and dropped
 * edges as overflow errors.
 */
final class CycleSection {
  private final AgentContext context;
  private final ReportSettings settings;

  CycleSection(AgentContext context, ReportSettings settings) {
    this.context = context;
    this.settings = settings;
  }

  /** The cycles of {@code graph}, and what the analysis says about those it filtered. */
  Cycles build(Graph<LockNode, OrderEdge> graph) {
    SiteRegistry sites = context.sites();
    DeadlockAnalysis.Result deadlocks =
        DeadlockAnalysis.analyse(
            graph,
            variants -> Fingerprints.cycle(sites, variants),
            settings.maxCycleLength(),
            settings.maxCycles());
    if (deadlocks.truncated()) {
      context
          .errors()
          .record("overflow", "cycle search", "stopped after maxCycles=" + settings.maxCycles());
    }
    if (context.lockOrder().edgesDropped() > 0) {
      context
          .errors()
          .record(
              "overflow",
              "lock-order graph",
              "new edges dropped after maxEdges=" + context.settings().maxEdges());
    }
    List<LockOrderCycle> cycles = new ArrayList<>();
    for (CycleFinding finding : deadlocks.findings()) {
      cycles.add(cycle(finding));
    }
    return new Cycles(cycles, deadlocks);
  }

  /** The section, and the analysis it came from (its counts go to the summary). */
  record Cycles(List<LockOrderCycle> cycles, DeadlockAnalysis.Result analysis) {}

  private LockOrderCycle cycle(CycleFinding finding) {
    List<OrderEdge> edges = finding.edges();
    List<LockDescription> locks = new ArrayList<>();
    List<CycleEdge> cycleEdges = new ArrayList<>();
    List<String> scenario = new ArrayList<>();
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < edges.size(); i++) {
      OrderEdge edge = edges.get(i);
      EdgeVariant variant = finding.variant(i);
      Site heldAt = Sites.of(context.sites().get(variant.fromSite()));
      Site acquiredAt = Sites.of(context.sites().get(variant.toSite()));
      locks.add(describe(edge.from()));
      if (i == 0) {
        chain.append(LockNames.shortName(edge.from())).append('@').append(heldAt.fileAndLine());
      }
      chain
          .append(" --> ")
          .append(LockNames.shortName(edge.to()))
          .append('@')
          .append(acquiredAt.fileAndLine());
      String thread = finding.threadName(i);
      scenario.add(
          "thread '"
              + thread
              + "' holds "
              + LockNames.name(edge.from())
              + " (taken at "
              + heldAt.fileAndLine()
              + ") and waits for "
              + LockNames.name(edge.to())
              + " at "
              + acquiredAt.fileAndLine());
      cycleEdges.add(
          new CycleEdge(
              edge.from().id(),
              edge.to().id(),
              thread,
              LockLabels.names(variant.held()),
              heldAt,
              acquiredAt,
              LockLabels.mode(variant.toShare(), variant.mode()),
              Sites.of(variant.heldStack()),
              Sites.of(variant.acquiredStack())));
    }
    return new LockOrderCycle(
        finding.fingerprint(),
        finding.verdict().severity(),
        finding.verdict().label(),
        chain.toString(),
        finding.occurrences(),
        scenario,
        locks,
        cycleEdges);
  }

  private static LockDescription describe(LockNode node) {
    SiteInfo first = node.firstSeen();
    Site firstSeen = first == null ? null : Sites.of(first);
    return new LockDescription(
        node.id(), node.type(), node.kindName(), LockNames.name(node), firstSeen);
  }
}
