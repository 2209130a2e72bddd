package io.lockwatch.agent.watchdog;

import io.lockwatch.agent.runtime.ThreadRegistry;
import io.lockwatch.agent.runtime.ThreadState;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockTable;
import io.lockwatch.bridge.SyncOp;
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

/**
 * The agent's wait-for graph of threads: who waits for whom, through the locks the JVM knows the
 * owners of and through the semaphore permits the agent sees held. A cycle through a semaphore is a
 * deadlock the JVM's own detector cannot see.
 */
final class WaitForGraph {
  private WaitForGraph() {}

  /** A cycle of the wait-for graph through at least one semaphore, as thread ids, or empty. */
  static Set<Long> semaphoreCycle(ThreadMXBean threads, LockTable locks) {
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
        waitsFor
            .computeIfAbsent(info.getThreadId(), k -> new HashSet<>())
            .add(info.getLockOwnerId());
      }
    }
    for (ThreadState waiter : states) {
      Object target = waiter.waitingFor();
      if (target == null || !isSemaphoreWait(waiter.waitingOp())) {
        continue;
      }
      LockNode semaphore = locks.nodeFor(target, LockNode.KIND_SEMAPHORE, target.getClass(), 0);
      for (ThreadState holder : states) {
        if (holder != waiter
            && Arrays.asList(holder.locks().held().nodesSnapshot()).contains(semaphore)) {
          waitsFor.computeIfAbsent(waiter.threadId(), k -> new HashSet<>()).add(holder.threadId());
        }
      }
    }
    return findCycle(waitsFor);
  }

  /** True for a wait for a semaphore permit that can last forever. */
  static boolean isSemaphoreWait(int op) {
    return op == SyncOp.SEMAPHORE_ACQUIRE || op == SyncOp.SEMAPHORE_TIMED_ACQUIRE;
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

  private static Set<Long> visit(
      Long node, Map<Long, Set<Long>> edges, Map<Long, Integer> colour, List<Long> path) {
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
}
