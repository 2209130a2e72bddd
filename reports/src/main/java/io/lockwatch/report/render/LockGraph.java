package io.lockwatch.report.render;

import io.lockwatch.report.fingerprint.CycleFingerprint;
import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lock-order graph of a report as it is drawn: one node per lock class, one arc per ordered
 * pair of lock classes (all the sites of that pair on it), and the arcs and nodes of reported
 * cycles marked. Built from {@code lockOrderEdges}; a cycle edge that matches none of them by its
 * sites is added between its locks' runtime types.
 */
public final class LockGraph {

  /**
   * A lock class.
   *
   * @param id the lock class as the report names it
   * @param label its short name, see {@link LockLabels#shortName}
   * @param inCycle whether a reported cycle goes through it
   */
  public record Node(String id, String label, boolean inCycle) {}

  /**
   * Every edge from one lock class to another.
   *
   * @param from the held lock class
   * @param to the acquired lock class
   * @param sites {@code Bank.java:41 -> Bank.java:42} for each pair of sites
   * @param count lock-instance edges behind it
   * @param threads names of threads that took this order, as the report gives them
   * @param cycles fingerprints of the reported cycles that use it
   */
  public record Arc(
      String from,
      String to,
      List<String> sites,
      long count,
      List<String> threads,
      List<String> cycles) {

    /** Whether the arc goes from a lock class to itself (two instances of one class). */
    public boolean isLoop() {
      return from.equals(to);
    }

    /** Whether a reported cycle uses it. */
    public boolean inCycle() {
      return !cycles.isEmpty();
    }
  }

  private final List<Node> nodes;
  private final List<Arc> arcs;

  private LockGraph(List<Node> nodes, List<Arc> arcs) {
    this.nodes = nodes;
    this.arcs = arcs;
  }

  /** The nodes, in the order the report first names them. */
  public List<Node> nodes() {
    return nodes;
  }

  /** The arcs, in the order the report first names them. */
  public List<Arc> arcs() {
    return arcs;
  }

  /** The graph of {@code report}. */
  public static LockGraph of(Report report) {
    Map<List<String>, ArcBuilder> arcs = new LinkedHashMap<>();
    Map<String, List<String>> pairOfEdgeSites = new HashMap<>();
    for (CodeEdge edge : report.codeEdges()) {
      List<String> pair = List.of(edge.fromLock(), edge.toLock());
      arcs.computeIfAbsent(pair, p -> new ArcBuilder())
          .add(
              edge.heldAt().fileAndLine() + " -> " + edge.acquiredAt().fileAndLine(),
              edge.count(),
              edge.threads());
      pairOfEdgeSites.putIfAbsent(CycleFingerprint.edgeKey(edge.heldAt(), edge.acquiredAt()), pair);
    }
    Set<String> cycleNodes = new LinkedHashSet<>();
    for (LockOrderCycle cycle : report.lockOrderCycles()) {
      Map<Integer, LockDescription> locks = new HashMap<>();
      cycle.locks().forEach(l -> locks.put(l.id(), l));
      for (CycleEdge edge : cycle.edges()) {
        List<String> pair =
            pairOfEdgeSites.get(CycleFingerprint.edgeKey(edge.heldAt(), edge.acquiredAt()));
        if (pair == null) {
          pair = List.of(lockClass(locks.get(edge.from())), lockClass(locks.get(edge.to())));
          ArcBuilder added = arcs.computeIfAbsent(pair, p -> new ArcBuilder());
          added.add(
              edge.heldAt().fileAndLine() + " -> " + edge.acquiredAt().fileAndLine(),
              1,
              List.of(edge.thread()));
        }
        arcs.get(pair).cycles.add(cycle.fingerprint());
        cycleNodes.addAll(pair);
      }
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Arc> arcList = new ArrayList<>();
    arcs.forEach(
        (pair, arc) -> {
          for (String lock : pair) {
            nodes.computeIfAbsent(
                lock, l -> new Node(l, LockLabels.shortName(l), cycleNodes.contains(l)));
          }
          arcList.add(
              new Arc(
                  pair.get(0),
                  pair.get(1),
                  List.copyOf(arc.sites),
                  arc.count,
                  List.copyOf(arc.threads),
                  List.copyOf(arc.cycles)));
        });
    return new LockGraph(List.copyOf(nodes.values()), List.copyOf(arcList));
  }

  private static String lockClass(LockDescription lock) {
    if (lock == null) {
      return "?";
    }
    return lock.type() != null ? lock.type() : lock.name();
  }

  private static final class ArcBuilder {
    private final Set<String> sites = new LinkedHashSet<>();
    private final Set<String> threads = new LinkedHashSet<>();
    private final Set<String> cycles = new LinkedHashSet<>();
    private long count;

    void add(String sites, long count, List<String> threads) {
      this.sites.add(sites);
      this.threads.addAll(threads);
      this.count += count;
    }
  }
}
