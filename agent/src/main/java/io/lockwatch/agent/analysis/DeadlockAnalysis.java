package io.lockwatch.agent.analysis;

import io.lockwatch.agent.runtime.LockNode;
import io.lockwatch.agent.runtime.SiteInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
   * A stable id built only from code sites: the sorted set of "held site -> acquired site" pairs.
   * Independent of object identities, of the rotation of the cycle and of the JVM.
   */
  static String fingerprint(EdgeVariant[] variants, IntFunction<SiteInfo> sites) {
    TreeSet<String> pairs = new TreeSet<>();
    for (EdgeVariant v : variants) {
      pairs.add(key(sites.apply(v.fromSite())) + "->" + key(sites.apply(v.toSite())));
    }
    return "cycle:" + sha256(String.join("|", pairs));
  }

  private static String key(SiteInfo site) {
    return site.className() + "#" + site.method() + ":" + site.line();
  }

  /** The first 16 hex digits of the SHA-256 of {@code text}. */
  public static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
