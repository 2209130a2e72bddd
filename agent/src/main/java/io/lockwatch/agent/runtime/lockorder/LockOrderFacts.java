package io.lockwatch.agent.runtime.lockorder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The lock-order facts of this run: which lock instance some thread acquired while holding which
 * other, in which ways ({@link EdgeVariant}s): an edge index by lock pair and each lock's {@link
 * Adjacency}, a few dozen bytes an edge (a general graph library spends hundreds, and the analysis
 * only ever reads the list of edges). New facts are added under one private monitor (a racy
 * check-then-add would miss cycles); facts already known never reach this class, thanks to the
 * per-thread chain cache. Nodes of collected locks that can no longer close a cycle (no incoming or
 * no outgoing edge) are pruned, so memory stays bounded under lock churn. The analysis reads a
 * {@link #snapshot()}.
 */
public final class LockOrderFacts {
  /**
   * Threads kept per fact, an instance variant or a class shape: a cycle needs one per step. The
   * report's {@code LockOrderEdge.MAX_THREADS}, which the runtime does not name (it builds no
   * report records); a test checks the two agree.
   */
  public static final int MAX_THREADS = 8;

  private final EdgeIndex edges = new EdgeIndex();
  private final int maxEdges;
  private final LongAdder edgesDropped = new LongAdder();
  private final LongAdder variantsDropped = new LongAdder();
  private long edgesEverAdded;

  /** The facts kept, the unit of {@code maxEdges}: every variant of every edge. */
  private long variantsKept;

  /**
   * @param maxEdges the most facts kept (each way of taking each edge); further new ones are
   *     dropped and counted
   */
  public LockOrderFacts(int maxEdges) {
    this.maxEdges = maxEdges;
  }

  /**
   * Records that a thread acquired {@code to} while holding {@code from}, at the sites and in the
   * modes of {@code shape}. Returns the new variant when this shape of the edge is new, so the
   * caller can attach stacks; null when it was already known or had to be dropped.
   */
  public EdgeVariant record(
      LockNode from,
      LockNode to,
      EdgeVariant.Shape shape,
      int[] gates,
      LockNode[] held,
      long threadId,
      String threadName,
      int fromPermits) {
    synchronized (this) {
      OrderEdge edge = edges.get(from, to);
      if (edge == null) {
        if (variantsKept >= maxEdges) {
          edgesDropped.increment();
          return null;
        }
        edge = new OrderEdge(from, to);
        edges.put(edge);
        adjacencyOf(from).addOut(edge);
        adjacencyOf(to).addIn(edge);
        edgesEverAdded++;
      }
      EdgeVariant known = edge.find(shape);
      if (known != null) {
        known.narrowGates(gates);
        known.addThread(threadId, threadName, fromPermits);
        return null;
      }
      if (variantsKept >= maxEdges) {
        edgesDropped.increment();
        return null;
      }
      EdgeVariant variant = new EdgeVariant(shape, gates, held, threadId, threadName, fromPermits);
      if (!edge.add(variant)) {
        variantsDropped.increment();
        return null;
      }
      variantsKept++;
      return variant;
    }
  }

  /**
   * A lock object was collected: its node can gain no new edge, so if it has no incoming or no
   * outgoing edge it can never be on a cycle and its edges go, possibly freeing neighbours the same
   * way.
   */
  public void lockCollected(LockNode node) {
    synchronized (this) {
      Deque<LockNode> work = new ArrayDeque<>();
      work.push(node);
      while (!work.isEmpty()) {
        LockNode n = work.pop();
        Adjacency adjacency = n.adjacency;
        if (!n.collected() || adjacency == null) {
          continue;
        }
        if (adjacency.inDegree() == 0 || adjacency.outDegree() == 0) {
          while (adjacency.outDegree() > 0) {
            OrderEdge edge = adjacency.out(adjacency.outDegree() - 1);
            remove(edge);
            work.push(edge.to());
          }
          while (adjacency.inDegree() > 0) {
            OrderEdge edge = adjacency.in(adjacency.inDegree() - 1);
            remove(edge);
            work.push(edge.from());
          }
          n.adjacency = null;
        }
      }
    }
  }

  private void remove(OrderEdge edge) {
    variantsKept -= edge.variants().length;
    edges.remove(edge);
    edge.from().adjacency.removeOut(edge);
    edge.to().adjacency.removeIn(edge);
  }

  private static Adjacency adjacencyOf(LockNode node) {
    Adjacency adjacency = node.adjacency;
    if (adjacency == null) {
      adjacency = new Adjacency();
      node.adjacency = adjacency;
    }
    return adjacency;
  }

  /**
   * The edges, for the analysis: a copy of the list that shares the edges and their variants (whose
   * shapes are immutable).
   */
  public List<OrderEdge> snapshot() {
    synchronized (this) {
      return edges.all();
    }
  }

  /** How many edges the facts hold now. */
  public synchronized int edgeCount() {
    return edges.size();
  }

  /** How many edges were ever added, pruned ones included. */
  public synchronized long edgesEverAdded() {
    return edgesEverAdded;
  }

  /** New edges and new ways of taking one dropped because {@code maxEdges} was reached. */
  public long edgesDropped() {
    return edgesDropped.sum();
  }

  /** New ways of taking an edge dropped because the edge had all it keeps ({@code 64}). */
  public long variantsDropped() {
    return variantsDropped.sum();
  }
}
