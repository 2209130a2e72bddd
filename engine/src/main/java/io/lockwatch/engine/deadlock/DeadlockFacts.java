package io.lockwatch.engine.deadlock;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Everything the engine reads: the lock classes and their dependencies (always complete), and, from
 * an agent, the lock objects and their dependencies (empty when merging reports).
 *
 * @param lockClasses indexed by {@link LockClass#id()}
 * @param classDependencies indexed by {@link ClassDependency#id()}
 * @param instances indexed by {@link LockInstance#id()}
 * @param instanceDependencies the instance facts kept
 * @param instanceFactsDropped how many instance facts the caller had to drop (a memory budget):
 *     when non-zero, a lock class nested in itself may have an instance cycle nobody can see
 * @param siteKey the fingerprint key of a site id: stable across runs and edits that do not touch
 *     the lock code
 */
public record DeadlockFacts(
    List<LockClass> lockClasses,
    List<ClassDependency> classDependencies,
    List<LockInstance> instances,
    List<InstanceDependency> instanceDependencies,
    long instanceFactsDropped,
    IntFunction<String> siteKey) {

  /** Facts of lock classes only, as merged from reports. */
  public static DeadlockFacts ofClasses(
      List<LockClass> lockClasses,
      List<ClassDependency> classDependencies,
      IntFunction<String> siteKey) {
    return new DeadlockFacts(lockClasses, classDependencies, List.of(), List.of(), 0, siteKey);
  }
}
