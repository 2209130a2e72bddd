package io.lockwatch.engine.deadlock;

import io.lockwatch.engine.deadlock.rule.Step;

/**
 * Some threads took a lock of class {@link #toClass()} at {@link #toSite()} while holding a lock of
 * class {@link #fromClass()} taken at {@link #fromSite()}, under exclusive locks of the classes
 * {@link #gates()}. One per distinct shape, whatever the number of objects: the set is bounded by
 * the code.
 *
 * @param id this dependency's number, its index in {@link DeadlockFacts#classDependencies()}
 * @param fromClass the class of the lock held
 * @param toClass the class of the lock waited for
 * @param fromSite the site where the held lock was taken (a caller's site id)
 * @param toSite the site of the acquisition
 * @param fromShare how the held lock was held
 * @param toShare how the lock was requested
 * @param waitKind how the thread waited
 * @param gates the classes of the exclusive locks held, sorted
 * @param threads the threads seen taking it, sorted (a caller may cap them)
 * @param fromPermits for a semaphore held, the most permits one thread held
 */
public record ClassDependency(
    int id,
    int fromClass,
    int toClass,
    int fromSite,
    int toSite,
    Share fromShare,
    Share toShare,
    Wait waitKind,
    int[] gates,
    int[] threads,
    int fromPermits)
    implements Step {

  @Override
  public int from() {
    return fromClass;
  }

  @Override
  public int to() {
    return toClass;
  }

  /** True when a lock class is nested in itself here (two accounts, say). */
  public boolean selfNested() {
    return fromClass == toClass;
  }
}
