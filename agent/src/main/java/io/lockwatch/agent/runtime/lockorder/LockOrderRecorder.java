package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.CallerSites;
import io.lockwatch.agent.runtime.support.Frame;
import io.lockwatch.agent.runtime.support.RuntimeCounters;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.agent.runtime.support.StackCapture;
import io.lockwatch.bridge.EventSink;
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
 * facts, and only a new edge variant captures a stack.
 */
public final class LockOrderRecorder {
  private final SiteRegistry sites;
  private final LockTable locks;
  private final LockOrderFacts facts;
  private final RuntimeCounters counters;
  private final StackCapture stacks;

  /**
   * Stacks already captured for a pair of sites (held at, acquired at): a new edge between other
   * lock instances taken at the same places (a million short-lived locks, say) reuses them instead
   * of walking the stack again. Bounded.
   */
  private final Map<Long, List<List<Frame>>> stacksBySites = new ConcurrentHashMap<>();

  private static final int MAX_STACK_PAIRS = 100_000;

  /**
   * @param sites resolves the site where a held lock was taken, for its stack
   * @param locks the nodes of lock objects
   * @param facts where new orders go
   * @param counters counts new chains and skipped tryLock edges
   * @param stacks captures the stack of a new edge
   */
  public LockOrderRecorder(
      SiteRegistry sites,
      LockTable locks,
      LockOrderFacts facts,
      RuntimeCounters counters,
      StackCapture stacks) {
    this.sites = sites;
    this.locks = locks;
    this.facts = facts;
    this.counters = counters;
    this.stacks = stacks;
  }

  /**
   * The thread is about to enter {@code monitor} ({@code monitorenter}, or a synchronized method
   * when {@code syncMethod}); returns its node.
   */
  public LockNode monitorEntered(ThreadLocks thread, Object monitor, int site, boolean syncMethod) {
    LockNode node = nodeOf(thread, monitor, LockNode.KIND_MONITOR, monitor.getClass(), site);
    byte flag = syncMethod ? HeldLocks.SYNC_METHOD : 0;
    acquired(
        thread, monitor, node, site, HeldLocks.EXCLUSIVE, (byte) EventSink.MODE_BLOCKING, flag);
    return node;
  }

  /** The thread acquired a {@code java.util.concurrent.locks.Lock}; returns its node. */
  public LockNode lockAcquired(ThreadLocks thread, Object lock, int site, int mode)
      throws Throwable {
    Object key = LockKeys.keyOf(lock);
    byte share = LockKeys.shareOf(lock);
    LockNode node = nodeOf(thread, key, LockKeys.kindOf(lock), LockKeys.typeOf(lock), site);
    if (share == HeldLocks.WRITE) {
      node.markWriteLocked();
    }
    acquired(thread, key, node, site, share, (byte) mode, (byte) 0);
    return node;
  }

  /** A permit is a resource in the lock order: edges into it and out of it while held. */
  public void semaphoreAcquired(ThreadLocks thread, Object semaphore, int site, int mode) {
    LockNode node = nodeOf(thread, semaphore, LockNode.KIND_SEMAPHORE, semaphore.getClass(), site);
    if (node.permits() < 0 && semaphore.getClass() == java.util.concurrent.Semaphore.class) {
      // Only the JDK class is asked: the agent never calls an application's own code.
      node.setPermits(((java.util.concurrent.Semaphore) semaphore).availablePermits() + 1);
    }
    thread.acquisitions++;
    if (thread.held.addPermit(node)) {
      return; // another permit of a semaphore this thread holds: no new order
    }
    acquired(thread, semaphore, node, site, HeldLocks.EXCLUSIVE, (byte) mode, (byte) 0);
  }

  /** A permit given back; returns the semaphore's node. */
  public LockNode semaphoreReleased(ThreadLocks thread, Object semaphore, int site) {
    LockNode node = nodeOf(thread, semaphore, LockNode.KIND_SEMAPHORE, semaphore.getClass(), site);
    thread.held.releasePermit(node);
    return node;
  }

  /**
   * The node of a lock: from the thread's few recent locks when possible (no identity hash, which
   * also spares a held monitor from inflation), else from the shared table.
   */
  private LockNode nodeOf(ThreadLocks thread, Object lock, byte kind, Class<?> type, int site) {
    LockNode node = thread.recentNode(lock);
    if (node == null) {
      node = locks.nodeFor(lock, kind, type, site);
      thread.rememberLock(lock, node);
    }
    return node;
  }

  /** The thread acquired {@code lock}: push it, and record the order if this chain is new. */
  private void acquired(
      ThreadLocks thread, Object lock, LockNode node, int site, byte share, byte mode, byte flag) {
    thread.acquisitions++;
    HeldLocks held = thread.held;
    long below = held.topChainKey();
    if (held.indexOf(node) >= 0) {
      // Re-acquiring a lock this thread holds can never block: no edge.
      thread.reentrantAcquisitions++;
      held.push(lock, node, site, share, mode, (byte) (flag | HeldLocks.REENTRANT), below);
      return;
    }
    long chain = HeldLocks.chain(below, node, site, share, mode);
    if (held.depth > 0 && !thread.validatedChains.contains(chain)) {
      newChain(thread, node, site, share, mode);
      thread.validatedChains.add(chain);
    }
    held.push(lock, node, site, share, mode, flag, chain);
  }

  /** Slow path: a chain this thread has not taken before. Adds one edge per distinct held lock. */
  private void newChain(ThreadLocks thread, LockNode to, int toSite, byte toShare, byte mode) {
    counters.newChains.increment();
    HeldLocks held = thread.held;
    if (mode == EventSink.MODE_TRY) {
      // tryLock() without timeout never blocks, so it can never close a deadlock.
      counters.tryLockEdgesSkipped.increment();
      return;
    }
    // A lock taken inside the JDK is reported at the application call that led there, found on
    // the whole stack (the frames kept for the report are the innermost ones of it).
    List<Frame> wholeStack = null;
    int acquiredAt = toSite;
    if (CallerSites.isJdkSite(sites, toSite)) {
      wholeStack = stacks.capture(CallerSites.DEPTH);
      acquiredAt = CallerSites.resolve(sites, toSite, wholeStack);
      if (acquiredAt == CallerSites.NOT_APPLICATION) {
        return;
      }
    }
    int[] gates = exclusiveHeld(held);
    LockNode[] heldNodes = held.distinctNodes();
    String threadName = Thread.currentThread().getName();
    List<Frame> acquiredStack = null;
    for (int i = 0; i < held.depth; i++) {
      if ((held.flags[i] & HeldLocks.REENTRANT) != 0) {
        continue;
      }
      int heldAt = held.sites[i];
      if (CallerSites.isJdkSite(sites, heldAt)) {
        if (wholeStack == null) {
          wholeStack = stacks.capture(CallerSites.DEPTH);
        }
        heldAt = CallerSites.resolve(sites, heldAt, wholeStack);
        if (heldAt == CallerSites.NOT_APPLICATION) {
          continue;
        }
      }
      EdgeVariant variant =
          facts.record(
              held.nodes[i],
              to,
              heldAt,
              acquiredAt,
              held.shares[i],
              toShare,
              mode,
              gates,
              heldNodes,
              thread.threadId,
              threadName);
      if (variant != null) {
        long pair = ((long) heldAt << 32) | (acquiredAt & 0xFFFFFFFFL);
        List<List<Frame>> known = stacksBySites.get(pair);
        if (known == null) {
          if (acquiredStack == null) {
            acquiredStack =
                wholeStack == null
                    ? stacks.capture()
                    : List.copyOf(
                        wholeStack.subList(0, Math.min(stacks.depth(), wholeStack.size())));
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
  static List<Frame> heldStackFrom(List<Frame> current, SiteInfo heldAt) {
    for (int i = 0; i < current.size(); i++) {
      Frame frame = current.get(i);
      if (frame.className().equals(heldAt.className()) && frame.method().equals(heldAt.method())) {
        List<Frame> rebuilt = new ArrayList<>(current.size() - i);
        rebuilt.add(new Frame(frame.className(), frame.method(), frame.file(), heldAt.line()));
        rebuilt.addAll(current.subList(i + 1, current.size()));
        return rebuilt;
      }
    }
    return List.of(heldAt.frame());
  }
}
