package io.lockwatch.bridge;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * {@code Lock} calls that application code makes without a plain {@code invokeinterface} or {@code
 * invokevirtual}: through a method reference ({@code lock::unlock}, whose {@code invokedynamic} the
 * instrumentation points here, the site first), or through a method handle that the code looks up
 * ({@code findVirtual}, {@code unreflect}, {@code bind}: what Groovy's dynamic call sites do). Each
 * ends in {@link LockHooks}' entry points, so such a lock is seen like any other, for lock order
 * and for happens-before. A handle for any other method is the one the lookup returned.
 */
public final class HandleHooks {
  private static final MethodHandle LOCK;
  private static final MethodHandle LOCK_INTERRUPTIBLY;
  private static final MethodHandle TRY_LOCK;
  private static final MethodHandle TRY_LOCK_TIMED;
  private static final MethodHandle UNLOCK;

  static {
    try {
      MethodHandles.Lookup own = MethodHandles.lookup();
      LOCK = own.findStatic(HandleHooks.class, "lock", siteFirst(void.class));
      LOCK_INTERRUPTIBLY =
          own.findStatic(HandleHooks.class, "lockInterruptibly", siteFirst(void.class));
      TRY_LOCK = own.findStatic(HandleHooks.class, "tryLock", siteFirst(boolean.class));
      TRY_LOCK_TIMED =
          own.findStatic(
              HandleHooks.class, "tryLock", siteFirst(boolean.class, long.class, TimeUnit.class));
      UNLOCK = own.findStatic(HandleHooks.class, "unlock", siteFirst(void.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private HandleHooks() {}

  private static MethodType siteFirst(Class<?> result, Class<?>... more) {
    return MethodType.methodType(result, int.class, Lock.class).appendParameterTypes(more);
  }

  /** {@code lock::lock}. */
  public static void lock(int site, Lock lock) {
    LockHooks.lock(lock, site);
  }

  /** {@code lock::lockInterruptibly}. */
  public static void lockInterruptibly(int site, Lock lock) throws InterruptedException {
    LockHooks.lockInterruptibly(lock, site);
  }

  /** {@code lock::tryLock}. */
  public static boolean tryLock(int site, Lock lock) {
    return LockHooks.tryLock(lock, site);
  }

  /** {@code tryLock(time, unit)} through a handle (never a method reference, so not public). */
  private static boolean tryLock(int site, Lock lock, long time, TimeUnit unit)
      throws InterruptedException {
    return LockHooks.tryLock(lock, time, unit, site);
  }

  /** {@code lock::unlock}. */
  public static void unlock(int site, Lock lock) {
    LockHooks.unlock(lock, site);
  }

  /** {@code lookup.findVirtual(type, name, methodType)}. */
  public static MethodHandle findVirtual(
      MethodHandles.Lookup lookup, Class<?> type, String name, MethodType methodType, int site)
      throws NoSuchMethodException, IllegalAccessException {
    MethodHandle found = lookup.findVirtual(type, name, methodType);
    return Lock.class.isAssignableFrom(type) ? reporting(found, name, methodType, site) : found;
  }

  /** {@code lookup.unreflect(method)}. */
  public static MethodHandle unreflect(MethodHandles.Lookup lookup, Method method, int site)
      throws IllegalAccessException {
    MethodHandle found = lookup.unreflect(method);
    if (method == null
        || Modifier.isStatic(method.getModifiers())
        || !Lock.class.isAssignableFrom(method.getDeclaringClass())) {
      return found;
    }
    MethodType type = MethodType.methodType(method.getReturnType(), method.getParameterTypes());
    return reporting(found, method.getName(), type, site);
  }

  /** {@code lookup.bind(receiver, name, methodType)}. */
  public static MethodHandle bind(
      MethodHandles.Lookup lookup, Object receiver, String name, MethodType methodType, int site)
      throws NoSuchMethodException, IllegalAccessException {
    MethodHandle found = lookup.bind(receiver, name, methodType);
    MethodHandle hook = receiver instanceof Lock ? hookFor(name, methodType) : null;
    if (hook == null) {
      return found;
    }
    try {
      return MethodHandles.insertArguments(hook, 0, site, receiver).asType(found.type());
    } catch (RuntimeException cannot) {
      return found;
    }
  }

  /** A handle that does what {@code found} does through LockHooks, or {@code found} itself. */
  private static MethodHandle reporting(
      MethodHandle found, String name, MethodType type, int site) {
    MethodHandle hook = hookFor(name, type);
    if (hook == null || found == null) {
      return found;
    }
    try {
      return MethodHandles.insertArguments(hook, 0, site).asType(found.type());
    } catch (RuntimeException cannot) {
      return found; // never break the program over a handle we could not adapt
    }
  }

  private static MethodHandle hookFor(String name, MethodType type) {
    return switch (name + type.toMethodDescriptorString()) {
      case "lock()V" -> LOCK;
      case "lockInterruptibly()V" -> LOCK_INTERRUPTIBLY;
      case "tryLock()Z" -> TRY_LOCK;
      case "tryLock(JLjava/util/concurrent/TimeUnit;)Z" -> TRY_LOCK_TIMED;
      case "unlock()V" -> UNLOCK;
      default -> null;
    };
  }
}
