package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.hb.ThreadClock;
import io.lockwatch.agent.runtime.hb.ThreadClocks;
import io.lockwatch.agent.runtime.race.ThreadAccesses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * Every application thread the agent has seen, so the watchdog can ask what each one holds and
 * waits for, and the report can sum the threads' own counters. Entries of threads that have ended
 * are dropped (their counts kept, their clock's thread number given back for reuse) on each look
 * and every {@value #PURGE_EVERY} registrations, so threads that come and go leave nothing behind.
 */
public final class ThreadRegistry {
  private static final Map<Long, ThreadState> STATES = new ConcurrentHashMap<>();
  private static final AtomicInteger REGISTRATIONS = new AtomicInteger();
  private static final int PURGE_EVERY = 64;

  /** Counts of threads that ended, kept when their states are dropped. */
  private static final AtomicLong RETIRED_ACQUISITIONS = new AtomicLong();

  private static final AtomicLong RETIRED_REENTRANT = new AtomicLong();
  private static final AtomicLong RETIRED_FIELD_ACCESSES = new AtomicLong();
  private static final AtomicLong RETIRED_SKIPPED = new AtomicLong();

  private ThreadRegistry() {}

  static void register(ThreadState state) {
    STATES.put(state.threadId, state);
    if (REGISTRATIONS.incrementAndGet() % PURGE_EVERY == 0) {
      purgeEnded(); // bounded under thread churn
    }
  }

  /** The states of the threads still alive. */
  public static List<ThreadState> live() {
    purgeEnded();
    return new ArrayList<>(STATES.values());
  }

  /** The state of a thread by id, or null. */
  public static ThreadState byId(long threadId) {
    return STATES.get(threadId);
  }

  /** Lock acquisitions counted by every thread so far (racy reads of live threads' counters). */
  public static long acquisitions() {
    return sum(RETIRED_ACQUISITIONS, s -> s.locks.acquisitions());
  }

  /** Re-entrant acquisitions counted so far. */
  public static long reentrantAcquisitions() {
    return sum(RETIRED_REENTRANT, s -> s.locks.reentrantAcquisitions());
  }

  /** Watched field accesses counted so far. */
  public static long fieldAccesses() {
    return sum(RETIRED_FIELD_ACCESSES, s -> s.accesses == null ? 0 : s.accesses.fieldAccesses());
  }

  /** Watched accesses {@code races=sample} did not check, so far. */
  public static long accessesSkipped() {
    return sum(RETIRED_SKIPPED, s -> s.accesses == null ? 0 : s.accesses.accessesSkipped());
  }

  /** Drops ended threads, keeping their counts. */
  private static void purgeEnded() {
    STATES.values().removeIf(ThreadRegistry::retireIfEnded);
  }

  private static boolean retireIfEnded(ThreadState s) {
    if (s.thread.isAlive()) {
      return false;
    }
    ThreadState.ended(s);
    RETIRED_ACQUISITIONS.addAndGet(s.locks.acquisitions());
    RETIRED_REENTRANT.addAndGet(s.locks.reentrantAcquisitions());
    ThreadAccesses accesses = s.accesses;
    if (accesses != null) {
      RETIRED_FIELD_ACCESSES.addAndGet(accesses.fieldAccesses());
      RETIRED_SKIPPED.addAndGet(accesses.accessesSkipped());
    }
    ThreadClock clock = s.clock;
    if (clock != null) {
      ThreadClocks.ended(clock); // dead: everything it did is done, its number can be reused
    }
    return true;
  }

  private static long sum(AtomicLong retired, ToLongFunction<ThreadState> count) {
    long sum = retired.get();
    for (ThreadState s : STATES.values()) {
      sum += count.applyAsLong(s);
    }
    return sum;
  }
}
