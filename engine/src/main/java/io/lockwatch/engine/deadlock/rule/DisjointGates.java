package io.lockwatch.engine.deadlock.rule;

import io.lockwatch.engine.deadlock.LockKind;
import java.util.List;

/**
 * No two steps of a cycle were taken under a common exclusive lock (a gate): two threads that both
 * need the gate are never inside it together, so they cannot be stuck in each other's locks. A read
 * lock shared by both is no gate, and neither is a semaphore of several permits (several threads
 * hold it at once); a semaphore of one permit is, unless it is a signal (its permit is handed
 * between threads, not held, so it keeps nobody out).
 */
public final class DisjointGates implements ExtensionRule {
  @Override
  public String name() {
    return "gateLock";
  }

  @Override
  public boolean admits(List<? extends Step> chain, Step next, LockFacts locks) {
    for (Step step : chain) {
      if (shareGate(step.gates(), next.gates(), locks)) {
        return false;
      }
    }
    return true;
  }

  /** True when the sorted gate lists share a lock that excludes other holders. */
  static boolean shareGate(int[] a, int[] b, LockFacts locks) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        if (excludes(a[i], locks)) {
          return true;
        }
        i++;
        j++;
      }
    }
    return false;
  }

  private static boolean excludes(int lock, LockFacts locks) {
    if (locks.kind(lock) != LockKind.SEMAPHORE) {
      return true;
    }
    return locks.permits(lock) == 1 && !locks.signal(lock);
  }
}
