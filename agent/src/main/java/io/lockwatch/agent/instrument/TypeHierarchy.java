package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.field.FieldList;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.pool.TypePool;

/**
 * Questions about classes the instrumentation meets but is not rewriting: "is this call owner a
 * subtype of that JDK type?" (an application's own {@code Lock}, a {@code Thread} subclass) and
 * "which class declares this field, with which modifiers?". Answered by reading class files through
 * Byte Buddy's {@link TypePool}, never by loading classes.
 *
 * <p>Reading a class file calls the application's class loader ({@code getResourceAsStream}), from
 * inside class loading, where the loading thread may hold that loader's lock and others: so no lock
 * of the agent's is held meanwhile (an agent lock around it lets two loading threads deadlock each
 * other through a non-parallel-capable loader). One pool and two answer caches per class loader,
 * found without locking and held weakly (the loader by identity, the pool's locator by a weak
 * reference), so a loader that is dropped can be collected; the caches are bounded (the pool's is
 * softly held, the answers are dropped past a size). Two threads may answer the same question at
 * once: both get the same answer.
 */
final class TypeHierarchy {
  /** Past this many answers per loader and kind, the cache starts again. */
  private static final int MAX_ANSWERS = 8192;

  private static final class PerLoader {
    final TypePool pool;
    final Map<String, Boolean> answers = new ConcurrentHashMap<>();
    final Map<String, Optional<FieldTarget>> fields = new ConcurrentHashMap<>();

    PerLoader(ClassLoader loader) {
      pool =
          new TypePool.Default.WithLazyResolution(
              new TypePool.CacheProvider.Simple.UsingSoftReference(),
              ClassFileLocator.ForClassLoader.WeaklyReferenced.of(loader),
              TypePool.Default.ReaderMode.FAST);
    }
  }

  private final WeakIdentityTable<PerLoader> loaders = new WeakIdentityTable<>(p -> {});

  /** The bootstrap loader's (null, so not a key of the table). */
  private volatile PerLoader bootstrap;

  boolean isSubtype(String owner, String superType, ClassLoader loader) {
    PerLoader perLoader = of(loader);
    String key = owner + "<" + superType;
    Boolean known = perLoader.answers.get(key);
    if (known != null) {
      return known;
    }
    boolean answer = resolve(perLoader.pool, owner, superType); // no lock held: see above
    remember(perLoader.answers, key, answer);
    return answer;
  }

  /** The declaration of field {@code name} as seen through class {@code owner}, or null. */
  FieldTarget field(String owner, String name, ClassLoader loader) {
    PerLoader perLoader = of(loader);
    String key = owner + "." + name;
    Optional<FieldTarget> known = perLoader.fields.get(key);
    if (known != null) {
      return known.orElse(null);
    }
    FieldTarget target = resolveField(perLoader.pool, owner, name);
    remember(perLoader.fields, key, Optional.ofNullable(target));
    return target;
  }

  private PerLoader of(ClassLoader loader) {
    if (loader != null) {
      // the factory only wraps the loader in a weak reference: nothing of the application runs
      return loaders.computeIfAbsent(loader, () -> new PerLoader(loader));
    }
    PerLoader own = bootstrap;
    if (own == null) {
      own = new PerLoader(null); // two threads may make one each: either will do
      bootstrap = own;
    }
    return own;
  }

  private static <V> void remember(Map<String, V> answers, String key, V answer) {
    if (answers.size() >= MAX_ANSWERS) {
      answers.clear();
    }
    answers.putIfAbsent(key, answer);
  }

  private static FieldTarget resolveField(TypePool pool, String owner, String name) {
    try {
      TypePool.Resolution resolution = pool.describe(owner.replace('/', '.'));
      if (!resolution.isResolved()) {
        return null;
      }
      TypeDefinition type = resolution.resolve();
      while (type != null) {
        FieldList<?> found = type.getDeclaredFields().filter(ElementMatchers.named(name));
        if (!found.isEmpty()) {
          FieldDescription field = found.getOnly();
          return new FieldTarget(
              type.asErasure().getName(),
              field.isStatic(),
              field.isFinal(),
              field.isVolatile(),
              field.isSynthetic());
        }
        TypeDescription.Generic superClass = type.getSuperClass();
        type = superClass == null ? null : superClass.asErasure();
      }
      return null;
    } catch (RuntimeException | LinkageError unresolvable) {
      return null;
    }
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
