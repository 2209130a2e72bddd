package io.lockwatch.agent.runtime;

import io.lockwatch.agent.analysis.EdgeVariant;
import io.lockwatch.agent.analysis.LockOrderGraph;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Held-lock stacks and lock-order facts: the part of the hot path every lock acquisition takes.
 *
 * <p>An acquisition costs a few reference comparisons against the thread's recent locks (an
 * identity lookup on a miss), a scan of the short held stack for reentrancy, and one probe of the
 * thread's validated-chain set. Only a chain this thread never took before goes to the shared
 * graph, and only a new edge variant captures a stack.
 */
final class LockOrderRecorder {
  private final SiteRegistry sites;
  private final LockTable locks;
  private final LockOrderGraph graph;
  private final RuntimeCounters counters;
  private final StackCapture stacks;

  /**
   * Stacks already captured for a pair of sites (held at, acquired at): a new edge between other
   * lock instances taken at the same places (a million short-lived locks, say) reuses them instead
   * of walking the stack again. Bounded.
   */
  private final Map<Long, List<List<Site>>> stacksBySites = new ConcurrentHashMap<>();

  private static final int MAX_STACK_PAIRS = 100_000;

  LockOrderRecorder(
      SiteRegistry sites, LockTable locks, LockOrderGraph graph, RuntimeCounters counters, StackCapture stacks) {
    this.sites = sites;
    this.locks = locks;
    this.graph = graph;
    this.counters = counters;
    this.stacks = stacks;
  }

  /**
   * The node of a lock: from the thread's few recent locks when possible (no identity hash, which
   * also spares a held monitor from inflation), else from the shared table.
   */
  LockNode nodeOf(ThreadState state, Object lock, byte kind, Class<?> type, int site) {
    LockNode node = state.recentNode(lock);
    if (node == null) {
      node = locks.nodeFor(lock, kind, type, site);
      state.rememberLock(lock, node);
    }
    return node;
  }

  /** The thread acquired {@code lock}: push it, and record the order if this chain is new. */
  void acquired(ThreadState state, Object lock, LockNode node, int site, byte share, byte mode, byte flag) {
    state.acquisitions++;
    HeldLocks held = state.held;
    long below = held.topChainKey();
    if (held.indexOf(node) >= 0) {
      // Re-acquiring a lock this thread holds can never block: no edge.
      state.reentrantAcquisitions++;
      held.push(lock, node, site, share, mode, (byte) (flag | HeldLocks.REENTRANT), below);
      return;
    }
    long chain = HeldLocks.chain(below, node, site, share, mode);
    if (held.depth > 0 && !state.validatedChains.contains(chain)) {
      newChain(state, node, site, share, mode);
      state.validatedChains.add(chain);
    }
    held.push(lock, node, site, share, mode, flag, chain);
  }

  /** A permit is a resource in the lock-order graph: edges into it and out of it while held. */
  void semaphoreAcquired(ThreadState state, Object semaphore, int site, int mode) {
    LockNode node = nodeOf(state, semaphore, LockNode.KIND_SEMAPHORE, semaphore.getClass(), site);
    if (node.permits() < 0 && semaphore.getClass() == java.util.concurrent.Semaphore.class) {
      // Only the JDK class is asked: the agent never calls an application's own code.
      node.setPermits(((java.util.concurrent.Semaphore) semaphore).availablePermits() + 1);
    }
    state.acquisitions++;
    if (state.held.addPermit(node)) {
      return; // another permit of a semaphore this thread holds: no new order
    }
    acquired(state, semaphore, node, site, HeldLocks.EXCLUSIVE, (byte) mode, (byte) 0);
  }

  /** A permit given back; returns the semaphore's node. */
  LockNode semaphoreReleased(ThreadState state, Object semaphore, int site) {
    LockNode node = nodeOf(state, semaphore, LockNode.KIND_SEMAPHORE, semaphore.getClass(), site);
    state.held.releasePermit(node);
    return node;
  }

  /** Slow path: a chain this thread has not taken before. Adds one edge per distinct held lock. */
  private void newChain(ThreadState state, LockNode to, int toSite, byte toShare, byte mode) {
    counters.newChains.increment();
    HeldLocks held = state.held;
    if (mode == EventSink.MODE_TRY) {
      // tryLock() without timeout never blocks, so it can never close a deadlock.
      counters.tryLockEdgesSkipped.increment();
      return;
    }
    int[] gates = exclusiveHeld(held);
    LockNode[] heldNodes = held.distinctNodes();
    String threadName = Thread.currentThread().getName();
    List<Site> acquiredStack = null;
    for (int i = 0; i < held.depth; i++) {
      if ((held.flags[i] & HeldLocks.REENTRANT) != 0) {
        continue;
      }
      EdgeVariant variant =
          graph.record(
              held.nodes[i],
              to,
              held.sites[i],
              toSite,
              held.shares[i],
              toShare,
              mode,
              gates,
              heldNodes,
              state.threadId,
              threadName);
      if (variant != null) {
        long pair = ((long) held.sites[i] << 32) | (toSite & 0xFFFFFFFFL);
        List<List<Site>> known = stacksBySites.get(pair);
        if (known == null) {
          if (acquiredStack == null) {
            acquiredStack = stacks.capture();
          }
          known = List.of(acquiredStack, heldStackFrom(acquiredStack, sites.get(held.sites[i])));
          if (stacksBySites.size() < MAX_STACK_PAIRS) {
            stacksBySites.putIfAbsent(pair, known);
          }
        }
        variant.setStacksFrom(known.get(0), known.get(1));
      }
    }
  }

  /** Ids of the exclusively held locks, sorted: the gates of an edge. */
  private static int[] exclusiveHeld(HeldLocks held) {
    int[] ids = new int[held.depth];
    int n = 0;
    for (int i = 0; i < held.depth; i++) {
      if ((held.flags[i] & HeldLocks.REENTRANT) == 0 && held.shares[i] != HeldLocks.READ) {
        ids[n++] = held.nodes[i].id();
      }
    }
    int[] gates = Arrays.copyOf(ids, n);
    Arrays.sort(gates);
    return gates;
  }

  /**
   * The stack at which the held lock was acquired, rebuilt from the current one: the frames from
   * the method that acquired it outwards, with that frame's line set to the acquisition's line.
   * When that method has returned since (a Lock held across methods), only the site is known.
   */
  static List<Site> heldStackFrom(List<Site> current, SiteInfo heldAt) {
    for (int i = 0; i < current.size(); i++) {
      Site frame = current.get(i);
      if (frame.className().equals(heldAt.className()) && frame.method().equals(heldAt.method())) {
        List<Site> rebuilt = new ArrayList<>(current.size() - i);
        rebuilt.add(new Site(frame.className(), frame.method(), frame.file(), heldAt.line()));
        rebuilt.addAll(current.subList(i + 1, current.size()));
        return rebuilt;
      }
    }
    return List.of(heldAt.toSite());
  }
}
