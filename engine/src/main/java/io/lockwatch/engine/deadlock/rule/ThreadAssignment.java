package io.lockwatch.engine.deadlock.rule;

import java.util.List;

/**
 * A distinct thread for every step of a chain, chosen among the threads that took each step (a
 * system of distinct representatives, found by backtracking: chains are short and a step has few
 * threads). One thread cannot deadlock with itself.
 */
public final class ThreadAssignment {
  private ThreadAssignment() {}

  /** A thread per step, all distinct, or null when there is none. */
  public static int[] of(List<? extends Step> steps) {
    int[] chosen = new int[steps.size()];
    return assign(steps, null, 0, chosen) ? chosen : null;
  }

  /** True when {@code steps} plus {@code next} can all have distinct threads. */
  public static boolean exists(List<? extends Step> steps, Step next) {
    int[] chosen = new int[steps.size() + 1];
    return assign(steps, next, 0, chosen);
  }

  private static boolean assign(List<? extends Step> steps, Step extra, int index, int[] chosen) {
    int total = steps.size() + (extra == null ? 0 : 1);
    if (index == total) {
      return true;
    }
    Step step = index < steps.size() ? steps.get(index) : extra;
    for (int thread : step.threads()) {
      if (taken(chosen, index, thread)) {
        continue;
      }
      chosen[index] = thread;
      if (assign(steps, extra, index + 1, chosen)) {
        return true;
      }
    }
    return false;
  }

  private static boolean taken(int[] chosen, int upTo, int thread) {
    for (int i = 0; i < upTo; i++) {
      if (chosen[i] == thread) {
        return true;
      }
    }
    return false;
  }
}
