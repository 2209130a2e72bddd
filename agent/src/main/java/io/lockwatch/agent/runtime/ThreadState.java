package io.lockwatch.agent.runtime;

/**
 * Everything the agent keeps per application thread: its held locks, the chains it has already
 * validated, and a flag that stops the agent from re-entering itself.
 */
public final class ThreadState {
  private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

  final HeldLocks held = new HeldLocks();
  final LongSet validatedChains = new LongSet(1 << 16);
  final long threadId;
  final Thread thread;
  /** This thread's number in vector clocks. */
  final int tid;
  /** This thread's vector clock (FastTrack's C_t). */
  int[] clock;

  /** The same without the edges locks create: hand-offs only (for {@code races=predict}). */
  int[] clockWithoutLocks;

  boolean busy;
  /** The last few objects whose field shadows this thread used, most recent first (see ShadowTable). */
  final Object[] shadowOwners = new Object[RECENT];

  final ObjectShadows[] shadowsOfOwners = new ObjectShadows[RECENT];
  private int lockSetVersion = -1;
  private static final int LOCK_SETS = 256;
  private final long[] lockSetKeys = new long[LOCK_SETS];
  private final LockNode[][] lockSetCache = new LockNode[LOCK_SETS][];
  private LockNode[] lockSet = new LockNode[0];

  /** Counters kept per thread (no shared writes on the hot path), summed for the report. */
  long acquisitions;

  long reentrantAcquisitions;
  long fieldAccesses;

  /** A monitor entered whose happens-before acquisition is still due (see LockEventRecorder). */
  LockNode enteredMonitor;

  /** How many class initialisers are running in this thread (nested ones count). */
  int classInitialisers;

  /**
   * The few locks this thread used last, most recent first, with their nodes: a hit costs a few
   * reference comparisons and no identity hash. Bounded, so it keeps at most that many objects
   * reachable.
   */
  private final Object[] recentLocks = new Object[RECENT];

  private final LockNode[] recentNodes = new LockNode[RECENT];
  private static final int RECENT = 4;

  /** What the thread is blocked in, for the watchdog: the object and the {@code SyncOp}. */
  volatile Object waitingFor;

  volatile int waitingOp;

  private ThreadState() {
    thread = Thread.currentThread();
    threadId = thread.getId();
    tid = ThreadRegistry.nextTid(thread.getName());
    clock = new int[tid + 1];
    clock[tid] = 1;
    clockWithoutLocks = clock.clone();
    ThreadRegistry.register(this);
    ThreadRegistry.inheritStart(this);
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

  /** This thread's current epoch. */
  long epoch() {
    return VectorClock.epoch(tid, clock[tid]);
  }

  /** Advances this thread's own clock entry (after a release). */
  void tick() {
    clock[tid]++;
    clockWithoutLocks[tid] = clock[tid];
  }

  /** Joins a clock that came through non-lock happens-before (start, join). */
  void inherit(int[] other) {
    clock = VectorClock.join(clock, other);
    clockWithoutLocks = VectorClock.join(clockWithoutLocks, other);
  }

  /**
   * The locks held now (each once). Arrays are shared: cached by the held stack's chain key, so a
   * thread that takes the same locks again and again builds each set once, not once per access.
   */
  LockNode[] lockSet() {
    if (lockSetVersion == held.version) {
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
    lockSetVersion = held.version;
    return cached;
  }


  public int tid() {
    return tid;
  }


  /** The calling thread's state, created on first use. */
  public static ThreadState current() {
    ThreadState state = CURRENT.get();
    if (state == null) {
      state = new ThreadState();
      CURRENT.set(state);
    }
    return state;
  }

  /** The calling thread's state, or null when it has none yet. */
  static ThreadState peek() {
    return CURRENT.get();
  }

  public Thread thread() {
    return thread;
  }

  public long threadId() {
    return threadId;
  }

  public Object waitingFor() {
    return waitingFor;
  }

  public int waitingOp() {
    return waitingOp;
  }

  /** The lock objects this thread holds, parallel to {@link #heldNodesSnapshot()}; racy. */
  public Object[] heldObjectsSnapshot() {
    HeldLocks h = held;
    int n = Math.min(h.depth, h.objects.length);
    return java.util.Arrays.copyOf(h.objects, n);
  }

  /**
   * The lock nodes this thread holds, read from another thread (the watchdog): a racy but safe
   * snapshot, good enough for a detector that confirms what it sees twice.
   */
  public LockNode[] heldNodesSnapshot() {
    HeldLocks h = held;
    int n = Math.min(h.depth, h.nodes.length);
    return java.util.Arrays.copyOf(h.nodes, n);
  }
}
