package io.lockwatch.bridge;

/**
 * What instrumented JDK classes call: the monitors and locks they take on the application's behalf,
 * their waits, and conditional hand-offs. Every hook swallows the sink's failures, so none can
 * reach the JDK code that called it. Hand-offs that are a plain release or acquire of a JDK
 * variable go through {@link FieldHooks#volatileWrite} and {@link FieldHooks#volatileRead}, with
 * the variable's field id.
 */
public final class JdkHooks {
  private static volatile JdkSink sink = new JdkSink.Ignoring();

  private JdkHooks() {}

  /** Installs the agent's sink. Called once by the agent. */
  public static void install(JdkSink newSink) {
    sink = newSink;
  }

  static JdkSink sink() {
    return sink;
  }

  /** Before a {@code monitorenter} on a monitor the application can take too. */
  public static void monitorEnter(Object monitor, int site) {
    try {
      sink.monitorEnter(monitor, site, true);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  /** Before a {@code monitorexit} on a monitor the application can take too. */
  public static void monitorExit(Object monitor, int site) {
    try {
      sink.monitorExit(monitor, site, true);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  /** Before a {@code monitorenter} on a monitor private to the JDK class. */
  public static void internalMonitorEnter(Object monitor, int site) {
    try {
      sink.monitorEnter(monitor, site, false);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  /** Before a {@code monitorexit} on a monitor private to the JDK class. */
  public static void internalMonitorExit(Object monitor, int site) {
    try {
      sink.monitorExit(monitor, site, false);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  /** First thing in a {@code synchronized} JDK method. */
  public static void syncMethodEnter(Object monitor, int site) {
    try {
      sink.syncMethodEnter(monitor, site);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  /** Before a {@code synchronized} JDK method returns or throws. */
  public static void syncMethodExit(int site) {
    try {
      sink.syncMethodExit(site);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  /** Before {@code ConcurrentHashMap} {@code map} locks a bin to run a function under it. */
  public static void binsEnter(Object map, int site) {
    try {
      sink.binsEnter(map, site, true);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  /** Before {@code ConcurrentHashMap} {@code map} locks a bin to write it (no function runs). */
  public static void binsEnterToWrite(Object map, int site) {
    try {
      sink.binsEnter(map, site, false);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  /** Before {@code ConcurrentHashMap} {@code map} unlocks a bin. */
  public static void binsExit(Object map, int site) {
    try {
      sink.binsExit(map, site);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  /** After a JDK class's internal {@code lock.lock()} or {@code lockInterruptibly()} returned. */
  public static void internalLocked(Object lock, int site) {
    try {
      sink.internalLockAcquired(lock, site, false);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  /** After a JDK class's internal {@code lock.tryLock()}; hands its result back. */
  public static boolean internalTryLocked(boolean locked, Object lock, int site) {
    if (locked) {
      try {
        sink.internalLockAcquired(lock, site, true);
      } catch (Throwable ignored) {
        // see the class comment
      }
    }
    return locked;
  }

  /** Before a JDK class's internal {@code lock.unlock()}. */
  public static void internalUnlocking(Object lock, int site) {
    try {
      sink.internalLockReleasing(lock, site);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  /** {@code monitor.wait()} in JDK code. */
  public static void wait(Object monitor, int site) throws InterruptedException {
    wait(monitor, 0L, site);
  }

  /** {@code monitor.wait(millis)} in JDK code. */
  public static void wait(Object monitor, long millis, int site) throws InterruptedException {
    waitStarts(monitor, site);
    try {
      monitor.wait(millis);
    } finally {
      waitEnded(monitor, site);
    }
  }

  /** {@code monitor.wait(millis, nanos)} in JDK code. */
  public static void wait(Object monitor, long millis, int nanos, int site)
      throws InterruptedException {
    waitStarts(monitor, site);
    try {
      monitor.wait(millis, nanos);
    } finally {
      waitEnded(monitor, site);
    }
  }

  /**
   * Before a JDK method returns {@code result}: when true, the caller acquires the variable {@code
   * field} of {@code owner} (e.g. {@code awaitTermination} returned true: every worker has ended).
   */
  public static boolean acquiredIf(boolean result, Object owner, int field) {
    if (result) {
      Hooks.volatileAccess(owner, field, false);
    }
    return result;
  }

  private static void waitStarts(Object monitor, int site) {
    try {
      sink.waitStarts(monitor, site);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }

  private static void waitEnded(Object monitor, int site) {
    try {
      sink.waitEnded(monitor, site);
    } catch (Throwable ignored) {
      // see the class comment
    }
  }
}
