package io.lockwatch.bridge;

import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * {@code Condition} awaits and signals: each replaces the application's call, reports around it,
 * and hands back its result and exceptions unchanged.
 */
public final class ConditionHooks {
  private ConditionHooks() {}

  /** {@code condition.await()}. */
  public static void await(Condition condition, int site) throws InterruptedException {
    Hooks.before(condition, SyncOp.CONDITION_AWAIT, site);
    boolean done = false;
    try {
      condition.await();
      done = true;
    } finally {
      Hooks.after(condition, SyncOp.CONDITION_AWAIT, site, done);
    }
  }

  /** {@code condition.await(time, unit)}. */
  public static boolean await(Condition condition, long time, TimeUnit unit, int site)
      throws InterruptedException {
    Hooks.before(condition, SyncOp.CONDITION_TIMED_AWAIT, site);
    boolean done = false;
    try {
      boolean signalled = condition.await(time, unit);
      done = true;
      return signalled;
    } finally {
      Hooks.after(condition, SyncOp.CONDITION_TIMED_AWAIT, site, done);
    }
  }

  /** {@code condition.awaitNanos(nanos)}. */
  public static long awaitNanos(Condition condition, long nanos, int site)
      throws InterruptedException {
    Hooks.before(condition, SyncOp.CONDITION_TIMED_AWAIT, site);
    boolean done = false;
    try {
      long left = condition.awaitNanos(nanos);
      done = true;
      return left;
    } finally {
      Hooks.after(condition, SyncOp.CONDITION_TIMED_AWAIT, site, done);
    }
  }

  /** {@code condition.awaitUninterruptibly()}. */
  public static void awaitUninterruptibly(Condition condition, int site) {
    Hooks.before(condition, SyncOp.CONDITION_AWAIT, site);
    try {
      condition.awaitUninterruptibly();
    } finally {
      Hooks.after(condition, SyncOp.CONDITION_AWAIT, site, true);
    }
  }

  /** {@code condition.awaitUntil(deadline)}. */
  public static boolean awaitUntil(Condition condition, Date deadline, int site)
      throws InterruptedException {
    Hooks.before(condition, SyncOp.CONDITION_TIMED_AWAIT, site);
    boolean done = false;
    try {
      boolean signalled = condition.awaitUntil(deadline);
      done = true;
      return signalled;
    } finally {
      Hooks.after(condition, SyncOp.CONDITION_TIMED_AWAIT, site, done);
    }
  }

  /** {@code condition.signal()}. */
  public static void signal(Condition condition, int site) {
    Hooks.action(condition, SyncOp.CONDITION_SIGNAL, site, null);
    condition.signal();
  }

  /** {@code condition.signalAll()}. */
  public static void signalAll(Condition condition, int site) {
    Hooks.action(condition, SyncOp.CONDITION_SIGNAL, site, null);
    condition.signalAll();
  }
}
