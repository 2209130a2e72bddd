package io.lockwatch.report.merge;

import io.lockwatch.engine.deadlock.ClassDependency;
import io.lockwatch.engine.deadlock.DeadlockFactsBuilder;
import io.lockwatch.engine.deadlock.DeadlockFinding;
import io.lockwatch.engine.deadlock.DeadlockSearch;
import io.lockwatch.engine.deadlock.SearchLimits;
import io.lockwatch.engine.deadlock.SearchResult;
import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.Incomplete;
import io.lockwatch.report.model.LockClass;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.render.LockLabels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lock-order cycles that only the reports together show: the agent's own engine, run over the
 * lock-class facts of every input (threads of different JVMs are different threads). Cycles of lock
 * objects stay the agents' findings; what this adds is predicted: lock classes taken in opposite
 * orders by threads of different JVMs, or different objects of one JVM, with every rule of the
 * agent applied (a class nested in itself needs an instance cycle, which only an agent can see).
 */
final class CrossJvmCycles {
  private final DeadlockFactsBuilder facts = new DeadlockFactsBuilder(8);
  private final Map<String, Integer> sites = new HashMap<>();
  private final List<Site> siteList = new ArrayList<>();
  private final Map<String, Integer> threads = new HashMap<>();
  private final List<String> threadNames = new ArrayList<>();
  private final List<CodeEdge> edgeOf = new ArrayList<>();
  private final Map<String, LockClass> classes = new HashMap<>();

  /** Adds one input's lock classes and edges; its thread names are qualified by {@code label}. */
  void add(List<LockClass> lockClasses, List<CodeEdge> edges, String label) {
    for (LockClass c : lockClasses) {
      int id = facts.lockClass(c.name(), LockOrderModes.kind(c.kind()));
      facts.describeClass(id, c.permits(), c.writeLocked(), c.signal());
      classes.putIfAbsent(c.name(), c);
    }
    for (CodeEdge edge : edges) {
      int from = facts.lockClass(edge.fromLock(), kindOf(edge.fromLock()));
      int to = facts.lockClass(edge.toLock(), kindOf(edge.toLock()));
      int[] gates =
          edge.gateLocks().stream().mapToInt(g -> facts.lockClass(g, kindOf(g))).toArray();
      for (String thread : edge.threads()) {
        int id =
            facts.classDependency(
                thread(label == null ? thread : label + ":" + thread),
                from,
                to,
                site(edge.heldAt()),
                site(edge.acquiredAt()),
                LockOrderModes.share(edge.heldMode()),
                LockOrderModes.share(edge.acquiredMode()),
                LockOrderModes.waitKind(edge.waitKind()),
                gates,
                edge.permitsHeld());
        if (id == edgeOf.size()) {
          edgeOf.add(edge);
        }
      }
    }
  }

  /** What the search found, and what it could not finish. */
  record Found(List<LockOrderCycle> cycles, List<Incomplete> incomplete) {}

  /** Runs the search; {@code known} fingerprints (the agents' findings) are left out. */
  Found search(java.util.Set<String> known) {
    SearchResult result =
        DeadlockSearch.run(facts.build(id -> siteList.get(id).key(), 0), SearchLimits.defaults());
    List<LockOrderCycle> cycles = new ArrayList<>();
    for (DeadlockFinding finding : result.findings()) {
      if (!known.contains(finding.fingerprint())) {
        cycles.add(toCycle(finding));
      }
    }
    List<Incomplete> incomplete =
        result.shortfalls().stream()
            .map(s -> new Incomplete(s.budget(), "merge: " + s.detail()))
            .toList();
    return new Found(cycles, incomplete);
  }

  private LockOrderCycle toCycle(DeadlockFinding finding) {
    List<ClassDependency> walk = finding.walk();
    int n = walk.size();
    List<LockDescription> locks = new ArrayList<>();
    List<CycleEdge> edges = new ArrayList<>();
    List<String> scenario = new ArrayList<>();
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < n; i++) {
      CodeEdge edge = edgeOf.get(walk.get(i).id());
      String thread = threadNames.get(finding.threads()[i]);
      LockClass lockClass = classes.get(edge.fromLock());
      String kind = lockClass == null ? "class-level" : lockClass.kind();
      locks.add(new LockDescription(i + 1, edge.fromLock(), kind, edge.fromLock(), edge.heldAt()));
      List<String> held = new ArrayList<>(edge.gateLocks());
      if (!held.contains(edge.fromLock())) {
        held.add(0, edge.fromLock());
      }
      edges.add(
          new CycleEdge(
              i + 1,
              (i + 1) % n + 1,
              thread,
              held,
              edge.heldAt(),
              edge.acquiredAt(),
              "timed".equals(edge.waitKind()) ? "timed" : edge.acquiredMode(),
              List.of(edge.heldAt()),
              List.of(edge.acquiredAt())));
      scenario.add(
          "thread "
              + thread
              + " holds "
              + LockLabels.shortName(edge.fromLock())
              + " (taken at "
              + edge.heldAt().fileAndLine()
              + ") and waits for "
              + LockLabels.shortName(edge.toLock())
              + " at "
              + edge.acquiredAt().fileAndLine());
      if (i == 0) {
        chain.append(LockLabels.shortName(edge.fromLock())).append('@');
        chain.append(edge.heldAt().fileAndLine());
      }
      chain.append(" --> ").append(LockLabels.shortName(edge.toLock())).append('@');
      chain.append(edge.acquiredAt().fileAndLine());
    }
    String detail =
        finding.detail() != null
            ? finding.detail()
            : "predicted: these lock classes were taken in opposite orders by threads that never"
                + " held the same lock objects in this run";
    return new LockOrderCycle(
        finding.fingerprint(),
        finding.severity().label(),
        finding.kind().label(),
        chain.toString(),
        1,
        false,
        true,
        detail,
        List.copyOf(scenario),
        List.copyOf(locks),
        List.copyOf(edges),
        null);
  }

  private io.lockwatch.engine.deadlock.LockKind kindOf(String lockClass) {
    LockClass known = classes.get(lockClass);
    return LockOrderModes.kind(known == null ? "monitor" : known.kind());
  }

  private int site(Site site) {
    return sites.computeIfAbsent(
        site.key(),
        k -> {
          siteList.add(site);
          return siteList.size() - 1;
        });
  }

  private int thread(String name) {
    return threads.computeIfAbsent(
        name,
        k -> {
          threadNames.add(name);
          return threadNames.size() - 1;
        });
  }
}
