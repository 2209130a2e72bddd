package io.lockwatch.agent.runtime.hb;

import java.util.Arrays;

/**
 * The recent critical sections of one weak lock, for WCP's rule (b): if an earlier section's
 * acquisition is WCP-before the release of a later one, so is the earlier release. The paper keeps
 * a queue per lock and thread; this keeps, per thread that held the lock, its last {@link
 * SectionRing#CAPACITY} sections. Two facts make that enough:
 *
 * <ul>
 *   <li>sections on a lock are ordered by happens-before, so the release clock of the newest
 *       section a thread knows the acquisition of covers every older one: one join suffices, and a
 *       thread remembers how far it got (its {@code progress});
 *   <li>a thread's own sections come in order, so the ones another thread knows the acquisition of
 *       are the oldest: the newest known one is found from the newest down.
 * </ul>
 *
 * <p>Bounded: at most {@link #THREADS} holders are kept, each with its last sections. When the one
 * a thread needs was pushed out, it learns the newest pushed out instead (of that holder, or of the
 * holders forgotten), as if it were ordered too: more order than WCP has, never less (no false
 * prediction; some may be missed), counted in {@link WcpOrder#incomplete()}.
 *
 * <p>Used only by the lock's holder: the lock itself serialises every use.
 */
final class SectionLog {
  static final int THREADS = 32;

  private SectionRing[] holders = new SectionRing[4];
  private int holderCount;

  /** Sections appended so far: the next one's sequence number. */
  private long appended;

  /** The newest section of the holders pushed out of {@link #holders}, null while none. */
  private CriticalSection dropped;

  /**
   * Per thread number {@code n}, at {@code n * 3}: the sequence number below which every section is
   * taken into account; the {@link ThreadClock#serial} that is about; its {@code wcpVersion} after
   * its last release here. One array: one cache line to fetch at a release, not three.
   */
  private long[] progress = new long[0];

  private static final int COVERED = 0;
  private static final int SERIAL = 1;
  private static final int VERSION = 2;
  private static final int STRIDE = 3;

  /**
   * Rule (b) at a release by {@code thread}: it learns the release clock of the newest section of
   * another thread whose acquisition it now knows. Returns true when a bound made it learn more.
   */
  boolean orderRelease(ThreadClock thread) {
    int at = thread.tid * STRIDE;
    if (at >= progress.length) {
      progress = Arrays.copyOf(progress, Math.max(at + STRIDE, progress.length * 2));
    }
    boolean same = progress[at + SERIAL] == thread.serial;
    if (same && progress[at + VERSION] == thread.wcpVersion) {
      return false; // it learned nothing since: it knows no acquisition it did not know then
    }
    long from = same ? progress[at + COVERED] : 0; // a reused number starts over
    progress[at + SERIAL] = thread.serial;
    CriticalSection best = null;
    boolean approximated = false;
    for (int i = 0; i < holderCount; i++) {
      SectionRing ring = holders[i];
      if (ring.owner == thread.serial) {
        continue;
      }
      CriticalSection known = ring.newestKnown(thread, from);
      if (known == SectionRing.UNKNOWN_PUSHED_OUT) {
        known = thread.sections.learnedNewest(thread, ring.owner, ring.newest().lock, from);
        if (known == null) {
          known = ring.pushedOut;
          approximated = true;
        }
      }
      if (known != null && (best == null || known.seq > best.seq)) {
        best = known;
      }
    }
    if (dropped != null && dropped.seq >= from && (best == null || dropped.seq > best.seq)) {
      best = dropped; // whether it knows a forgotten holder's section is unknown: assume it does
      approximated = true;
    }
    if (best != null) {
      best.teach(thread);
      from = best.seq + 1;
    }
    progress[at + COVERED] = from;
    progress[at + VERSION] = thread.wcpVersion;
    return approximated;
  }

  /** A closed section joins the log. */
  void append(CriticalSection section) {
    section.seq = appended++;
    for (int i = 0; i < holderCount; i++) {
      if (holders[i].owner == section.owner) {
        holders[i].add(section);
        return;
      }
    }
    if (holderCount == THREADS) {
      dropOldestHolder();
    }
    if (holderCount == holders.length) {
      holders = Arrays.copyOf(holders, holderCount * 2);
    }
    SectionRing ring = new SectionRing(section.owner, section.acquired);
    ring.add(section);
    holders[holderCount++] = ring;
  }

  /** Forgets the holder whose newest section is oldest; its newest may become {@link #dropped}. */
  private void dropOldestHolder() {
    int oldest = 0;
    for (int i = 1; i < holderCount; i++) {
      if (holders[i].newest().seq < holders[oldest].newest().seq) {
        oldest = i;
      }
    }
    SectionRing ring = holders[oldest];
    if (dropped == null || ring.newest().seq > dropped.seq) {
      dropped = ring.newest();
    }
    holders[oldest] = holders[--holderCount];
    holders[holderCount] = null;
  }
}
