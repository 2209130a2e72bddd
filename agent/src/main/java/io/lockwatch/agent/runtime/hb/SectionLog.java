package io.lockwatch.agent.runtime.hb;

import java.util.Arrays;

/**
 * The recent critical sections of one weak lock, oldest first, for WCP's rule (b): if an earlier
 * section's acquisition is WCP-before the release of a later one, so is the earlier release. The
 * paper keeps one queue per lock and thread; this keeps one ring per lock and, per thread number,
 * how far that thread has taken it into account. Sections on a lock are ordered by happens-before,
 * so the release clock of the newest ordered section covers every older one: one join suffices.
 *
 * <p>Bounded: a thread that falls more than {@link #CAPACITY} sections behind learns the clock of
 * the newest section pushed out of the ring instead, as if those acquisitions were all ordered
 * before its release. That is more order than WCP has, never less (no false prediction; some
 * predictions may be missed), and is counted in {@link WcpOrder#incomplete()}.
 *
 * <p>Used only by the lock's holder: the lock itself serialises every use.
 */
final class SectionLog {
  static final int CAPACITY = 32;

  private final CriticalSection[] ring = new CriticalSection[CAPACITY];

  /** Sections appended so far; section {@code n} lives at {@code n % CAPACITY}. */
  private long appended;

  /** The release clock of the newest section pushed out of the ring, null while none. */
  private long[] evicted;

  /** Per thread number: the first section not yet taken into account, and whose count it is. */
  private long[] cursors = new long[0];

  private ThreadClock[] owners = new ThreadClock[0];

  /**
   * Rule (b) at a release by {@code thread}: it learns the release clock of the newest section of
   * another thread whose acquisition it now knows. Returns true when the ring had overflowed for
   * this thread (the bound above).
   */
  boolean orderRelease(ThreadClock thread) {
    int tid = thread.tid;
    if (tid >= cursors.length) {
      int length = Math.max(tid + 1, cursors.length * 2);
      cursors = Arrays.copyOf(cursors, length);
      owners = Arrays.copyOf(owners, length);
    }
    long cursor = owners[tid] == thread ? cursors[tid] : 0; // a reused number starts over
    owners[tid] = thread;
    boolean overflowed = false;
    long oldest = Math.max(0, appended - CAPACITY);
    if (cursor < oldest) {
      overflowed = evicted != null;
      thread.learnWcp(evicted);
      cursor = oldest;
    }
    for (long n = appended - 1; n >= cursor; n--) {
      CriticalSection section = ring[(int) (n % CAPACITY)];
      if (section.owner != thread && thread.knowsWcp(section.acquired)) {
        thread.learnWcp(section.released());
        cursor = n + 1;
        break;
      }
    }
    cursors[tid] = cursor;
    return overflowed;
  }

  /** A closed section joins the log. */
  void append(CriticalSection section) {
    int slot = (int) (appended % CAPACITY);
    CriticalSection old = ring[slot];
    if (old != null) {
      evicted = old.released();
    }
    ring[slot] = section;
    appended++;
  }
}
