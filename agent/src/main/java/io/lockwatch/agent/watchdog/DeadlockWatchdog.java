package io.lockwatch.agent.watchdog;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.ThreadRegistry;
import io.lockwatch.agent.runtime.ThreadState;
import io.lockwatch.agent.runtime.confirm.Steering;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockOrderRecorder;
import io.lockwatch.agent.runtime.lockorder.LockTable;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.Frame;
import io.lockwatch.agent.runtime.support.MemoryReserve;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.agent.runtime.support.StackCapture;
import io.lockwatch.agent.runtime.tests.RunningTests;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A daemon that looks for deadlocks that really happened: the JVM's own detector (monitors and
 * ownable synchronizers), and the agent's wait-for graph, which adds what the JVM cannot see:
 * threads waiting for a semaphore permit held by a thread that waits for them. A cycle seen only by
 * the agent must be seen on two consecutive looks (its view of other threads is racy). Each
 * deadlock (the same set of places where its threads wait) is reported once.
 */
public final class DeadlockWatchdog implements Runnable {
  private final long intervalMillis;
  private final StackCapture stacks;
  private final LockTable locks;
  private final AgentErrors errors;
  private final StuckThreadNames names;
  private final SiteRegistry sites;
  private final LockOrderRecorder recorder;
  private final DeadlocksSeen seen;
  private final Steering steering;
  private final RunningTests tests;
  private final Consumer<Deadlock> onDeadlock;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Set<Set<Frame>> reported = new HashSet<>();
  private Set<Long> suspectedCycle = Set.of();

  /**
   * @param intervalMillis how long to sleep between looks
   * @param context the runtime state it reads, and where its own failures are counted
   * @param seen where each new deadlock is added
   * @param onDeadlock told about each new deadlock, after it was added
   */
  public DeadlockWatchdog(
      long intervalMillis,
      AgentContext context,
      DeadlocksSeen seen,
      Consumer<Deadlock> onDeadlock) {
    this.intervalMillis = intervalMillis;
    this.stacks = context.stacks();
    this.locks = context.locks();
    this.errors = context.errors();
    this.names = new StuckThreadNames(locks);
    this.sites = context.sites();
    this.recorder = context.lockOrderRecorder();
    this.seen = seen;
    this.steering = context.steering();
    this.tests = context.tests();
    this.onDeadlock = onDeadlock;
  }

  /** Starts the daemon thread. */
  public void start() {
    Thread thread = new Thread(this, "lockwatch-watchdog");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    while (true) {
      try {
        Thread.sleep(intervalMillis);
        look();
      } catch (InterruptedException stop) {
        return;
      } catch (Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
          MemoryReserve.release(); // the heap is exhausted: the report will need it
        }
        errors.record("watchdog", "look", failure); // never throws: the watchdog lives on
      }
    }
  }

  /** One look: reports any new deadlock. */
  private void look() {
    locks.purgeCollected(); // keeps memory bounded even when no new lock comes along
    long[] jvmDeadlocked = threads.findDeadlockedThreads();
    if (jvmDeadlocked != null) {
      report("jvm", jvmDeadlocked);
      return;
    }
    Set<Long> cycle = WaitForGraph.semaphoreCycle(threads, locks);
    if (!cycle.isEmpty() && cycle.equals(suspectedCycle)) {
      report("agent", cycle.stream().mapToLong(Long::longValue).toArray());
    }
    suspectedCycle = cycle;
  }

  private void report(String detectedBy, long[] ids) {
    ThreadInfo[] infos = threads.getThreadInfo(ids, true, true);
    recordBlockedEntries(infos);
    List<Deadlock.StuckThread> stuck = new ArrayList<>();
    Set<Frame> waitPoints = new HashSet<>();
    for (ThreadInfo info : infos) {
      if (info == null) {
        continue;
      }
      List<Frame> stack = stacks.framesOf(info.getStackTrace());
      if (!stack.isEmpty()) {
        waitPoints.add(stack.get(0));
      }
      stuck.add(
          new Deadlock.StuckThread(
              info.getThreadName(), names.holds(info), names.waitsFor(info), stack));
    }
    if (!reported.add(waitPoints)) {
      return;
    }
    String confirms = steering == null ? null : steering.confirmedBy(ids);
    Deadlock deadlock = new Deadlock(detectedBy, stuck, confirms, tests.ofThreads(ids));
    seen.add(deadlock);
    onDeadlock.accept(deadlock);
  }

  /**
   * A thread blocked entering a {@code synchronized} method recorded no lock order (its hook runs
   * once the JVM owns the monitor): its order is recorded now, from the method's site, so the
   * deadlock is also a lock-order cycle in the report.
   */
  private void recordBlockedEntries(ThreadInfo[] infos) {
    for (ThreadInfo info : infos) {
      if (info == null || info.getThreadState() != Thread.State.BLOCKED) {
        continue;
      }
      ThreadState waiter = ThreadRegistry.byId(info.getThreadId());
      StackTraceElement[] trace = info.getStackTrace();
      if (waiter == null || trace.length == 0) {
        continue;
      }
      Object[] held = waiter.locks().held().objectsSnapshot();
      if (held.length > 0 && StuckThreadNames.isAwaited(info, held[held.length - 1])) {
        continue; // blocked in a watched monitorenter: its order is recorded already
      }
      LockNode awaited = StuckThreadNames.awaitedNode(info);
      if (awaited == null) {
        continue;
      }
      String method = trace[0].getMethodName();
      int site = sites.find(trace[0].getClassName(), method, "this");
      if (site == 0) {
        site = sites.find(trace[0].getClassName(), method, "class " + trace[0].getClassName());
      }
      if (site != 0) {
        recorder.observedWait(
            waiter.locks(), info.getThreadName(), stacks.framesOf(trace), awaited, site);
      }
    }
  }
}
