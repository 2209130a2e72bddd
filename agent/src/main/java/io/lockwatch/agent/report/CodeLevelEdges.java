package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockClassOrder;
import io.lockwatch.agent.runtime.lockorder.LockClasses;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockWaits;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.report.model.LockClass;
import io.lockwatch.report.model.LockOrderEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lock-order facts between lock classes, as the report writes them: one edge per shape (lock
 * classes, sites, modes, wait, gates) with how many instance facts it stands for and the threads
 * that took it, and the lock classes they name. Bounded by the code, not by the objects: what the
 * reports tool merges across runs.
 */
final class CodeLevelEdges {
  private CodeLevelEdges() {}

  /** The edges, sorted by their sites so that the same run writes the same section. */
  static List<LockOrderEdge> of(
      List<LockClassOrder.Entry> entries, List<LockClasses.Info> classes, SiteRegistry sites) {
    List<LockOrderEdge> result = new ArrayList<>(entries.size());
    for (LockClassOrder.Entry entry : entries) {
      LockClassOrder.Shape s = entry.shape();
      List<String> gates = new ArrayList<>();
      for (int gate : s.gateClasses()) {
        gates.add(classes.get(gate).name());
      }
      result.add(
          new LockOrderEdge(
              classes.get(s.fromClass()).name(),
              classes.get(s.toClass()).name(),
              Sites.of(sites.get(s.fromSite())),
              Sites.of(sites.get(s.toSite())),
              share(s.fromShare()),
              share(s.toShare()),
              waitKind(s.waitKind()),
              List.copyOf(gates),
              List.of(entry.threadNames()),
              entry.fromPermits(),
              entry.count()));
    }
    result.sort(
        Comparator.comparing((LockOrderEdge e) -> e.heldAt().key())
            .thenComparing(e -> e.acquiredAt().key())
            .thenComparing(LockOrderEdge::fromLock)
            .thenComparing(LockOrderEdge::toLock)
            .thenComparing(LockOrderEdge::waitKind)
            .thenComparing(e -> String.join("|", e.gateLocks())));
    return result;
  }

  /** The lock classes the edges name, with what their locks showed. */
  static List<LockClass> classes(List<LockOrderEdge> edges, List<LockClasses.Info> classes) {
    Set<String> named = new LinkedHashSet<>();
    for (LockOrderEdge e : edges) {
      named.add(e.fromLock());
      named.add(e.toLock());
      named.addAll(e.gateLocks());
    }
    List<LockClass> result = new ArrayList<>();
    for (LockClasses.Info info : classes) {
      if (named.contains(info.name())) {
        result.add(
            new LockClass(
                info.name(),
                LockNode.kindName(info.kind()),
                info.permits(),
                info.writeLocked(),
                info.signal()));
      }
    }
    result.sort(Comparator.comparing(LockClass::name));
    return result;
  }

  static String share(byte share) {
    return switch (share) {
      case HeldLocks.READ -> "read";
      case HeldLocks.WRITE -> "write";
      default -> "exclusive";
    };
  }

  static String waitKind(byte wait) {
    return switch (wait) {
      case LockWaits.TIMED -> "timed";
      case LockWaits.TRY -> "try";
      case LockWaits.FIRST -> "first";
      default -> "blocking";
    };
  }
}
