package io.lockwatch.agent.analysis;

import io.lockwatch.agent.runtime.lockorder.EdgeVariant;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.OrderEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.Graph;

/**
 * Potential deadlocks from a snapshot of the lock-order facts: find the cycles, classify each, and
 * fold instance cycles with the same fingerprint (the same code sites, e.g. one cycle per pair of
 * accounts) into one finding.
 */
public final class DeadlockAnalysis {

  /** The findings, in the order found, and how many instance cycles each filter removed. */
  public record Result(
      List<CycleFinding> findings,
      Map<String, Long> filtered,
      long cyclesFound,
      boolean truncated) {}

  private DeadlockAnalysis() {}

  /**
   * @param graph a snapshot of the lock-order facts
   * @param fingerprint the id of a cycle, from the variant chosen for each of its edges: cycles
   *     with the same one fold into one finding (the report's recipe, which sees only code sites)
   * @param maxCycleLength the longest cycle searched for, in locks
   * @param maxCycles stop after this many instance cycles
   */
  public static Result analyse(
      Graph<LockNode, OrderEdge> graph,
      Function<EdgeVariant[], String> fingerprint,
      int maxCycleLength,
      int maxCycles) {
    CycleFinder.Result found = CycleFinder.find(graph, maxCycleLength, maxCycles);
    Map<String, Long> filtered = new LinkedHashMap<>();
    for (CycleVerdict verdict : CycleVerdict.values()) {
      if (!verdict.reported()) {
        filtered.put(verdict.label(), 0L);
      }
    }
    Map<String, CycleFinding> byFingerprint = new LinkedHashMap<>();
    for (List<OrderEdge> cycle : found.cycles()) {
      CycleClassifier.Classification c = CycleClassifier.classify(cycle);
      if (!c.verdict().reported()) {
        filtered.merge(c.verdict().label(), 1L, Long::sum);
        continue;
      }
      String id = fingerprint.apply(c.variants());
      CycleFinding known = byFingerprint.get(id);
      if (known != null) {
        known.addOccurrence();
      } else {
        byFingerprint.put(
            id, new CycleFinding(id, c.verdict(), cycle, c.variants(), c.threadIndexes()));
      }
    }
    List<CycleFinding> findings = new ArrayList<>(byFingerprint.values());
    // Most severe first, then by fingerprint: the same run always lists findings the same way.
    findings.sort(
        Comparator.comparing((CycleFinding f) -> f.verdict().ordinal())
            .thenComparing(CycleFinding::fingerprint));
    return new Result(findings, filtered, found.cycles().size(), found.truncated());
  }
}
