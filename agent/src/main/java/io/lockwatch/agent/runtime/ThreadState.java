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
 */
public final class ThreadState {
  private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

  final Thread thread;
  final long threadId;
  final ThreadLocks locks;
  final ThreadClock clock;
  final ThreadAccesses accesses;

  boolean busy;

  /** The reads of an open optimistic-read section of a {@code StampedLock}. */
  final OptimisticReads optimisticReads = new OptimisticReads();

  /** A monitor entered whose happens-before acquisition is still due (see AgentEventSink). */
  LockNode enteredMonitor;

  /** What the thread is blocked in, for the watchdog: the object and the {@code SyncOp}. */
  volatile Object waitingFor;

  volatile int waitingOp;

  private ThreadState() {
    thread = Thread.currentThread();
    threadId = thread.getId();
    locks = new ThreadLocks(threadId);
    clock = ThreadClocks.forCurrentThread();
    accesses = new ThreadAccesses(clock, locks.held());
    ThreadRegistry.register(this);
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
