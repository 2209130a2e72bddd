package io.lockwatch.agent.runtime.confirm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Vector clocks that only {@code Thread.start} and {@code Thread.join} advance: the orders a
 * program's structure imposes whatever the schedule, unlike those of locks, which another schedule
 * reverses. Two steps these clocks order can never be taken at the same time.
 *
 * <p>Only confirm mode keeps them, at starts, joins and watched steps (rare events), under this
 * object's monitor, which is the agent's own. Past {@link #MAX_THREADS} threads it stops and says
 * so: then nothing is claimed unreachable.
 */
final class ForkJoinClocks {
  static final int MAX_THREADS = 20_000;

  /**
   * A thread's clock at a step.
   *
   * @param threadId the thread
   * @param slot the thread's own entry in the clocks
   * @param clock the clock's values, by slot
   */
  record Stamp(long threadId, int slot, long[] clock) {
    /** True when this step happens before {@code later} through starts and joins. */
    boolean before(Stamp later) {
      return later.clock.length > slot && later.clock[slot] >= clock[slot];
    }

    /** True when start and join order the two steps, one way or the other. */
    boolean ordered(Stamp other) {
      return before(other) || other.before(this);
    }
  }

  private static final class Clock {
    final int slot;
    long[] values;

    Clock(int slot, long[] inherited) {
      this.slot = slot;
      this.values = Arrays.copyOf(inherited, Math.max(inherited.length, slot + 1));
      values[slot] = Math.max(values[slot], 1);
    }

    void join(long[] other) {
      if (other.length > values.length) {
        values = Arrays.copyOf(values, other.length);
      }
      for (int i = 0; i < other.length; i++) {
        values[i] = Math.max(values[i], other[i]);
      }
    }
  }

  private static final long[] NOTHING = new long[0];

  private final Map<Long, Clock> clocks = new HashMap<>();
  private final Map<Long, long[]> inherited = new HashMap<>();
  private int nextSlot;
  private boolean overflowed;

  /** {@code parent} starts {@code child}: everything the parent did so far precedes the child. */
  synchronized void started(long parent, long child) {
    Clock clock = clockOf(parent);
    if (clock == null) {
      return;
    }
    inherited.put(child, clock.values.clone());
    clock.values[clock.slot]++;
  }

  /** {@code joiner} saw {@code ended} end: everything it did precedes what the joiner does next. */
  synchronized void joined(long joiner, long ended) {
    Clock clock = clockOf(joiner);
    Clock other = clocks.get(ended);
    long[] known = other != null ? other.values : inherited.get(ended);
    if (clock != null && known != null) {
      clock.join(known);
    }
  }

  /** The thread's clock now, or null once too many threads were seen. */
  synchronized Stamp stamp(long threadId) {
    Clock clock = clockOf(threadId);
    return clock == null ? null : new Stamp(threadId, clock.slot, clock.values.clone());
  }

  /** True when threads were left out, so an order between two steps may be missing. */
  synchronized boolean overflowed() {
    return overflowed;
  }

  private Clock clockOf(long threadId) {
    Clock clock = clocks.get(threadId);
    if (clock == null) {
      if (nextSlot >= MAX_THREADS) {
        overflowed = true;
        return null;
      }
      long[] from = inherited.remove(threadId);
      clock = new Clock(nextSlot++, from != null ? from : NOTHING);
      clocks.put(threadId, clock);
    }
    return clock;
  }
}
