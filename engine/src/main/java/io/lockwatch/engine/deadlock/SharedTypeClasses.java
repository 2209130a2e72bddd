package io.lockwatch.engine.deadlock;

import java.util.List;

/**
 * Lock classes too wide to predict from. A lock class named by its runtime type alone gathers every
 * lock object of that type nobody read from a field; for an application's own types that is the
 * point (a thousand {@code Account}s), but a JDK type such as {@code ConcurrentHashMap}, {@code
 * PrintStream} or {@code Vector}, whose locks the JDK takes inside its own code, gathers the
 * unrelated maps and streams of every library in the process: a cycle between such classes is a
 * deadlock only when this run's objects close it, never a prediction.
 *
 * <p>{@code Object}, semaphores and the {@code java.util.concurrent.locks} types stay predictive:
 * they are locks the application chose and took itself.
 */
final class SharedTypeClasses {
  /** The name under which predictions ruled out by this are counted. */
  static final String NAME = "jdkTypeClass";

  private SharedTypeClasses() {}

  /** True when some step of the walk holds a lock of such a class. */
  static boolean throughOne(List<ClassDependency> walk, List<LockClass> classes) {
    for (ClassDependency d : walk) {
      if (isShared(classes.get(d.fromClass()).name())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a lock class that is a JDK type other than the lock types applications take, or the
   * internal lock of a JDK class ({@code java.util.concurrent.locks.ReentrantLock in
   * java.util.concurrent.LinkedBlockingQueue}: every such queue of every library).
   */
  static boolean isShared(String lockClass) {
    String owner = LockClass.internalOwner(lockClass);
    if (owner != null) {
      return isJdkName(owner);
    }
    return isJdkName(lockClass)
        && !lockClass.equals("java.lang.Object")
        && !lockClass.equals("java.util.concurrent.Semaphore")
        && !lockClass.startsWith("java.util.concurrent.locks.");
  }

  private static boolean isJdkName(String lockClass) {
    return lockClass.startsWith("java.")
        || lockClass.startsWith("javax.")
        || lockClass.startsWith("jdk.")
        || lockClass.startsWith("sun.")
        || lockClass.startsWith("com.sun.");
  }
}
