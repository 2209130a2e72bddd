package io.lockwatch.agent.analysis;

import io.lockwatch.agent.report.Fingerprints;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockOrderFacts;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.bridge.EventSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds lock-order facts from synthetic events: "thread T, holding these locks, acquires that
 * one". Sites are registered per (class, line) and cycles fingerprinted as the report does, so
 * fingerprints behave as in real runs.
 */
final class LockOrderScenario {
  final SiteRegistry sites = new SiteRegistry();
  final LockOrderFacts graph = new LockOrderFacts(10_000);
  private int nextId = 1;

  LockNode lock(String type) {
    return new LockNode(nextId++, LockNode.KIND_MONITOR, type, null);
  }

  LockNode readWriteLock() {
    return new LockNode(
        nextId++,
        LockNode.KIND_READ_WRITE,
        "java.util.concurrent.locks.ReentrantReadWriteLock",
        null);
  }

  int site(int line) {
    return sites.register("com.example.Bank", "transfer", "Bank.java", line, null);
  }

  /** One acquisition of {@code to} while holding {@code held} (outermost first). */
  Acquisition thread(long threadId) {
    return new Acquisition(threadId);
  }

  DeadlockAnalysis.Result analyse() {
    return DeadlockAnalysis.analyse(
        graph.snapshot(), variants -> Fingerprints.cycle(sites, variants), 6, 10_000);
  }

  final class Acquisition {
    private final long threadId;
    private final List<LockNode> held = new ArrayList<>();
    private final List<Integer> heldSites = new ArrayList<>();
    private final List<Byte> heldShares = new ArrayList<>();

    Acquisition(long threadId) {
      this.threadId = threadId;
    }

    Acquisition holding(LockNode lock, int site) {
      return holding(lock, site, HeldLocks.EXCLUSIVE);
    }

    Acquisition holding(LockNode lock, int site, byte share) {
      held.add(lock);
      heldSites.add(site);
      heldShares.add(share);
      return this;
    }

    void acquires(LockNode to, int site) {
      acquires(to, site, HeldLocks.EXCLUSIVE, (byte) EventSink.MODE_BLOCKING);
    }

    void acquires(LockNode to, int site, byte share, byte mode) {
      int[] gates =
          held.stream()
              .filter(n -> heldShares.get(held.indexOf(n)) != HeldLocks.READ)
              .mapToInt(LockNode::id)
              .sorted()
              .toArray();
      LockNode[] heldNodes = held.toArray(new LockNode[0]);
      for (int i = 0; i < held.size(); i++) {
        graph.record(
            held.get(i),
            to,
            heldSites.get(i),
            site,
            heldShares.get(i),
            share,
            mode,
            Arrays.copyOf(gates, gates.length),
            heldNodes,
            threadId,
            "thread-" + threadId);
      }
    }
  }
}
