package io.lockwatch.agent.runtime.hb;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One thread's part of happens-before: its number in vector clocks and its vector clock
 * (FastTrack's C_t), plus, in the predictive mode only, its clock of the weak-causally-precedes
 * relation ({@link WcpOrder}; null otherwise). Written by its thread only; {@link ThreadClocks}
 * makes one per thread and gives its number back when the thread has ended.
 */
public final class ThreadClock {
  private static final AtomicLong SERIALS = new AtomicLong();

  int tid;
  long[] clock;

  /**
   * WCP's C_t (Kini, Mathur and Viswanathan, PLDI 2017): for every other thread, the last of its
   * times that is WCP-before this thread's present; this thread's own entry is its own time.
   */
  long[] wcp;

  /** WCP's P_t of this thread's own entry: the last own time WCP-before the present. */
  long wcpOwn;

  /**
   * The last release copy {@link #learnWcp(long[], long)} joined: never written once handed out, so
   * joining it again adds nothing.
   */
  private long[] lastSectionCopy;

  /** Grows whenever WCP learns something about another thread (so a lock can skip a rescan). */
  long wcpVersion;

  /**
   * A number no other clock ever has: what critical sections remember of their thread (a reference
   * would keep ended threads' clocks, and whatever they remember, alive).
   */
  final long serial = SERIALS.incrementAndGet();

  /** The reentrancy depth of the section the thread's current wait closed (predictive mode). */
  int waitDepth;

  /** The critical sections this thread is inside (predictive mode only). */
  final OpenSections sections;

  /** This thread's current epoch, kept beside the clock: every field access compares with it. */
  private long epoch;

  /**
   * Grows whenever this clock may have learned something from another thread without a tick (an
   * acquire, a join): two accesses at one epoch and one knowledge were checked against the same
   * clock (see {@link io.lockwatch.agent.runtime.race.ArrayShadows}).
   */
  private long knowledge;

  /** Set once its number was given back (after the thread ended); guarded by ThreadClocks. */
  boolean ended;

  /**
   * Whether its thread is a daemon: the JVM waits for every other thread before it runs the
   * shutdown hooks, so only they order before the hooks (see {@link ThreadSlots#endedNonDaemon()}).
   */
  boolean daemon;

  /** Whether the thread left its current epoch in some shadow (see {@link ThreadSlots}). */
  private boolean accessedSinceTick;

  /** A clock of thread {@code tid} that knows nothing but its own first moment (for tests). */
  ThreadClock(int tid) {
    this(tid, first(tid), first(tid));
  }

  /** Whether this clock also keeps the WCP clock (the predictive mode). */
  public boolean predicts() {
    return wcp != null;
  }

  private static long[] first(int tid) {
    long[] clock = new long[tid + 1];
    clock[tid] = 1;
    return clock;
  }

  ThreadClock(int tid, long[] clock, long[] wcp) {
    this.tid = tid;
    this.clock = clock;
    this.wcp = wcp;
    this.sections = wcp == null ? null : new OpenSections();
    this.epoch = VectorClock.epoch(tid, clock[tid]);
  }

  /** This thread's number in vector clocks. */
  public int tid() {
    return tid;
  }

  /** This thread's own entry of its clock. */
  public long time() {
    return clock[tid];
  }

  /** This thread's current epoch. */
  public long epoch() {
    return epoch;
  }

  /** How many times this clock learned from others so far (see the field). */
  public long knowledge() {
    return knowledge;
  }

  /** This clock may have learned from another thread's. */
  void learned() {
    knowledge++;
  }

  /** The clock itself, not a copy: only its own thread may use it. */
  public long[] vector() {
    return clock;
  }

  /** True when the event of {@code epoch} happened before this thread's present. */
  public boolean knows(long epoch) {
    return VectorClock.leq(epoch, clock);
  }

  /**
   * True when the event of {@code epoch} is weak-causally-before this thread's present, or is this
   * thread's own (predictive mode; false otherwise).
   */
  public boolean knowsWcp(long epoch) {
    return wcp != null && VectorClock.leq(epoch, wcp);
  }

  /** The WCP clock itself, not a copy (predictive mode; null otherwise). */
  public long[] wcpVector() {
    return wcp;
  }

  /** The open critical sections of this thread (predictive mode; null otherwise). */
  public OpenSections sections() {
    return sections;
  }

  /** WCP learns {@code from} (a clock other threads may be raising): P_t := P_t ⊔ from. */
  void learnWcp(long[] from) {
    if (from == null) {
      return;
    }
    if (tid < from.length) {
      wcpOwn = Math.max(wcpOwn, VectorClock.entryOf(from, tid));
    }
    long[] into = wcp.length >= from.length ? wcp : Arrays.copyOf(wcp, from.length);
    boolean learned = false;
    for (int i = 0; i < from.length; i++) {
      long entry = VectorClock.entryOf(from, i);
      if (entry > into[i] && i != tid) {
        into[i] = entry;
        learned = true;
      }
    }
    wcp = into;
    if (learned) {
      wcpVersion++;
      knowledge++;
    }
  }

  /**
   * WCP learns the clock {@code from} with its entry of {@code epoch}'s thread raised to {@code
   * epoch}'s time (a critical section's clock at its release: a shared copy and the release).
   */
  void learnWcp(long[] from, long epoch) {
    if (from != lastSectionCopy) { // a thread's sections share a copy while it learns nothing
      learnWcp(from);
      lastSectionCopy = from;
    }
    int owner = VectorClock.tidOf(epoch);
    long time = VectorClock.timeOf(epoch);
    if (owner == tid) {
      wcpOwn = Math.max(wcpOwn, time);
      return;
    }
    if (owner >= wcp.length) {
      wcp = Arrays.copyOf(wcp, owner + 1);
    }
    if (time > wcp[owner]) {
      wcp[owner] = time;
      wcpVersion++;
    }
  }

  /** The thread recorded an access at its current epoch. */
  public void accessed() {
    accessedSinceTick = true;
  }

  /** Whether the thread recorded an access since its last release. */
  boolean accessedSinceTick() {
    return accessedSinceTick;
  }

  /** A copy of the clock, to hand to another thread. */
  long[] snapshot() {
    return clock.clone();
  }

  /** The clock of a thread that has ended, not copied: nothing changes it any more. */
  long[] finalClock() {
    return clock;
  }

  /**
   * Advances this thread's own clock entry (after a release). A thread whose time would pass what
   * an epoch can hold takes a new thread number instead: its old number is never handed out again,
   * so every epoch stays unique and no comparison ever sees a clock run backwards.
   */
  void tick() {
    long next = clock[tid] + 1;
    if (next > VectorClock.MAX_TIME) {
      ThreadClocks.renumber(this);
      return;
    }
    clock[tid] = next;
    if (wcp != null) {
      wcp[tid] = next;
    }
    epoch = VectorClock.epoch(tid, next);
    accessedSinceTick = false;
  }

  /** Starts over under number {@code newTid} at {@code time} (see {@link #tick()}). */
  void moveTo(int newTid, long time) {
    if (clock.length <= newTid) {
      clock = Arrays.copyOf(clock, newTid + 1);
      if (wcp != null) {
        wcp = Arrays.copyOf(wcp, newTid + 1);
      }
    }
    knowledge++;
    tid = newTid;
    clock[newTid] = Math.max(clock[newTid], time);
    if (wcp != null) {
      wcp[newTid] = clock[newTid];
    }
    epoch = VectorClock.epoch(newTid, clock[newTid]);
  }

  /**
   * Joins a clock that came through non-lock happens-before (creation, start, join). WCP learns it
   * whole: more order than WCP strictly has, never less (so nothing false is predicted).
   */
  void inherit(long[] other) {
    knowledge++;
    clock = VectorClock.join(clock, other);
    if (wcp != null) {
      learnWcp(other);
    }
    epoch = VectorClock.epoch(tid, clock[tid]);
  }
}
