package io.lockwatch.agent.runtime.hb;

import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockKeys;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockTable;
import io.lockwatch.bridge.SyncOp;

/**
 * Happens-before for race detection: which synchronization events release a thread's history into
 * an object's clock and which acquire it, following the documented memory-consistency effects of
 * monitors, locks, {@code wait}/{@code await}, thread start, join, interrupts, volatiles and the
 * {@code java.util.concurrent} classes ({@link Contracts}). Exists only when race detection is on.
 *
 * <p>Each event gets the thread's clock and, where the rule depends on which locks the thread holds
 * (a wait releases the monitor it waits on), its held-lock stack, read only.
 */
public final class HappensBefore {
  private final LockTable locks;
  private final LockClocks lockClocks;
  private final HandoffClocks handoffs = new HandoffClocks();

  /**
   * @param locks the nodes of lock objects (for semaphores, whose acquisition has no node yet)
   * @param lockClocks the clocks of locks
   */
  public HappensBefore(LockTable locks, LockClocks lockClocks) {
    this.locks = locks;
    this.lockClocks = lockClocks;
  }

  /**
   * Whether threads keep the WCP clocks of the predictive mode ({@link WcpOrder}: a second vector
   * clock per thread and per synchronization object, so only when asked for).
   */
  public static void keepWcpClocks(boolean keep) {
    ThreadClocks.keepWcpClocks(keep);
  }

  /** The thread now owns {@code node}'s lock. */
  public void acquired(ThreadClock thread, LockNode node) {
    acquired(thread, node, false);
  }

  /** The same, {@code reader} true for the read half of a read-write or stamped lock. */
  public void acquired(ThreadClock thread, LockNode node, boolean reader) {
    SyncClock clock = lockClocks.of(node);
    clock.acquire(thread, reader);
    if (thread.predicts()) {
      WcpOrder.acquired(thread, node, clock);
    }
  }

  /**
   * JDK code synchronizes on {@code node}'s lock: its critical sections make accesses the agent
   * does not see, so WCP keeps the lock's order whole from now on.
   */
  public void takenByJdk(ThreadClock thread, LockNode node) {
    if (thread.predicts() && node != null) {
      lockClocks.of(node).harden();
    }
  }

  /** The thread is about to give up {@code node}'s lock (null: it did not hold it). */
  public void releasing(ThreadClock thread, LockNode node) {
    releasing(thread, node, false);
  }

  /** The same, {@code reader} true for the read half of a read-write or stamped lock. */
  public void releasing(ThreadClock thread, LockNode node, boolean reader) {
    if (node != null) {
      SyncClock clock = lockClocks.of(node);
      if (thread.predicts()) {
        WcpOrder.releasing(thread, node, clock, false);
      }
      clock.release(thread, reader);
    }
  }

  /** A wait gives up {@code node}'s lock whole (every reentrant level); returns the depth. */
  private int waitReleasing(ThreadClock thread, LockNode node) {
    if (node == null) {
      return 0;
    }
    SyncClock clock = lockClocks.of(node);
    int depth = 0;
    if (thread.predicts()) {
      depth = WcpOrder.depthOf(thread, node);
      WcpOrder.releasing(thread, node, clock, true);
    }
    clock.release(thread);
    return depth;
  }

  /** The wait is over: the thread owns {@code node}'s lock again at {@code depth}. */
  private void waitReacquired(ThreadClock thread, LockNode node, int depth) {
    SyncClock clock = lockClocks.of(node);
    clock.acquire(thread);
    if (thread.predicts() && depth > 0) {
      WcpOrder.reacquiredAfterWait(thread, node, clock, depth);
    }
  }

  /** What a thread gives away as it starts to wait. */
  public void beforeBlocking(ThreadClock thread, HeldLocks held, Object target, int op)
      throws Throwable {
    switch (op) {
      case SyncOp.OBJECT_WAIT -> thread.waitDepth = waitReleasing(thread, held.nodeOf(target));
      case SyncOp.CONDITION_AWAIT ->
          thread.waitDepth = waitReleasing(thread, conditionLock(held, target));
      case SyncOp.BARRIER_AWAIT,
          SyncOp.PHASER_ARRIVE_AND_AWAIT,
          SyncOp.QUEUE_PUT,
          SyncOp.QUEUE_OFFER ->
          clockOf(target).release(thread);
      default -> {} // a pure Phaser.awaitAdvance arrives at nothing: it publishes nothing
    }
  }

  /** What a thread learns when its wait ends. */
  public void afterBlocking(
      ThreadClock thread, HeldLocks held, Object target, int op, int site, boolean completed)
      throws Throwable {
    switch (op) {
      case SyncOp.OBJECT_WAIT -> {
        LockNode node = held.nodeOf(target);
        if (node != null) {
          waitReacquired(thread, node, thread.waitDepth); // owned again, even after an interrupt
        }
      }
      case SyncOp.CONDITION_AWAIT -> {
        LockNode node = conditionLock(held, target);
        if (node != null) {
          waitReacquired(thread, node, thread.waitDepth);
        }
      }
      case SyncOp.SEMAPHORE_ACQUIRE,
          SyncOp.SEMAPHORE_TRY_ACQUIRE,
          SyncOp.SEMAPHORE_TIMED_ACQUIRE -> {
        if (completed) {
          acquired(thread, locks.nodeFor(target, LockNode.KIND_SEMAPHORE, target.getClass(), site));
        }
      }
      case SyncOp.LATCH_AWAIT,
          SyncOp.BARRIER_AWAIT,
          SyncOp.PHASER_AWAIT,
          SyncOp.PHASER_ARRIVE_AND_AWAIT,
          SyncOp.QUEUE_TAKE,
          SyncOp.QUEUE_POLL,
          SyncOp.FUTURE_GET -> {
        if (completed) {
          clockOf(target).acquire(thread);
        }
      }
      case SyncOp.THREAD_JOIN -> {
        if (completed) {
          joined(thread, (Thread) target);
        }
      }
      default -> {}
    }
  }

  /** A non-blocking synchronization action. */
  public void action(ThreadClock thread, Object target, int op, Object related) {
    switch (op) {
      case SyncOp.THREAD_START -> {
        ThreadClocks.recordStart((Thread) target, thread.snapshot());
        thread.tick();
      }
      case SyncOp.LATCH_COUNT_DOWN,
          SyncOp.PHASER_ARRIVE,
          SyncOp.QUEUE_OFFER,
          SyncOp.TASK_SUBMIT,
          SyncOp.TASK_END ->
          clockOf(target).release(thread);
      case SyncOp.TASK_START -> clockOf(target).acquire(thread);
      case SyncOp.TASK_FUTURE -> {
        if (related != null) {
          handoffs.link(target, related); // get() acquires the task's end
        }
      }
      default -> {}
    }
  }

  /**
   * One side of a call on a thread-safe JDK object (see {@link Contracts}): {@code after} false
   * just before it, true just after it returned with {@code outcome} (a value or element returned,
   * true, a count above zero). {@code key} and {@code index} are the call's first arguments where
   * they name the item it is about.
   */
  public void call(
      ThreadClock thread,
      Object target,
      Object key,
      long index,
      int code,
      boolean after,
      boolean outcome) {
    int family = Contracts.familyOf(code);
    if (family == Contracts.DYNAMIC) {
      family = target == null ? 0 : ContractFamilies.of(target.getClass());
    }
    int contract = Contracts.of(family, code);
    if (contract == 0 || (after && !Contracts.holds(contract, outcome))) {
      return;
    }
    int effects = Contracts.effects(contract);
    if ((effects & (after ? Contracts.ACQUIRE_AFTER : Contracts.ACQUIRE_BEFORE)) != 0) {
      acquire(thread, family, contract, target, key, index);
    }
    if ((effects & (after ? Contracts.RELEASE_AFTER : Contracts.RELEASE_BEFORE)) != 0) {
      release(thread, family, contract, target, key, index);
    }
  }

  /**
   * The same, for a call through a field updater or a field's {@code VarHandle} whose volatile
   * field is known: it publishes to and observes {@code field}, the clock the field's plain
   * volatile reads and writes use, so the two kinds of access order each other.
   */
  public void callOnField(
      ThreadClock thread, SyncClock field, int code, boolean after, boolean outcome) {
    int contract = Contracts.of(Contracts.familyOf(code), code);
    if (contract == 0 || (after && !Contracts.holds(contract, outcome))) {
      return;
    }
    int effects = Contracts.effects(contract);
    if ((effects & (after ? Contracts.ACQUIRE_AFTER : Contracts.ACQUIRE_BEFORE)) != 0) {
      field.acquire(thread);
    }
    if ((effects & (after ? Contracts.RELEASE_AFTER : Contracts.RELEASE_BEFORE)) != 0) {
      field.release(thread);
    }
  }

  /** Whether {@code map}'s keys order memory, so that its mapping functions must be watched. */
  public static boolean ordersByKey(Object map) {
    return ContractFamilies.of(map.getClass()) == Contracts.KEYED_MAP;
  }

  /** {@code target} has ended (join returned, or isAlive() said false): the thread learns all. */
  private void joined(ThreadClock thread, Thread target) {
    ThreadClock ended = ThreadClocks.of(target);
    if (ended != null) {
      thread.inherit(ended.finalClock());
      ThreadClocks.ended(ended);
    }
  }

  private void acquire(
      ThreadClock thread, int family, int contract, Object target, Object key, long index) {
    if (family == Contracts.KEYED_MAP || family == Contracts.KEYED_SET) {
      ObjectClocks clocks = handoffs.of(target);
      if (Contracts.whole(contract)) {
        clocks.anyItem().acquire(thread);
      } else {
        if (key != null) {
          clocks.key(key).acquire(thread);
        }
        clocks.bulk().acquire(thread);
      }
    } else if (Contracts.ended(contract)) {
      joined(thread, (Thread) target); // isAlive() returned false
    } else {
      SyncClock clock = clockFor(family, target, key, index);
      if (clock != null) {
        clock.acquire(thread);
      }
    }
  }

  private void release(
      ThreadClock thread, int family, int contract, Object target, Object key, long index) {
    if (family == Contracts.KEYED_MAP || family == Contracts.KEYED_SET) {
      ObjectClocks clocks = handoffs.of(target);
      if (Contracts.whole(contract)) {
        clocks.bulk().release(thread);
      } else if (key != null) {
        clocks.key(key).release(thread);
      }
      clocks.anyItem().release(thread);
    } else {
      SyncClock clock = clockFor(family, target, key, index);
      if (clock != null) {
        clock.release(thread);
      }
    }
  }

  /** The clock a call of {@code family} is about: the object, or the item it touches. */
  private SyncClock clockFor(int family, Object target, Object key, long index) {
    switch (family) {
      case Contracts.ATOMIC_ARRAY -> {
        return handoffs.of(target).item(index);
      }
      case Contracts.UPDATER -> {
        // per target object and updater; a null target makes the call throw
        return key == null ? null : handoffs.of(key).item(System.identityHashCode(target));
      }
      case Contracts.VARHANDLE -> {
        if (key == null) {
          return handoffs.of(target).whole(); // a static field's handle
        }
        long item = key.getClass().isArray() ? index : System.identityHashCode(target);
        return handoffs.of(key).item(item);
      }
      case Contracts.UNSAFE -> {
        return handoffs.of(key == null ? target : key).item(index);
      }
      case Contracts.THREAD -> {
        return handoffs.of(target == null ? Thread.currentThread() : target).whole();
      }
      default -> {
        return target == null ? null : handoffs.of(target).whole();
      }
    }
  }

  /** The held node of the lock a condition belongs to, or null. */
  private static LockNode conditionLock(HeldLocks held, Object condition) throws Throwable {
    Object lock = LockKeys.lockKeyOfCondition(condition);
    return lock == null ? null : held.nodeOf(lock);
  }

  /** The clock of a synchronization object that is not a lock. */
  private SyncClock clockOf(Object target) {
    return handoffs.of(target).whole();
  }
}
