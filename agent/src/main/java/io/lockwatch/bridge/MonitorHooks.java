package io.lockwatch.bridge;

/**
 * {@code Object.wait} and {@code notify}: each replaces the application's call, reports around it,
 * and hands back its exceptions unchanged.
 */
public final class MonitorHooks {
  private MonitorHooks() {}

  /** {@code monitor.wait()}: the same as {@code wait(0)}, which is all {@code Object} does. */
  public static void wait(Object monitor, int site) throws InterruptedException {
    wait(monitor, 0L, site);
  }

  /** {@code monitor.wait(millis)}: timed unless {@code millis} is 0. */
  public static void wait(Object monitor, long millis, int site) throws InterruptedException {
    int op = millis == 0 ? SyncOp.OBJECT_WAIT : SyncOp.OBJECT_TIMED_WAIT;
    Hooks.before(monitor, op, site);
    boolean done = false;
    try {
      monitor.wait(millis);
      done = true;
    } finally {
      Hooks.after(monitor, op, site, done);
    }
  }

  /** {@code monitor.wait(millis, nanos)}. */
  public static void wait(Object monitor, long millis, int nanos, int site)
      throws InterruptedException {
    Hooks.before(monitor, SyncOp.OBJECT_TIMED_WAIT, site);
    boolean done = false;
    try {
      monitor.wait(millis, nanos);
      done = true;
    } finally {
      Hooks.after(monitor, SyncOp.OBJECT_TIMED_WAIT, site, done);
    }
  }

  /** {@code monitor.notify()}. */
  public static void notify(Object monitor, int site) {
    Hooks.action(monitor, SyncOp.OBJECT_NOTIFY, site, null);
    monitor.notify();
  }

  /** {@code monitor.notifyAll()}. */
  public static void notifyAll(Object monitor, int site) {
    Hooks.action(monitor, SyncOp.OBJECT_NOTIFY, site, null);
    monitor.notifyAll();
  }
}
