package io.lockwatch.agent.runtime.lockorder;

import java.util.Arrays;

/**
 * One thread's stack of held locks, innermost last, as parallel arrays so that push and pop
 * allocate nothing. Each entry also carries the chain key of the stack up to and including it
 * (lockdep's chain hash), which makes "have I validated this acquisition before?" a set lookup.
 */
public final class HeldLocks {
  /** Share mode of an entry: a monitor, a plain lock, a semaphore permit. */
  public static final byte EXCLUSIVE = 0;

  /** Share mode of an entry: the read half of a read-write lock. */
  public static final byte READ = 1;

  /** Share mode of an entry: the write half of a read-write lock. */
  public static final byte WRITE = 2;

  /** Entry flag: the thread already held the lock, so the entry adds no order. */
  static final byte REENTRANT = 1;

  /** Entry flag: pushed by a synchronized method (popped by its exit, not by a monitorexit). */
  static final byte SYNC_METHOD = 2;

  private static final long EMPTY_CHAIN = 0x51ED270B2F0C3A47L;

  Object[] objects = new Object[8];
  LockNode[] nodes = new LockNode[8];
  int[] sites = new int[8];
  byte[] shares = new byte[8];
  byte[] modes = new byte[8];
  byte[] flags = new byte[8];
  long[] chainKeys = new long[8];
  int[] counts = new int[8];
  int depth;

  /** Bumped on every change, so derived views (the lock set) know when to rebuild. */
  int version;

  /** How many entries the stack has (re-entrant ones included). */
  public int depth() {
    return depth;
  }

  /** Bumped on every change, so a view derived from the stack knows when to rebuild. */
  public int version() {
    return version;
  }

  /** The lock object of entry {@code i} (0 is the outermost). */
  public Object objectAt(int i) {
    return objects[i];
  }

  /** The node of entry {@code i}. */
  public LockNode nodeAt(int i) {
    return nodes[i];
  }

  /** The site where entry {@code i} was acquired. */
  public int siteAt(int i) {
    return sites[i];
  }

  /** The chain key of the whole stack. */
  public long topChainKey() {
    return depth == 0 ? EMPTY_CHAIN : chainKeys[depth - 1];
  }

  /** Index of the innermost entry holding {@code node}, or -1. */
  int indexOf(LockNode node) {
    for (int i = depth - 1; i >= 0; i--) {
      if (nodes[i] == node) {
        return i;
      }
    }
    return -1;
  }

  void push(Object lock, LockNode node, int site, byte share, byte mode, byte flag, long chain) {
    if (depth == objects.length) {
      grow();
    }
    version++;
    int i = depth++;
    objects[i] = lock;
    nodes[i] = node;
    sites[i] = site;
    shares[i] = share;
    modes[i] = mode;
    flags[i] = flag;
    chainKeys[i] = chain;
    counts[i] = 1;
  }

  /** One more permit of a semaphore this thread already holds; false when it holds none. */
  boolean addPermit(LockNode semaphore) {
    int i = indexOf(semaphore);
    if (i < 0) {
      return false;
    }
    counts[i]++;
    return true;
  }

  /** One permit of {@code semaphore} given back; the entry goes when its count reaches zero. */
  void releasePermit(LockNode semaphore) {
    int i = indexOf(semaphore);
    if (i >= 0 && --counts[i] == 0) {
      removeAt(i);
    }
  }

  /** Index of the innermost entry for another lock than {@code except}, or -1. */
  public int innermostOtherThan(Object except) {
    for (int i = depth - 1; i >= 0; i--) {
      if (objects[i] != except) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Removes the innermost entry for {@code lock} (compared by reference, never by {@code equals}),
   * preferring one with the given share mode. Returns false when the thread does not hold it.
   */
  public boolean removeLock(Object lock, byte share) {
    int fallback = -1;
    for (int i = depth - 1; i >= 0; i--) {
      if (objects[i] == lock && (flags[i] & SYNC_METHOD) == 0) {
        if (shares[i] == share) {
          removeAt(i);
          return true;
        }
        if (fallback < 0) {
          fallback = i;
        }
      }
    }
    if (fallback >= 0) {
      removeAt(fallback);
      return true;
    }
    return false;
  }

  /**
   * Drops the monitor entries the thread no longer owns, and returns how many: an exit hook lost to
   * a {@code StackOverflowError} leaves its entry behind, and a stale entry would invent wait
   * hazards. Asks the JVM ({@link Thread#holdsLock}), so for slow paths only; must run on the
   * owning thread, at an event after the monitors announced so far were entered. A {@link
   * StandInLock} is never dropped: no thread owns its monitor.
   */
  public int dropMonitorsNotOwned() {
    int dropped = 0;
    for (int i = depth - 1; i >= 0; i--) {
      if (nodes[i] != null
          && nodes[i].kind() == LockNode.KIND_MONITOR
          && !(objects[i] instanceof StandInLock)
          && !Thread.holdsLock(objects[i])) {
        removeAt(i);
        dropped++;
      }
    }
    return dropped;
  }

  /** Removes the innermost entry pushed by the synchronized method with this site. */
  public boolean removeSyncMethod(int site) {
    for (int i = depth - 1; i >= 0; i--) {
      if (sites[i] == site && (flags[i] & SYNC_METHOD) != 0) {
        removeAt(i);
        return true;
      }
    }
    return false;
  }

  /** The distinct lock nodes held, outermost first (a new array). */
  public LockNode[] distinctNodes() {
    LockNode[] result = new LockNode[depth];
    int n = 0;
    for (int i = 0; i < depth; i++) {
      if ((flags[i] & REENTRANT) == 0) {
        result[n++] = nodes[i];
      }
    }
    return Arrays.copyOf(result, n);
  }

  /** Whether every entry of {@code node} now held is in read mode (held for reading only). */
  public boolean onlyReads(LockNode node) {
    boolean any = false;
    for (int i = 0; i < depth; i++) {
      if (nodes[i] == node) {
        if (shares[i] != READ) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** The node of the innermost entry for {@code lock}, or null. */
  public LockNode nodeOf(Object lock) {
    for (int i = depth - 1; i >= 0; i--) {
      if (objects[i] == lock) {
        return nodes[i];
      }
    }
    return null;
  }

  /** The node of the innermost entry of the synchronized method with this site, or null. */
  public LockNode nodeOfSyncMethod(int site) {
    for (int i = depth - 1; i >= 0; i--) {
      if (sites[i] == site && (flags[i] & SYNC_METHOD) != 0) {
        return nodes[i];
      }
    }
    return null;
  }

  /**
   * True when the thread holds {@code node} for reading only: a write request would then wait for
   * its own read hold (an upgrade, which {@code ReentrantReadWriteLock} never grants).
   */
  boolean holdsOnlyRead(LockNode node) {
    boolean read = false;
    for (int i = 0; i < depth; i++) {
      if (nodes[i] == node) {
        if (shares[i] != READ) {
          return false;
        }
        read = true;
      }
    }
    return read;
  }

  /** The site of the outermost entry of {@code node}, or 0. */
  int firstSiteOf(LockNode node) {
    for (int i = 0; i < depth; i++) {
      if (nodes[i] == node) {
        return sites[i];
      }
    }
    return 0;
  }

  /** How many permits (or holds) entry {@code i} stands for. */
  int countAt(int i) {
    return counts[i];
  }

  private void removeAt(int index) {
    version++;
    if ((flags[index] & REENTRANT) == 0) {
      // The lock's first entry goes; a later entry of the same lock now holds it alone (the
      // read half after a write-read downgrade, say) and must count in chains and edges again.
      for (int i = index + 1; i < depth; i++) {
        if (nodes[i] == nodes[index]) {
          flags[i] &= ~REENTRANT;
          break;
        }
      }
    }
    int tail = depth - index - 1;
    if (tail > 0) {
      System.arraycopy(objects, index + 1, objects, index, tail);
      System.arraycopy(nodes, index + 1, nodes, index, tail);
      System.arraycopy(sites, index + 1, sites, index, tail);
      System.arraycopy(shares, index + 1, shares, index, tail);
      System.arraycopy(modes, index + 1, modes, index, tail);
      System.arraycopy(flags, index + 1, flags, index, tail);
      System.arraycopy(counts, index + 1, counts, index, tail);
    }
    depth--;
    objects[depth] = null;
    nodes[depth] = null;
    // Entries above the removed one (hand-over-hand unlocking) get their chain keys recomputed.
    for (int i = index; i < depth; i++) {
      long below = i == 0 ? EMPTY_CHAIN : chainKeys[i - 1];
      chainKeys[i] =
          (flags[i] & REENTRANT) != 0
              ? below
              : chain(below, nodes[i], sites[i], shares[i], modes[i]);
    }
  }

  /** The chain key of {@code below} extended by one acquisition. */
  public static long chain(long below, LockNode node, int site, byte share, byte mode) {
    long h = below * 0x9E3779B97F4A7C15L;
    h ^= ((long) node.id() << 32) | (site & 0xFFFFFFFFL);
    h = (h ^ (h >>> 29)) * 0xBF58476D1CE4E5B9L;
    h ^= (share << 4) | mode;
    h ^= h >>> 32;
    return h == 0 ? 1 : h;
  }

  /**
   * The lock objects held, parallel to {@link #nodesSnapshot()}; read racily from another thread.
   */
  public Object[] objectsSnapshot() {
    Object[] held = objects; // one read: the owner may grow the array meanwhile
    return Arrays.copyOf(held, Math.min(depth, held.length));
  }

  /**
   * The lock nodes held, read from another thread (the watchdog): a racy but safe snapshot, good
   * enough for a detector that confirms what it sees twice.
   */
  public LockNode[] nodesSnapshot() {
    LockNode[] held = nodes;
    return Arrays.copyOf(held, Math.min(depth, held.length));
  }

  private void grow() {
    int n = objects.length * 2;
    objects = Arrays.copyOf(objects, n);
    nodes = Arrays.copyOf(nodes, n);
    sites = Arrays.copyOf(sites, n);
    shares = Arrays.copyOf(shares, n);
    modes = Arrays.copyOf(modes, n);
    flags = Arrays.copyOf(flags, n);
    chainKeys = Arrays.copyOf(chainKeys, n);
    counts = Arrays.copyOf(counts, n);
  }
}
