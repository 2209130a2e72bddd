package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.hb.VectorClock;
import java.util.Arrays;

/**
 * FastTrack's read vector clock for a field whose reads are really concurrent, with each reader's
 * last read site and locks for the report. One object behind one reference, and its own private
 * monitor: threads under different locks may update a shadow without its monitor, and must still
 * never see these arrays half-grown.
 */
final class SharedReads {
  private long[] clock;
  private int[] sites;
  private LockSet[] locks;

  SharedReads(int threads) {
    clock = new long[threads];
    sites = new int[threads];
    locks = new LockSet[threads];
  }

  synchronized void remember(long epoch, int site, LockSet held) {
    int tid = VectorClock.tidOf(epoch);
    if (clock.length <= tid) {
      clock = Arrays.copyOf(clock, tid + 1);
      sites = Arrays.copyOf(sites, tid + 1);
      locks = Arrays.copyOf(locks, tid + 1);
    }
    clock[tid] = VectorClock.timeOf(epoch);
    sites[tid] = site;
    locks[tid] = held;
  }

  /**
   * Whether this field's reads already include the read at {@code epoch}: FastTrack's same-epoch
   * rule for shared reads, checked without the monitor. A stale view (an array about to be grown)
   * holds older, smaller times, so it can only send the caller the slow way.
   */
  boolean has(long epoch) {
    long[] known = clock;
    int tid = VectorClock.tidOf(epoch);
    return tid < known.length && VectorClock.entryOf(known, tid) == VectorClock.timeOf(epoch);
  }

  /** The epoch of a read not ordered before {@code threadClock}, or 0. */
  synchronized long unorderedRead(long[] threadClock) {
    for (int tid = 0; tid < clock.length; tid++) {
      if (clock[tid] != 0 && (tid >= threadClock.length || clock[tid] > threadClock[tid])) {
        return VectorClock.epoch(tid, clock[tid]);
      }
    }
    return 0;
  }

  synchronized int siteOf(long epoch) {
    return sites[VectorClock.tidOf(epoch)];
  }

  synchronized LockSet locksOf(long epoch) {
    return locks[VectorClock.tidOf(epoch)];
  }

  synchronized SharedReads copy() {
    SharedReads copy = new SharedReads(clock.length);
    copy.clock = clock.clone();
    copy.sites = sites.clone();
    copy.locks = locks.clone();
    return copy;
  }
}
