package io.lockwatch.agent.runtime.lockorder;

import java.util.Arrays;

/**
 * An edge of the lock-order facts: some thread acquired {@code to} while holding {@code from}. Its
 * variants are replaced copy-on-write under the facts' monitor, so readers need no lock.
 */
public final class OrderEdge {
  /**
   * Ways of taking one pair of lock objects kept. One object taken from many places (Lucene's
   * IndexWriter monitor) needs a few dozen: 16 left every Lucene run incomplete. They count towards
   * {@code maxEdges} like the edges, so memory stays bounded by that option.
   */
  public static final int MAX_VARIANTS = 64;

  private final LockNode from;
  private final LockNode to;
  private volatile EdgeVariant[] variants = new EdgeVariant[0];

  /** Where this edge sits in its locks' {@link Adjacency} arrays. */
  int outSlot;

  int inSlot;

  OrderEdge(LockNode from, LockNode to) {
    this.from = from;
    this.to = to;
  }

  /** The lock held. */
  public LockNode from() {
    return from;
  }

  /** The lock acquired while holding {@link #from()}. */
  public LockNode to() {
    return to;
  }

  /** The ways the edge was taken, in the order first seen (at most {@value #MAX_VARIANTS}). */
  public EdgeVariant[] variants() {
    return variants;
  }

  EdgeVariant find(EdgeVariant.Shape shape) {
    for (EdgeVariant v : variants) {
      if (v.hasShape(shape)) {
        return v;
      }
    }
    return null;
  }

  /** Adds a variant; false when the edge already has {@value #MAX_VARIANTS}. */
  boolean add(EdgeVariant variant) {
    EdgeVariant[] old = variants;
    if (old.length >= MAX_VARIANTS) {
      return false;
    }
    EdgeVariant[] grown = Arrays.copyOf(old, old.length + 1);
    grown[old.length] = variant;
    variants = grown;
    return true;
  }

  @Override
  public String toString() {
    return from + "->" + to;
  }
}
