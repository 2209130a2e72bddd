package io.lockwatch.agent.runtime.lockorder;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What identifies a {@code java.util.concurrent.locks.Lock} in the lock table. The JDK locks are
 * keyed by their internal synchronizer: the read and write halves of one {@code
 * ReentrantReadWriteLock} share it (they block each other), and a {@code Condition} knows it too,
 * so "which lock does this await release?" has an exact answer. Any other lock is its own key.
 *
 * <p>Reading those private fields needs {@code java.util.concurrent.locks} opened to the agent
 * (done at start-up through {@code Instrumentation.redefineModule}); when that fails, each lock
 * object is its own key and the failure is counted.
 */
public final class LockKeys {
  /**
   * The accessors, as constants the JIT can inline. This class is initialised on first use, after
   * start-up opened the package; a field it cannot read stays null and that lock is its own key.
   */
  private static final class Accessors {
    static final MethodHandle REENTRANT_SYNC = getter(ReentrantLock.class, "sync");
    static final MethodHandle READ_SYNC = getter(ReentrantReadWriteLock.ReadLock.class, "sync");
    static final MethodHandle WRITE_SYNC = getter(ReentrantReadWriteLock.WriteLock.class, "sync");
    static final MethodHandle READ_WRITE_SYNC = getter(ReentrantReadWriteLock.class, "sync");
    static final MethodHandle CONDITION_OWNER =
        getter(AbstractQueuedSynchronizer.ConditionObject.class, "this$0");
    static volatile String problem;

    private static MethodHandle getter(Class<?> owner, String field) {
      try {
        Field f = owner.getDeclaredField(field);
        f.setAccessible(true);
        return MethodHandles.lookup()
            .unreflectGetter(f)
            .asType(MethodType.methodType(Object.class, Object.class));
      } catch (Throwable failure) {
        problem = owner.getName() + "." + field + ": " + failure;
        return null;
      }
    }
  }

  private LockKeys() {}

  /** Prepares the accessors; returns null on success or the reason it failed. */
  public static String initialise() {
    return Accessors.problem; // reading it initialises all the accessors
  }

  /** The identity of {@code lock} in the lock table: its synchronizer, or the lock itself. */
  public static Object keyOf(Object lock) throws Throwable {
    if (lock instanceof ReentrantLock) {
      MethodHandle getter = Accessors.REENTRANT_SYNC;
      return getter == null ? lock : (Object) getter.invokeExact(lock);
    }
    if (lock instanceof ReentrantReadWriteLock.ReadLock) {
      MethodHandle getter = Accessors.READ_SYNC;
      return getter == null ? lock : (Object) getter.invokeExact(lock);
    }
    if (lock instanceof ReentrantReadWriteLock.WriteLock) {
      MethodHandle getter = Accessors.WRITE_SYNC;
      return getter == null ? lock : (Object) getter.invokeExact(lock);
    }
    return lock;
  }

  /**
   * The graph identity of a lock just constructed: a {@code ReentrantReadWriteLock} is keyed by its
   * synchronizer, like its two halves; anything else as {@link #keyOf}.
   */
  static Object keyOfCreated(Object lock) throws Throwable {
    if (lock instanceof ReentrantReadWriteLock) {
      MethodHandle getter = Accessors.READ_WRITE_SYNC;
      return getter == null ? lock : (Object) getter.invokeExact(lock);
    }
    return keyOf(lock);
  }

  /** The key of the lock a condition belongs to, or null when it cannot be known. */
  public static Object lockKeyOfCondition(Object condition) throws Throwable {
    MethodHandle getter = Accessors.CONDITION_OWNER;
    if (getter != null && condition instanceof AbstractQueuedSynchronizer.ConditionObject) {
      return (Object) getter.invokeExact(condition);
    }
    return null;
  }

  /** The share mode {@code lock} is taken in, one of {@link HeldLocks}' share modes. */
  public static byte shareOf(Object lock) {
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
    return kindOf(lock) == LockNode.KIND_READ_WRITE
        ? ReentrantReadWriteLock.class
        : lock.getClass();
  }
}
