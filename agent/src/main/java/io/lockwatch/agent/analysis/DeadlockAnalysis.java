package io.lockwatch.agent.analysis;

import io.lockwatch.agent.runtime.LockNode;
import io.lockwatch.agent.runtime.SiteInfo;
import io.lockwatch.report.fingerprint.CycleFingerprint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jgrapht.Graph;

/**
 * Potential deadlocks from a lock-order graph: find the cycles, classify each, and fold instance
 * cycles with the same code sites (e.g. one per pair of accounts) into one finding.
 */
public final class DeadlockAnalysis {

  /** The findings, in the order found, and how many instance cycles each filter removed. */
  public record Result(
      List<CycleFinding> findings,
      Map<String, Long> filtered,
      long cyclesFound,
      boolean truncated) {}

  private DeadlockAnalysis() {}

  public static Result analyse(
      Graph<LockNode, OrderEdge> graph,
      IntFunction<SiteInfo> sites,
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
      String fingerprint = fingerprint(c.variants(), sites);
      CycleFinding known = byFingerprint.get(fingerprint);
      if (known != null) {
        known.addOccurrence();
      } else {
        byFingerprint.put(
            fingerprint,
            new CycleFinding(fingerprint, c.verdict(), cycle, c.variants(), c.threadIndexes()));
      }
    }
    List<CycleFinding> findings = new ArrayList<>(byFingerprint.values());
    // Most severe first, then by fingerprint: the same run always lists findings the same way.
    findings.sort(
        Comparator.comparing((CycleFinding f) -> f.verdict().ordinal())
            .thenComparing(CycleFinding::fingerprint));
    return new Result(findings, filtered, found.cycles().size(), found.truncated());
  }

  /**
   * A stable id built only from code sites, the same recipe the reports tool uses when it merges
   * reports ({@link CycleFingerprint}): independent of object identities, of the rotation of the
   * cycle and of the JVM.
   */
  static String fingerprint(EdgeVariant[] variants, IntFunction<SiteInfo> sites) {
    List<String> edges = new ArrayList<>();
    for (EdgeVariant v : variants) {
      edges.add(
          CycleFingerprint.edgeKey(
              sites.apply(v.fromSite()).toSite(), sites.apply(v.toSite()).toSite()));
    }
    return "cycle:" + CycleFingerprint.hash(CycleFingerprint.siteSet(edges));
  }
}
