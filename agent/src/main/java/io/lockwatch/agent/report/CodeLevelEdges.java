package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.lockorder.EdgeVariant;
import io.lockwatch.agent.runtime.lockorder.LockNames;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.OrderEdge;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.report.model.LockOrderEdge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * The lock-order graph folded to code level: one entry per (lock classes, sites, mode, gates), with
 * how many instance edges it stands for and a few of the threads that took it. What the reports
 * tool merges across runs.
 */
final class CodeLevelEdges {
  private static final int MAX_THREADS = 4;

  private CodeLevelEdges() {}

  static List<LockOrderEdge> of(Graph<LockNode, OrderEdge> graph, SiteRegistry sites) {
    record Key(String from, String to, int fromSite, int toSite, String mode, List<String> gates) {}
    Map<Key, long[]> counts = new LinkedHashMap<>();
    Map<Key, Set<String>> threads = new LinkedHashMap<>();
    for (OrderEdge edge : graph.edgeSet()) {
      for (EdgeVariant v : edge.variants()) {
        SiteInfo fromSite = sites.get(v.fromSite());
        SiteInfo toSite = sites.get(v.toSite());
        List<String> gates = new ArrayList<>();
        for (LockNode held : v.held()) {
          if (held != edge.from() && Arrays.binarySearch(v.gates(), held.id()) >= 0) {
            gates.add(LockNames.lockClass(held, held.firstSeen()));
          }
        }
        Key key =
            new Key(
                LockNames.lockClass(edge.from(), fromSite),
                LockNames.lockClass(edge.to(), toSite),
                v.fromSite(),
                v.toSite(),
                LockLabels.mode(v.toShare(), v.mode()),
                gates);
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
        Set<String> names = threads.computeIfAbsent(key, k -> new LinkedHashSet<>());
        for (String name : v.threadNames()) {
          if (names.size() < MAX_THREADS) {
            names.add(name);
          }
        }
      }
    }
    List<LockOrderEdge> result = new ArrayList<>(counts.size());
    counts.forEach(
        (k, count) ->
            result.add(
                new LockOrderEdge(
                    k.from,
                    k.to,
                    Sites.of(sites.get(k.fromSite)),
                    Sites.of(sites.get(k.toSite)),
                    k.mode,
                    k.gates,
                    List.copyOf(threads.get(k)),
                    count[0])));
    return result;
  }
}
