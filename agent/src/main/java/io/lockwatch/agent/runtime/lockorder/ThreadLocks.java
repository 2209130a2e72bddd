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

  /**
   * Identity hashes of the lock objects this thread created last (a ring): a first acquisition of
   * one of them cannot block, since no other thread can have taken it yet. Hashes, not references,
   * so nothing is kept alive; a collision only loses one edge of a lock taken once.
   */
  private final int[] created = new int[CREATED];

  private int createdNext;
  private static final int CREATED = 16;

  /** Counted here, not in a shared counter: no shared write on the hot path. */
  long acquisitions;

  long reentrantAcquisitions;

  /**
   * A lock requested but not yet acquired ({@code Lock.lock()} reports before it waits): its order
   * is recorded at the request, so a thread stuck in it still has its edges; its acquisition then
   * only pushes it. Null when none is pending.
   */
  Object pendingKey;

  LockNode pendingNode;
  int pendingSite;
  byte pendingShare;
  byte pendingWait;
  long pendingChain;

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

  /** This thread has just constructed the lock whose key has this identity hash. */
  void rememberCreated(int identityHash) {
    created[createdNext] = identityHash;
    createdNext = (createdNext + 1) % CREATED;
  }

  /** True when this thread recently constructed the lock whose key has this identity hash. */
  boolean created(int identityHash) {
    for (int hash : created) {
      if (hash == identityHash && hash != 0) {
        return true;
      }
    }
    return false;
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
