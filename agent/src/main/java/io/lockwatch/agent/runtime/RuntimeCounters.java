package io.lockwatch.agent.runtime;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of rare events (contention-free adders). The per-acquisition and per-access counts live
 * in each thread's state instead (see {@link ThreadRegistry#acquisitions()}): no shared write on
 * the hot path.
 */
public final class RuntimeCounters {
  public final LongAdder tryLockEdgesSkipped = new LongAdder();
  public final LongAdder newChains = new LongAdder();
  public final LongAdder classesInstrumented = new LongAdder();
}
