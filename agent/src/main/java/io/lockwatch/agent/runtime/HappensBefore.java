package io.lockwatch.agent.runtime;

import io.lockwatch.bridge.SyncOp;

/**
 * Happens-before for race detection: which synchronization events release a thread's history
 * into an object's clock and which acquire it, following the documented memory-consistency effects
 * of monitors, locks, {@code wait}/{@code await}, thread start and join, volatiles and the
 * {@code java.util.concurrent} classes. Exists only when race detection is on.
 */
final class HappensBefore {
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
  private final WeakIdentityTable<SyncClock> clocks = new WeakIdentityTable<>(c -> {});

  HappensBefore(LockTable locks) {
    this.locks = locks;
  }

  /** The thread now owns {@code node}'s lock. */
  void acquired(ThreadState state, LockNode node) {
    node.clock.acquire(state);
  }

  /** The thread is about to give up {@code node}'s lock (null: it did not hold it). */
  void releasing(ThreadState state, LockNode node) {
    if (node != null) {
      node.clock.release(state);
    }
  }

  /** What a thread gives away as it starts to wait. */
  void beforeBlocking(ThreadState state, Object target, int op) throws Throwable {
    switch (op) {
      case SyncOp.OBJECT_WAIT -> releasing(state, state.held.nodeOf(target));
      case SyncOp.CONDITION_AWAIT -> releasing(state, conditionLock(state, target));
      case SyncOp.BARRIER_AWAIT, SyncOp.PHASER_AWAIT, SyncOp.QUEUE_PUT, SyncOp.QUEUE_OFFER ->
          clockOf(target).release(state);
      default -> {}
    }
  }

  /** What a thread learns when its wait ends. */
  void afterBlocking(ThreadState state, Object target, int op, int site, boolean completed)
      throws Throwable {
    switch (op) {
      case SyncOp.OBJECT_WAIT -> {
        LockNode node = state.held.nodeOf(target);
        if (node != null) {
          node.clock.acquire(state); // the monitor is owned again, even after an interrupt
        }
      }
      case SyncOp.CONDITION_AWAIT -> {
        LockNode node = conditionLock(state, target);
        if (node != null) {
          node.clock.acquire(state);
        }
      }
      case SyncOp.SEMAPHORE_ACQUIRE, SyncOp.SEMAPHORE_TRY_ACQUIRE, SyncOp.SEMAPHORE_TIMED_ACQUIRE -> {
        if (completed) {
          locks.nodeFor(target, LockNode.KIND_SEMAPHORE, target.getClass(), site).clock.acquire(state);
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

  /** A non-blocking synchronization action. */
  void action(ThreadState state, Object target, int op, Object related) {
    switch (op) {
      case SyncOp.THREAD_START -> {
        ThreadRegistry.recordStart((Thread) target, state.clock.clone());
        state.tick();
      }
      case SyncOp.LATCH_COUNT_DOWN,
          SyncOp.PHASER_ARRIVE,
          SyncOp.QUEUE_OFFER,
          SyncOp.TASK_SUBMIT,
          SyncOp.TASK_END -> clockOf(target).release(state);
      case SyncOp.TASK_START -> clockOf(target).acquire(state);
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
          clock.acquire(state);
          clock.release(state);
        }
      }
      default -> {}
    }
  }

  /** The held node of the lock a condition belongs to, or null. */
  private static LockNode conditionLock(ThreadState state, Object condition) throws Throwable {
    Object lock = LockKeys.lockKeyOfCondition(condition);
    return lock == null ? null : state.held.nodeOf(lock);
  }

  /** The clock of a synchronization object that is not a lock. */
  private SyncClock clockOf(Object target) {
    return clocks.computeIfAbsent(target, () -> new SyncClock(false));
  }
}
