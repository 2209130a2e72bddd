package io.lockwatch.agent.runtime.hb;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Vector clocks as {@code long[]} indexed by thread number, and FastTrack epochs packed into one
 * {@code long}: the time above {@link #TID_BITS} bits of thread number. Times are 64-bit values (43
 * bits inside an epoch): a thread that would pass {@link #MAX_TIME} moves to a new thread number
 * instead of wrapping (see {@link ThreadClock#tick()}), so no clock ever runs backwards. Epoch 0
 * means "no access": times start at 1.
 */
public final class VectorClock {
  /** Bits of thread number in an epoch: up to 2^20 threads alive at once. */
  static final int TID_BITS = 20;

  /** Thread numbers are below this. */
  static final int MAX_TIDS = 1 << TID_BITS;

  private static final long TID_MASK = MAX_TIDS - 1;

  /** The largest time an epoch can hold (2^43 - 1; the sign bit stays clear). */
  static final long MAX_TIME = (1L << (Long.SIZE - 1 - TID_BITS)) - 1;

  /** Element access for clocks that other threads read while one raises them. */
  private static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(long[].class);

  private VectorClock() {}

  /** The epoch of thread {@code tid} at {@code time}. */
  public static long epoch(int tid, long time) {
    return (time << TID_BITS) | tid;
  }

  /** The thread number of {@code epoch}. */
  public static int tidOf(long epoch) {
    return (int) (epoch & TID_MASK);
  }

  /** The time of {@code epoch}. */
  public static long timeOf(long epoch) {
    return epoch >>> TID_BITS;
  }

  /** True when the event of {@code epoch} happened before (or is known to) {@code clock}. */
  static boolean leq(long epoch, long[] clock) {
    int tid = tidOf(epoch);
    return tid < clock.length && timeOf(epoch) <= clock[tid];
  }

  /** {@code into := into ⊔ from}; returns {@code into}, grown if needed. */
  static long[] join(long[] into, long[] from) {
    if (from == null) {
      return into;
    }
    long[] target = into.length >= from.length ? into : Arrays.copyOf(into, from.length);
    for (int i = 0; i < from.length; i++) {
      if (from[i] > target[i]) {
        target[i] = from[i];
      }
    }
    return target;
  }

  /**
   * The same, reading {@code from} entry by entry atomically: {@code from} is a shared clock that
   * other threads raise while this one reads it.
   */
  static long[] joinShared(long[] into, long[] from) {
    long[] target = into.length >= from.length ? into : Arrays.copyOf(into, from.length);
    for (int i = 0; i < from.length; i++) {
      long entry = (long) ENTRY.getOpaque(from, i);
      if (entry > target[i]) {
        target[i] = entry;
      }
    }
    return target;
  }

  /**
   * Raises every entry of the shared clock {@code into} to at least {@code from}'s, atomically per
   * entry (other threads may raise it at the same time); {@code into} must be at least as long.
   * Returns true when {@code from} already knew every entry of {@code into}, that is when {@code
   * into} now equals {@code from} (extended by zeros).
   */
  static boolean raiseShared(long[] into, long[] from) {
    boolean dominated = true;
    for (int i = 0; i < into.length; i++) {
      long wanted = i < from.length ? from[i] : 0;
      long current = (long) ENTRY.getOpaque(into, i);
      while (current < wanted) {
        long witness = (long) ENTRY.compareAndExchange(into, i, current, wanted);
        if (witness == current) {
          current = wanted;
        } else {
          current = witness;
        }
      }
      if (current > wanted) {
        dominated = false;
      }
    }
    return dominated;
  }

  /** Entry {@code tid} of the shared clock {@code from} (which must be that long), atomically. */
  public static long entryOf(long[] from, int tid) {
    return (long) ENTRY.getOpaque(from, tid);
  }

  /** A copy of the shared clock {@code from}, {@code length} long, read atomically per entry. */
  static long[] copyShared(long[] from, int length) {
    long[] copy = new long[length];
    for (int i = 0; i < Math.min(length, from.length); i++) {
      copy[i] = (long) ENTRY.getOpaque(from, i);
    }
    return copy;
  }
}
