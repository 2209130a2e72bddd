package io.lockwatch.agent.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What identifies a {@code java.util.concurrent.locks.Lock} in the lock-order graph. The read lock
 * and the write lock of one {@code ReentrantReadWriteLock} are one node (they block each other),
 * so both map to their shared {@code sync} object; every other lock is its own key.
 *
 * <p>Reading {@code sync} needs {@code java.util.concurrent.locks} opened to the agent (done at
 * start-up through {@code Instrumentation.redefineModule}); when that fails, each half is its own
 * node and the failure is counted.
 */
public final class LockKeys {
  private static volatile MethodHandle readSync;
  private static volatile MethodHandle writeSync;

  private LockKeys() {}

  /** Prepares the accessors; returns null on success or the reason it failed. */
  public static String initialise() {
    try {
      readSync = syncGetter(ReentrantReadWriteLock.ReadLock.class);
      writeSync = syncGetter(ReentrantReadWriteLock.WriteLock.class);
      return null;
    } catch (Throwable failure) {
      return failure.toString();
    }
  }

  private static MethodHandle syncGetter(Class<?> half) throws ReflectiveOperationException {
    Field sync = half.getDeclaredField("sync");
    sync.setAccessible(true);
    return MethodHandles.lookup()
        .unreflectGetter(sync)
        .asType(MethodType.methodType(Object.class, Object.class));
  }

  /** The graph identity of {@code lock}. */
  static Object keyOf(Object lock) throws Throwable {
    if (lock instanceof ReentrantReadWriteLock.ReadLock) {
      MethodHandle getter = readSync;
      return getter == null ? lock : (Object) getter.invokeExact(lock);
    }
    if (lock instanceof ReentrantReadWriteLock.WriteLock) {
      MethodHandle getter = writeSync;
      return getter == null ? lock : (Object) getter.invokeExact(lock);
    }
    return lock;
  }

  /** The share mode {@code lock} is taken in. */
  static byte shareOf(Object lock) {
    if (lock instanceof ReentrantReadWriteLock.ReadLock) {
      return HeldLocks.READ;
    }
    if (lock instanceof ReentrantReadWriteLock.WriteLock) {
      return HeldLocks.WRITE;
    }
    return HeldLocks.EXCLUSIVE;
  }

  static byte kindOf(Object lock) {
    return lock instanceof ReentrantReadWriteLock.ReadLock
            || lock instanceof ReentrantReadWriteLock.WriteLock
        ? LockNode.KIND_READ_WRITE
        : LockNode.KIND_LOCK;
  }

  static Class<?> typeOf(Object lock) {
    return kindOf(lock) == LockNode.KIND_READ_WRITE ? ReentrantReadWriteLock.class : lock.getClass();
  }
}
