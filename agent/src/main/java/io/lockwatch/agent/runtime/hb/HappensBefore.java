package io.lockwatch.agent.runtime.hb;

import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockKeys;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockTable;
import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import io.lockwatch.bridge.SyncOp;

/**
 * Happens-before for race detection: which synchronization events release a thread's history into
 * an object's clock and which acquire it, following the documented memory-consistency effects of
 * monitors, locks, {@code wait}/{@code await}, thread start and join, volatiles and the {@code
 * java.util.concurrent} classes. Exists only when race detection is on.
 *
 * <p>Each event gets the thread's clock and, where the rule depends on which locks the thread holds
 * (a wait releases the monitor it waits on), its held-lock stack, read only.
 */
public final class HappensBefore {
  /**
   * Classes whose documented memory effects order their callers: java.util.concurrent's own, the
   * JDK's synchronized collections and wrappers, VarHandles and Unsafe.
   */
  private static final ClassValue<Boolean> CONCURRENT_TYPES =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          String name = type.getName();
          return name.startsWith("java.util.concurrent.")
              || name.startsWith("java.util.Collections$Synchronized")
              || name.startsWith("java.lang.invoke.VarHandle")
              || name.equals("sun.misc.Unsafe")
              || name.equals("java.util.Hashtable")
              || name.equals("java.util.Properties")
              || name.equals("java.util.Vector")
              || name.equals("java.util.Stack");
        }
      };

  private final LockTable locks;
  private final LockClocks lockClocks;
  private final WeakIdentityTable<SyncClock> clocks = new WeakIdentityTable<>(c -> {});

  /**
   * @param locks the nodes of lock objects (for semaphores, whose acquisition has no node yet)
   * @param lockClocks the clocks of locks
   */
  public HappensBefore(LockTable locks, LockClocks lockClocks) {
    this.locks = locks;
    this.lockClocks = lockClocks;
  }

  /** The thread now owns {@code node}'s lock. */
  public void acquired(ThreadClock thread, LockNode node) {
    lockClocks.of(node).acquire(thread);
  }

  /** The thread is about to give up {@code node}'s lock (null: it did not hold it). */
  public void releasing(ThreadClock thread, LockNode node) {
    if (node != null) {
      lockClocks.of(node).release(thread);
    }
  }

  /** What a thread gives away as it starts to wait. */
  public void beforeBlocking(ThreadClock thread, HeldLocks held, Object target, int op)
      throws Throwable {
    switch (op) {
      case SyncOp.OBJECT_WAIT -> releasing(thread, held.nodeOf(target));
      case SyncOp.CONDITION_AWAIT -> releasing(thread, conditionLock(held, target));
      case SyncOp.BARRIER_AWAIT, SyncOp.PHASER_AWAIT, SyncOp.QUEUE_PUT, SyncOp.QUEUE_OFFER ->
          clockOf(target).release(thread);
      default -> {}
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
          acquired(thread, node); // the monitor is owned again, even after an interrupt
        }
      }
      case SyncOp.CONDITION_AWAIT -> {
        LockNode node = conditionLock(held, target);
        if (node != null) {
          acquired(thread, node);
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
          SyncOp.QUEUE_TAKE,
          SyncOp.QUEUE_POLL,
          SyncOp.FUTURE_GET -> {
        if (completed) {
          clockOf(target).acquire(thread);
        }
      }
      case SyncOp.THREAD_JOIN -> {
        ThreadClock joined = ThreadClocks.of((Thread) target);
        if (completed && joined != null) {
          thread.inherit(joined.snapshot());
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
          SyncClock taskClock = clockOf(related);
          clocks.computeIfAbsent(target, () -> taskClock); // get() acquires the task's end
        }
      }
      case SyncOp.CONCURRENT_BEFORE, SyncOp.CONCURRENT_AFTER -> {
        // Both ends of the call synchronize with the object: what happened before a call is
        // visible to any later call, and what a synchronized wrapper did inside its lock too.
        if (CONCURRENT_TYPES.get(target.getClass())) {
          SyncClock clock = clockOf(target);
          clock.acquire(thread);
          clock.release(thread);
        }
      }
      default -> {}
    }
  }

  /** The held node of the lock a condition belongs to, or null. */
  private static LockNode conditionLock(HeldLocks held, Object condition) throws Throwable {
    Object lock = LockKeys.lockKeyOfCondition(condition);
    return lock == null ? null : held.nodeOf(lock);
  }

  /** The clock of a synchronization object that is not a lock. */
  private SyncClock clockOf(Object target) {
    return clocks.computeIfAbsent(target, () -> new SyncClock(false));
  }
}
