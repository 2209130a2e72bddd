package io.lockwatch.agent.runtime.lockorder;

import java.util.Arrays;

/**
 * The lock-order edges into and out of one lock, as two arrays. Each edge knows its slot in both
 * (see {@link OrderEdge}), so removing one is a swap with the last, never a scan: a long-lived lock
 * can have an edge to each of millions of short-lived ones that come and go. Used under the monitor
 * of {@link LockOrderFacts}.
 */
final class Adjacency {
  private static final OrderEdge[] NONE = new OrderEdge[0];

  private OrderEdge[] out = NONE;
  private int outCount;
  private OrderEdge[] in = NONE;
  private int inCount;

  int outDegree() {
    return outCount;
  }

  int inDegree() {
    return inCount;
  }

  OrderEdge out(int i) {
    return out[i];
  }

  OrderEdge in(int i) {
    return in[i];
  }

  void addOut(OrderEdge edge) {
    if (outCount == out.length) {
      out = Arrays.copyOf(out, Math.max(2, outCount * 2));
    }
    edge.outSlot = outCount;
    out[outCount++] = edge;
  }

  void addIn(OrderEdge edge) {
    if (inCount == in.length) {
      in = Arrays.copyOf(in, Math.max(2, inCount * 2));
    }
    edge.inSlot = inCount;
    in[inCount++] = edge;
  }

  void removeOut(OrderEdge edge) {
    OrderEdge last = out[--outCount];
    out[edge.outSlot] = last;
    last.outSlot = edge.outSlot;
    out[outCount] = null;
  }

  void removeIn(OrderEdge edge) {
    OrderEdge last = in[--inCount];
    in[edge.inSlot] = last;
    last.inSlot = edge.inSlot;
    in[inCount] = null;
  }
}
