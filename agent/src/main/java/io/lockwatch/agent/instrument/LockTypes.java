package io.lockwatch.agent.instrument;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.locks.Lock;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;

/**
 * Answers "is this class a {@code java.util.concurrent.locks.Lock}?" for call owners the
 * instrumentation meets, by reading class files through Byte Buddy's {@link TypePool} (never by
 * loading classes). One pool per class loader, dropped with the loader.
 */
final class LockTypes {
  private final Map<ClassLoader, TypePool> pools = new WeakHashMap<>();

  /** True when {@code internalName}, as seen from {@code loader}, implements {@code Lock}. */
  boolean isLock(String internalName, ClassLoader loader) {
    try {
      TypePool.Resolution resolution = pool(loader).describe(internalName.replace('/', '.'));
      return resolution.isResolved() && resolution.resolve().isAssignableTo(Lock.class);
    } catch (RuntimeException | LinkageError unresolvable) {
      return false; // a type we cannot read is not a Lock we can reason about
    }
  }

  private synchronized TypePool pool(ClassLoader loader) {
    return pools.computeIfAbsent(
        loader, l -> TypePool.Default.WithLazyResolution.of(ClassFileLocator.ForClassLoader.of(l)));
  }
}
