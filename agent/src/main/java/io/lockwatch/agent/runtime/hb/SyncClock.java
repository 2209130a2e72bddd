package io.lockwatch.agent.runtime.hb;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The happens-before state of one synchronization object (a lock, a queue, a volatile field, a key
 * of a concurrent map...): what its releasers had seen. Release joins into it, acquire joins out of
 * it. Neither takes a monitor: a release raises the shared clock entry by entry with compare-and-
 * set (entries only ever grow), an acquire reads it without writing, and only growing the array for
 * a new thread number takes this object's private monitor. So a volatile flag polled by many
 * threads, or an atomic counter, costs them no agent lock.
 *
 * <p>Most acquisitions learn nothing new: a thread polls a flag nobody wrote since, or takes back a
 * lock it released itself. {@code last} makes those a few reads: the epoch of the last release,
 * positive when that release alone summarises the clock (the releaser knew everything released here
 * before), negative when it does not. A thread that knows a summarising release knows the whole
 * clock, so it skips the join.
 *
 * <p>In the predictive mode each object also carries a WCP clock ({@link WcpOrder}). For a monitor
 * or a plain lock (a <em>weak</em> lock) it is WCP's P_l: what was weak-causally-before its last
 * release, not the release itself, so acquiring it orders nothing the critical sections did. For
 * anything else (a hand-off, a semaphore, a read-write or stamped lock) it is the releaser's C_t,
 * the release included: such an edge is kept in every reordering, like thread start. A read-write
 * lock's readers do not exclude each other: their releases go to a clock of their own, which only a
 * writer acquires.
 */
public final class SyncClock {
  private static final VarHandle LAST;

  static {
    try {
      LAST = MethodHandles.lookup().findVarHandle(SyncClock.class, "last", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final boolean lock;
  private volatile boolean weak;
  private volatile long[] clock;
  private volatile long[] wcpClock;
  private volatile long[] readersClock;

  /** The critical sections of a weak lock, for WCP's rule (b); made by {@link WcpOrder}. */
  SectionLog sections;

  /** The last release's epoch; negative when it does not summarise the clock; 0 before any. */
  @SuppressWarnings("unused") // through LAST
  private volatile long last;

  /**
   * @param lock true for a lock or monitor, false for any other synchronization object
   */
  public SyncClock(boolean lock) {
    this(lock, false);
  }

  /**
   * @param lock true for a lock or monitor, false for any other synchronization object
   * @param weak true for a monitor or plain lock, whose order WCP weakens
   */
  public SyncClock(boolean lock, boolean weak) {
    this.lock = lock;
    this.weak = weak;
  }

  /** Whether WCP weakens this object's order (a monitor or a plain lock). */
  boolean weak() {
    return weak;
  }

  /**
   * The lock's critical sections include some whose accesses the agent does not see (JDK code):
   * from now on its order is kept whole, as a hand-off's. Sections before were all visible.
   */
  void harden() {
    if (weak) {
      weak = false;
    }
  }

  /** The releasing thread's history flows into this object. */
  public void release(ThreadClock thread) {
    release(thread, false);
  }

  /** The same, {@code reader} true for a read-write lock's read half. */
  void release(ThreadClock thread, boolean reader) {
    long previous = last;
    boolean summarises = raise(thread.clock, 0);
    if (thread.predicts()) {
      if (weak) {
        long own = thread.wcp[thread.tid];
        thread.wcp[thread.tid] = thread.wcpOwn; // P_t: the release itself is not WCP-before
        summarises &= raise(thread.wcp, 1);
        thread.wcp[thread.tid] = own;
      } else {
        summarises &= raise(thread.wcp, reader ? 2 : 1);
      }
    }
    long epoch = thread.epoch();
    if (!LAST.compareAndSet(this, previous, summarises ? epoch : -epoch)) {
      last = -epoch; // another release ran meanwhile: neither summarises
    }
    thread.tick();
  }

  /** The acquiring thread learns everything released here so far. */
  public void acquire(ThreadClock thread) {
    acquire(thread, false);
  }

  /** The same, {@code reader} true for a read-write lock's read half (learns no reader's). */
  void acquire(ThreadClock thread, boolean reader) {
    long released = last;
    if (released == 0
        || (released > 0
            && thread.knows(released)
            && (thread.predicts() ? thread.knowsWcp(released) : lock))) {
      return;
    }
    thread.learned();
    thread.clock = VectorClock.joinShared(thread.clock, clock);
    if (thread.predicts()) {
      thread.learnWcp(wcpClock);
      if (!reader) {
        thread.learnWcp(readersClock);
      }
    }
  }

  /** The epoch of the last release (negative when it does not summarise), 0 before any. */
  long lastRelease() {
    return last;
  }

  /**
   * Raises one of the clocks (0: happens-before, 1: WCP, 2: WCP of readers) to {@code mine}; true
   * when {@code mine} knew all of it.
   */
  private boolean raise(long[] mine, int which) {
    while (true) {
      long[] shared = clockNumber(which);
      if (shared == null || shared.length < mine.length) {
        shared = grow(mine.length, which);
      }
      boolean dominated = VectorClock.raiseShared(shared, mine);
      if (clockNumber(which) == shared) {
        return dominated;
      }
      // grown meanwhile: the copy may have missed what this pass wrote, so write it again
    }
  }

  private long[] clockNumber(int which) {
    return switch (which) {
      case 0 -> clock;
      case 1 -> wcpClock;
      default -> readersClock;
    };
  }

  /** The happens-before clock as it is now (shared: read it entry by entry). */
  long[] clock() {
    return clock;
  }

  private synchronized long[] grow(int length, int which) {
    long[] shared = clockNumber(which);
    if (shared != null && shared.length >= length) {
      return shared;
    }
    long[] grown = shared == null ? new long[length] : VectorClock.copyShared(shared, length);
    switch (which) {
      case 0 -> clock = grown;
      case 1 -> wcpClock = grown;
      default -> readersClock = grown;
    }
    return grown;
  }
}
