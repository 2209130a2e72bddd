package io.lockwatch.bridge;

/**
 * The sink the bridge reports to, which the agent installs, and the only code that calls it: every
 * call swallows the sink's failures, so none can reach the application.
 *
 * <p>The hooks instrumented code calls are grouped by primitive: {@link LockHooks} (monitors,
 * {@code synchronized} methods, {@code Lock}), {@link MonitorHooks}, {@link ConditionHooks}, {@link
 * SemaphoreHooks}, {@link LatchHooks}, {@link QueueHooks}, {@link ThreadHooks}, {@link
 * ExecutorHooks}, {@link ConcurrentHooks}, {@link MapHooks}, {@link FieldHooks} and {@link
 * ArrayHooks}. Each takes the site id that the instrumentation baked into the bytecode.
 */
public final class Hooks {
  private static volatile EventSink sink = new EventSink.Ignoring();

  /**
   * True when releases must be reported before they happen (race detection needs the release's
   * happens-before edge in place before another thread can acquire); otherwise they are reported
   * after, outside the critical section.
   */
  private static volatile boolean reportReleaseFirst = true;

  private Hooks() {}

  /** Installs the agent's sink. Called once by the agent. */
  public static void install(EventSink newSink) {
    sink = newSink;
  }

  /** Installs the agent's sink, saying whether releases must be reported before they happen. */
  public static void install(EventSink newSink, boolean releaseFirst) {
    reportReleaseFirst = releaseFirst;
    sink = newSink;
  }

  /** True when this class was loaded by the bootstrap loader, as it must be. */
  public static boolean onBootstrapClassPath() {
    return Hooks.class.getClassLoader() == null;
  }

  static boolean reportReleaseFirst() {
    return reportReleaseFirst;
  }

  // One method per sink method. The sink counts its own failures; nothing may reach the caller.

  static void monitorEnter(Object monitor, int site) {
    try {
      sink.monitorEnter(monitor, site);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void monitorExit(Object monitor, int site) {
    try {
      sink.monitorExit(monitor, site);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void syncMethodEnter(Object monitor, int site) {
    try {
      sink.syncMethodEnter(monitor, site);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void syncMethodExit(int site) {
    try {
      sink.syncMethodExit(site);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void lockCreated(Object lock, int site) {
    try {
      sink.lockCreated(lock, site);
    } catch (Throwable ignored) {
      // see monitorEnter
    }
  }

  static void lockRequested(Object lock, int site, int mode) {
    try {
      sink.lockRequested(lock, site, mode);
    } catch (Throwable ignored) {
      // see monitorEnter
    }
  }

  static void lockAcquired(Object lock, int site, int mode) {
    try {
      sink.lockAcquired(lock, site, mode);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void lockReleased(Object lock, int site) {
    lockReleased(lock, site, 0);
  }

  static void lockReleased(Object lock, int site, int share) {
    try {
      sink.lockReleased(lock, site, share);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void optimisticRead(Object lock, int site) {
    try {
      sink.optimisticRead(lock, site);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void optimisticReadEnded(Object lock, int site) {
    try {
      sink.optimisticReadEnded(lock, site);
    } catch (Throwable ignored) {
      // see above
    }
  }

  /** Before an operation that may block. */
  static void before(Object target, int op, int site) {
    try {
      sink.beforeBlocking(target, op, site);
    } catch (Throwable ignored) {
      // see above
    }
  }

  /** After a blocking operation: {@code completed} when it got what it waited for. */
  static void after(Object target, int op, int site, boolean completed) {
    try {
      sink.afterBlocking(target, op, site, completed);
    } catch (Throwable ignored) {
      // see above
    }
  }

  /** A non-blocking operation. */
  static void action(Object target, int op, int site, Object related) {
    try {
      sink.syncAction(target, op, site, related);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void fieldAccess(Object owner, int field, int site, boolean write) {
    try {
      sink.fieldAccess(owner, field, site, write);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void volatileAccess(Object owner, int field, boolean write) {
    try {
      sink.volatileAccess(owner, field, write);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void classInitialiser(int type, boolean starts) {
    try {
      sink.classInitialiser(type, starts);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void call(
      Object target, Object key, long index, int code, int site, boolean after, boolean outcome) {
    try {
      sink.call(target, key, index, code, site, after, outcome);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void fieldHandle(Object handle, Class<?> holder, String name, boolean isStatic) {
    try {
      sink.fieldHandle(handle, holder, name, isStatic);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static void fieldOffset(Class<?> declaring, String name, long offset) {
    try {
      sink.fieldOffset(declaring, name, offset);
    } catch (Throwable ignored) {
      // see above
    }
  }

  static boolean ordersByKey(Object map) {
    try {
      return sink.ordersByKey(map);
    } catch (Throwable ignored) {
      return false;
    }
  }

  static void arrayAccess(Object array, int index, int name, int site, boolean write) {
    try {
      sink.arrayAccess(array, index, name, site, write);
    } catch (Throwable ignored) {
      // see above
    }
  }

  /** The bridge's own work failed at {@code where}; it went on without it. */
  static void failed(String where, Throwable failure) {
    try {
      sink.bridgeFailed(where, failure);
    } catch (Throwable ignored) {
      // see above
    }
  }
}
