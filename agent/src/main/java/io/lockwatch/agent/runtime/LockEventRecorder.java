package io.lockwatch.agent.runtime;

import io.lockwatch.agent.analysis.EdgeVariant;
import io.lockwatch.agent.analysis.LockOrderGraph;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.SyncOp;
import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hot path: turns the events of instrumented code into held-lock stacks and lock-order facts.
 *
 * <p>An acquisition costs one thread-local lookup, one identity lookup of the lock, a scan of the
 * (short) held stack for reentrancy, and one probe of the thread's validated-chain set. Only a chain
 * this thread never took before goes to the shared graph, and only a new edge variant captures a
 * stack. Every failure is counted and swallowed.
 */
public final class LockEventRecorder extends EventSink {
  private final SiteRegistry sites;
  private final LockTable locks;
  private final LockOrderGraph graph;
  private final RuntimeCounters counters;
  private final AgentErrors errors;
  private final StackCapture stacks;
  private final WaitHazards hazards;
  /** Null when race detection is off: then no happens-before is tracked at all. */
  private final RaceDetector races;
  private final WeakIdentityTable<SyncClock> syncClocks = new WeakIdentityTable<>(c -> {});

  public LockEventRecorder(
      SiteRegistry sites,
      LockTable locks,
      LockOrderGraph graph,
      RuntimeCounters counters,
      AgentErrors errors,
      StackCapture stacks,
      WaitHazards hazards,
      RaceDetector races) {
    this.sites = sites;
    this.locks = locks;
    this.graph = graph;
    this.counters = counters;
    this.errors = errors;
    this.stacks = stacks;
    this.hazards = hazards;
    this.races = races;
  }

  @Override
  public void monitorEntered(int site) {
    if (races == null) {
      return;
    }
    ThreadState state = ThreadState.current();
    if (state.busy || state.held.depth == 0) {
      return;
    }
    state.busy = true;
    try {
      // The node was found before monitorenter; the object itself is not touched now it is held.
      state.held.nodes[state.held.depth - 1].clock.acquire(state);
    } catch (Throwable failure) {
      errors.record("hook", "monitorEntered", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void fieldAccess(Object owner, int field, int site, boolean write) {
    if (races == null) {
      return;
    }
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      state.fieldAccesses++;
      races.access(state, owner, field, site, write);
    } catch (Throwable failure) {
      errors.record("hook", "fieldAccess", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void volatileAccess(Object owner, int field, boolean write) {
    if (races == null) {
      return;
    }
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      races.volatileAccess(state, owner, field, write);
    } catch (Throwable failure) {
      errors.record("hook", "volatileAccess", failure);
    } finally {
      state.busy = false;
    }
  }

  /** Classes whose documented memory effects order their callers: java.util.concurrent's own. */
  private static final ClassValue<Boolean> CONCURRENT_TYPES =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return type.getName().startsWith("java.util.concurrent.");
        }
      };

  /** The happens-before clock of a synchronization object that is not a lock. */
  private SyncClock clockOf(Object target) {
    return syncClocks.computeIfAbsent(target, () -> new SyncClock(false));
  }

  /**
   * The node of a lock: from the thread's few recent locks when possible (no identity hash, which
   * also spares a held monitor from inflation), else from the shared table.
   */
  private LockNode nodeOf(ThreadState state, Object lock, byte kind, Class<?> type, int site) {
    LockNode node = state.recentNode(lock);
    if (node == null) {
      node = locks.nodeFor(lock, kind, type, site);
      state.rememberLock(lock, node);
    }
    return node;
  }

  /** Releases the lock node this thread holds for {@code lock}, if race detection is on. */
  private void releaseHeld(ThreadState state, LockNode node) {
    if (races != null && node != null) {
      node.clock.release(state);
    }
  }

  @Override
  public void monitorEnter(Object monitor, int site) {
    if (monitor == null) {
      return; // monitorenter will throw NullPointerException; nothing is acquired
    }
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      LockNode node = nodeOf(state, monitor, LockNode.KIND_MONITOR, monitor.getClass(), site);
      acquired(state, monitor, node, site, HeldLocks.EXCLUSIVE, (byte) MODE_BLOCKING, (byte) 0);
    } catch (Throwable failure) {
      errors.record("hook", "monitorEnter", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void monitorExit(Object monitor, int site) {
    if (monitor == null) {
      return;
    }
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      if (races != null) {
        releaseHeld(state, state.held.nodeOf(monitor));
      }
      state.held.removeLock(monitor, HeldLocks.EXCLUSIVE);
    } catch (Throwable failure) {
      errors.record("hook", "monitorExit", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void syncMethodEnter(Object monitor, int site) {
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      LockNode node = nodeOf(state, monitor, LockNode.KIND_MONITOR, monitor.getClass(), site);
      acquired(
          state, monitor, node, site, HeldLocks.EXCLUSIVE, (byte) MODE_BLOCKING, HeldLocks.SYNC_METHOD);
      if (races != null) {
        node.clock.acquire(state); // the JVM already owns the monitor here
      }
    } catch (Throwable failure) {
      errors.record("hook", "syncMethodEnter", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void syncMethodExit(int site) {
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      releaseHeld(state, state.held.nodeOfSyncMethod(site));
      state.held.removeSyncMethod(site);
    } catch (Throwable failure) {
      errors.record("hook", "syncMethodExit", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void lockAcquired(Object lock, int site, int mode) {
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      Object key = LockKeys.keyOf(lock);
      byte share = LockKeys.shareOf(lock);
      LockNode node = nodeOf(state, key, LockKeys.kindOf(lock), LockKeys.typeOf(lock), site);
      if (share == HeldLocks.WRITE) {
        node.markWriteLocked();
      }
      acquired(state, key, node, site, share, (byte) mode, (byte) 0);
      if (races != null) {
        node.clock.acquire(state);
      }
    } catch (Throwable failure) {
      errors.record("hook", "lockAcquired", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void lockReleased(Object lock, int site) {
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      Object key = LockKeys.keyOf(lock);
      releaseHeld(state, state.held.nodeOf(key));
      state.held.removeLock(key, LockKeys.shareOf(lock));
    } catch (Throwable failure) {
      errors.record("hook", "lockReleased", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void beforeBlocking(Object target, int op, int site) {
    if (target == null) {
      return;
    }
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      state.waitingOp = op;
      state.waitingFor = target;
      checkWaitHazard(state, target, op, site);
      if (races != null) {
        releaseBeforeBlocking(state, target, op);
      }
    } catch (Throwable failure) {
      errors.record("hook", "beforeBlocking", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void afterBlocking(Object target, int op, int site, boolean completed) {
    if (target == null) {
      return;
    }
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      state.waitingFor = null;
      if (races != null) {
        acquireAfterBlocking(state, target, op, completed);
      }
      if (completed) {
        switch (op) {
          case SyncOp.SEMAPHORE_ACQUIRE -> semaphoreAcquired(state, target, site, MODE_BLOCKING);
          case SyncOp.SEMAPHORE_TRY_ACQUIRE -> semaphoreAcquired(state, target, site, MODE_TRY);
          case SyncOp.SEMAPHORE_TIMED_ACQUIRE -> semaphoreAcquired(state, target, site, MODE_TIMED);
          default -> {}
        }
      }
    } catch (Throwable failure) {
      errors.record("hook", "afterBlocking", failure);
    } finally {
      state.busy = false;
    }
  }

  @Override
  public void syncAction(Object target, int op, int site, Object related) {
    if (target == null) {
      return;
    }
    ThreadState state = ThreadState.current();
    if (state.busy) {
      return;
    }
    state.busy = true;
    try {
      switch (op) {
        case SyncOp.SEMAPHORE_RELEASE -> {
          LockNode node = locks.nodeFor(target, LockNode.KIND_SEMAPHORE, target.getClass(), site);
          if (races != null) {
            node.clock.release(state);
          }
          state.held.releasePermit(node);
        }
        case SyncOp.THREAD_START -> {
          if (races != null) {
            ThreadRegistry.recordStart((Thread) target, state.clock.clone());
            state.tick();
          }
        }
        case SyncOp.LATCH_COUNT_DOWN,
            SyncOp.PHASER_ARRIVE,
            SyncOp.QUEUE_OFFER,
            SyncOp.TASK_SUBMIT,
            SyncOp.TASK_END -> {
          if (races != null) {
            clockOf(target).release(state);
          }
        }
        case SyncOp.TASK_START -> {
          if (races != null) {
            clockOf(target).acquire(state);
          }
        }
        case SyncOp.TASK_FUTURE -> {
          if (races != null && related != null) {
            SyncClock taskClock = clockOf(related);
            syncClocks.computeIfAbsent(target, () -> taskClock);
          }
        }
        case SyncOp.CONCURRENT_BEFORE -> {
          if (races != null && CONCURRENT_TYPES.get(target.getClass())) {
            clockOf(target).release(state);
          }
        }
        case SyncOp.CONCURRENT_AFTER -> {
          if (races != null && CONCURRENT_TYPES.get(target.getClass())) {
            clockOf(target).acquire(state);
          }
        }
        default -> {}
      }
    } catch (Throwable failure) {
      errors.record("hook", "syncAction", failure);
    } finally {
      state.busy = false;
    }
  }

  /** Happens-before: what a thread gives away as it starts to wait. */
  private void releaseBeforeBlocking(ThreadState state, Object target, int op) throws Throwable {
    switch (op) {
      case SyncOp.OBJECT_WAIT -> releaseHeld(state, state.held.nodeOf(target));
      case SyncOp.CONDITION_AWAIT -> {
        Object lock = LockKeys.lockKeyOfCondition(target);
        releaseHeld(state, lock == null ? null : state.held.nodeOf(lock));
      }
      case SyncOp.BARRIER_AWAIT, SyncOp.PHASER_AWAIT, SyncOp.QUEUE_PUT, SyncOp.QUEUE_OFFER ->
          clockOf(target).release(state);
      default -> {}
    }
  }

  /** Happens-before: what a thread learns when its wait ends. */
  private void acquireAfterBlocking(ThreadState state, Object target, int op, boolean completed)
      throws Throwable {
    switch (op) {
      case SyncOp.OBJECT_WAIT -> {
        LockNode node = state.held.nodeOf(target);
        if (node != null) {
          node.clock.acquire(state); // the monitor is owned again, even after an interrupt
        }
      }
      case SyncOp.CONDITION_AWAIT -> {
        Object lock = LockKeys.lockKeyOfCondition(target);
        LockNode node = lock == null ? null : state.held.nodeOf(lock);
        if (node != null) {
          node.clock.acquire(state);
        }
      }
      case SyncOp.SEMAPHORE_ACQUIRE, SyncOp.SEMAPHORE_TRY_ACQUIRE, SyncOp.SEMAPHORE_TIMED_ACQUIRE -> {
        if (completed) {
          locks.nodeFor(target, LockNode.KIND_SEMAPHORE, target.getClass(), 0).clock.acquire(state);
        }
      }
      case SyncOp.LATCH_AWAIT,
          SyncOp.BARRIER_AWAIT,
          SyncOp.PHASER_AWAIT,
          SyncOp.QUEUE_TAKE,
          SyncOp.QUEUE_POLL,
          SyncOp.FUTURE_GET -> {
        if (completed) {
          clockOf(target).acquire(state);
        }
      }
      case SyncOp.THREAD_JOIN -> {
        ThreadState joined = ThreadRegistry.of((Thread) target);
        if (completed && joined != null) {
          state.inherit(joined.clock.clone());
        }
      }
      default -> {}
    }
  }

  /** A permit is a resource in the lock-order graph: edges into it and out of it while held. */
  private void semaphoreAcquired(ThreadState state, Object semaphore, int site, int mode) {
    LockNode node = locks.nodeFor(semaphore, LockNode.KIND_SEMAPHORE, semaphore.getClass(), site);
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

  /**
   * Waiting while holding another lock than the one waited on can lock the thread out for good:
   * whoever would wake it may need that lock. Recorded once per pair of sites.
   */
  private void checkWaitHazard(ThreadState state, Object target, int op, int site) throws Throwable {
    if (!isHazardousWait(op) || state.held.depth == 0) {
      return;
    }
    Object waitedLock = target;
    if (op == SyncOp.CONDITION_AWAIT) {
      Object owner = LockKeys.lockKeyOfCondition(target);
      waitedLock = owner != null ? owner : state.held.objects[state.held.depth - 1];
    }
    int index = state.held.innermostOtherThan(waitedLock);
    if (index < 0) {
      return;
    }
    int heldSite = state.held.sites[index];
    if (hazards.known(site, heldSite)) {
      return;
    }
    hazards.record(
        new WaitHazards.Hazard(
            op, site, heldSite, state.held.nodes[index], Thread.currentThread().getName(), stacks.capture()));
  }

  private static boolean isHazardousWait(int op) {
    return switch (op) {
      case SyncOp.OBJECT_WAIT,
          SyncOp.CONDITION_AWAIT,
          SyncOp.SEMAPHORE_ACQUIRE,
          SyncOp.QUEUE_PUT,
          SyncOp.QUEUE_TAKE,
          SyncOp.LATCH_AWAIT,
          SyncOp.THREAD_JOIN -> true;
      default -> false;
    };
  }

  private void acquired(
      ThreadState state, Object lock, LockNode node, int site, byte share, byte mode, byte flag) {
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

  /** Slow path: a chain this thread has not taken before. Adds one edge per distinct held lock. */
  private void newChain(ThreadState state, LockNode to, int toSite, byte toShare, byte mode) {
    counters.newChains.increment();
    HeldLocks held = state.held;
    if (mode == MODE_TRY) {
      // tryLock() without timeout never blocks, so it can never close a deadlock.
      counters.tryLockEdgesSkipped.increment();
      return;
    }
    int[] gates = exclusiveHeld(held);
    LockNode[] heldNodes = distinctHeld(held);
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
        if (acquiredStack == null) {
          acquiredStack = stacks.capture();
        }
        variant.setStacksFrom(acquiredStack, heldStackFrom(acquiredStack, sites.get(held.sites[i])));
      }
    }
  }

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

  private static LockNode[] distinctHeld(HeldLocks held) {
    LockNode[] nodes = new LockNode[held.depth];
    int n = 0;
    for (int i = 0; i < held.depth; i++) {
      if ((held.flags[i] & HeldLocks.REENTRANT) == 0) {
        nodes[n++] = held.nodes[i];
      }
    }
    return Arrays.copyOf(nodes, n);
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
