package io.lockwatch.agent.analysis;

import io.lockwatch.agent.runtime.AgentErrors;
import io.lockwatch.agent.runtime.LockNames;
import io.lockwatch.agent.runtime.LockNode;
import io.lockwatch.agent.runtime.LockTable;
import io.lockwatch.agent.runtime.StackCapture;
import io.lockwatch.agent.runtime.ThreadRegistry;
import io.lockwatch.agent.runtime.ThreadState;
import io.lockwatch.bridge.SyncOp;
import io.lockwatch.report.fingerprint.CycleFingerprint;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Site;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A daemon that looks for deadlocks that really happened: the JVM's own detector (monitors and
 * ownable synchronizers), and the agent's wait-for graph, which adds what the JVM cannot see:
 * threads waiting for a semaphore permit held by a thread that waits for them. A cycle seen only
 * by the agent must be seen on two consecutive looks (its view of other threads is racy).
 * Each deadlock is reported once.
 */
public final class DeadlockWatchdog implements Runnable {
  private final long intervalMillis;
  private final StackCapture stacks;
  private final LockTable locks;
  private final AgentErrors errors;
  private final Consumer<ObservedDeadlock> onDeadlock;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Set<String> reported = new HashSet<>();
  private Set<Long> suspectedCycle = Set.of();

  public DeadlockWatchdog(
      long intervalMillis,
      StackCapture stacks,
      LockTable locks,
      AgentErrors errors,
      Consumer<ObservedDeadlock> onDeadlock) {
    this.intervalMillis = intervalMillis;
    this.stacks = stacks;
    this.locks = locks;
    this.errors = errors;
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
        errors.record("watchdog", "look", failure);
      }
    }
  }

  /** One look: reports any new deadlock. */
  public void look() {
    locks.purgeCollected(); // keeps memory bounded even when no new lock comes along
    long[] jvmDeadlocked = threads.findDeadlockedThreads();
    if (jvmDeadlocked != null) {
      report("jvm", jvmDeadlocked);
      return;
    }
    Set<Long> cycle = agentCycle();
    if (!cycle.isEmpty() && cycle.equals(suspectedCycle)) {
      report("agent", cycle.stream().mapToLong(Long::longValue).toArray());
    }
    suspectedCycle = cycle;
  }

  /** A cycle in the wait-for graph of threads, through at least one semaphore, or empty. */
  private Set<Long> agentCycle() {
    List<ThreadState> states = ThreadRegistry.live();
    boolean anySemaphoreWait = false;
    for (ThreadState state : states) {
      anySemaphoreWait |= isSemaphoreWait(state.waitingOp()) && state.waitingFor() != null;
    }
    if (!anySemaphoreWait) {
      return Set.of();
    }
    Map<Long, Set<Long>> waitsFor = new HashMap<>();
    long[] ids = states.stream().mapToLong(ThreadState::threadId).toArray();
    for (ThreadInfo info : threads.getThreadInfo(ids)) {
      if (info != null && info.getLockOwnerId() >= 0) {
        waitsFor.computeIfAbsent(info.getThreadId(), k -> new HashSet<>()).add(info.getLockOwnerId());
      }
    }
    for (ThreadState waiter : states) {
      Object target = waiter.waitingFor();
      if (target == null || !isSemaphoreWait(waiter.waitingOp())) {
        continue;
      }
      LockNode semaphore = locks.nodeFor(target, LockNode.KIND_SEMAPHORE, target.getClass(), 0);
      for (ThreadState holder : states) {
        if (holder != waiter && Arrays.asList(holder.heldNodesSnapshot()).contains(semaphore)) {
          waitsFor.computeIfAbsent(waiter.threadId(), k -> new HashSet<>()).add(holder.threadId());
        }
      }
    }
    return findCycle(waitsFor);
  }

  /** Any cycle of a small directed graph, as its set of vertices. */
  static Set<Long> findCycle(Map<Long, Set<Long>> edges) {
    Map<Long, Integer> colour = new HashMap<>();
    List<Long> path = new ArrayList<>();
    for (Long start : edges.keySet()) {
      Set<Long> cycle = visit(start, edges, colour, path);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    return Set.of();
  }

  private static Set<Long> visit(Long node, Map<Long, Set<Long>> edges, Map<Long, Integer> colour, List<Long> path) {
    Integer c = colour.get(node);
    if (c != null) {
      if (c == 1) {
        return new TreeSet<>(path.subList(path.indexOf(node), path.size()));
      }
      return Set.of();
    }
    colour.put(node, 1);
    path.add(node);
    for (Long next : edges.getOrDefault(node, Set.of())) {
      Set<Long> cycle = visit(next, edges, colour, path);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    colour.put(node, 2);
    return Set.of();
  }

  private static boolean isSemaphoreWait(int op) {
    return op == SyncOp.SEMAPHORE_ACQUIRE || op == SyncOp.SEMAPHORE_TIMED_ACQUIRE;
  }

  private void report(String detectedBy, long[] ids) {
    ThreadInfo[] infos = threads.getThreadInfo(ids, true, true);
    List<ObservedDeadlock.DeadlockedThread> stuck = new ArrayList<>();
    TreeSet<String> waitPoints = new TreeSet<>();
    for (ThreadInfo info : infos) {
      if (info == null) {
        continue;
      }
      List<Site> stack = stacks.framesOf(info.getStackTrace());
      if (!stack.isEmpty()) {
        waitPoints.add(stack.get(0).key());
      }
      stuck.add(
          new ObservedDeadlock.DeadlockedThread(info.getThreadName(), holds(info), waitsFor(info), stack));
    }
    String fingerprint = "deadlock:" + CycleFingerprint.hash(String.join("|", waitPoints));
    if (!reported.add(fingerprint)) {
      return;
    }
    onDeadlock.accept(new ObservedDeadlock(fingerprint, "high", detectedBy, stuck));
  }

  /**
   * A thread blocked entering a monitor is already on the agent's held stack (the hook runs just
   * before {@code monitorenter}): that innermost monitor is what it waits for, not what it holds.
   */
  private static LockNode[] heldFor(ThreadInfo info, ThreadState state) {
    LockNode[] held = state.heldNodesSnapshot();
    if (info.getThreadState() == Thread.State.BLOCKED
        && held.length > 0
        && held[held.length - 1] != null
        && held[held.length - 1].kind() == LockNode.KIND_MONITOR) {
      return Arrays.copyOf(held, held.length - 1);
    }
    return held;
  }

  private List<String> holds(ThreadInfo info) {
    List<String> holds = new ArrayList<>();
    ThreadState state = ThreadRegistry.byId(info.getThreadId());
    if (state != null) {
      for (LockNode node : heldFor(info, state)) {
        if (node == null) {
          continue;
        }
        String name = LockNames.name(node);
        if (!holds.contains(name)) {
          holds.add(name);
        }
      }
    }
    if (holds.isEmpty()) {
      for (MonitorInfo monitor : info.getLockedMonitors()) {
        holds.add("monitor of " + monitor.getClassName());
      }
      for (LockInfo lock : info.getLockedSynchronizers()) {
        holds.add(lock.getClassName());
      }
    }
    return holds;
  }

  private String waitsFor(ThreadInfo info) {
    ThreadState state = ThreadRegistry.byId(info.getThreadId());
    Object target = state == null ? null : state.waitingFor();
    if (target != null && isSemaphoreWait(state.waitingOp())) {
      return LockNames.name(locks.nodeFor(target, LockNode.KIND_SEMAPHORE, target.getClass(), 0));
    }
    LockInfo lock = info.getLockInfo();
    if (lock == null) {
      return "?";
    }
    String what = namedByOwner(lock, info.getLockOwnerId());
    if (what == null) {
      what = (info.getThreadState() == Thread.State.BLOCKED ? "monitor of " : "") + lock.getClassName();
    }
    return info.getLockOwnerName() == null ? what : what + " held by '" + info.getLockOwnerName() + "'";
  }

  /**
   * The agent's name of the lock a thread waits for, found among what its owner holds by identity
   * hash (the JVM names a ReentrantLock by its internal synchronizer, which is also the agent's key
   * for it), or null.
   */
  private static String namedByOwner(LockInfo lock, long ownerId) {
    ThreadState owner = ownerId < 0 ? null : ThreadRegistry.byId(ownerId);
    if (owner == null) {
      return null;
    }
    Object[] held = owner.heldObjectsSnapshot();
    LockNode[] nodes = owner.heldNodesSnapshot();
    for (int i = 0; i < held.length && i < nodes.length; i++) {
      if (held[i] != null && System.identityHashCode(held[i]) == lock.getIdentityHashCode()) {
        return LockNames.name(nodes[i]);
      }
    }
    return null;
  }

}
