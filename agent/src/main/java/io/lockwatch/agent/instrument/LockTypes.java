package io.lockwatch.agent.instrument;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;

/**
 * Answers "is this class a subtype of that JDK type?" for call owners the instrumentation meets
 * (an application's own {@code Lock}, a {@code Thread} subclass), by reading class files through
 * Byte Buddy's {@link TypePool}, never by loading classes. One pool and one answer cache per class
 * loader, dropped with the loader.
 */
final class LockTypes {
  private static final class PerLoader {
    final TypePool pool;
    final Map<String, Boolean> answers = new HashMap<>();

    PerLoader(ClassLoader loader) {
      pool = TypePool.Default.WithLazyResolution.of(ClassFileLocator.ForClassLoader.of(loader));
    }
  }

  private final Map<ClassLoader, PerLoader> loaders = new WeakHashMap<>();

  synchronized boolean isSubtype(String owner, String superType, ClassLoader loader) {
    PerLoader perLoader = loaders.computeIfAbsent(loader, PerLoader::new);
    return perLoader.answers.computeIfAbsent(
        owner + "<" + superType, k -> resolve(perLoader.pool, owner, superType));
  }

  private static boolean resolve(TypePool pool, String owner, String superType) {
    try {
      TypePool.Resolution type = pool.describe(owner.replace('/', '.'));
      TypePool.Resolution target = pool.describe(superType.replace('/', '.'));
      return type.isResolved()
          && target.isResolved()
          && type.resolve().isAssignableTo(target.resolve());
    } catch (RuntimeException | LinkageError unresolvable) {
      return false; // a type we cannot read is not one we can reason about
    }
  }
}
