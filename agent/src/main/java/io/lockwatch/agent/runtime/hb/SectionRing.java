package io.lockwatch.agent.runtime.hb;

/**
 * One thread's last critical sections on one lock, oldest first, for {@link SectionLog}; with the
 * newest one pushed out of the ring and the acquisition of the thread's first.
 */
final class SectionRing {
  static final int CAPACITY = 64;

  /** Says that a section pushed out of the ring, not the newest pushed out, is known. */
  static final CriticalSection UNKNOWN_PUSHED_OUT = new CriticalSection(null, 0, 0, 0);

  /** The {@link ThreadClock#serial} of its thread. */
  final long owner;

  /** The epoch of the acquisition of the first section of the owner on the lock. */
  final long firstAcquired;

  private final CriticalSection[] ring = new CriticalSection[CAPACITY];
  private int count;
  private int next;

  /** The newest section pushed out of the ring, null while none. */
  CriticalSection pushedOut;

  SectionRing(long owner, long firstAcquired) {
    this.owner = owner;
    this.firstAcquired = firstAcquired;
  }

  void add(CriticalSection section) {
    CriticalSection previous = count == 0 ? null : newest();
    if (previous != null) {
      previous.nextAcquired = section.acquired;
    }
    CriticalSection old = ring[next];
    if (old != null) {
      pushedOut = old;
    }
    ring[next] = section;
    next = (next + 1) % CAPACITY;
    count = Math.min(count + 1, CAPACITY);
  }

  CriticalSection newest() {
    return ring[(next + CAPACITY - 1) % CAPACITY];
  }

  /**
   * The newest section numbered {@code from} or later whose acquisition {@code thread} knows; null
   * when none is; {@link #UNKNOWN_PUSHED_OUT} when only older sections pushed out of the ring may
   * be.
   */
  CriticalSection newestKnown(ThreadClock thread, long from) {
    for (int k = 1; k <= count; k++) {
      CriticalSection section = ring[(next + CAPACITY - k) % CAPACITY];
      if (section.seq < from) {
        return null; // taken into account before
      }
      if (thread.knowsWcp(section.acquired)) {
        return section;
      }
    }
    CriticalSection out = pushedOut;
    if (out == null || out.seq < from || !thread.knowsWcp(firstAcquired)) {
      return null; // none of the older ones is known either
    }
    return thread.knowsWcp(out.acquired) ? out : UNKNOWN_PUSHED_OUT;
  }
}
