package io.lockwatch.agent.runtime.lockorder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.concurrent.atomic.LongAdder;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.EdgeSetFactory;
import org.jgrapht.graph.FastLookupGraphSpecificsStrategy;

/**
 * The lock-order facts of this run: which lock instance some thread acquired while holding which
 * other, in which ways ({@link EdgeVariant}s), kept as a JGraphT graph. New facts are added under
 * one private monitor (a racy check-then-add would miss cycles); facts already known never reach
 * this class, thanks to the per-thread chain cache. Nodes of collected locks that can no longer
 * close a cycle (no incoming or no outgoing edge) are pruned, so memory stays bounded under lock
 * churn. The analysis reads a {@link #snapshot()}.
 */
public final class LockOrderFacts {
  private final Graph<LockNode, OrderEdge> graph = newGraph();
  private final int maxEdges;
  private final LongAdder edgesDropped = new LongAdder();
  private final LongAdder variantsDropped = new LongAdder();
  private long edgesEverAdded;

  /**
   * @param maxEdges the most edges kept; further new edges are dropped and counted
   */
  public LockOrderFacts(int maxEdges) {
    this.maxEdges = maxEdges;
  }

  /**
   * Records that a thread acquired {@code to} at {@code toSite} while holding {@code from}
   * (acquired at {@code fromSite}). Returns the new variant when this shape of the edge is new, so
   * the caller can attach stacks; null when it was already known or had to be dropped.
   */
  public EdgeVariant record(
      LockNode from,
      LockNode to,
      int fromSite,
      int toSite,
      byte fromShare,
      byte toShare,
      byte mode,
      int[] gates,
      LockNode[] held,
      long threadId,
      String threadName,
      int fromPermits) {
    synchronized (this) {
      OrderEdge edge = graph.getEdge(from, to);
      if (edge == null) {
        if (graph.edgeSet().size() >= maxEdges) {
          edgesDropped.increment();
          return null;
        }
        graph.addVertex(from);
        graph.addVertex(to);
        edge = new OrderEdge(from, to);
        graph.addEdge(from, to, edge);
        edgesEverAdded++;
      }
      EdgeVariant known = edge.find(fromSite, toSite, fromShare, toShare, mode, gates);
      if (known != null) {
        known.addThread(threadId, threadName, fromPermits);
        return null;
      }
      EdgeVariant variant =
          new EdgeVariant(
              fromSite,
              toSite,
              fromShare,
              toShare,
              mode,
              gates,
              held,
              threadId,
              threadName,
              fromPermits);
      if (!edge.add(variant)) {
        variantsDropped.increment();
        return null;
      }
      return variant;
    }
  }

  /**
   * A lock object was collected: its node can gain no new edge, so if it has no incoming or no
   * outgoing edge it can never be on a cycle and goes, possibly freeing neighbours the same way.
   */
  public void lockCollected(LockNode node) {
    synchronized (this) {
      Deque<LockNode> work = new ArrayDeque<>();
      work.push(node);
      while (!work.isEmpty()) {
        LockNode n = work.pop();
        if (!n.collected() || !graph.containsVertex(n)) {
          continue;
        }
        if (graph.inDegreeOf(n) == 0 || graph.outDegreeOf(n) == 0) {
          for (LockNode neighbour : Graphs.neighborSetOf(graph, n)) {
            work.push(neighbour);
          }
          graph.removeVertex(n);
        }
      }
    }
  }

  /**
   * A directed graph whose per-vertex edge sets are hashed: a long-lived lock can collect an edge
   * to each of millions of short-lived ones, and removing those one by one must not be quadratic.
   */
  static Graph<LockNode, OrderEdge> newGraph() {
    return new HashedDirectedGraph();
  }

  private static final class HashedDirectedGraph extends AbstractBaseGraph<LockNode, OrderEdge> {
    private static final long serialVersionUID = 1L;

    HashedDirectedGraph() {
      super(
          null,
          null,
          DefaultGraphType.directedSimple(),
          new FastLookupGraphSpecificsStrategy<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public EdgeSetFactory<LockNode, OrderEdge> getEdgeSetFactory() {
              return vertex -> new LinkedHashSet<>();
            }
          });
    }
  }

  /**
   * A copy of the graph for the analysis; the copy shares nodes, edges and variants (whose shapes
   * are immutable).
   */
  public Graph<LockNode, OrderEdge> snapshot() {
    Graph<LockNode, OrderEdge> copy = newGraph();
    synchronized (this) {
      Graphs.addGraph(copy, graph);
    }
    return copy;
  }

  /** How many edges the facts hold now. */
  public synchronized int edgeCount() {
    return graph.edgeSet().size();
  }

  /** How many edges were ever added, pruned ones included. */
  public synchronized long edgesEverAdded() {
    return edgesEverAdded;
  }

  /** New edges dropped because {@code maxEdges} was reached. */
  public long edgesDropped() {
    return edgesDropped.sum();
  }

  /** New ways of taking an edge dropped because the edge had all it keeps. */
  public long variantsDropped() {
    return variantsDropped.sum();
  }
}
