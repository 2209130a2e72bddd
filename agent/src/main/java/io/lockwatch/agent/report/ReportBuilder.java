package io.lockwatch.agent.report;

import io.lockwatch.agent.analysis.CycleFinding;
import io.lockwatch.agent.analysis.DeadlockAnalysis;
import io.lockwatch.agent.analysis.EdgeVariant;
import io.lockwatch.agent.analysis.OrderEdge;
import io.lockwatch.agent.runtime.HeldLocks;
import io.lockwatch.agent.runtime.LockNames;
import io.lockwatch.agent.runtime.LockNode;
import io.lockwatch.agent.runtime.SiteInfo;
import io.lockwatch.agent.runtime.FieldRegistry;
import io.lockwatch.agent.runtime.RaceRecords;
import io.lockwatch.agent.runtime.ThreadRegistry;
import io.lockwatch.agent.runtime.WaitHazards;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.SyncOp;
import io.lockwatch.report.fingerprint.CycleFingerprint;
import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.LockOrderEdge;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.RunInfo;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;

/** Builds the report model from the agent's state, running the analysis on a snapshot. */
public final class ReportBuilder {
  private static final int MAX_EDGE_THREADS = 4;

  private final AgentState state;

  public ReportBuilder(AgentState state) {
    this.state = state;
  }

  /** The report as of now; {@code reason} says why it is written ({@code exit}, ...). */
  public Report build(String reason) {
    Graph<LockNode, OrderEdge> graph = state.graph().snapshot();
    DeadlockAnalysis.Result deadlocks =
        DeadlockAnalysis.analyse(
            graph,
            state.sites()::get,
            state.options().maxCycleLength(),
            state.options().maxCycles());
    if (deadlocks.truncated()) {
      state.errors().record("overflow", "cycle search", "stopped after maxCycles=" + state.options().maxCycles());
    }
    if (state.graph().edgesDropped() > 0) {
      state.errors().record("overflow", "lock-order graph", "new edges dropped after maxEdges=" + state.options().maxEdges());
    }
    List<LockOrderCycle> cycles = new ArrayList<>();
    for (CycleFinding finding : deadlocks.findings()) {
      cycles.add(cycle(finding));
    }
    Map<String, Long> filtered = new LinkedHashMap<>(deadlocks.filtered());
    filtered.put("tryLock", state.counters().tryLockEdgesSkipped.sum());
    filtered.put("reentrant", ThreadRegistry.reentrantAcquisitions());
    List<WaitHazard> hazards = waitHazards();
    List<UnguardedField> unguarded = unguardedFields();
    List<ObservedDeadlock> deadlocksSeen = state.observedDeadlocksSnapshot();
    List<AgentError> errors = state.errors().toReport();
    Summary summary =
        new Summary(
            state.counters().classesInstrumented.sum(),
            state.locks().created(),
            ThreadRegistry.acquisitions(),
            graph.edgeSet().size(),
            deadlocks.cyclesFound(),
            cycles.size(),
            filtered,
            deadlocksSeen.size(),
            unguarded.size(),
            hazards.size(),
            state.errors().total(),
            state.fields().size(),
            ThreadRegistry.fieldAccesses());
    return new Report(
        Report.SCHEMA_VERSION,
        run(reason),
        summary,
        cycles,
        deadlocksSeen,
        unguarded,
        hazards,
        errors,
        codeLevelEdges(graph));
  }

  private List<UnguardedField> unguardedFields() {
    List<UnguardedField> result = new ArrayList<>();
    for (RaceRecords.Race race : state.races().all()) {
      FieldRegistry.FieldInfo field = state.fields().get(race.field());
      UnguardedField.FieldAccess earlier = access(race.earlier());
      UnguardedField.FieldAccess later = access(race.later());
      result.add(
          new UnguardedField(
              // per field, like the finding: which two accesses a run catches first varies
              "race:" + CycleFingerprint.hash(field.qualifiedName()),
              race.observed() ? "high" : "medium",
              field.qualifiedName(),
              race.observed(),
              List.of(earlier, later)));
    }
    result.sort(Comparator.comparing(UnguardedField::field));
    return result;
  }

  private UnguardedField.FieldAccess access(RaceRecords.Access access) {
    Site site = state.sites().get(access.site()).toSite();
    List<Site> stack = access.stack() == null ? List.of(site) : access.stack();
    return new UnguardedField.FieldAccess(
        access.thread(), access.write() ? "write" : "read", site, names(access.locks()), stack);
  }

  private List<WaitHazard> waitHazards() {
    List<WaitHazard> result = new ArrayList<>();
    for (WaitHazards.Hazard h : state.hazards().all()) {
      SiteInfo waitSite = state.sites().get(h.waitSite());
      SiteInfo heldAt = state.sites().get(h.heldSite());
      // an untimed wait for a signal while holding another lock can lock the thread out for good
      boolean monitorLockout = h.op() == SyncOp.OBJECT_WAIT || h.op() == SyncOp.CONDITION_AWAIT;
      result.add(
          new WaitHazard(
              "hazard:" + CycleFingerprint.hash(waitSite.toSite().key() + "|" + heldAt.toSite().key()),
              monitorLockout ? "high" : "medium",
              SyncOp.name(h.op()),
              h.thread(),
              LockNames.name(h.heldLock()),
              heldAt.toSite(),
              waitSite.toSite(),
              h.stack()));
    }
    result.sort(Comparator.comparing(WaitHazard::fingerprint));
    return result;
  }

  private RunInfo run(String reason) {
    return new RunInfo(
        AgentVersion.get(),
        System.getProperty("java.version"),
        System.getProperty("java.vendor"),
        System.getProperty("sun.java.command", ""),
        ProcessHandle.current().pid(),
        state.startedAt().toString(),
        Instant.now().toString(),
        reason,
        state.options().asMap());
  }

  private LockOrderCycle cycle(CycleFinding finding) {
    List<OrderEdge> edges = finding.edges();
    List<LockDescription> locks = new ArrayList<>();
    List<CycleEdge> cycleEdges = new ArrayList<>();
    List<String> scenario = new ArrayList<>();
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < edges.size(); i++) {
      OrderEdge edge = edges.get(i);
      EdgeVariant variant = finding.variant(i);
      SiteInfo heldAt = state.sites().get(variant.fromSite());
      SiteInfo acquiredAt = state.sites().get(variant.toSite());
      locks.add(describe(edge.from()));
      if (i == 0) {
        chain.append(LockNames.shortName(edge.from())).append('@').append(heldAt.toSite().fileAndLine());
      }
      chain.append(" --> ").append(LockNames.shortName(edge.to())).append('@').append(acquiredAt.toSite().fileAndLine());
      String thread = finding.threadName(i);
      scenario.add(
          "thread '"
              + thread
              + "' holds "
              + LockNames.name(edge.from())
              + " (taken at "
              + heldAt.toSite().fileAndLine()
              + ") and waits for "
              + LockNames.name(edge.to())
              + " at "
              + acquiredAt.toSite().fileAndLine());
      cycleEdges.add(
          new CycleEdge(
              edge.from().id(),
              edge.to().id(),
              thread,
              names(variant.held()),
              heldAt.toSite(),
              acquiredAt.toSite(),
              modeName(variant.toShare(), variant.mode()),
              variant.heldStack(),
              variant.acquiredStack()));
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
    Site firstSeen = first == null ? null : first.toSite();
    return new LockDescription(node.id(), node.type(), node.kindName(), LockNames.name(node), firstSeen);
  }

  private static List<String> names(LockNode[] held) {
    List<String> names = new ArrayList<>(held.length);
    for (LockNode node : held) {
      names.add(LockNames.name(node));
    }
    return names;
  }

  static String modeName(byte share, byte mode) {
    if (mode == EventSink.MODE_TIMED) {
      return "timed";
    }
    return switch (share) {
      case HeldLocks.READ -> "read";
      case HeldLocks.WRITE -> "write";
      default -> "exclusive";
    };
  }

  /** The graph folded to code level: one entry per (lock classes, sites, mode, gates). */
  private List<LockOrderEdge> codeLevelEdges(Graph<LockNode, OrderEdge> graph) {
    record Key(String from, String to, int fromSite, int toSite, String mode, List<String> gates) {}
    Map<Key, long[]> counts = new LinkedHashMap<>();
    Map<Key, Set<String>> threads = new LinkedHashMap<>();
    for (OrderEdge edge : graph.edgeSet()) {
      for (EdgeVariant v : edge.variants()) {
        SiteInfo fromSite = state.sites().get(v.fromSite());
        SiteInfo toSite = state.sites().get(v.toSite());
        List<String> gates = new ArrayList<>();
        for (LockNode held : v.held()) {
          if (held != edge.from() && Arrays.binarySearch(v.gates(), held.id()) >= 0) {
            gates.add(LockNames.lockClass(held, held.firstSeen()));
          }
        }
        Key key =
            new Key(
                LockNames.lockClass(edge.from(), fromSite),
                LockNames.lockClass(edge.to(), toSite),
                v.fromSite(),
                v.toSite(),
                modeName(v.toShare(), v.mode()),
                gates);
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
        Set<String> names = threads.computeIfAbsent(key, k -> new LinkedHashSet<>());
        for (String name : v.threadNames()) {
          if (names.size() < MAX_EDGE_THREADS) {
            names.add(name);
          }
        }
      }
    }
    List<LockOrderEdge> result = new ArrayList<>(counts.size());
    counts.forEach(
        (k, count) ->
            result.add(
                new LockOrderEdge(
                    k.from,
                    k.to,
                    state.sites().get(k.fromSite).toSite(),
                    state.sites().get(k.toSite).toSite(),
                    k.mode,
                    k.gates,
                    List.copyOf(threads.get(k)),
                    count[0])));
    return result;
  }
}
