package io.lockwatch.agent.analysis;

import io.lockwatch.engine.deadlock.DeadlockSearch;
import io.lockwatch.engine.deadlock.SearchLimits;
import io.lockwatch.engine.deadlock.SearchResult;

/** Potential deadlocks of one run: the shared engine over the run's facts. */
public final class DeadlockAnalysis {
  private DeadlockAnalysis() {}

  /**
   * What the search found, with the facts it ran on (to write findings with).
   *
   * @param search the engine's result
   * @param facts the run's facts and the way back to the agent's objects
   */
  public record Result(SearchResult search, RunFacts facts) {}

  /** Runs the search over {@code facts} within {@code limits}. */
  public static Result analyse(RunFacts facts, SearchLimits limits) {
    return new Result(DeadlockSearch.run(facts.facts(), limits), facts);
  }
}
