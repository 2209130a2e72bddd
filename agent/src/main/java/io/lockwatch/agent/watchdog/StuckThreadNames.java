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
    String what = namedByOwner(lock, info.getLockOwnerId());
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
   * A thread blocked entering a monitor is already on the agent's held stack (the hook runs just
   * before {@code monitorenter}): that innermost monitor is what it waits for, not what it holds.
   */
  private static LockNode[] heldFor(ThreadInfo info, ThreadState state) {
    LockNode[] held = state.locks().held().nodesSnapshot();
    if (info.getThreadState() == Thread.State.BLOCKED
        && held.length > 0
        && held[held.length - 1] != null
        && held[held.length - 1].kind() == LockNode.KIND_MONITOR) {
      return Arrays.copyOf(held, held.length - 1);
    }
    return held;
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
    Object[] held = owner.locks().held().objectsSnapshot();
    LockNode[] nodes = owner.locks().held().nodesSnapshot();
    for (int i = 0; i < held.length && i < nodes.length; i++) {
      if (held[i] != null && System.identityHashCode(held[i]) == lock.getIdentityHashCode()) {
        return LockNames.name(nodes[i]);
      }
    }
    return null;
  }
}
