package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.hb.ThreadClocks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
  /** How long a hook may stay unstarted: the JDK starts every hook before it joins any. */
  private static final long START_WAIT_NANOS = 200_000_000L;

  /** The registered hooks, copied on each (rare) change: a thread start reads it without a lock. */
  private static volatile Thread[] hooks = new Thread[0];

  /** How the JVM ends, and what the hooks begin after; set once, when shutdown is first seen. */
  private static HowTheJvmEnds ending;

  private static long[] knownAtShutdown;

  /** Hooks still running when the report stopped waiting for them. */
  private static volatile int stillRunning;

  /** Whether the report did not wait at all (a signal: the process may be killed soon). */
  private static volatile boolean notWaited;

  private ShutdownHookThreads() {}

  /** {@code hook} was registered ({@code added}) or removed. */
  static synchronized void changed(Thread hook, boolean added) {
    List<Thread> now = new ArrayList<>(Arrays.asList(hooks));
    now.removeIf(known -> known == hook);
    if (added) {
      now.add(hook);
    }
    hooks = now.toArray(new Thread[0]);
  }

  /** Whether {@code thread} is a registered shutdown hook. Lock-free. */
  static boolean isHook(Thread thread) {
    for (Thread hook : hooks) {
      if (hook == thread) {
        return true;
      }
    }
    return false;
  }

  /**
   * The JVM is ending (the report's own hook started) or a registered hook starts: take the
   * snapshot of what the hooks begin after now, before threads that run during shutdown end and add
   * to it. Does nothing when the application registered no hook.
   */
  public static void shutdownBegins() {
    if (hooks.length > 0) {
      knownAtShutdown();
    }
  }

  /**
   * What a hook that starts now begins after (see the class comment), or null for nothing; worked
   * out once, from the stack of the thread running the hooks.
   */
  static synchronized long[] knownAtShutdown() {
    if (knownAtShutdown == null) {
      knownAtShutdown = whatTheHooksFollow();
    }
    return knownAtShutdown.length == 0 ? null : knownAtShutdown;
  }

  private static long[] whatTheHooksFollow() {
    ending = HowTheJvmEnds.SIGNAL; // a virtual thread's exit: its stack is not listed
    for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
      HowTheJvmEnds how = HowTheJvmEnds.of(thread.getValue());
      if (how == HowTheJvmEnds.NOT_THIS_THREAD) {
        continue;
      }
      ending = how;
      switch (how) {
        case EXIT -> {
          long[] exiter = ThreadClocks.knownBy(thread.getKey());
          return exiter == null ? new long[0] : exiter;
        }
        case LAST_THREAD_ENDED -> {
          ThreadRegistry.live(); // gives back the clocks of threads that ended unobserved
          return ThreadClocks.endedNonDaemon();
        }
        default -> {
          return new long[0];
        }
      }
    }
    return new long[0];
  }

  /**
   * Waits up to {@code millis} in all for the registered hooks other than the calling thread to
   * end; remembers how many still run then ({@link #stillRunning()}). On a signal it does not wait:
   * whoever sent it may kill the process soon, and a report not yet written would be lost.
   */
  public static void awaitOthers(long millis) {
    shutdownBegins();
    boolean signal;
    synchronized (ShutdownHookThreads.class) {
      signal = ending == HowTheJvmEnds.SIGNAL;
    }
    long deadline = System.nanoTime() + (signal ? 0 : millis * 1_000_000L);
    long startBy = System.nanoTime() + START_WAIT_NANOS;
    int running = 0;
    try {
      for (Thread hook : hooks) {
        if (hook != Thread.currentThread() && !ended(hook, deadline, startBy)) {
          running++;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stop waiting; the hooks not looked at count as ended
    }
    notWaited = signal && running > 0;
    stillRunning = running;
  }

  /**
   * Whether {@code hook} ended before {@code deadline}. Polled, not joined: a join takes the
   * thread's monitor, which the application may hold. A hook still unstarted at {@code startBy}
   * never will be (it was removed where the agent did not see it).
   */
  private static boolean ended(Thread hook, long deadline, long startBy)
      throws InterruptedException {
    while (true) {
      Thread.State state = hook.getState();
      if (state == Thread.State.TERMINATED) {
        return true;
      }
      long now = System.nanoTime();
      if (state == Thread.State.NEW && now - startBy >= 0) {
        return true;
      }
      if (now - deadline >= 0) {
        return false;
      }
      Thread.sleep(state == Thread.State.NEW ? 1 : 5);
    }
  }

  /** How many hooks were still running when the report stopped waiting; 0 before it waited. */
  public static int stillRunning() {
    return stillRunning;
  }

  /** Whether the report did not wait for the running hooks because a signal ends the JVM. */
  public static boolean notWaitedForASignal() {
    return notWaited;
  }
}
