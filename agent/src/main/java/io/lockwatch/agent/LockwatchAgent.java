package io.lockwatch.agent;

import java.lang.instrument.Instrumentation;

/**
 * The agent's entry point. Does as little as possible and never lets a failure escape, except for
 * bad options, which stop the JVM at start with one clear line.
 *
 * <p>It must not mention the bridge classes: they have to be loaded from the bootstrap class path,
 * which {@link BootstrapBridge#inject} prepares before {@link AgentRuntime} is first touched.
 */
public final class LockwatchAgent {
  /** Exit status of a JVM stopped for bad agent options. */
  static final int BAD_OPTIONS_EXIT = 2;

  private LockwatchAgent() {}

  public static void premain(String arguments, Instrumentation instrumentation) {
    start(arguments, instrumentation, false);
  }

  public static void agentmain(String arguments, Instrumentation instrumentation) {
    start(arguments, instrumentation, true);
  }

  private static void start(String arguments, Instrumentation instrumentation, boolean attached) {
    AgentOptions options;
    try {
      options = AgentOptions.parse(arguments);
    } catch (OptionException bad) {
      System.err.println("[lockwatch] ERROR " + bad.getMessage());
      if (!attached) {
        System.exit(BAD_OPTIONS_EXIT);
      }
      return;
    }
    try {
      BootstrapBridge.inject(instrumentation);
      AgentRuntime.start(options, instrumentation, attached);
    } catch (Throwable failure) {
      System.err.println("[lockwatch] ERROR the agent could not start and is inactive: " + failure);
    }
  }
}
