package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import java.util.List;

/**
 * The locks a thread held at an access, each once, and which of them it held only for reading (the
 * read half of a read-write lock, a read stamp): a read lock does not order two readers, so the
 * report says so beside the lock's name. Shared between accesses: a thread's sets are cached by its
 * held stack's chain key, so a shadow compares sets by identity.
 */
public final class LockSet {
  /** No lock held. */
  public static final LockSet NONE = new LockSet(new LockNode[0], 0);

  private final LockNode[] nodes;

  /** Bit {@code i} set: {@code nodes[i]} was held only in read mode (the first 64 locks). */
  private final long readOnly;

  private LockSet(LockNode[] nodes, long readOnly) {
    this.nodes = nodes;
    this.readOnly = readOnly;
  }

  /** The set {@code held} holds now. */
  static LockSet of(HeldLocks held) {
    LockNode[] nodes = held.distinctNodes();
    long readOnly = 0;
    for (int i = 0; i < Math.min(nodes.length, Long.SIZE); i++) {
      if (held.onlyReads(nodes[i])) {
        readOnly |= 1L << i;
      }
    }
    return new LockSet(nodes, readOnly);
  }

  /** How many locks. */
  public int size() {
    return nodes.length;
  }

  /** The {@code i}th lock, outermost first. */
  public LockNode node(int i) {
    return nodes[i];
  }

  /** The locks, outermost first (a copy, for tests and messages). */
  public List<LockNode> asList() {
    return List.of(nodes);
  }

  /** Whether the {@code i}th lock was held only for reading. */
  public boolean readOnly(int i) {
    return i < Long.SIZE && (readOnly & (1L << i)) != 0;
  }
}
