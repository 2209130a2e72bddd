package io.lockwatch.agent.report;

import io.lockwatch.agent.analysis.DeadlockAnalysis;
import io.lockwatch.agent.analysis.RunFacts;
import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.lockorder.EdgeVariant;
import io.lockwatch.agent.runtime.lockorder.LockClassOrder;
import io.lockwatch.agent.runtime.lockorder.LockClasses;
import io.lockwatch.agent.runtime.lockorder.LockNames;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.OrderEdge;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.engine.deadlock.ClassDependency;
import io.lockwatch.engine.deadlock.DeadlockFinding;
import io.lockwatch.engine.deadlock.InstanceDependency;
import io.lockwatch.engine.deadlock.SearchLimits;
import io.lockwatch.engine.deadlock.Severity;
import io.lockwatch.engine.deadlock.Shortfall;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.Incomplete;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * The lock-order cycles: runs the deadlock analysis on the snapshot and writes each finding with
 * its locks, edges, a one-line chain and a scenario in words. An instance finding is written from
 * the lock objects of its witness cycle; a predicted one from its lock classes.
 */
final class CycleSection {
  private static final int MAX_OCCURRENCES = 10_000;

  private final AgentContext context;
  private final ReportSettings settings;

  CycleSection(AgentContext context, ReportSettings settings) {
    this.context = context;
    this.settings = settings;
  }

  /**
   * The section, the analysis it came from (its counts go to the summary), and what left the
   * analysis incomplete.
   */
  record Cycles(
      List<LockOrderCycle> cycles, DeadlockAnalysis.Result analysis, List<Incomplete> incomplete) {
    /** The same analysis with {@code reported} as its section. */
    Cycles withCycles(List<LockOrderCycle> reported) {
      return new Cycles(reported, analysis, incomplete);
    }
  }

  /** The cycles of the run, {@code edges} being the snapshot of its instance facts. */
  Cycles build(List<OrderEdge> edges) {
    SiteRegistry sites = context.sites();
    long dropped = context.lockOrder().edgesDropped();
    RunFacts facts =
        RunFacts.of(
            context.lockClasses().all(),
            context.lockClassOrder().snapshot(),
            edges,
            dropped,
            id -> Sites.keyOf(sites.get(id)));
    DeadlockAnalysis.Result analysis =
        DeadlockAnalysis.analyse(
            facts,
            new SearchLimits(
                settings.maxCycleLength(),
                settings.maxCycles(),
                settings.maxSearchSteps(),
                MAX_OCCURRENCES));
    List<LockOrderCycle> cycles = new ArrayList<>();
    for (DeadlockFinding finding : analysis.search().findings()) {
      cycles.add(
          finding.witness() != null ? instanceCycle(finding, facts) : predicted(finding, facts));
    }
    cycles.addAll(SelfDeadlockSection.of(context));
    List<Incomplete> incomplete = new ArrayList<>();
    for (Shortfall s : analysis.search().shortfalls()) {
      incomplete.add(new Incomplete(s.budget(), s.detail()));
    }
    long variantsDropped = context.lockOrder().variantsDropped();
    if (variantsDropped > 0) {
      incomplete.add(
          new Incomplete(
              "edgeVariants",
              variantsDropped
                  + " ways of taking one pair of lock objects past the "
                  + OrderEdge.MAX_VARIANTS
                  + " kept per pair were dropped: a cycle through them may be missing"));
    }
    if (context.lockClassOrder().dropped() > 0) {
      incomplete.add(
          new Incomplete(
              "maxEdges",
              context.lockClassOrder().dropped()
                  + " lock-order facts between lock classes dropped"));
    }
    return new Cycles(cycles, analysis, incomplete);
  }

  private LockOrderCycle instanceCycle(DeadlockFinding finding, RunFacts facts) {
    List<InstanceDependency> witness = finding.witness();
    Written written = new Written();
    for (int i = 0; i < witness.size(); i++) {
      RunFacts.InstanceFact fact = facts.instanceFact(witness.get(i).id());
      OrderEdge edge = fact.edge();
      EdgeVariant variant = fact.variant();
      Site heldAt = Sites.of(context.sites().get(variant.fromSite()));
      Site acquiredAt = Sites.of(context.sites().get(variant.toSite()));
      written.lock(describe(edge.from()));
      written.step(
          i, LockNames.shortName(edge.from()), LockNames.shortName(edge.to()), heldAt, acquiredAt);
      String thread = facts.threadName(finding.threads()[i]);
      written.scenario(
          thread, LockNames.name(edge.from()), LockNames.name(edge.to()), heldAt, acquiredAt);
      written.edges.add(
          new CycleEdge(
              edge.from().id(),
              edge.to().id(),
              thread,
              LockReportText.names(variant.held()),
              heldAt,
              acquiredAt,
              LockReportText.mode(variant.toShare(), variant.mode()),
              Sites.of(variant.heldStack()),
              Sites.of(variant.acquiredStack())));
    }
    return written.cycle(finding, finding.detail(), tests(finding, facts));
  }

  private CycleTests tests(DeadlockFinding finding, RunFacts facts) {
    return CycleTests.of(finding, facts::threadId, context.tests()::acting);
  }

  /** A cycle of lock classes no cycle of this run's objects follows: written from its classes. */
  private LockOrderCycle predicted(DeadlockFinding finding, RunFacts facts) {
    List<ClassDependency> walk = finding.walk();
    int n = walk.size();
    Written written = new Written();
    for (int i = 0; i < n; i++) {
      ClassDependency dependency = walk.get(i);
      LockClassOrder.Entry entry = facts.classEntry(dependency.id());
      LockClasses.Info from = facts.lockClass(dependency.fromClass());
      LockClasses.Info to = facts.lockClass(dependency.toClass());
      Site heldAt = Sites.of(context.sites().get(entry.shape().fromSite()));
      Site acquiredAt = Sites.of(context.sites().get(entry.shape().toSite()));
      String fromName = from.name();
      written.lock(
          new LockDescription(i + 1, fromName, LockNode.kindName(from.kind()), fromName, heldAt));
      written.step(
          i,
          LockNames.shortClassName(fromName),
          LockNames.shortClassName(to.name()),
          heldAt,
          acquiredAt);
      String thread = facts.threadName(finding.threads()[i]);
      written.scenario(
          thread, "a lock of " + fromName, "a lock of " + to.name(), heldAt, acquiredAt);
      written.edges.add(
          new CycleEdge(
              i + 1,
              (i + 1) % n + 1,
              thread,
              List.of(fromName),
              heldAt,
              acquiredAt,
              LockReportText.mode(entry.shape().toShare(), entry.shape().waitKind()),
              Sites.of(entry.heldStack()),
              Sites.of(entry.acquiredStack())));
    }
    String why =
        facts.facts().instanceFactsDropped() > 0 || context.lockOrder().variantsDropped() > 0
            ? "predicted: facts between lock objects were dropped, so whether this"
                + " run's own objects closed this cycle is not known; objects of these lock"
                + " classes, taken by these threads at the same time, would deadlock"
            : "predicted: no cycle of this run's lock objects has these sites; other objects of"
                + " the same lock classes, taken by these threads at the same time, would"
                + " deadlock";
    return written.cycle(
        finding,
        finding.detail() == null ? why : why + "; " + finding.detail(),
        tests(finding, facts));
  }

  private static LockDescription describe(LockNode node) {
    SiteInfo first = node.firstSeen();
    Site firstSeen = first == null ? null : Sites.of(first);
    return new LockDescription(
        node.id(), node.type(), node.kindName(), LockNames.name(node), firstSeen);
  }

  private static final String ONE_THREAD_TWO_TESTS =
      "predicted: different tests took these orders one after the other on one thread; run at"
          + " the same time, as production may run their code, they would deadlock";

  /** A cycle being written: its locks, edges, chain and scenario. */
  private static final class Written {
    final List<LockDescription> locks = new ArrayList<>();
    final List<CycleEdge> edges = new ArrayList<>();
    final List<String> scenario = new ArrayList<>();
    final StringBuilder chain = new StringBuilder();

    void lock(LockDescription lock) {
      locks.add(lock);
    }

    void step(int i, String fromShort, String toShort, Site heldAt, Site acquiredAt) {
      if (i == 0) {
        chain.append(fromShort).append('@').append(heldAt.fileAndLine());
      }
      chain.append(" --> ").append(toShort).append('@').append(acquiredAt.fileAndLine());
    }

    void scenario(String thread, String holds, String waitsFor, Site heldAt, Site acquiredAt) {
      scenario.add(
          "thread '"
              + thread
              + "' holds "
              + holds
              + " (taken at "
              + heldAt.fileAndLine()
              + ") and waits for "
              + waitsFor
              + " at "
              + acquiredAt.fileAndLine());
    }

    LockOrderCycle cycle(DeadlockFinding finding, String detail, CycleTests tests) {
      Severity severity = finding.severity();
      boolean predicted = finding.predicted();
      if (tests.onlyByTest()) {
        // one severity below the same cycle between real threads, and never lowered twice
        severity = predicted ? severity : severity.lower();
        predicted = true;
        detail = (detail == null ? "" : detail + "; ") + ONE_THREAD_TWO_TESTS;
      }
      return new LockOrderCycle(
          finding.fingerprint(),
          severity.label(),
          finding.kind().label(),
          chain.toString(),
          (int) Math.min(finding.occurrences(), Integer.MAX_VALUE),
          finding.occurrencesCapped(),
          predicted,
          detail,
          List.copyOf(scenario),
          List.copyOf(locks),
          List.copyOf(edges),
          tests.tests());
    }
  }
}
