package io.lockwatch.agent.instrument;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
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
 * Byte Buddy's {@link TypePool}, never by loading classes. One pool and one answer cache per class
 * loader, dropped with the loader.
 */
final class TypeHierarchy {
  private static final class PerLoader {
    final TypePool pool;
    final Map<String, Boolean> answers = new HashMap<>();
    final Map<String, FieldTarget> fields = new HashMap<>();

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

  /** The declaration of field {@code name} as seen through class {@code owner}, or null. */
  synchronized FieldTarget field(String owner, String name, ClassLoader loader) {
    PerLoader perLoader = loaders.computeIfAbsent(loader, PerLoader::new);
    String key = owner + "." + name;
    if (perLoader.fields.containsKey(key)) {
      return perLoader.fields.get(key);
    }
    FieldTarget target = resolveField(perLoader.pool, owner, name);
    perLoader.fields.put(key, target);
    return target;
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
