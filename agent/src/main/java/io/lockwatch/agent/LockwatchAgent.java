package io.lockwatch.agent;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The agent's entry point, the one agent class on the system class path (with the bridge it appends
 * to the bootstrap class path and the loader of the rest). It puts the bridge in place, makes the
 * {@link AgentClassLoader} that sees the classes hidden in the agent jar, and hands the options and
 * {@link Instrumentation} to {@code AgentStartup} there, reflectively, once.
 *
 * <p>It must not mention the bridge classes or any class of the agent proper: the first have to be
 * loaded from the bootstrap class path, the others from the agent class loader.
 */
public final class LockwatchAgent {
  /** The real start-up, inside the agent class loader. */
  static final String STARTUP = "io.lockwatch.agent.AgentStartup";

  /** The one agent class loader of this JVM: a second attach reuses it (and its runtime). */
  private static AgentClassLoader loader;

  private LockwatchAgent() {}

  /** Starts the agent before {@code main} ({@code -javaagent}). */
  public static void premain(String arguments, Instrumentation instrumentation) {
    start(arguments, instrumentation, false);
  }

  /** Starts the agent in a running JVM (attach). */
  public static void agentmain(String arguments, Instrumentation instrumentation) {
    start(arguments, instrumentation, true);
  }

  private static synchronized void start(
      String arguments, Instrumentation instrumentation, boolean attached) {
    Method startup;
    try {
      BootstrapBridge.inject(instrumentation);
      if (loader == null) {
        loader = new AgentClassLoader(BootstrapBridge.codeSource());
      }
      startup =
          Class.forName(STARTUP, true, loader)
              .getMethod("start", String.class, Instrumentation.class, boolean.class);
    } catch (Throwable failure) {
      inactive(failure);
      return;
    }
    try {
      startup.invoke(null, arguments, instrumentation, attached);
    } catch (InvocationTargetException thrown) {
      inactive(thrown.getCause());
    } catch (Throwable failure) {
      inactive(failure);
    }
  }

  private static void inactive(Throwable failure) {
    System.err.println("[lockwatch] ERROR the agent could not start and is inactive: " + failure);
  }
}
