package io.lockwatch.agent.runtime.lockorder;

import java.util.ArrayList;
import java.util.List;

/**
 * The lock-order edges by their (from, to) pair of lock ids: an open-addressing table of longs and
 * edges, about 24 bytes an edge, where a general-purpose graph spends hundreds on its lookup
 * structures. Used under the monitor of {@link LockOrderFacts}.
 */
final class EdgeIndex {
  private long[] keys = new long[1024];
  private OrderEdge[] edges = new OrderEdge[1024];
  private int size;

  static long key(LockNode from, LockNode to) {
    return ((long) from.id() << 32) | (to.id() & 0xFFFFFFFFL);
  }

  int size() {
    return size;
  }

  OrderEdge get(LockNode from, LockNode to) {
    long key = key(from, to);
    int mask = keys.length - 1;
    for (int i = slot(key, mask); edges[i] != null; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return edges[i];
      }
    }
    return null;
  }

  void put(OrderEdge edge) {
    if ((size + 1) * 4 > keys.length * 3) {
      grow();
    }
    insert(key(edge.from(), edge.to()), edge);
    size++;
  }

  /** Removes the edge; later entries of its probe run move back so lookups still find them. */
  void remove(OrderEdge edge) {
    long key = key(edge.from(), edge.to());
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (edges[i] != null && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (edges[i] == null) {
      return;
    }
    edges[i] = null;
    size--;
    for (int j = (i + 1) & mask; edges[j] != null; j = (j + 1) & mask) {
      int home = slot(keys[j], mask);
      // the entry at j may fill the hole at i unless its home lies cyclically in (i, j]
      boolean stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
      if (!stays) {
        keys[i] = keys[j];
        edges[i] = edges[j];
        edges[j] = null;
        i = j;
      }
    }
  }

  /** Every edge, in table order. */
  List<OrderEdge> all() {
    List<OrderEdge> all = new ArrayList<>(size);
    for (OrderEdge edge : edges) {
      if (edge != null) {
        all.add(edge);
      }
    }
    return all;
  }

  private void grow() {
    long[] oldKeys = keys;
    OrderEdge[] oldEdges = edges;
    keys = new long[oldKeys.length * 2];
    edges = new OrderEdge[oldEdges.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldEdges[i] != null) {
        insert(oldKeys[i], oldEdges[i]);
      }
    }
  }

  private void insert(long key, OrderEdge edge) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (edges[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    edges[i] = edge;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
