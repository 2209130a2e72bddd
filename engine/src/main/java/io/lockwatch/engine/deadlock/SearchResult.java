package io.lockwatch.engine.deadlock;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param findings most severe first, then instance before predicted, then by fingerprint
 * @param filtered for each rule, how many site-level cycles it ruled out
 * @param cyclesExamined how many site-level cycles (closed walks of class dependencies) the search
 *     judged
 * @param shortfalls the budgets that ran out; empty when the analysis is complete
 */
public record SearchResult(
    List<DeadlockFinding> findings,
    Map<String, Long> filtered,
    long cyclesExamined,
    List<Shortfall> shortfalls) {

  /** True when no budget ran out: no finding can be missing for want of search. */
  public boolean complete() {
    return shortfalls.isEmpty();
  }
}
