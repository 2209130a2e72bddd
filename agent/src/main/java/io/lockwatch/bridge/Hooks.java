package io.lockwatch.bridge;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * The static entry points that instrumented bytecode calls. Each takes the site id that the
 * instrumentation baked into the bytecode. A failing sink is never allowed to reach the caller.
 *
 * <p>The {@code Lock} methods replace the application's own call: they call the real method first
 * and report afterwards, so the application sees exactly the same results and exceptions.
 */
public final class Hooks {
  static volatile EventSink sink = new EventSink.Ignoring();

  private Hooks() {}

  /**
   * True when releases must be reported before they happen (race detection needs the release's
   * happens-before edge in place before another thread can acquire); otherwise they are reported
   * after, outside the critical section.
   */
  private static volatile boolean reportReleaseFirst = true;

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

  public static void monitorEnter(Object monitor, int site) {
    try {
      sink.monitorEnter(monitor, site);
    } catch (Throwable ignored) {
      // The sink counts its own failures; nothing may reach the application.
    }
  }

  public static void monitorExit(Object monitor, int site) {
    try {
      sink.monitorExit(monitor, site);
    } catch (Throwable ignored) {
      // see monitorEnter
    }
  }

  public static void syncMethodEnter(Object monitor, int site) {
    try {
      sink.syncMethodEnter(monitor, site);
    } catch (Throwable ignored) {
      // see monitorEnter
    }
  }

  public static void syncMethodExit(int site) {
    try {
      sink.syncMethodExit(site);
    } catch (Throwable ignored) {
      // see monitorEnter
    }
  }

  public static void lock(Lock lock, int site) {
    lock.lock();
    acquired(lock, site, EventSink.MODE_BLOCKING);
  }

  public static void lockInterruptibly(Lock lock, int site) throws InterruptedException {
    lock.lockInterruptibly();
    acquired(lock, site, EventSink.MODE_BLOCKING);
  }

  public static boolean tryLock(Lock lock, int site) {
    boolean locked = lock.tryLock();
    if (locked) {
      acquired(lock, site, EventSink.MODE_TRY);
    }
    return locked;
  }

  public static boolean tryLock(Lock lock, long time, TimeUnit unit, int site)
      throws InterruptedException {
    boolean locked = lock.tryLock(time, unit);
    if (locked) {
      acquired(lock, site, EventSink.MODE_TIMED);
    }
    return locked;
  }

  public static void unlock(Lock lock, int site) {
    if (reportReleaseFirst) {
      released(lock, site);
      lock.unlock();
    } else {
      lock.unlock();
      released(lock, site);
    }
  }

  private static void released(Lock lock, int site) {
    try {
      sink.lockReleased(lock, site);
    } catch (Throwable ignored) {
      // see monitorEnter
    }
  }

  private static void acquired(Lock lock, int site, int mode) {
    try {
      sink.lockAcquired(lock, site, mode);
    } catch (Throwable ignored) {
      // see monitorEnter
    }
  }
}
