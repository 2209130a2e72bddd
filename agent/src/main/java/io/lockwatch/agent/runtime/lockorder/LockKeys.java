package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.bridge.EventSink;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

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
    // the views of StampedLock.asReadLock() and asWriteLock() are package-private inner classes
    static final Class<?> STAMPED_READ_VIEW = stampedView("ReadLockView");
    static final Class<?> STAMPED_WRITE_VIEW = stampedView("WriteLockView");
    static final MethodHandle STAMPED_READ_OWNER = viewOwner(STAMPED_READ_VIEW);
    static final MethodHandle STAMPED_WRITE_OWNER = viewOwner(STAMPED_WRITE_VIEW);
    static volatile String problem;

    private static Class<?> stampedView(String name) {
      for (Class<?> inner : StampedLock.class.getDeclaredClasses()) {
        if (inner.getSimpleName().equals(name)) {
          return inner;
        }
      }
      problem = "StampedLock." + name + ": not found";
      return null;
    }

    private static MethodHandle viewOwner(Class<?> view) {
      return view == null ? null : getter(view, "this$0");
    }

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
    if (lock instanceof StampedLock) {
      return lock;
    }
    Class<?> type = lock.getClass();
    if (type == Accessors.STAMPED_READ_VIEW) {
      MethodHandle getter = Accessors.STAMPED_READ_OWNER;
      return getter == null ? lock : (Object) getter.invokeExact(lock);
    }
    if (type == Accessors.STAMPED_WRITE_VIEW) {
      MethodHandle getter = Accessors.STAMPED_WRITE_OWNER;
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

  /**
   * The share mode {@code lock} is taken in, one of {@link HeldLocks}' share modes: from the {@code
   * mode}'s share bits when it has them (a {@code StampedLock}), else from the lock's type.
   */
  public static byte shareOf(Object lock, int mode) {
    if ((mode & EventSink.SHARE_WRITE) != 0) {
      return HeldLocks.WRITE;
    }
    if ((mode & EventSink.SHARE_READ) != 0) {
      return HeldLocks.READ;
    }
    if (lock instanceof ReentrantReadWriteLock.ReadLock
        || lock.getClass() == Accessors.STAMPED_READ_VIEW) {
      return HeldLocks.READ;
    }
    if (lock instanceof ReentrantReadWriteLock.WriteLock
        || lock.getClass() == Accessors.STAMPED_WRITE_VIEW) {
      return HeldLocks.WRITE;
    }
    return HeldLocks.EXCLUSIVE;
  }

  static byte kindOf(Object lock) {
    if (lock instanceof ReentrantReadWriteLock.ReadLock
        || lock instanceof ReentrantReadWriteLock.WriteLock) {
      return LockNode.KIND_READ_WRITE;
    }
    if (lock instanceof StampedLock
        || lock.getClass() == Accessors.STAMPED_READ_VIEW
        || lock.getClass() == Accessors.STAMPED_WRITE_VIEW) {
      return LockNode.KIND_STAMPED;
    }
    return LockNode.KIND_LOCK;
  }

  static Class<?> typeOf(Object lock) {
    return switch (kindOf(lock)) {
      case LockNode.KIND_READ_WRITE -> ReentrantReadWriteLock.class;
      case LockNode.KIND_STAMPED -> StampedLock.class;
      default -> lock.getClass();
    };
  }
}
