package io.lockwatch.report.merge;

import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.LockOrderEdge;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges code-level lock-order edges of several reports by their shape (lock classes, sites, modes,
 * wait and gate locks): threads joined (qualified by their input, at most {@link
 * LockOrderEdge#MAX_THREADS}), counts summed, the most permits held kept.
 */
final class LockOrderEdgeMerger {
  private final Map<List<String>, Accumulated> bySites = new LinkedHashMap<>();

  /** Adds the edges of one input; {@code qualifier} is prefixed to thread names, or null. */
  void add(List<CodeEdge> edges, String qualifier) {
    for (CodeEdge edge : edges) {
      List<String> key =
          List.of(
              edge.fromLock(),
              edge.toLock(),
              edge.heldAt().key(),
              edge.acquiredAt().key(),
              edge.heldMode(),
              edge.acquiredMode(),
              edge.waitKind(),
              String.join("|", edge.gateLocks()));
      Accumulated sum = bySites.computeIfAbsent(key, k -> new Accumulated(edge));
      sum.add(edge, qualifier);
    }
  }

  /** The merged edges, in the order they were first seen. */
  List<CodeEdge> edges() {
    return bySites.values().stream().map(Accumulated::toEdge).toList();
  }

  private static final class Accumulated {
    private final CodeEdge first;
    private final Set<String> threads = new LinkedHashSet<>();
    private long count;
    private int permitsHeld = 1;

    Accumulated(CodeEdge first) {
      this.first = first;
    }

    void add(CodeEdge edge, String qualifier) {
      for (String thread : edge.threads()) {
        if (threads.size() < LockOrderEdge.MAX_THREADS) {
          threads.add(qualifier == null ? thread : qualifier + ":" + thread);
        }
      }
      count += edge.count();
      permitsHeld = Math.max(permitsHeld, edge.permitsHeld());
    }

    CodeEdge toEdge() {
      return new CodeEdge(
          first.fromLock(),
          first.toLock(),
          first.heldAt(),
          first.acquiredAt(),
          first.heldMode(),
          first.acquiredMode(),
          first.waitKind(),
          first.gateLocks(),
          List.copyOf(threads),
          permitsHeld,
          count);
    }
  }
}
