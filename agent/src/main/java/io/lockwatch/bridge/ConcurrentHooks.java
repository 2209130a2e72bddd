package io.lockwatch.bridge;

/**
 * Calls on thread-safe {@code java.util.concurrent} objects (atomics, concurrent collections,
 * {@code VarHandle}): the instrumentation keeps the call and spills its arguments, so that it can
 * report the receiver before and after it.
 */
public final class ConcurrentHooks {
  private ConcurrentHooks() {}

  /** Before the call: what the caller did so far is released. */
  public static void before(Object target, int site) {
    Hooks.action(target, SyncOp.CONCURRENT_BEFORE, site, null);
  }

  /** After the call returned: what others released is acquired. */
  public static void after(Object target, int site) {
    Hooks.action(target, SyncOp.CONCURRENT_AFTER, site, null);
  }
}
