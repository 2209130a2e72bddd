package io.lockwatch.engine.deadlock.rule;

import java.util.List;

/**
 * The rule set, in the order a cycle meets it: the extension rules prune as a chain grows, the
 * closing rules judge it when it closes (the first to rule it out is the one counted).
 *
 * @param extension applied to every step that would join a chain
 * @param closing applied to every closed cycle
 */
public record Rules(List<ExtensionRule> extension, List<ClosingRule> closing) {
  /** Every rule Lockwatch applies. */
  public static Rules standard() {
    return new Rules(
        List.of(new DistinctThreads(), new DisjointGates()),
        List.of(
            new TryLockNeverBlocks(),
            new FirstAcquisitionNeverBlocks(),
            new SignalsHoldNothing(),
            new ReadersNeedQueuedWriter(),
            new TimedIsStall(),
            new SemaphorePermits()));
  }
}
