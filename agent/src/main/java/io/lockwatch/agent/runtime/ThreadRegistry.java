package io.lockwatch.agent.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every application thread the agent has seen, so the watchdog can ask what each one holds and
 * waits for. Entries of threads that have ended are dropped on each look.
 */
public final class ThreadRegistry {
  private static final Map<Long, ThreadState> STATES = new ConcurrentHashMap<>();

  private static final java.util.concurrent.atomic.AtomicInteger NEXT_TID =
      new java.util.concurrent.atomic.AtomicInteger();
  private static final List<String> NAMES = new java.util.concurrent.CopyOnWriteArrayList<>();
  /** Vector clocks of Thread.start calls, by the started thread's id, until it first runs. */
  private static final Map<Long, int[]> PENDING_STARTS = new ConcurrentHashMap<>();

  private ThreadRegistry() {}

  /** A new thread number for vector clocks; remembers the thread's name for reports. */
  static synchronized int nextTid(String name) {
    NAMES.add(name);
    return NEXT_TID.getAndIncrement();
  }

  /** The name of the thread with this number. */
  public static String nameOf(int tid) {
    return tid >= 0 && tid < NAMES.size() ? NAMES.get(tid) : "thread#" + tid;
  }

  /** Thread.start: the started thread will begin with everything its starter did so far. */
  static void recordStart(Thread started, int[] starterClock) {
    PENDING_STARTS.put(started.getId(), starterClock);
  }

  /**
   * Carries the creating thread's vector clock into every thread it constructs: the JDK calls
   * {@code childValue} in the creating thread, inside the {@code Thread} constructor. So a thread
   * created where the agent cannot see (inside a JDK thread pool, say) still starts after what its
   * creator did before creating it, and after nothing else.
   */
  private static final InheritableThreadLocal<int[]> CREATION_CLOCK =
      new InheritableThreadLocal<>() {
        @Override
        protected int[] childValue(int[] creatorsOwn) {
          ThreadState creator = ThreadState.peek();
          if (creator == null) {
            return creatorsOwn; // what the creator inherited is still a lower bound
          }
          int[] snapshot = creator.clock.clone();
          creator.tick();
          return snapshot;
        }
      };

  /** Makes the calling thread (and so every thread it creates) pass clocks on. */
  public static void startInheritance() {
    if (CREATION_CLOCK.get() == null) {
      CREATION_CLOCK.set(new int[0]);
    }
  }

  /**
   * A new thread's first event: it starts with what its creator knew at creation and, if an
   * instrumented {@code Thread.start} launched it, what its starter knew at start.
   */
  static void inheritStart(ThreadState state) {
    int[] created = CREATION_CLOCK.get();
    if (created == null) {
      CREATION_CLOCK.set(new int[0]);
    } else {
      state.inherit(created);
    }
    int[] starter = PENDING_STARTS.remove(state.threadId);
    if (starter != null) {
      state.inherit(starter);
    }
  }

  private static final java.util.concurrent.atomic.AtomicInteger REGISTRATIONS =
      new java.util.concurrent.atomic.AtomicInteger();

  static void register(ThreadState state) {
    STATES.put(state.threadId, state);
    BY_THREAD.computeIfAbsent(state.thread, () -> state);
    if ((REGISTRATIONS.incrementAndGet() & 1023) == 0) {
      purgeEnded(); // bounded under thread churn
    }
  }

  /** Counts of threads that ended, kept when their states are dropped. */
  private static final java.util.concurrent.atomic.AtomicLong RETIRED_ACQUISITIONS =
      new java.util.concurrent.atomic.AtomicLong();
  private static final java.util.concurrent.atomic.AtomicLong RETIRED_REENTRANT =
      new java.util.concurrent.atomic.AtomicLong();
  private static final java.util.concurrent.atomic.AtomicLong RETIRED_FIELD_ACCESSES =
      new java.util.concurrent.atomic.AtomicLong();

  /** The states of the threads still alive. */
  public static List<ThreadState> live() {
    purgeEnded();
    return new ArrayList<>(STATES.values());
  }

  /** Drops ended threads, keeping their counts. */
  private static void purgeEnded() {
    STATES.values().removeIf(ThreadRegistry::retireIfEnded);
  }

  private static boolean retireIfEnded(ThreadState s) {
    if (s.thread.isAlive()) {
      return false;
    }
    RETIRED_ACQUISITIONS.addAndGet(s.acquisitions);
    RETIRED_REENTRANT.addAndGet(s.reentrantAcquisitions);
    RETIRED_FIELD_ACCESSES.addAndGet(s.fieldAccesses);
    return true;
  }

  /** Lock acquisitions counted by every thread so far (racy reads of live threads' counters). */
  public static long acquisitions() {
    return sum(RETIRED_ACQUISITIONS, s -> s.acquisitions);
  }

  /** Re-entrant acquisitions counted so far. */
  public static long reentrantAcquisitions() {
    return sum(RETIRED_REENTRANT, s -> s.reentrantAcquisitions);
  }

  /** Watched field accesses counted so far. */
  public static long fieldAccesses() {
    return sum(RETIRED_FIELD_ACCESSES, s -> s.fieldAccesses);
  }

  private static long sum(
      java.util.concurrent.atomic.AtomicLong retired, java.util.function.ToLongFunction<ThreadState> count) {
    long sum = retired.get();
    for (ThreadState s : STATES.values()) {
      sum += count.applyAsLong(s);
    }
    return sum;
  }

  private static final WeakIdentityTable<ThreadState> BY_THREAD = new WeakIdentityTable<>(s -> {});

  /** The state of this thread object, as long as it is reachable (for join), or null. */
  public static ThreadState of(Thread thread) {
    return BY_THREAD.get(thread);
  }

  /** The state of a thread by id, or null. */
  public static ThreadState byId(long threadId) {
    return STATES.get(threadId);
  }
}
