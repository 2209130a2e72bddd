package io.lockwatch.agent.runtime.lockorder;

/**
 * One thread's part of lock order: its held-lock stack, the chains it has already validated, the
 * few locks it used last, and its acquisition counts. Owned and written by that thread only; other
 * threads read the counts and held-stack snapshots racily.
 */
public final class ThreadLocks {
  private static final int RECENT = 4;

  final HeldLocks held = new HeldLocks();
  final LongSet validatedChains = new LongSet(1 << 16);
  final long threadId;

  /**
   * The few locks this thread used last, most recent first, with their nodes: a hit costs a few
   * reference comparisons and no identity hash. Bounded, so it keeps at most that many objects
   * reachable.
   */
  private final Object[] recentLocks = new Object[RECENT];

  private final LockNode[] recentNodes = new LockNode[RECENT];

  /** Counted here, not in a shared counter: no shared write on the hot path. */
  long acquisitions;

  long reentrantAcquisitions;

  /**
   * @param threadId the id of the thread this part belongs to
   */
  public ThreadLocks(long threadId) {
    this.threadId = threadId;
  }

  /** The thread's held-lock stack. */
  public HeldLocks held() {
    return held;
  }

  /** Lock acquisitions (and semaphore permits) this thread made so far. */
  public long acquisitions() {
    return acquisitions;
  }

  /** Acquisitions of locks this thread already held. */
  public long reentrantAcquisitions() {
    return reentrantAcquisitions;
  }

  /** The node of a recently used lock, or null. */
  LockNode recentNode(Object lock) {
    Object[] keys = recentLocks;
    for (int i = 0; i < RECENT; i++) {
      if (keys[i] == lock) {
        return recentNodes[i];
      }
    }
    return null;
  }

  /** Remembers a lock as the most recently used. */
  void rememberLock(Object lock, LockNode node) {
    System.arraycopy(recentLocks, 0, recentLocks, 1, RECENT - 1);
    System.arraycopy(recentNodes, 0, recentNodes, 1, RECENT - 1);
    recentLocks[0] = lock;
    recentNodes[0] = node;
  }
}
