package io.lockwatch.agent.runtime.hb;

import io.lockwatch.agent.runtime.lockorder.LockNode;
import java.util.Arrays;

/**
 * The critical sections on weak locks one thread is inside, innermost last, with their reentrancy
 * depth (a reentrant acquisition starts no section), and the last few it closed (to name the lock
 * that ordered a predicted race); with what makes the section path cheap: the clock copy the
 * thread's releases share, and what rule (a)'s fallback already learned. Owned by its thread.
 */
public final class OpenSections {
  private static final int RECENT = 16;

  private CriticalSection[] open = new CriticalSection[4];
  private SyncClock[] clocks = new SyncClock[4];
  private int[] depths = new int[4];

  /** Per open section: its lock's last release when rule (a)'s fallback last learned its clock. */
  private long[] fallbackLearned = new long[4];

  private int size;

  /**
   * The last copy of the thread's clock a section kept at its release, shared by the next sections
   * as long as only the thread's own entry moves: no copy per section.
   */
  private long[] releaseCopy;

  private final CriticalSection[] recent = new CriticalSection[RECENT];

  /** The last few sections of other threads this thread learned through rule (a). */
  private final CriticalSection[] learned = new CriticalSection[RECENT];

  private int nextLearned;
  private int next;
  private int recentCount;

  /** How many sections are open. */
  public int size() {
    return size;
  }

  /** The {@code i}-th open section, outermost first. */
  public CriticalSection get(int i) {
    return open[i];
  }

  /** The clocks of the lock of the {@code i}-th open section. */
  public SyncClock clockAt(int i) {
    return clocks[i];
  }

  /** The open section on {@code lock}'s node, or -1. */
  int indexOf(LockNode lock) {
    for (int i = size - 1; i >= 0; i--) {
      if (open[i].lock == lock) {
        return i;
      }
    }
    return -1;
  }

  /** A reentrant acquisition: true when a section on {@code lock} is open (its depth grows). */
  boolean reenter(LockNode lock) {
    int i = indexOf(lock);
    if (i < 0) {
      return false;
    }
    depths[i]++;
    return true;
  }

  void push(CriticalSection section, SyncClock clock) {
    if (size == open.length) {
      open = Arrays.copyOf(open, size * 2);
      clocks = Arrays.copyOf(clocks, size * 2);
      depths = Arrays.copyOf(depths, size * 2);
      fallbackLearned = Arrays.copyOf(fallbackLearned, size * 2);
    }
    open[size] = section;
    clocks[size] = clock;
    fallbackLearned[size] = 0;
    depths[size++] = 1;
  }

  /**
   * Rule (a)'s fallback is about to learn {@code clock}, the clock of an open section's lock: false
   * when it learned it already in this section and no release changed it since (the thread holds
   * the lock, so only its own reentrant releases can), true otherwise, remembering it.
   */
  boolean fallbackLearns(SyncClock clock) {
    for (int i = size - 1; i >= 0; i--) {
      if (clocks[i] == clock) {
        long last = clock.lastRelease();
        if (last != 0 && fallbackLearned[i] == last) {
          return false;
        }
        fallbackLearned[i] = last;
        return true;
      }
    }
    return true;
  }

  /**
   * The clock {@code thread} (this one's) has at a section's release, but for its own entry (the
   * section keeps the release's epoch for that): the last such copy when the clock changed nowhere
   * else since, else a new one. Never written once handed out.
   */
  long[] releaseCopy(ThreadClock thread) {
    long[] copy = releaseCopy;
    if (copy == null || !equalBut(copy, thread.clock, thread.tid)) {
      copy = thread.clock.clone();
      releaseCopy = copy;
    }
    return copy;
  }

  private static boolean equalBut(long[] a, long[] b, int skip) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i] && i != skip) {
        return false;
      }
    }
    return true;
  }

  /**
   * A release of {@code lock}: the section to close, or null when it stays open (an inner reentrant
   * release) or none is open. {@code whole} releases every level at once (a wait).
   */
  CriticalSection leave(LockNode lock, boolean whole) {
    int i = indexOf(lock);
    if (i < 0 || (!whole && --depths[i] > 0)) {
      return null;
    }
    return removeAt(i);
  }

  /** The depth of the open section at {@code i} (for a wait, which takes the lock back whole). */
  int depthAt(int i) {
    return depths[i];
  }

  /** Reopens {@code section} at {@code depth} (the end of a wait). */
  void push(CriticalSection section, SyncClock clock, int depth) {
    push(section, clock);
    depths[size - 1] = depth;
  }

  private CriticalSection removeAt(int i) {
    CriticalSection section = open[i];
    System.arraycopy(open, i + 1, open, i, size - i - 1);
    System.arraycopy(clocks, i + 1, clocks, i, size - i - 1);
    clocks[size - 1] = null;
    System.arraycopy(depths, i + 1, depths, i, size - i - 1);
    System.arraycopy(fallbackLearned, i + 1, fallbackLearned, i, size - i - 1);
    open[--size] = null;
    recent[next] = section;
    next = (next + 1) & (RECENT - 1);
    recentCount = Math.min(recentCount + 1, RECENT);
    return section;
  }

  /** Rule (a) made this thread learn {@code section}'s release. */
  void learned(CriticalSection section) {
    if (learned[(nextLearned - 1) & (RECENT - 1)] != section) {
      learned[nextLearned] = section;
      nextLearned = (nextLearned + 1) & (RECENT - 1);
    }
  }

  /**
   * A section of {@code owner} on {@code lock}, numbered {@code from} or later, that this thread
   * ({@code thread}) learned and that is provably the newest of its owner's sections it knows the
   * acquisition of (it does not know the next one's): rule (b)'s exact answer when the lock's
   * history no longer holds it. Null if none is.
   */
  CriticalSection learnedNewest(ThreadClock thread, long owner, LockNode lock, long from) {
    for (CriticalSection section : learned) {
      if (section != null
          && section.owner == owner
          && section.lock == lock
          && section.closed()
          && section.seq >= from
          && thread.knowsWcp(section.acquired)
          && (section.nextAcquired == 0 || !thread.knowsWcp(section.nextAcquired))) {
        return section;
      }
    }
    return null;
  }

  /**
   * The most recent closed or open section whose acquisition followed a release by thread {@code
   * tid} at or after {@code time}: the lock that ordered this thread after that thread's access.
   */
  public CriticalSection orderedAfter(int tid, long time) {
    for (int i = size - 1; i >= 0; i--) {
      if (follows(open[i], tid, time)) {
        return open[i];
      }
    }
    for (int k = 1; k <= recentCount; k++) {
      CriticalSection section = recent[(next - k) & (RECENT - 1)];
      if (follows(section, tid, time)) {
        return section;
      }
    }
    return null;
  }

  private static boolean follows(CriticalSection section, int tid, long time) {
    long after = Math.abs(section.after);
    return after != 0 && VectorClock.tidOf(after) == tid && VectorClock.timeOf(after) >= time;
  }
}
