package io.lockwatch.agent.instrument.jdk;

import io.lockwatch.agent.instrument.Instrumenter;
import io.lockwatch.agent.instrument.RewriteStores;
import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.bridge.JdkHooks;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Installs the {@link JdkTransformer}: makes the JDK modules whose classes it rewrites read the
 * bridge's module (the bootstrap loader's unnamed module, where the bridge classes live), registers
 * the transformer, and retransforms the classes it rewrites that are loaded already (most are, by
 * the time an agent starts).
 */
public final class JdkInstrumenter {
  private JdkInstrumenter() {}

  /**
   * Installs the transformer for {@code context}'s stores; {@code dumpDirectory} (or null) gets the
   * rewritten class files. Returns false, with the reason counted, when the JDK cannot be made to
   * see the bridge (then no JDK class is touched).
   */
  public static boolean install(
      Instrumentation instrumentation, AgentContext context, Path dumpDirectory) {
    AgentErrors errors = context.errors();
    if (!readBridge(instrumentation, errors)) {
      return false;
    }
    JdkTransformer transformer =
        new JdkTransformer(RewriteStores.of(context, dumpDirectory), context.settings().races());
    instrumentation.addTransformer(transformer, true);
    Instrumenter.retransformLoaded(
        instrumentation,
        type -> transformer.instruments(type.getName().replace('.', '/'), type.getClassLoader()),
        errors);
    return true;
  }

  /** Lets {@code java.base} and {@code java.logging} read the module of the bridge. */
  private static boolean readBridge(Instrumentation instrumentation, AgentErrors errors) {
    Module bridge = JdkHooks.class.getModule();
    try {
      for (String name : List.of("java.base", "java.logging")) {
        Module module = ModuleLayer.boot().findModule(name).orElse(null);
        if (module != null && !module.canRead(bridge)) {
          instrumentation.redefineModule(
              module, Set.of(bridge), Map.of(), Map.of(), Set.of(), Map.of());
        }
      }
      return true;
    } catch (RuntimeException failure) {
      errors.record("startup", "redefineModule", failure);
      return false;
    }
  }
}
