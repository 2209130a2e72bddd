package io.lockwatch.agent.runtime.hb;

import java.util.Arrays;

/**
 * Vector clocks as plain {@code int[]} indexed by thread number, and FastTrack epochs as longs
 * ({@code clock << 32 | thread}). Operations grow arrays only when a new thread number appears.
 */
public final class VectorClock {
  private VectorClock() {}

  /** The epoch of thread {@code tid} at {@code clock}. */
  public static long epoch(int tid, int clock) {
    return ((long) clock << 32) | (tid & 0xFFFFFFFFL);
  }

  /** The thread number of {@code epoch}. */
  public static int tidOf(long epoch) {
    return (int) epoch;
  }

  /** The clock value of {@code epoch}. */
  public static int clockOf(long epoch) {
    return (int) (epoch >>> 32);
  }

  /** True when the event of {@code epoch} happened before (or is known to) {@code clock}. */
  static boolean leq(long epoch, int[] clock) {
    int tid = tidOf(epoch);
    return tid < clock.length && clockOf(epoch) <= clock[tid];
  }

  /** {@code into := into ⊔ from}; returns {@code into}, grown if needed. */
  static int[] join(int[] into, int[] from) {
    if (from == null) {
      return into;
    }
    int[] target = into.length >= from.length ? into : Arrays.copyOf(into, from.length);
    for (int i = 0; i < from.length; i++) {
      if (from[i] > target[i]) {
        target[i] = from[i];
      }
    }
    return target;
  }
}
