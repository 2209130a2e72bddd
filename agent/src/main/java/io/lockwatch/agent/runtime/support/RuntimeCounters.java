package io.lockwatch.agent.runtime.support;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of rare events (contention-free adders). The per-acquisition and per-access counts live
 * in each thread's own state instead and are summed for the report: no shared write on the hot
 * path.
 */
public final class RuntimeCounters {
  /** Acquisitions whose chain of held locks the thread had not validated before. */
  public final LongAdder newChains = new LongAdder();

  /** Classes the transformer changed. */
  public final LongAdder classesInstrumented = new LongAdder();
}
