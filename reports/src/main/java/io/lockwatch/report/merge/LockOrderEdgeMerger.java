package io.lockwatch.report.merge;

import io.lockwatch.report.model.LockOrderEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges code-level lock-order edges of several reports by their sites: one edge per lock classes,
 * sites and mode; threads joined (qualified by their input), counts summed, and gate locks
 * intersected, because an edge taken once without a gate lock can take part in a deadlock.
 */
final class LockOrderEdgeMerger {
  /** How many thread names an edge keeps; enough to tell threads apart for the cycle filter. */
  static final int MAX_THREADS = 8;

  private final Map<List<String>, Accumulated> bySites = new LinkedHashMap<>();

  /** Adds the edges of one input; {@code qualifier} is prefixed to thread names, or null. */
  void add(List<LockOrderEdge> edges, String qualifier) {
    for (LockOrderEdge edge : edges) {
      List<String> key =
          List.of(
              edge.fromLock(),
              edge.toLock(),
              edge.heldAt().key(),
              edge.acquiredAt().key(),
              edge.acquiredMode());
      Accumulated sum = bySites.computeIfAbsent(key, k -> new Accumulated(edge));
      sum.add(edge, qualifier);
    }
  }

  /** The merged edges, in the order they were first seen. */
  List<LockOrderEdge> edges() {
    return bySites.values().stream().map(Accumulated::toEdge).toList();
  }

  private static final class Accumulated {
    private final LockOrderEdge first;
    private final Set<String> threads = new LinkedHashSet<>();
    private Set<String> gateLocks;
    private long count;

    Accumulated(LockOrderEdge first) {
      this.first = first;
    }

    void add(LockOrderEdge edge, String qualifier) {
      for (String thread : edge.threads()) {
        if (threads.size() < MAX_THREADS) {
          threads.add(qualifier == null ? thread : qualifier + ":" + thread);
        }
      }
      if (gateLocks == null) {
        gateLocks = new LinkedHashSet<>(edge.gateLocks());
      } else {
        gateLocks.retainAll(edge.gateLocks());
      }
      count += edge.count();
    }

    LockOrderEdge toEdge() {
      return new LockOrderEdge(
          first.fromLock(),
          first.toLock(),
          first.heldAt(),
          first.acquiredAt(),
          first.acquiredMode(),
          List.copyOf(new ArrayList<>(gateLocks)),
          List.copyOf(threads),
          count);
    }
  }
}
