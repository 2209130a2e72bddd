package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.hb.ThreadClocks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application's shutdown hooks, as its code registers them ({@code Runtime.addShutdownHook}):
 * what a hook begins after, and the hooks the report at exit waits for.
 *
 * <p>The JDK starts the hooks from whichever thread ends the JVM, inside its own code, so no
 * instrumented {@code Thread.start} orders them. What orders them is how the JVM ends: a thread
 * that calls {@code System.exit} (or {@code Runtime.exit}) starts them and is blocked in the call
 * until they end, so they begin after everything it did; when the last non-daemon thread ends,
 * {@code DestroyJavaVM} starts them only after every non-daemon thread ended, so they begin after
 * everything those threads did. On a signal ({@code SIGTERM}, Ctrl-C) threads still run beside the
 * hooks, so nothing orders them.
 */
public final class ShutdownHookThreads {
  private static final Set<Thread> HOOKS = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Whether any hook was ever registered: the common thread start asks nothing more. */
  private static volatile boolean any;

  /** What the hooks begin after, once the first hook asked (the JVM is ending: it stays so). */
  private static long[] knownAtShutdown;

  /** Hooks still running when the report stopped waiting for them. */
  private static volatile int stillRunning;

  private ShutdownHookThreads() {}

  /** {@code hook} was registered ({@code added}) or removed. */
  static void changed(Thread hook, boolean added) {
    synchronized (HOOKS) {
      if (added) {
        HOOKS.add(hook);
        any = true;
      } else {
        HOOKS.remove(hook);
      }
    }
  }

  /** Whether {@code thread} is a registered shutdown hook. */
  static boolean isHook(Thread thread) {
    if (!any) {
      return false;
    }
    synchronized (HOOKS) {
      return HOOKS.contains(thread);
    }
  }

  /**
   * What a hook that starts now begins after (see the class comment), or null for nothing; worked
   * out once, by the first hook that asks, from the stack of the thread running the hooks.
   */
  static synchronized long[] knownAtShutdown() {
    if (knownAtShutdown == null) {
      knownAtShutdown = whatTheHooksFollow();
    }
    return knownAtShutdown.length == 0 ? null : knownAtShutdown;
  }

  private static long[] whatTheHooksFollow() {
    for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
      switch (HowTheJvmEnds.of(thread.getValue())) {
        case EXIT -> {
          long[] exiter = ThreadClocks.knownBy(thread.getKey());
          return exiter == null ? new long[0] : exiter;
        }
        case LAST_THREAD_ENDED -> {
          ThreadRegistry.live(); // gives back the clocks of threads that ended unobserved
          return ThreadClocks.endedNonDaemon();
        }
        case SIGNAL -> {
          return new long[0];
        }
        case NOT_THIS_THREAD -> {}
      }
    }
    return new long[0]; // the hooks run from a thread not listed (a virtual thread's exit)
  }

  /**
   * Waits up to {@code millis} in all for the registered hooks other than the calling thread to
   * end; remembers how many still run then ({@link #stillRunning()}).
   */
  public static void awaitOthers(long millis) {
    List<Thread> hooks;
    synchronized (HOOKS) {
      hooks = new ArrayList<>(HOOKS);
    }
    long deadline = System.nanoTime() + millis * 1_000_000L;
    int running = 0;
    try {
      for (Thread hook : hooks) {
        if (hook != Thread.currentThread() && !ended(hook, deadline)) {
          running++;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stop waiting; the hooks not looked at count as ended
    }
    stillRunning = running;
  }

  /**
   * Whether {@code hook} ended before {@code deadline}. The JDK starts the hooks one after another,
   * this one among them, so a hook not started yet is about to be.
   */
  private static boolean ended(Thread hook, long deadline) throws InterruptedException {
    while (hook.getState() == Thread.State.NEW) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      Thread.sleep(1);
    }
    long left = (deadline - System.nanoTime()) / 1_000_000L;
    if (left > 0) {
      hook.join(left);
    }
    return !hook.isAlive();
  }

  /** How many hooks were still running when the report stopped waiting; 0 before it waited. */
  public static int stillRunning() {
    return stillRunning;
  }
}
