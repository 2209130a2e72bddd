package io.lockwatch.agent.runtime.hb;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * The thread numbers of vector clocks, given back when a thread ends and handed out again with a
 * new epoch (as ThreadSanitizer does), so that clocks are as long as the number of threads alive,
 * not of threads ever started.
 *
 * <p>A number is handed out again at a time after the last one its previous thread reached, so
 * every epoch stays unique. The new thread then "knows" its predecessor's accesses (its own entry
 * is past them), which is exactly right when it really comes after them: a number is preferably
 * given to a thread whose inherited clock already knows everything its last holder did (a thread
 * created after {@code join} of the last holder, the usual case of threads started one after
 * another). Numbers of threads whose end nobody observed are kept back until more than {@link
 * #UNKNOWN_FREE_LIMIT} of them pile up; then the oldest is reused anyway, which bounds the clocks
 * and may hide a race between such a thread and the much later one that inherits its number.
 *
 * <p>Thread starts and ends are rare next to field accesses: everything here is under this object's
 * monitor, which the hot path never takes.
 */
final class ThreadSlots {
  /** How many numbers of threads that ended unobserved are kept back before one is reused. */
  static final int UNKNOWN_FREE_LIMIT = 1024;

  /** How many of the most recently freed numbers a new thread is checked against. */
  private static final int EXACT_CANDIDATES = 32;

  private final int maxTids;

  /** Per number: the last time its previous holder reached; the next holder starts after it. */
  private long[] lastTime = new long[64];

  /**
   * Per number: the last time its previous holder can have left in a shadow (its last time, or one
   * less when it accessed nothing since its last release): a thread that knows this much knows
   * everything the previous holder did.
   */
  private long[] mustKnow = new long[64];

  private ThreadNames[] names = new ThreadNames[64];

  /** Per number: the tests its threads ran, from when each began; kept once tests are watched. */
  private ThreadNames[] tests = new ThreadNames[64];

  /** The test the calling thread runs (null for none); null until a test starts. */
  private Supplier<String> currentTest;

  /** Numbers free to reuse, in the order they were freed. */
  private final ArrayDeque<Integer> free = new ArrayDeque<>();

  /** The join of the final clocks of every non-daemon thread whose end was observed. */
  private long[] endedNonDaemon = new long[0];

  private int fresh;
  private int live;

  ThreadSlots(int maxTids) {
    this.maxTids = maxTids;
  }

  /**
   * A clock for a new thread that starts with {@code inherited} (an array it may keep: nobody else
   * holds it), under a free number; with a WCP clock too when {@code wcp}.
   */
  synchronized ThreadClock assign(long[] inherited, String name, boolean wcp) {
    int tid = pick(inherited);
    long start = Math.max(lastTime[tid], tid < inherited.length ? inherited[tid] : 0) + 1;
    long[] clock = inherited.length > tid ? inherited : Arrays.copyOf(inherited, tid + 1);
    clock[tid] = start;
    nameAt(tid, start, name);
    testAt(tid, start);
    live++;
    return new ThreadClock(tid, clock, wcp ? clock.clone() : null);
  }

  /** The thread of {@code clock} has ended: its number can be reused. Idempotent. */
  synchronized void release(ThreadClock clock) {
    if (clock.ended) {
      return;
    }
    clock.ended = true;
    live--;
    int tid = clock.tid;
    // Nothing happened at the current time unless the thread accessed something since its last
    // release: whoever learned that release's epoch then knows all the thread did.
    long time = clock.clock[tid];
    lastTime[tid] = Math.max(lastTime[tid], time);
    mustKnow[tid] = Math.max(mustKnow[tid], clock.accessedSinceTick() ? time : time - 1);
    free.addLast(tid);
    if (!clock.daemon) {
      // a later holder of the number starts after this time, so the entry covers only this thread
      endedNonDaemon = VectorClock.join(endedNonDaemon, clock.clock);
    }
  }

  /**
   * What every non-daemon thread that ended did, as one clock (a copy): the JVM runs its shutdown
   * hooks only once all of them have ended.
   */
  synchronized long[] endedNonDaemon() {
    return endedNonDaemon.clone();
  }

  /** The thread of {@code clock} ran out of time under its number: it takes a new one. */
  synchronized void renumber(ThreadClock clock, String name) {
    lastTime[clock.tid] = VectorClock.MAX_TIME; // never handed out again
    mustKnow[clock.tid] = VectorClock.MAX_TIME;
    int tid = fresh < maxTids ? grow(fresh++) : pickOldest();
    long start = lastTime[tid] + 1;
    nameAt(tid, start, name);
    testAt(tid, start);
    clock.moveTo(tid, start);
  }

  /**
   * From now on, remember which test each thread runs, from {@code currentTest} (asked on the
   * thread itself) when a thread gets a number, and from {@link #testChanged} after.
   */
  synchronized void watchTests(Supplier<String> currentTest) {
    this.currentTest = currentTest;
  }

  /**
   * The thread of {@code clock}, the calling thread, runs {@code test} (null: none) from now on.
   */
  synchronized void testChanged(ThreadClock clock, String test) {
    if (currentTest != null) {
      testAt(clock.tid, clock.time(), test);
    }
  }

  /**
   * The test the thread with number {@code tid} ran at {@code time}, or null (none, or unknown).
   */
  synchronized String testOf(int tid, long time) {
    ThreadNames known = tid < tests.length ? tests[tid] : null;
    return known == null ? null : known.exactlyAt(time);
  }

  /** The name of the thread that had number {@code tid} at {@code time}. */
  synchronized String nameOf(int tid, long time) {
    ThreadNames known = tid < names.length ? names[tid] : null;
    String name = known == null ? null : known.at(time);
    return name == null ? "thread#" + tid : name;
  }

  /** Threads that hold a number now. */
  synchronized int live() {
    return live;
  }

  /** One past the highest number ever handed out: the length clocks grow to. */
  synchronized int highestTid() {
    return fresh;
  }

  private int pick(long[] inherited) {
    Iterator<Integer> newestFirst = free.descendingIterator();
    for (int i = 0; i < EXACT_CANDIDATES && newestFirst.hasNext(); i++) {
      int tid = newestFirst.next();
      if (tid < inherited.length && inherited[tid] >= mustKnow[tid]) {
        newestFirst.remove();
        return tid; // the new thread really comes after everything its predecessor did
      }
    }
    if (fresh < maxTids && free.size() <= UNKNOWN_FREE_LIMIT) {
      return grow(fresh++);
    }
    return pickOldest();
  }

  private int pickOldest() {
    Integer oldest = free.pollFirst();
    if (oldest != null) {
      return oldest;
    }
    // More threads alive than numbers: share the last one. Its threads look like one thread to
    // each other, which can only hide races between them.
    return grow(maxTids - 1);
  }

  private int grow(int tid) {
    if (tid >= lastTime.length) {
      lastTime = Arrays.copyOf(lastTime, Math.max(tid + 1, lastTime.length * 2));
      mustKnow = Arrays.copyOf(mustKnow, lastTime.length);
      names = Arrays.copyOf(names, lastTime.length);
      tests = Arrays.copyOf(tests, lastTime.length);
    }
    return tid;
  }

  private void nameAt(int tid, long start, String name) {
    ThreadNames known = names[tid];
    if (known == null) {
      known = new ThreadNames();
      names[tid] = known;
    }
    known.add(start, name);
  }

  private void testAt(int tid, long start) {
    if (currentTest != null) {
      testAt(tid, start, currentTest.get());
    }
  }

  private void testAt(int tid, long start, String test) {
    ThreadNames known = tests[tid];
    if (known == null) {
      if (test == null) {
        return; // nothing to tell apart yet
      }
      known = new ThreadNames();
      tests[tid] = known;
    }
    known.add(start, test);
  }
}
