package io.lockwatch.agent.analysis;

import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.OrderEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.AsSubgraph;

/**
 * Finds the elementary cycles of the lock-order graph: strongly connected components first, then a
 * bounded enumeration inside each (enumerating every cycle of a large graph explodes).
 */
final class CycleFinder {

  /** The cycles found, each as its edges in order; {@code truncated} when a bound was hit. */
  record Result(List<List<OrderEdge>> cycles, boolean truncated) {}

  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super(null, null, false, false);
    }
  }

  private CycleFinder() {}

  /**
   * @param maxLength the longest cycle searched for, in locks
   * @param maxCycles stop after this many cycles
   */
  static Result find(Graph<LockNode, OrderEdge> graph, int maxLength, int maxCycles) {
    List<List<OrderEdge>> cycles = new ArrayList<>();
    boolean truncated = false;
    Graph<LockNode, OrderEdge> candidates = withoutAcyclicNodes(graph);
    List<Set<LockNode>> components =
        new KosarajuStrongConnectivityInspector<>(candidates).stronglyConnectedSets();
    for (Set<LockNode> component : components) {
      if (component.size() < 2) {
        continue;
      }
      Graph<LockNode, OrderEdge> sub = new AsSubgraph<>(candidates, component);
      HawickJamesSimpleCycles<LockNode, OrderEdge> search = new HawickJamesSimpleCycles<>(sub);
      search.setPathLimit(maxLength);
      try {
        search.findSimpleCycles(
            nodes -> {
              if (nodes.size() < 2 || nodes.size() > maxLength) {
                return;
              }
              if (cycles.size() >= maxCycles) {
                throw new Enough();
              }
              cycles.add(edgesOf(sub, nodes));
            });
      } catch (Enough enough) {
        truncated = true;
        break;
      }
    }
    return new Result(cycles, truncated);
  }

  /**
   * The graph without the nodes that cannot be on a cycle (no incoming or no outgoing edge, after
   * removing such nodes repeatedly): typically most of a large graph, so the strongly connected
   * components are computed on what is left.
   */
  static Graph<LockNode, OrderEdge> withoutAcyclicNodes(Graph<LockNode, OrderEdge> graph) {
    Map<LockNode, int[]> degrees = new HashMap<>();
    ArrayDeque<LockNode> dropped = new ArrayDeque<>();
    for (LockNode node : graph.vertexSet()) {
      int[] d = {graph.inDegreeOf(node), graph.outDegreeOf(node)};
      degrees.put(node, d);
      if (d[0] == 0 || d[1] == 0) {
        dropped.add(node);
      }
    }
    Set<LockNode> gone = new HashSet<>();
    while (!dropped.isEmpty()) {
      LockNode node = dropped.poll();
      if (!gone.add(node)) {
        continue;
      }
      for (OrderEdge out : graph.outgoingEdgesOf(node)) {
        int[] d = degrees.get(out.to());
        if (--d[0] == 0) {
          dropped.add(out.to());
        }
      }
      for (OrderEdge in : graph.incomingEdgesOf(node)) {
        int[] d = degrees.get(in.from());
        if (--d[1] == 0) {
          dropped.add(in.from());
        }
      }
    }
    if (gone.isEmpty()) {
      return graph;
    }
    Set<LockNode> kept = new HashSet<>(graph.vertexSet());
    kept.removeAll(gone);
    return new AsSubgraph<>(graph, kept);
  }

  private static List<OrderEdge> edgesOf(Graph<LockNode, OrderEdge> graph, List<LockNode> nodes) {
    List<OrderEdge> edges = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      edges.add(graph.getEdge(nodes.get(i), nodes.get((i + 1) % nodes.size())));
    }
    return edges;
  }
}
