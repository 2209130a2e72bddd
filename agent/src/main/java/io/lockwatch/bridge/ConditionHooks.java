package io.lockwatch.bridge;

import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * {@code Condition} awaits and signals: each replaces the application's call, reports around it,
 * and hands back its result and exceptions unchanged.
 */
public final class ConditionHooks {
  // The interruptible awaits, which share one body (no lambda: a hook must not allocate).
  private static final int AWAIT = 0;
  private static final int AWAIT_TIMED = 1;
  private static final int AWAIT_NANOS = 2;
  private static final int AWAIT_UNTIL = 3;

  private ConditionHooks() {}

  /** {@code condition.await()}. */
  public static void await(Condition condition, int site) throws InterruptedException {
    awaitReported(condition, AWAIT, 0L, null, null, site);
  }

  /** {@code condition.await(time, unit)}. */
  public static boolean await(Condition condition, long time, TimeUnit unit, int site)
      throws InterruptedException {
    return awaitReported(condition, AWAIT_TIMED, time, unit, null, site) != 0L;
  }

  /** {@code condition.awaitNanos(nanos)}. */
  public static long awaitNanos(Condition condition, long nanos, int site)
      throws InterruptedException {
    return awaitReported(condition, AWAIT_NANOS, nanos, null, null, site);
  }

  /** {@code condition.awaitUninterruptibly()}: it cannot fail, so it always completes. */
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
    return awaitReported(condition, AWAIT_UNTIL, 0L, null, deadline, site) != 0L;
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

  /**
   * Reports around the real await of this {@code kind}, which completed when it returned; its
   * result as a long ({@code true} is 1, {@code awaitNanos} the nanoseconds left).
   */
  private static long awaitReported(
      Condition condition, int kind, long time, TimeUnit unit, Date deadline, int site)
      throws InterruptedException {
    int op = kind == AWAIT ? SyncOp.CONDITION_AWAIT : SyncOp.CONDITION_TIMED_AWAIT;
    Hooks.before(condition, op, site);
    boolean done = false;
    try {
      long result =
          switch (kind) {
            case AWAIT -> {
              condition.await();
              yield 0L;
            }
            case AWAIT_TIMED -> condition.await(time, unit) ? 1L : 0L;
            case AWAIT_NANOS -> condition.awaitNanos(time);
            default -> condition.awaitUntil(deadline) ? 1L : 0L;
          };
      done = true;
      return result;
    } finally {
      Hooks.after(condition, op, site, done);
    }
  }
}
