package io.lockwatch.bridge;

/**
 * Calls on thread-safe JDK objects (atomics, concurrent collections, {@code VarHandle}, {@code
 * Unsafe}, {@code Thread} interrupts), for happens-before: the instrumentation keeps the call,
 * spills its arguments, and reports it before (when it may publish) and after (when it may
 * observe), with the item it is about ({@code key}: a map key or the object a handle touches;
 * {@code index}: an array index or an offset) and the code of its contract row. Which of those
 * apply is the agent's table's business; these only pass them on, with the call's outcome.
 */
public final class ConcurrentHooks {
  private ConcurrentHooks() {}

  /** Before the call. */
  public static void before(Object target, Object key, long index, int code, int site) {
    Hooks.call(target, key, index, code, site, false, true);
  }

  /** After a call whose result does not matter (none, or its contract has no condition). */
  public static void after(Object target, Object key, long index, int code, int site) {
    Hooks.call(target, key, index, code, site, true, true);
  }

  /** After a call that returned {@code result}: it observed something when that is not null. */
  public static void afterObject(
      Object result, Object target, Object key, long index, int code, int site) {
    Hooks.call(target, key, index, code, site, true, result != null);
  }

  /** After a call that returned {@code result}. */
  public static void afterBoolean(
      boolean result, Object target, Object key, long index, int code, int site) {
    Hooks.call(target, key, index, code, site, true, result);
  }

  /** After a call that returned a count ({@code drainTo}): it observed something above zero. */
  public static void afterInt(
      int result, Object target, Object key, long index, int code, int site) {
    Hooks.call(target, key, index, code, site, true, result > 0);
  }

  /**
   * First thing in an exception handler that may catch an {@code InterruptedException}: the thread
   * learns that it was interrupted, and so what its interrupter did before (JLS 17.4.4). {@code
   * code} is the contract row of a caught interrupt.
   */
  public static void caught(Throwable caught, int code) {
    if (caught instanceof InterruptedException) {
      Hooks.call(null, null, 0, code, 0, true, true);
    }
  }
}
