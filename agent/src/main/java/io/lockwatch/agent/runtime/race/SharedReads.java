package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.lockorder.LockNode;
import java.util.Arrays;

/**
 * FastTrack's read vector clock for a field whose reads are really concurrent, with each reader's
 * last read site and locks for the report. One object behind one reference, and its own private
 * monitor: threads under different locks may update a shadow without its monitor, and must still
 * never see these arrays half-grown.
 */
final class SharedReads {
  private int[] clock;
  private int[] sites;
  private LockNode[][] locks;

  SharedReads(int threads) {
    clock = new int[threads];
    sites = new int[threads];
    locks = new LockNode[threads][];
  }

  synchronized void remember(int tid, int clockOfRead, int site, LockNode[] held) {
    if (clock.length <= tid) {
      clock = Arrays.copyOf(clock, tid + 1);
      sites = Arrays.copyOf(sites, tid + 1);
      locks = Arrays.copyOf(locks, tid + 1);
    }
    clock[tid] = clockOfRead;
    sites[tid] = site;
    locks[tid] = held;
  }

  /** A thread whose read is not ordered before {@code threadClock}, or -1. */
  synchronized int unorderedReader(int[] threadClock) {
    for (int tid = 0; tid < clock.length; tid++) {
      if (clock[tid] != 0 && (tid >= threadClock.length || clock[tid] > threadClock[tid])) {
        return tid;
      }
    }
    return -1;
  }

  synchronized int siteOf(int tid) {
    return sites[tid];
  }

  synchronized LockNode[] locksOf(int tid) {
    return locks[tid];
  }
}
