package io.lockwatch.agent.runtime.hb;

import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import java.util.function.Supplier;

/**
 * Every thread's clock: numbers threads for vector clocks ({@link ThreadSlots}, which reuses the
 * numbers of threads that ended), remembers their names for reports, and passes clocks on where
 * threads begin: at creation, at an instrumented {@code Thread.start}, and back at {@code
 * Thread.join} (or {@code isAlive()} returning false).
 *
 * <p>Nothing here keeps an ended thread's state alive: clocks are found from the {@code Thread}
 * object through weak tables, and the clock a starter hands its thread lives only as long as that
 * {@code Thread} object.
 */
public final class ThreadClocks {
  private static final ThreadSlots SLOTS = new ThreadSlots(VectorClock.MAX_TIDS);

  /** Vector clocks of Thread.start calls, by the started thread, until it is collected. */
  private static final WeakIdentityTable<long[]> STARTS = new WeakIdentityTable<>(c -> {});

  /** The calling thread's clock, for the creation hand-off below. */
  private static final ThreadLocal<ThreadClock> OWN = new ThreadLocal<>();

  /** The clock of each thread object, as long as it is reachable (for join). */
  private static final WeakIdentityTable<ThreadClock> BY_THREAD = new WeakIdentityTable<>(c -> {});

  private static final long[] NOTHING = new long[0];

  /** Whether new clocks keep the WCP clock too (the predictive mode needs it). */
  private static volatile boolean wcp;

  /**
   * Carries the creating thread's vector clock into every thread it constructs: the JDK calls
   * {@code childValue} in the creating thread, inside the {@code Thread} constructor. So a thread
   * created where the agent cannot see (inside a JDK thread pool, say) still starts after what its
   * creator did before creating it, and after nothing else.
   */
  private static final InheritableThreadLocal<long[]> CREATION_CLOCK =
      new InheritableThreadLocal<>() {
        @Override
        protected long[] childValue(long[] creatorsOwn) {
          ThreadClock creator = OWN.get();
          if (creator == null) {
            // what the creator inherited is still a lower bound; a copy, the child's own
            return creatorsOwn.length == 0 ? creatorsOwn : creatorsOwn.clone();
          }
          long[] snapshot = creator.snapshot();
          creator.tick();
          return snapshot;
        }
      };

  private ThreadClocks() {}

  /** Whether clocks made from now on keep the WCP clock of the predictive mode. */
  public static void keepWcpClocks(boolean keep) {
    wcp = keep;
  }

  /** Makes the calling thread (and so every thread it creates) pass clocks on. */
  public static void startInheritance() {
    if (CREATION_CLOCK.get() == null) {
      CREATION_CLOCK.set(NOTHING);
    }
  }

  /**
   * A new clock for the calling thread, at its first event that needs one: numbered, and starting
   * with what its creator knew at creation and, if an instrumented {@code Thread.start} launched
   * it, what its starter knew at start. Call once per thread.
   */
  public static ThreadClock forCurrentThread(long[] alsoKnown) {
    Thread thread = Thread.currentThread();
    long[] inherited = CREATION_CLOCK.get();
    if (inherited == null) {
      CREATION_CLOCK.set(NOTHING);
      inherited = NOTHING;
    }
    long[] starter = STARTS.get(thread);
    if (starter != null) {
      inherited = VectorClock.join(inherited.clone(), starter);
    }
    if (alsoKnown != null) {
      inherited = VectorClock.join(inherited.clone(), alsoKnown);
    }
    // the creation clock is this thread's own copy (see childValue): the clock may keep it
    ThreadClock clock = SLOTS.assign(inherited, thread.getName(), wcp);
    clock.daemon = thread.isDaemon();
    OWN.set(clock);
    CREATION_CLOCK.set(NOTHING); // its children now inherit from the clock itself
    BY_THREAD.computeIfAbsent(thread, () -> clock);
    return clock;
  }

  /** The name of the thread of {@code epoch} (which had the number then). */
  public static String nameOf(long epoch) {
    return SLOTS.nameOf(VectorClock.tidOf(epoch), VectorClock.timeOf(epoch));
  }

  /**
   * Remembers from now on which test each thread runs, so a race names the test of its earlier
   * access too: {@code currentTest} gives the calling thread's test (null for none).
   */
  public static void watchTests(Supplier<String> currentTest) {
    SLOTS.watchTests(currentTest);
  }

  /**
   * The calling thread runs {@code test} (null: none) from now on. Its accesses so far keep their
   * test: the clock moves to a new epoch first if any access has the current one.
   */
  public static void testChanged(String test) {
    ThreadClock clock = OWN.get();
    if (clock != null) {
      if (clock.accessedSinceTick()) {
        clock.tick();
      }
      SLOTS.testChanged(clock, test);
    }
  }

  /** The test the thread of {@code epoch} ran then, or null (none, or no longer known). */
  public static String testOf(long epoch) {
    return SLOTS.testOf(VectorClock.tidOf(epoch), VectorClock.timeOf(epoch));
  }

  /** The thread of {@code clock} has ended (seen dead, or joined): its number can be reused. */
  public static void ended(ThreadClock clock) {
    SLOTS.release(clock);
  }

  /** What every non-daemon thread seen to end did (a copy; see {@link #ended}). */
  public static long[] endedNonDaemon() {
    return SLOTS.endedNonDaemon();
  }

  /**
   * A copy of the clock of {@code thread}, for a thread that starts after everything it did (it
   * must be blocked for good, as a thread inside {@code System.exit} is); null when it has none.
   */
  public static long[] knownBy(Thread thread) {
    ThreadClock clock = BY_THREAD.get(thread);
    return clock == null ? null : clock.snapshot();
  }

  /** Threads that hold a number now. */
  public static int live() {
    return SLOTS.live();
  }

  /** One past the highest thread number ever handed out. */
  public static int highestTid() {
    return SLOTS.highestTid();
  }

  /** The clock of this thread object, or null when it has none (yet). */
  static ThreadClock of(Thread thread) {
    return BY_THREAD.get(thread);
  }

  /** Thread.start: the started thread will begin with everything its starter did so far. */
  static void recordStart(Thread started, long[] starterClock) {
    STARTS.computeIfAbsent(started, () -> starterClock);
  }

  /** {@code clock} ran out of time under its number (see {@link ThreadClock#tick()}). */
  static void renumber(ThreadClock clock) {
    SLOTS.renumber(clock, Thread.currentThread().getName());
  }
}
