package io.lockwatch.engine.deadlock;

/**
 * The budgets of one search. Each one that runs out is said in the result, never silently.
 *
 * @param maxCycleLength the longest cycle searched for, in locks
 * @param maxFindings the most findings (distinct fingerprints) reported
 * @param maxSteps the most search steps (chain extensions tried), over the whole search
 * @param maxOccurrences the most instance cycles counted per finding
 */
public record SearchLimits(int maxCycleLength, int maxFindings, long maxSteps, int maxOccurrences) {
  /** The defaults the agent and the reports tool use. */
  public static SearchLimits defaults() {
    return new SearchLimits(6, 10_000, 50_000_000L, 10_000);
  }
}
