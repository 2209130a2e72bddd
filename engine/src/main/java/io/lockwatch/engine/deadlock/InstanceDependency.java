package io.lockwatch.engine.deadlock;

import io.lockwatch.engine.deadlock.rule.Step;

/**
 * A {@link ClassDependency} as taken on particular lock objects: threads took lock {@link #to()}
 * while holding lock {@link #from()} and the exclusive locks {@link #gates()}.
 *
 * @param id a caller-chosen number that lets it find its own record of this fact (stacks, names)
 * @param shape the class dependency it is an instance of: sites, shares and wait are its
 * @param from the lock object held (an index in {@link DeadlockFacts#instances()})
 * @param to the lock object waited for
 * @param gates the exclusive lock objects held, {@code from} included when exclusive, sorted
 * @param threads the threads seen taking it, sorted
 * @param fromPermits for a semaphore held, the most permits of it one thread held
 */
public record InstanceDependency(
    int id, ClassDependency shape, int from, int to, int[] gates, int[] threads, int fromPermits)
    implements Step {

  @Override
  public Wait waitKind() {
    return shape.waitKind();
  }

  @Override
  public Share fromShare() {
    return shape.fromShare();
  }

  @Override
  public Share toShare() {
    return shape.toShare();
  }
}
