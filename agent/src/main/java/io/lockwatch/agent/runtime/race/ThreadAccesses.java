package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.hb.ThreadClock;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockNode;

/**
 * One thread's part of race detection: its clock and held locks (the other concerns' parts, read
 * only), the last few objects whose field shadows it used, the lock set it holds now (cached), how
 * many fields it accessed, and how deep it is in class initialisers. Owned by its thread.
 */
public final class ThreadAccesses {
  static final int RECENT = 4;
  private static final int LOCK_SETS = 256;

  final ThreadClock clock;
  final HeldLocks held;

  /**
   * The last few objects whose field shadows this thread used, most recent first (see ShadowTable).
   */
  final Object[] shadowOwners = new Object[RECENT];

  final ObjectShadows[] shadowsOfOwners = new ObjectShadows[RECENT];

  private int lockSetVersion = -1;
  private final long[] lockSetKeys = new long[LOCK_SETS];
  private final LockNode[][] lockSetCache = new LockNode[LOCK_SETS][];
  private LockNode[] lockSet = new LockNode[0];

  /** Counted here, not in a shared counter: no shared write on the hot path. */
  long fieldAccesses;

  /** How many class initialisers are running in this thread (nested ones count). */
  int classInitialisers;

  /**
   * @param clock the thread's happens-before clock
   * @param held the thread's held-lock stack
   */
  public ThreadAccesses(ThreadClock clock, HeldLocks held) {
    this.clock = clock;
    this.held = held;
  }

  /** Field accesses this thread made so far. */
  public long fieldAccesses() {
    return fieldAccesses;
  }

  /** A class initialiser starts (or ends) in this thread: its writes are published by it. */
  public void classInitialiser(boolean starts) {
    classInitialisers += starts ? 1 : -1;
  }

  /**
   * The locks held now (each once). Arrays are shared: cached by the held stack's chain key, so a
   * thread that takes the same locks again and again builds each set once, not once per access.
   */
  LockNode[] lockSet() {
    int version = held.version();
    if (lockSetVersion == version) {
      return lockSet;
    }
    long key = held.topChainKey();
    int slot = (int) (key ^ (key >>> 32)) & (LOCK_SETS - 1);
    LockNode[] cached = lockSetCache[slot];
    if (lockSetKeys[slot] != key || cached == null) {
      cached = held.distinctNodes();
      lockSetCache[slot] = cached;
      lockSetKeys[slot] = key;
    }
    lockSet = cached;
    lockSetVersion = version;
    return cached;
  }
}
