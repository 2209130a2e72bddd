package io.lockwatch.agent.runtime.hb;

import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every thread's clock: numbers threads for vector clocks (and remembers their names for reports),
 * and passes clocks on where threads begin: at creation, at an instrumented {@code Thread.start},
 * and back at {@code Thread.join}.
 */
public final class ThreadClocks {
  private static final AtomicInteger NEXT_TID = new AtomicInteger();
  private static final List<String> NAMES = new CopyOnWriteArrayList<>();

  /** Vector clocks of Thread.start calls, by the started thread's id, until it first runs. */
  private static final Map<Long, int[]> PENDING_STARTS = new ConcurrentHashMap<>();

  /** The calling thread's clock, for the creation hand-off below. */
  private static final ThreadLocal<ThreadClock> OWN = new ThreadLocal<>();

  /** The clock of each thread object, as long as it is reachable (for join). */
  private static final WeakIdentityTable<ThreadClock> BY_THREAD = new WeakIdentityTable<>(c -> {});

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
          ThreadClock creator = OWN.get();
          if (creator == null) {
            return creatorsOwn; // what the creator inherited is still a lower bound
          }
          int[] snapshot = creator.snapshot();
          creator.tick();
          return snapshot;
        }
      };

  private ThreadClocks() {}

  /** Makes the calling thread (and so every thread it creates) pass clocks on. */
  public static void startInheritance() {
    if (CREATION_CLOCK.get() == null) {
      CREATION_CLOCK.set(new int[0]);
    }
  }

  /**
   * A new clock for the calling thread, at its first event: numbered, and starting with what its
   * creator knew at creation and, if an instrumented {@code Thread.start} launched it, what its
   * starter knew at start. Call once per thread.
   */
  public static ThreadClock forCurrentThread() {
    Thread thread = Thread.currentThread();
    ThreadClock clock = new ThreadClock(nextTid(thread.getName()));
    OWN.set(clock);
    BY_THREAD.computeIfAbsent(thread, () -> clock);
    int[] created = CREATION_CLOCK.get();
    if (created == null) {
      CREATION_CLOCK.set(new int[0]);
    } else {
      clock.inherit(created);
    }
    int[] starter = PENDING_STARTS.remove(thread.getId());
    if (starter != null) {
      clock.inherit(starter);
    }
    return clock;
  }

  /** The name of the thread with this number. */
  public static String nameOf(int tid) {
    return tid >= 0 && tid < NAMES.size() ? NAMES.get(tid) : "thread#" + tid;
  }

  /** The clock of this thread object, or null when it has none (yet). */
  static ThreadClock of(Thread thread) {
    return BY_THREAD.get(thread);
  }

  /** Thread.start: the started thread will begin with everything its starter did so far. */
  static void recordStart(Thread started, int[] starterClock) {
    PENDING_STARTS.put(started.getId(), starterClock);
  }

  /** A new thread number for vector clocks; remembers the thread's name for reports. */
  private static synchronized int nextTid(String name) {
    NAMES.add(name);
    return NEXT_TID.getAndIncrement();
  }
}
