package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.support.AgentErrors;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Installs the {@link LockingTransformer} and, when the agent is attached to a running JVM,
 * retransforms the classes already loaded that the filter accepts.
 *
 * <p>Why not Byte Buddy's {@code AgentBuilder}: on this project's 2-core machines its start-up
 * alone cost about 3 s per JVM (it loads some 2,400 classes), and its per-class type descriptions
 * are work our purely ASM-level rewrite does not need. We use Byte Buddy's ASM and its {@code
 * TypePool}, without the builder.
 */
public final class Instrumenter {
  private Instrumenter() {}

  public static void install(
      Instrumentation instrumentation,
      ClassFilter filter,
      AgentContext context,
      java.nio.file.Path dumpDirectory,
      boolean retransformLoaded) {
    instrumentation.addTransformer(
        new LockingTransformer(
            filter,
            RewriteStores.of(context, dumpDirectory),
            context.settings().races(),
            context.settings().arrays(),
            context.settings().jdk()),
        true);
    if (retransformLoaded) {
      retransformLoaded(
          instrumentation,
          loaded -> filter.instruments(loaded.getName(), loaded.getClassLoader()),
          context.errors());
    }
  }

  /**
   * Retransforms the loaded classes {@code chosen} accepts (never arrays or hidden classes): all in
   * one call, since each call is a pause of the whole VM that walks every loaded class (18 calls
   * cost about 170 ms of start-up, one about 70); if that call fails, each on its own, so that a
   * class that cannot be is counted and the others still are.
   */
  public static void retransformLoaded(
      Instrumentation instrumentation, Predicate<Class<?>> chosen, AgentErrors errors) {
    List<Class<?>> candidates = new ArrayList<>();
    for (Class<?> loaded : instrumentation.getAllLoadedClasses()) {
      if (instrumentation.isModifiableClass(loaded)
          && !loaded.isArray()
          && !loaded.isHidden()
          && chosen.test(loaded)) {
        candidates.add(loaded);
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    try {
      instrumentation.retransformClasses(candidates.toArray(new Class<?>[0]));
      return;
    } catch (Throwable failure) {
      // one of them cannot be: none was, so each on its own below
    }
    for (Class<?> type : candidates) {
      try {
        instrumentation.retransformClasses(type);
      } catch (Throwable failure) {
        errors.record("instrumentation", type.getName(), failure);
      }
    }
  }
}
