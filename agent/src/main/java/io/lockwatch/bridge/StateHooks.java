package io.lockwatch.bridge;

/**
 * Calls of application code on JDK objects that are not thread-safe (collections, their views and
 * iterators, {@code StringBuilder}, {@code java.text} formats): each call is a read or a write of
 * the object's state, reported before the call, which the instrumentation keeps.
 */
public final class StateHooks {
  private StateHooks() {}

  /** Before a call that only reads {@code target}. */
  public static void read(Object target, int site) {
    try {
      JdkHooks.sink().stateAccess(target, site, false);
    } catch (Throwable ignored) {
      // nothing may reach the application
    }
  }

  /** Before a call that changes {@code target}. */
  public static void write(Object target, int site) {
    try {
      JdkHooks.sink().stateAccess(target, site, true);
    } catch (Throwable ignored) {
      // nothing may reach the application
    }
  }

  /** After a call on {@code source} returned {@code view}, whose calls then touch the source. */
  public static void derived(Object view, Object source) {
    try {
      JdkHooks.sink().derived(view, source);
    } catch (Throwable ignored) {
      // nothing may reach the application
    }
  }
}
