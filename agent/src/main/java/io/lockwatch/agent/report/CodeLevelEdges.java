package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockClassOrder;
import io.lockwatch.agent.runtime.lockorder.LockClasses;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockWaits;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.LockClass;
import io.lockwatch.report.model.LockOrderEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lock-order facts between lock classes, as the report writes them: one edge per shape (lock
 * classes, sites, modes, wait, gates) with how many instance facts it stands for and the threads
 * that took it, and the lock classes they name. Bounded by the code, not by the objects: what the
 * reports tool merges across runs.
 */
final class CodeLevelEdges {
  private CodeLevelEdges() {}

  /**
   * The edges, sorted by their sites so that the same run writes the same section. Shapes that
   * differ only in their gate locks are one edge holding the gates they all had: a cycle that one
   * of them could close is never ruled out by a gate the others held, and a real program (a Spring
   * Boot start) takes one pair of sites under many different sets of outer locks.
   */
  static List<CodeEdge> of(
      List<LockClassOrder.Entry> entries, List<LockClasses.Info> classes, SiteRegistry sites) {
    Map<List<Object>, Folded> byShape = new LinkedHashMap<>();
    for (LockClassOrder.Entry entry : entries) {
      LockClassOrder.Shape s = entry.shape();
      List<Object> key =
          List.of(
              s.fromClass(),
              s.toClass(),
              s.fromSite(),
              s.toSite(),
              s.fromShare(),
              s.toShare(),
              s.waitKind());
      byShape.computeIfAbsent(key, k -> new Folded(entry)).add(entry);
    }
    List<CodeEdge> result = new ArrayList<>(byShape.size());
    for (Folded folded : byShape.values()) {
      LockClassOrder.Shape s = folded.first.shape();
      List<String> gates = new ArrayList<>();
      for (int gate : folded.gates) {
        gates.add(classes.get(gate).name());
      }
      gates.sort(Comparator.naturalOrder());
      result.add(
          new CodeEdge(
              classes.get(s.fromClass()).name(),
              classes.get(s.toClass()).name(),
              Sites.of(sites.get(s.fromSite())),
              Sites.of(sites.get(s.toSite())),
              share(s.fromShare()),
              share(s.toShare()),
              waitKind(s.waitKind()),
              List.copyOf(gates),
              List.copyOf(folded.threads),
              folded.permits,
              folded.count));
    }
    result.sort(
        Comparator.comparing((CodeEdge e) -> e.heldAt().key())
            .thenComparing(e -> e.acquiredAt().key())
            .thenComparing(CodeEdge::fromLock)
            .thenComparing(CodeEdge::toLock)
            .thenComparing(CodeEdge::waitKind)
            .thenComparing(e -> String.join("|", e.gateLocks())));
    return result;
  }

  /** The shapes of one edge folded: the gates they share, their threads, counts and permits. */
  private static final class Folded {
    final LockClassOrder.Entry first;
    final Set<Integer> gates = new LinkedHashSet<>();
    final Set<String> threads = new LinkedHashSet<>();
    long count;
    int permits = 1;

    Folded(LockClassOrder.Entry first) {
      this.first = first;
      for (int gate : first.shape().gateClasses()) {
        gates.add(gate);
      }
    }

    void add(LockClassOrder.Entry entry) {
      Set<Integer> held = new HashSet<>();
      for (int gate : entry.shape().gateClasses()) {
        held.add(gate);
      }
      gates.retainAll(held);
      for (String thread : entry.threadNames()) {
        if (threads.size() < LockOrderEdge.MAX_THREADS) {
          threads.add(thread);
        }
      }
      count += entry.count();
      permits = Math.max(permits, entry.fromPermits());
    }
  }

  /** The lock classes the edges name, with what their locks showed. */
  static List<LockClass> classes(List<CodeEdge> edges, List<LockClasses.Info> classes) {
    Set<String> named = new LinkedHashSet<>();
    for (CodeEdge e : edges) {
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
                info.signal(),
                info.firstSeen() == null ? null : Sites.of(info.firstSeen())));
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
