package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.Frame;
import io.lockwatch.agent.runtime.support.StackCapture;
import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import io.lockwatch.bridge.EventSink;
import java.util.List;

/**
 * Held-lock stacks and lock-order facts: the part of the hot path every lock acquisition takes.
 *
 * <p>An acquisition costs a few reference comparisons against the thread's recent locks (an
 * identity lookup on a miss), a scan of the short held stack for reentrancy, and one probe of the
 * thread's validated-chain set. Only a chain this thread never took before goes to the shared facts
 * through {@link NewChains} (the lock-class facts always, the instance facts when the acquisition
 * could block), and only a new shape captures a stack.
 *
 * <p>The order is recorded when the thread asks for a lock, before it waits: monitors are reported
 * just before {@code monitorenter}, {@code Lock}s and semaphores just before the call. A thread
 * that then waits forever has its edges, so a deadlock that happens is a cycle too.
 */
public final class LockOrderRecorder {
  private final LockTable locks;
  private final SelfDeadlocks selfDeadlocks;
  private final StackCapture stacks;
  private final NewChains newChains;

  /**
   * @param locks the nodes of lock objects
   * @param selfDeadlocks where upgrades and re-acquisitions of non-reentrant locks go
   * @param stacks captures the stack of a self-deadlock
   * @param newChains turns a chain this thread never took before into facts
   */
  public LockOrderRecorder(
      LockTable locks, SelfDeadlocks selfDeadlocks, StackCapture stacks, NewChains newChains) {
    this.locks = locks;
    this.selfDeadlocks = selfDeadlocks;
    this.stacks = stacks;
    this.newChains = newChains;
  }

  /**
   * The thread is about to enter {@code monitor} ({@code monitorenter}, or a synchronized method
   * when {@code syncMethod}, whose monitor the JVM already owns); returns its node.
   */
  public LockNode monitorEntered(ThreadLocks thread, Object monitor, int site, boolean syncMethod) {
    LockNode node = nodeOf(thread, monitor, LockNode.KIND_MONITOR, monitor.getClass(), site);
    byte flag = syncMethod ? HeldLocks.SYNC_METHOD : 0;
    acquire(thread, monitor, node, site, HeldLocks.EXCLUSIVE, LockWaits.BLOCKING, flag, true);
    return node;
  }

  /**
   * The thread asks for a {@code java.util.concurrent.locks.Lock} and may wait: its order is
   * recorded now; {@link #lockAcquired} then only pushes it. A write request on a lock the thread
   * holds for reading only is an upgrade: recorded, since it waits forever.
   */
  public void lockRequested(ThreadLocks thread, Object lock, int site, int mode) throws Throwable {
    Object key = LockKeys.keyOf(lock);
    byte share = LockKeys.shareOf(lock, mode);
    LockNode node = nodeOf(thread, key, LockKeys.kindOf(lock), LockKeys.typeOf(lock), site);
    request(thread, key, node, site, share, (byte) (mode & EventSink.WAIT_MASK));
  }

  /** The thread acquired a {@code java.util.concurrent.locks.Lock}; returns its node. */
  public LockNode lockAcquired(ThreadLocks thread, Object lock, int site, int mode)
      throws Throwable {
    Object key = LockKeys.keyOf(lock);
    byte share = LockKeys.shareOf(lock, mode);
    LockNode node = nodeOf(thread, key, LockKeys.kindOf(lock), LockKeys.typeOf(lock), site);
    if (share == HeldLocks.WRITE) {
      node.markWriteLocked();
    }
    if (!pushPending(thread, key, node, site, share)) {
      byte wait = (byte) (mode & EventSink.WAIT_MASK);
      acquire(thread, key, node, site, share, wait, (byte) 0, true);
    }
    return node;
  }

  /** The thread may wait for a permit of {@code semaphore}: its order is recorded now. */
  public void semaphoreRequested(ThreadLocks thread, Object semaphore, int site, int mode) {
    LockNode node = nodeOf(thread, semaphore, LockNode.KIND_SEMAPHORE, semaphore.getClass(), site);
    if (!node.signal() && thread.held.indexOf(node) < 0) {
      request(thread, semaphore, node, site, HeldLocks.EXCLUSIVE, (byte) mode);
    }
  }

  /** A permit is a resource in the lock order: edges into it and out of it while held. */
  public void semaphoreAcquired(ThreadLocks thread, Object semaphore, int site, int mode) {
    LockNode node = semaphoreNode(thread, semaphore, site); // counted once it is held
    if (thread.held.addPermit(node) || node.signal()) {
      // another permit of a semaphore this thread holds, or a signal (waited for, never held)
      thread.acquisitions++;
      return;
    }
    if (!pushPending(thread, semaphore, node, site, HeldLocks.EXCLUSIVE)) {
      acquire(thread, semaphore, node, site, HeldLocks.EXCLUSIVE, (byte) mode, (byte) 0, true);
    }
  }

  /**
   * A permit given back; returns the semaphore's node. A thread that gives back a permit it never
   * took makes the semaphore a signal: its permits are handed between threads, not held.
   */
  public LockNode semaphoreReleased(ThreadLocks thread, Object semaphore, int site) {
    LockNode node = nodeOf(thread, semaphore, LockNode.KIND_SEMAPHORE, semaphore.getClass(), site);
    if (thread.held.indexOf(node) < 0) {
      node.markSignal();
    } else {
      thread.held.releasePermit(node);
    }
    return node;
  }

  /**
   * The node of a semaphore this thread now holds a permit of: the first time, its permits are
   * counted, those still available plus this one (the others' holds are not known: a lower bound).
   */
  private LockNode semaphoreNode(ThreadLocks thread, Object semaphore, int site) {
    LockNode node = nodeOf(thread, semaphore, LockNode.KIND_SEMAPHORE, semaphore.getClass(), site);
    if (node.permits() < 0 && semaphore.getClass() == java.util.concurrent.Semaphore.class) {
      // Only the JDK class is asked: the agent never calls an application's own code.
      node.setPermits(((java.util.concurrent.Semaphore) semaphore).availablePermits() + 1);
    }
    return node;
  }

  /**
   * The node of a lock: from the thread's few recent locks when possible (no identity hash, which
   * also spares a held monitor from inflation), else from the shared table.
   */
  private LockNode nodeOf(ThreadLocks thread, Object lock, byte kind, Class<?> type, int site) {
    LockNode node = thread.recentNode(lock);
    if (node == null) {
      WeakIdentityTable.Entry<LockNode> entry = locks.entryFor(lock, kind, type, site);
      thread.rememberLock(entry);
      node = entry.value();
    }
    return node;
  }

  /** The node of {@code lock} (a {@code StampedLock} read optimistically): no order, no hold. */
  public LockNode nodeOf(ThreadLocks thread, Object lock, int site) throws Throwable {
    Object key = LockKeys.keyOf(lock);
    return nodeOf(thread, key, LockKeys.kindOf(lock), LockKeys.typeOf(lock), site);
  }

  /**
   * A {@code java.util.concurrent} lock (or semaphore) was constructed by this thread: until some
   * thread takes it, only this one can have it.
   */
  public void lockCreated(ThreadLocks thread, Object lock) throws Throwable {
    thread.rememberCreated(System.identityHashCode(LockKeys.keyOfCreated(lock)));
  }

  /**
   * True for the first acquisition ever of a lock this thread created: nobody else can hold it yet,
   * so the acquisition cannot block. Every other acquisition is ordinary.
   */
  private static boolean fresh(ThreadLocks thread, Object key, LockNode node) {
    return node.claimFirstAcquisition()
        && node.kind() != LockNode.KIND_MONITOR
        && thread.created(System.identityHashCode(key));
  }

  /** Records the order of a request that may wait, and keeps it for the acquisition to push. */
  private void request(
      ThreadLocks thread, Object key, LockNode node, int site, byte share, byte mode) {
    HeldLocks held = thread.held;
    if (held.indexOf(node) >= 0) {
      thread.pendingKey = null;
      checkSelfDeadlock(thread, node, site, share, mode);
      return; // reentrant: pushed by the acquisition, no order
    }
    byte wait = fresh(thread, key, node) ? LockWaits.FIRST : mode;
    long chain = HeldLocks.chain(held.topChainKey(), node, site, share, wait);
    recordIfNew(thread, node, site, share, wait, chain);
    thread.pendingKey = key;
    thread.pendingNode = node;
    thread.pendingSite = site;
    thread.pendingShare = share;
    thread.pendingWait = wait;
    thread.pendingChain = chain;
  }

  /** Pushes the pending request for {@code key}, when there is one; false otherwise. */
  private boolean pushPending(ThreadLocks thread, Object key, LockNode node, int site, byte share) {
    if (thread.pendingKey != key || thread.pendingNode != node || thread.pendingSite != site) {
      return false;
    }
    thread.pendingKey = null;
    thread.acquisitions++;
    thread.held.push(key, node, site, share, thread.pendingWait, (byte) 0, thread.pendingChain);
    return true;
  }

  /** The thread acquired {@code lock}: push it, and record the order if this chain is new. */
  private void acquire(
      ThreadLocks thread,
      Object lock,
      LockNode node,
      int site,
      byte share,
      byte mode,
      byte flag,
      boolean count) {
    if (count) {
      thread.acquisitions++;
    }
    HeldLocks held = thread.held;
    long below = held.topChainKey();
    if (held.indexOf(node) >= 0) {
      // Re-acquiring a lock this thread holds can never block: no edge.
      thread.reentrantAcquisitions++;
      held.push(lock, node, site, share, mode, (byte) (flag | HeldLocks.REENTRANT), below);
      return;
    }
    byte wait = fresh(thread, lock, node) ? LockWaits.FIRST : mode;
    long chain = HeldLocks.chain(below, node, site, share, wait);
    recordIfNew(thread, node, site, share, wait, chain);
    held.push(lock, node, site, share, wait, flag, chain);
  }

  /**
   * Records the order of a chain this thread has not validated yet. A first acquisition's chain is
   * never marked validated: the lock's later acquisitions, which can block, must still be seen.
   */
  private void recordIfNew(
      ThreadLocks thread, LockNode to, int toSite, byte toShare, byte wait, long chain) {
    if (thread.held.depth > 0 && !thread.validatedChains.contains(chain)) {
      newChains.record(thread, Thread.currentThread().getName(), null, to, toSite, toShare, wait);
      if (wait != LockWaits.FIRST) {
        thread.validatedChains.add(chain);
      }
    }
  }

  /**
   * The watchdog saw a thread blocked for good entering a monitor whose hook runs only once the JVM
   * owns it (a {@code synchronized} method): records the order its entry would have recorded, with
   * its {@code stack}, so the deadlock it is in is a cycle too. The thread is stuck, so its held
   * stack is still.
   */
  public void observedWait(
      ThreadLocks waiter, String threadName, List<Frame> stack, LockNode awaited, int site) {
    if (waiter.held.depth > 0 && waiter.held.indexOf(awaited) < 0) {
      newChains.record(
          waiter, threadName, stack, awaited, site, HeldLocks.EXCLUSIVE, LockWaits.BLOCKING);
    }
  }

  /**
   * A write request by a reader of the same lock (an upgrade), or any request of a held lock that
   * is not reentrant ({@code StampedLock}): the thread waits for itself, forever.
   */
  private void checkSelfDeadlock(
      ThreadLocks thread, LockNode node, int site, byte share, byte mode) {
    HeldLocks held = thread.held;
    SelfDeadlocks.Kind kind = null;
    if (share == HeldLocks.WRITE && held.holdsOnlyRead(node)) {
      kind = SelfDeadlocks.Kind.UPGRADE;
    } else if (node.kind() == LockNode.KIND_STAMPED
        && (share == HeldLocks.WRITE || !held.holdsOnlyRead(node))) {
      kind = SelfDeadlocks.Kind.REACQUIRE;
    }
    if (kind == null) {
      return;
    }
    int heldSite = held.firstSiteOf(node);
    if (!selfDeadlocks.known(heldSite, site)) {
      selfDeadlocks.record(
          new SelfDeadlocks.Record(
              kind,
              node,
              heldSite,
              site,
              Thread.currentThread().getName(),
              stacks.capture(),
              mode == LockWaits.BLOCKING));
    }
  }
}
