package io.lockwatch.agent.watchdog;

import io.lockwatch.agent.runtime.ThreadRegistry;
import io.lockwatch.agent.runtime.ThreadState;
import io.lockwatch.agent.runtime.lockorder.LockNames;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockTable;
import java.lang.management.LockInfo;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Names, for people, of what a stuck thread holds and waits for: the agent's names where it knows
 * the locks (from the thread's held stack), else the JVM's.
 */
final class StuckThreadNames {
  private final LockTable locks;

  StuckThreadNames(LockTable locks) {
    this.locks = locks;
  }

  /** The locks the thread holds. */
  List<String> holds(ThreadInfo info) {
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

  /** The lock the thread waits for, and its owner when the JVM knows it. */
  String waitsFor(ThreadInfo info) {
    ThreadState state = ThreadRegistry.byId(info.getThreadId());
    Object target = state == null ? null : state.waitingFor();
    if (target != null && WaitForGraph.isSemaphoreWait(state.waitingOp())) {
      return LockNames.name(locks.nodeFor(target, LockNode.KIND_SEMAPHORE, target.getClass(), 0));
    }
    LockInfo lock = info.getLockInfo();
    if (lock == null) {
      return "?";
    }
    LockNode awaited = awaitedNode(info);
    String what = awaited == null ? null : LockNames.name(awaited);
    if (what == null) {
      what =
          (info.getThreadState() == Thread.State.BLOCKED ? "monitor of " : "")
              + lock.getClassName();
    }
    return info.getLockOwnerName() == null
        ? what
        : what + " held by '" + info.getLockOwnerName() + "'";
  }

  /**
   * A thread blocked in a watched {@code monitorenter} is already on the agent's held stack (the
   * hook runs just before it): that innermost monitor is what it waits for, not what it holds. A
   * thread blocked entering a {@code synchronized} method is not (its hook runs once the JVM owns
   * the monitor), so its innermost entry is one it really holds.
   */
  private static LockNode[] heldFor(ThreadInfo info, ThreadState state) {
    LockNode[] held = state.locks().held().nodesSnapshot();
    Object[] objects = state.locks().held().objectsSnapshot();
    if (info.getThreadState() == Thread.State.BLOCKED
        && held.length > 0
        && isAwaited(info, objects[objects.length - 1])) {
      return Arrays.copyOf(held, held.length - 1);
    }
    return held;
  }

  /** True when {@code object} is the monitor the blocked thread waits for. */
  static boolean isAwaited(ThreadInfo info, Object object) {
    LockInfo lock = info.getLockInfo();
    return lock != null
        && object != null
        && System.identityHashCode(object) == lock.getIdentityHashCode();
  }

  /** The node of the lock the thread waits for, among what its owner holds, or null. */
  static LockNode awaitedNode(ThreadInfo info) {
    LockInfo lock = info.getLockInfo();
    ThreadState owner =
        lock == null || info.getLockOwnerId() < 0
            ? null
            : ThreadRegistry.byId(info.getLockOwnerId());
    if (owner == null) {
      return null;
    }
    Object[] held = owner.locks().held().objectsSnapshot();
    LockNode[] nodes = owner.locks().held().nodesSnapshot();
    for (int i = 0; i < held.length && i < nodes.length; i++) {
      if (held[i] != null && System.identityHashCode(held[i]) == lock.getIdentityHashCode()) {
        return nodes[i];
      }
    }
    return null;
  }
}
