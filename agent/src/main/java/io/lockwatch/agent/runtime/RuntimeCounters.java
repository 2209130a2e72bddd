package io.lockwatch.agent.runtime;

import java.util.concurrent.atomic.LongAdder;

/** Contention-free counters the hot path bumps, summed when the report is written. */
public final class RuntimeCounters {
  public final LongAdder acquisitions = new LongAdder();
  public final LongAdder reentrantAcquisitions = new LongAdder();
  public final LongAdder tryLockEdgesSkipped = new LongAdder();
  public final LongAdder newChains = new LongAdder();
  public final LongAdder classesInstrumented = new LongAdder();
  public final LongAdder fieldAccesses = new LongAdder();
}
