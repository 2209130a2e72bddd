package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.hb.ThreadClock;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import java.util.Arrays;

/**
 * One thread's part of race detection: its clock and held locks (the other concerns' parts, read
 * only), the last few objects and arrays whose shadows it used, the lock sets it holds now
 * (cached), how many accesses it made, and which class initialisers it is running. Owned by its
 * thread.
 */
public final class ThreadAccesses {
  static final int RECENT = 4;
  private static final int LOCK_SETS = 256;

  final ThreadClock clock;
  final HeldLocks held;

  /**
   * The shadow table's entries of the last few objects whose field shadows this thread used, most
   * recent first (see ShadowTable): entries refer to their objects weakly, so none is kept alive.
   */
  @SuppressWarnings("unchecked")
  final WeakIdentityTable.Entry<ObjectShadows>[] recentObjects =
      new WeakIdentityTable.Entry[RECENT];

  /** The same for arrays. */
  @SuppressWarnings("unchecked")
  final WeakIdentityTable.Entry<ArrayShadows>[] recentArrays = new WeakIdentityTable.Entry[RECENT];

  private final LockSetCache all = new LockSetCache();

  /** Counted here, not in a shared counter: no shared write on the hot path. */
  long fieldAccesses;

  /** Accesses {@code races=sample} did not check (counted like the accesses). */
  long accessesSkipped;

  /** {@code races=sample}: the site each slot counts and its executions (see AccessSampling). */
  int[] sampledSites;

  int[] sampledRuns;

  /** The classes whose initialisers run in this thread, innermost last. */
  private int[] initialising = new int[4];

  int initialisers;

  /**
   * @param clock the thread's happens-before clock
   * @param held the thread's held-lock stack
   */
  public ThreadAccesses(ThreadClock clock, HeldLocks held) {
    this.clock = clock;
    this.held = held;
  }

  /** Accesses this thread made that {@code races=sample} did not check. */
  public long accessesSkipped() {
    return accessesSkipped;
  }

  /** Field and element accesses this thread made so far. */
  public long fieldAccesses() {
    return fieldAccesses;
  }

  /**
   * The initialiser of class {@code type} (a field-registry class id) starts or ends in this
   * thread. An end pops back to that class's entry, so one whose start was missed cannot leave the
   * thread believing forever that it is initialising.
   */
  public void classInitialiser(int type, boolean starts) {
    if (starts) {
      if (initialisers == initialising.length) {
        initialising = Arrays.copyOf(initialising, initialisers * 2);
      }
      initialising[initialisers++] = type;
      return;
    }
    for (int i = initialisers - 1; i >= 0; i--) {
      if (initialising[i] == type) {
        initialisers = i;
        return;
      }
    }
  }

  /** Whether this thread is running the initialiser of class {@code type}. */
  boolean initialises(int type) {
    for (int i = initialisers - 1; i >= 0; i--) {
      if (initialising[i] == type) {
        return true;
      }
    }
    return false;
  }

  /**
   * The locks held now (each once). Arrays are shared: cached by the held stack's chain key, so a
   * thread that takes the same locks again and again builds each set once, not once per access.
   */
  LockSet lockSet() {
    return all.of(held);
  }

  /**
   * The lock sets, cached by the held stack's chain key; the cache itself is made the first time
   * the thread accesses something while holding a lock (many threads never do).
   */
  private static final class LockSetCache {
    private int version = -1;
    private long[] keys;
    private LockSet[] sets;
    private LockSet current = LockSet.NONE;

    LockSet of(HeldLocks held) {
      int now = held.version();
      if (version == now) {
        return current;
      }
      if (held.depth() == 0) {
        version = now;
        current = LockSet.NONE;
        return LockSet.NONE;
      }
      if (keys == null) {
        keys = new long[LOCK_SETS];
        sets = new LockSet[LOCK_SETS];
      }
      long key = held.topChainKey();
      int slot = (int) (key ^ (key >>> 32)) & (LOCK_SETS - 1);
      LockSet cached = sets[slot];
      if (keys[slot] != key || cached == null) {
        cached = LockSet.of(held);
        sets[slot] = cached;
        keys[slot] = key;
      }
      current = cached;
      version = now;
      return cached;
    }
  }
}
