package io.lockwatch.agent.analysis;

import io.lockwatch.agent.runtime.lockorder.EdgeVariant;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.OrderEdge;
import io.lockwatch.bridge.EventSink;
import java.util.List;

/**
 * Applies the deadlock filters to one cycle. An edge can have been taken in several ways (variants)
 * by several threads; the cycle is a finding when some choice of one variant and one thread per
 * edge satisfies every rule:
 *
 * <ol>
 *   <li>all threads differ (one thread cannot deadlock with itself);
 *   <li>no two edges were taken under a common exclusive lock (a gate lock keeps them apart);
 *   <li>each thread really blocks: waiting for a read lock held in read mode blocks only behind a
 *       queued writer, so it counts only when some thread write-locks that lock.
 * </ol>
 *
 * The filtered verdict names the first rule that no choice could satisfy. The search is bounded.
 */
final class CycleClassifier {
  private static final int BUDGET = 200_000;

  /** The verdict and, for findings, the chosen variant and thread of each edge. */
  record Classification(CycleVerdict verdict, EdgeVariant[] variants, int[] threadIndexes) {}

  private final List<OrderEdge> cycle;
  private final int n;
  private final EdgeVariant[] chosen;
  private final int[] chosenThread;
  private int stage;
  private int steps;
  private CycleVerdict best;
  private EdgeVariant[] bestVariants;
  private int[] bestThreads;

  private CycleClassifier(List<OrderEdge> cycle) {
    this.cycle = cycle;
    this.n = cycle.size();
    this.chosen = new EdgeVariant[n];
    this.chosenThread = new int[n];
  }

  /** Classifies one cycle, given as its edges in order. */
  static Classification classify(List<OrderEdge> cycle) {
    return new CycleClassifier(cycle).run();
  }

  private Classification run() {
    for (stage = 1; stage <= 3; stage++) {
      best = null;
      steps = 0;
      search(0);
      if (best == null) {
        CycleVerdict filtered =
            switch (stage) {
              case 1 -> CycleVerdict.SAME_THREAD;
              case 2 -> CycleVerdict.GATE_LOCK;
              default -> CycleVerdict.READ_ONLY;
            };
        return new Classification(filtered, null, null);
      }
    }
    return new Classification(best, bestVariants, bestThreads);
  }

  /** Depth-first choice of a (variant, thread) per edge; returns true to stop the search. */
  private boolean search(int edge) {
    if (++steps > BUDGET) {
      return true;
    }
    if (edge == n) {
      return accept();
    }
    for (EdgeVariant variant : cycle.get(edge).variants()) {
      if (stage >= 2 && sharesGate(variant, edge)) {
        continue;
      }
      long[] threads = variant.threadIds();
      for (int t = 0; t < threads.length; t++) {
        if (threadTaken(threads[t], edge)) {
          continue;
        }
        chosen[edge] = variant;
        chosenThread[edge] = t;
        if (search(edge + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean threadTaken(long threadId, int upTo) {
    for (int i = 0; i < upTo; i++) {
      if (chosen[i].threadIds()[chosenThread[i]] == threadId) {
        return true;
      }
    }
    return false;
  }

  private boolean sharesGate(EdgeVariant variant, int upTo) {
    for (int i = 0; i < upTo; i++) {
      if (chosen[i].sharesGateWith(variant)) {
        return true;
      }
    }
    return false;
  }

  /** A complete choice; keeps the most severe and stops once it is a plain deadlock. */
  private boolean accept() {
    CycleVerdict verdict = CycleVerdict.DEADLOCK;
    if (stage == 3) {
      verdict = blockingVerdict();
      if (verdict == null) {
        return false;
      }
    }
    if (best == null || verdict.ordinal() < best.ordinal()) {
      best = verdict;
      bestVariants = chosen.clone();
      bestThreads = chosenThread.clone();
    }
    return verdict == CycleVerdict.DEADLOCK;
  }

  /** Null when some thread of this choice would not block at all. */
  private CycleVerdict blockingVerdict() {
    boolean needsWriter = false;
    boolean timed = false;
    for (int i = 0; i < n; i++) {
      EdgeVariant waiting = chosen[i];
      EdgeVariant holding = chosen[(i + 1) % n];
      if (waiting.mode() == EventSink.MODE_TIMED) {
        timed = true;
      }
      if (waiting.toShare() == HeldLocks.READ && holding.fromShare() == HeldLocks.READ) {
        if (!cycle.get(i).to().writeLocked()) {
          return null;
        }
        needsWriter = true;
      }
    }
    if (needsWriter) {
      return CycleVerdict.READ_WRITE;
    }
    return timed ? CycleVerdict.STALL : CycleVerdict.DEADLOCK;
  }
}
