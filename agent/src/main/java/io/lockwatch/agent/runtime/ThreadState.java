package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.hb.ThreadClock;
import io.lockwatch.agent.runtime.hb.ThreadClocks;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.ThreadLocks;
import io.lockwatch.agent.runtime.race.ThreadAccesses;

/**
 * Everything the agent keeps per application thread: one part per concern (lock order, clock, race
 * caches), each owned by its concern's package, and what the dispatcher itself needs: the flag that
 * stops the agent from re-entering itself, a monitor whose happens-before acquisition is still due,
 * and what the thread is blocked in (for the watchdog).
 *
 * <p>The clock and the race caches are made at the thread's first event that needs them, so with
 * race detection off a thread has none. Nothing outlives the thread: the state hangs off the
 * thread's own thread-local map, and the {@link ThreadRegistry} drops it once the thread ended.
 */
public final class ThreadState {
  private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

  /** How many slots {@link #BY_ID} has (a power of two). */
  static final int SLOTS = 1024;

  /**
   * The states of recent threads by thread id, direct-mapped: the hot path's way to its state, a
   * read of a line no thread writes once its threads are in place, where a thread-local lookup
   * hashes into the thread's map. A slot whose state is another thread's sends the caller to the
   * thread-local map, which then takes the slot over. Slots of ended threads are cleared with their
   * registry entries, so no ended thread is kept.
   */
  private static final ThreadState[] BY_ID = new ThreadState[SLOTS];

  /**
   * Stands in for a thread's state while it is being made: making it runs JDK code the agent may
   * have instrumented, whose hooks must find the thread busy instead of making a second state.
   */
  private static final ThreadState MAKING = new ThreadState(true);

  final Thread thread;
  final long threadId;
  final ThreadLocks locks;

  /** Null until the first happens-before event (see {@link #clock()}). */
  ThreadClock clock;

  /** Null until the first access (see {@link #accesses()}). */
  ThreadAccesses accesses;

  boolean busy;

  /** The reads of an open optimistic-read section of a {@code StampedLock}. */
  final OptimisticReads optimisticReads = new OptimisticReads();

  /** A monitor entered whose happens-before acquisition is still due (see AgentEventSink). */
  LockNode enteredMonitor;

  /** What the thread is blocked in, for the watchdog: the object and the {@code SyncOp}. */
  volatile Object waitingFor;

  volatile int waitingOp;

  private ThreadState(boolean placeholder) {
    thread = null;
    threadId = -1;
    locks = null;
    clock = null;
    accesses = null;
    busy = placeholder;
  }

  private ThreadState() {
    thread = Thread.currentThread();
    threadId = thread.getId();
    locks = new ThreadLocks(threadId);
    busy = isJdkMachinery(thread);
    ThreadRegistry.register(this);
  }

  /**
   * The JDK's own threads that run its machinery, never the application's code: a virtual thread's
   * carrier while it runs the scheduler, and the JDK's innocuous threads (the virtual-thread
   * unblocker, the common cleaner). They are busy for good: the scheduler must never wait on the
   * agent, whose monitor a virtual thread waiting to be scheduled may hold (on Java 24+ a virtual
   * thread keeps its monitors while unmounted), or no virtual thread would run again.
   */
  private static boolean isJdkMachinery(Thread thread) {
    String type = thread.getClass().getName();
    return type.equals("jdk.internal.misc.CarrierThread")
        || type.equals("jdk.internal.misc.InnocuousThread");
  }

  /** The calling thread's state, created on first use. */
  public static ThreadState current() {
    Thread thread = Thread.currentThread();
    ThreadState recent = BY_ID[slotOf(thread.getId())];
    if (recent != null && recent.thread == thread) {
      return recent;
    }
    return fromThreadLocal(thread);
  }

  private static int slotOf(long threadId) {
    return (int) threadId & (BY_ID.length - 1);
  }

  /** The thread has ended: its slot, if it still has it, is cleared. */
  static void ended(ThreadState state) {
    int slot = slotOf(state.threadId);
    if (BY_ID[slot] == state) {
      BY_ID[slot] = null; // a racing take-over of the slot by a live thread may be lost: harmless
    }
  }

  private static ThreadState fromThreadLocal(Thread thread) {
    ThreadState state = CURRENT.get();
    if (state != null && state != MAKING) {
      BY_ID[slotOf(state.threadId)] = state;
      return state;
    }
    if (state == null) {
      CURRENT.set(MAKING);
      try {
        state = new ThreadState();
      } finally {
        if (state == null) {
          CURRENT.remove();
        } else {
          CURRENT.set(state);
        }
      }
    }
    return state;
  }

  /** The thread's happens-before clock, made on first use. */
  ThreadClock clock() {
    ThreadClock own = clock;
    return own != null ? own : makeClock();
  }

  /** The thread's race-detection part, made on first use. */
  ThreadAccesses accesses() {
    ThreadAccesses own = accesses;
    if (own == null) {
      own = new ThreadAccesses(clock(), locks.held());
      accesses = own;
    }
    return own;
  }

  private ThreadClock makeClock() {
    long[] alsoKnown =
        ShutdownHookThreads.isHook(thread) ? ShutdownHookThreads.knownAtShutdown() : null;
    ThreadClock own = ThreadClocks.forCurrentThread(alsoKnown);
    clock = own;
    return own;
  }

  /** The id of the thread. */
  public long threadId() {
    return threadId;
  }

  /** The thread's lock-order part: its held locks, read racily from another thread. */
  public ThreadLocks locks() {
    return locks;
  }

  /** The object the thread is blocked in, or null. */
  public Object waitingFor() {
    return waitingFor;
  }

  /** The {@code SyncOp} of the wait in {@link #waitingFor()}. */
  public int waitingOp() {
    return waitingOp;
  }
}
