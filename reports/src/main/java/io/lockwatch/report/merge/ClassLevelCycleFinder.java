package io.lockwatch.report.merge;

import io.lockwatch.report.fingerprint.CycleFingerprint;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.LockOrderEdge;
import io.lockwatch.report.render.LockLabels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * Finds lock-order cycles among code-level edges: vertices are lock classes, and a cycle counts
 * only when its edges can come from pairwise different threads and no two of its edges share a gate
 * lock (the same filters the agent applies to instance cycles). Strongly connected components
 * first, then a bounded enumeration of simple cycles inside each, so a large graph cannot explode
 * the search. Class-level self-loops (two instances of one lock class) are the agent's business,
 * not a cycle here.
 */
public final class ClassLevelCycleFinder {
  /** Longest cycle searched, in edges. */
  static final int MAX_LENGTH = 4;

  /** Vertex cycles enumerated at most, over the whole graph. */
  static final int MAX_VERTEX_CYCLES = 10_000;

  /** Edge combinations tried at most for one vertex cycle (parallel edges multiply). */
  static final int MAX_COMBINATIONS = 1_000;

  private boolean limitReached;

  /** Every cycle that passes the filters, deduplicated by fingerprint, in a stable order. */
  public List<LockOrderCycle> find(List<LockOrderEdge> edges) {
    limitReached = false;
    Map<List<String>, List<LockOrderEdge>> byLocks = new LinkedHashMap<>();
    Graph<String, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (LockOrderEdge edge : edges) {
      if (edge.fromLock().equals(edge.toLock())) {
        continue;
      }
      graph.addVertex(edge.fromLock());
      graph.addVertex(edge.toLock());
      graph.addEdge(edge.fromLock(), edge.toLock());
      byLocks
          .computeIfAbsent(List.of(edge.fromLock(), edge.toLock()), k -> new ArrayList<>())
          .add(edge);
    }
    Map<String, Integer> firstSeen = new HashMap<>();
    graph.vertexSet().forEach(lock -> firstSeen.put(lock, firstSeen.size()));
    Map<String, LockOrderCycle> found = new LinkedHashMap<>();
    for (List<String> cycleAsFound : vertexCycles(graph)) {
      List<String> vertexCycle = startAtFirstSeen(cycleAsFound, firstSeen);
      for (List<LockOrderEdge> cycle : edgeCombinations(vertexCycle, byLocks)) {
        List<String> threads = distinctThreads(cycle);
        if (threads != null && !gated(cycle) && !onlyReads(cycle)) {
          LockOrderCycle finding = toCycle(vertexCycle, cycle, threads);
          found.putIfAbsent(finding.fingerprint(), finding);
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** Whether the last {@link #find} stopped early at one of its limits: there may be more. */
  public boolean limitReached() {
    return limitReached;
  }

  private List<List<String>> vertexCycles(Graph<String, DefaultEdge> graph) {
    List<List<String>> cycles = new ArrayList<>();
    for (Set<String> component :
        new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      if (component.size() < 2) {
        continue;
      }
      HawickJamesSimpleCycles<String, DefaultEdge> search =
          new HawickJamesSimpleCycles<>(new AsSubgraph<>(graph, component));
      search.setPathLimit(MAX_LENGTH);
      try {
        search.findSimpleCycles(
            cycle -> {
              if (cycles.size() >= MAX_VERTEX_CYCLES) {
                throw new SearchLimitReached();
              }
              if (cycle.size() >= 2 && cycle.size() <= MAX_LENGTH) {
                cycles.add(List.copyOf(cycle));
              }
            });
      } catch (SearchLimitReached e) {
        limitReached = true;
        break;
      }
    }
    return cycles;
  }

  /** The cycle rotated to start at the lock the input named first, for a stable chain. */
  private static List<String> startAtFirstSeen(List<String> cycle, Map<String, Integer> firstSeen) {
    int start = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (firstSeen.get(cycle.get(i)) < firstSeen.get(cycle.get(start))) {
        start = i;
      }
    }
    List<String> rotated = new ArrayList<>(cycle.subList(start, cycle.size()));
    rotated.addAll(cycle.subList(0, start));
    return rotated;
  }

  private List<List<LockOrderEdge>> edgeCombinations(
      List<String> vertexCycle, Map<List<String>, List<LockOrderEdge>> byLocks) {
    List<List<LockOrderEdge>> choices = new ArrayList<>();
    for (int i = 0; i < vertexCycle.size(); i++) {
      String from = vertexCycle.get(i);
      String to = vertexCycle.get((i + 1) % vertexCycle.size());
      choices.add(byLocks.getOrDefault(List.of(from, to), List.of()));
    }
    List<List<LockOrderEdge>> combinations = new ArrayList<>();
    combine(choices, 0, new ArrayList<>(), combinations);
    if (combinations.size() >= MAX_COMBINATIONS) {
      limitReached = true;
    }
    return combinations;
  }

  private static void combine(
      List<List<LockOrderEdge>> choices,
      int index,
      List<LockOrderEdge> current,
      List<List<LockOrderEdge>> out) {
    if (out.size() >= MAX_COMBINATIONS) {
      return;
    }
    if (index == choices.size()) {
      out.add(List.copyOf(current));
      return;
    }
    for (LockOrderEdge edge : choices.get(index)) {
      current.add(edge);
      combine(choices, index + 1, current, out);
      current.remove(current.size() - 1);
    }
  }

  /** One thread per edge, all different, or null when no such choice exists. */
  static List<String> distinctThreads(List<LockOrderEdge> cycle) {
    String[] chosen = new String[cycle.size()];
    return assign(cycle, 0, chosen, new HashSet<>()) ? List.of(chosen) : null;
  }

  private static boolean assign(
      List<LockOrderEdge> cycle, int index, String[] chosen, Set<String> used) {
    if (index == cycle.size()) {
      return true;
    }
    for (String thread : cycle.get(index).threads()) {
      if (used.add(thread)) {
        chosen[index] = thread;
        if (assign(cycle, index + 1, chosen, used)) {
          return true;
        }
        used.remove(thread);
      }
    }
    return false;
  }

  /** True when two edges were taken under the same gate lock: those threads exclude each other. */
  static boolean gated(List<LockOrderEdge> cycle) {
    for (int i = 0; i < cycle.size(); i++) {
      for (int j = i + 1; j < cycle.size(); j++) {
        Set<String> shared = new HashSet<>(cycle.get(i).gateLocks());
        shared.retainAll(cycle.get(j).gateLocks());
        if (!shared.isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Readers do not block readers: a cycle of read acquisitions alone is no deadlock. */
  private static boolean onlyReads(List<LockOrderEdge> cycle) {
    return cycle.stream().allMatch(e -> "read".equals(e.acquiredMode()));
  }

  private static LockOrderCycle toCycle(
      List<String> locks, List<LockOrderEdge> edges, List<String> threads) {
    int n = locks.size();
    List<LockDescription> descriptions = new ArrayList<>();
    List<CycleEdge> cycleEdges = new ArrayList<>();
    List<String> scenario = new ArrayList<>();
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < n; i++) {
      LockOrderEdge edge = edges.get(i);
      descriptions.add(
          new LockDescription(i + 1, locks.get(i), "class-level", locks.get(i), edge.heldAt()));
      List<String> held = new ArrayList<>();
      held.add(edge.fromLock());
      held.addAll(edge.gateLocks());
      cycleEdges.add(
          new CycleEdge(
              i + 1,
              (i + 1) % n + 1,
              threads.get(i),
              held,
              edge.heldAt(),
              edge.acquiredAt(),
              edge.acquiredMode(),
              List.of(edge.heldAt()),
              List.of(edge.acquiredAt())));
      scenario.add(
          "thread "
              + threads.get(i)
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
    boolean stall = edges.stream().anyMatch(e -> "timed".equals(e.acquiredMode()));
    boolean reads = edges.stream().anyMatch(e -> "read".equals(e.acquiredMode()));
    String kind = stall ? "stall" : reads ? "read-write" : "deadlock";
    return new LockOrderCycle(
        CycleFingerprint.ofLockOrderEdges(edges),
        kind.equals("deadlock") ? "high" : "medium",
        kind,
        chain.toString(),
        1,
        List.copyOf(scenario),
        List.copyOf(descriptions),
        List.copyOf(cycleEdges));
  }

  /** Ends an enumeration that reached {@link #MAX_VERTEX_CYCLES}. */
  private static final class SearchLimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SearchLimitReached() {
      super(null, null, false, false);
    }
  }
}
