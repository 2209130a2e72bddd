package io.lockwatch.report.render.html;

import io.lockwatch.report.render.LockGraph;
import io.lockwatch.report.render.LockLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lock-order graph with each package collapsed into one node: an arc between two packages
 * stands for every arc between their lock classes (an arc inside a package becomes a loop).
 */
final class PackageGraph {
  /**
   * A package.
   *
   * @param name its name, empty for the default package
   * @param lockClasses the indexes, in {@link LockGraph#nodes()}, of its lock classes
   * @param inCycle whether one of them is in a reported cycle
   */
  record Package(String name, List<Integer> lockClasses, boolean inCycle) {}

  /**
   * The arcs from one package to another.
   *
   * @param from index of the package in {@link #packages()}
   * @param to likewise
   * @param arcs indexes, in {@link LockGraph#arcs()}, of the arcs it stands for
   * @param inCycle whether one of them is in a reported cycle
   */
  record PackageArc(int from, int to, List<Integer> arcs, boolean inCycle) {}

  private final List<Package> packages;
  private final List<PackageArc> arcs;

  private PackageGraph(List<Package> packages, List<PackageArc> arcs) {
    this.packages = packages;
    this.arcs = arcs;
  }

  /** The packages, in the order their first lock class appears. */
  List<Package> packages() {
    return packages;
  }

  /** The arcs between packages. */
  List<PackageArc> arcs() {
    return arcs;
  }

  /** Collapses {@code graph}. */
  static PackageGraph of(LockGraph graph) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<List<Integer>> members = new ArrayList<>();
    List<Boolean> cycle = new ArrayList<>();
    for (int i = 0; i < graph.nodes().size(); i++) {
      LockGraph.Node node = graph.nodes().get(i);
      int p =
          index.computeIfAbsent(
              LockLabels.packageName(node.id()),
              name -> {
                members.add(new ArrayList<>());
                cycle.add(false);
                return members.size() - 1;
              });
      members.get(p).add(i);
      cycle.set(p, cycle.get(p) || node.inCycle());
    }
    Map<String, Integer> nodeIndex = new LinkedHashMap<>();
    for (int i = 0; i < graph.nodes().size(); i++) {
      nodeIndex.put(graph.nodes().get(i).id(), i);
    }
    int[] packageOf = new int[graph.nodes().size()];
    for (int p = 0; p < members.size(); p++) {
      for (int node : members.get(p)) {
        packageOf[node] = p;
      }
    }
    Map<List<Integer>, List<Integer>> grouped = new LinkedHashMap<>();
    Map<List<Integer>, Boolean> groupedCycle = new LinkedHashMap<>();
    for (int a = 0; a < graph.arcs().size(); a++) {
      LockGraph.Arc arc = graph.arcs().get(a);
      List<Integer> pair =
          List.of(packageOf[nodeIndex.get(arc.from())], packageOf[nodeIndex.get(arc.to())]);
      grouped.computeIfAbsent(pair, k -> new ArrayList<>()).add(a);
      groupedCycle.merge(pair, arc.inCycle(), Boolean::logicalOr);
    }
    List<Package> packages = new ArrayList<>();
    List<String> names = new ArrayList<>(index.keySet());
    for (int p = 0; p < names.size(); p++) {
      packages.add(new Package(names.get(p), List.copyOf(members.get(p)), cycle.get(p)));
    }
    List<PackageArc> arcs = new ArrayList<>();
    grouped.forEach(
        (pair, list) ->
            arcs.add(
                new PackageArc(
                    pair.get(0), pair.get(1), List.copyOf(list), groupedCycle.get(pair))));
    return new PackageGraph(List.copyOf(packages), List.copyOf(arcs));
  }
}
