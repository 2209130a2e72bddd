package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.WeakIdentityTable;

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
   * The lock table's entries of the few locks this thread used last, most recent first: a hit costs
   * a few reference comparisons and no identity hash. Entries refer to their locks weakly, so the
   * cache keeps no lock alive once the program dropped it.
   */
  @SuppressWarnings("unchecked")
  private final WeakIdentityTable.Entry<LockNode>[] recent = new WeakIdentityTable.Entry[RECENT];

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
    WeakIdentityTable.Entry<LockNode>[] entries = recent;
    for (int i = 0; i < RECENT; i++) {
      WeakIdentityTable.Entry<LockNode> entry = entries[i];
      if (entry != null && entry.isOf(lock)) {
        return entry.value();
      }
    }
    return null;
  }

  /** Remembers a lock (its table entry) as the most recently used. */
  void rememberLock(WeakIdentityTable.Entry<LockNode> entry) {
    System.arraycopy(recent, 0, recent, 1, RECENT - 1);
    recent[0] = entry;
  }
}
