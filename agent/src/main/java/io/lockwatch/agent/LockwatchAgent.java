package io.lockwatch.agent;

import io.lockwatch.agent.confirm.PredictedCycles;
import io.lockwatch.report.json.ReportFormatException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;

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
    PredictedCycles predicted;
    try {
      options = AgentOptions.parse(arguments);
      predicted = predictedCycles(options.confirmReport());
    } catch (OptionException bad) {
      System.err.println("[lockwatch] ERROR " + bad.getMessage());
      if (!attached) {
        System.exit(BAD_OPTIONS_EXIT);
      }
      return;
    }
    try {
      BootstrapBridge.inject(instrumentation);
      AgentRuntime.start(options, predicted, instrumentation, attached);
    } catch (Throwable failure) {
      System.err.println("[lockwatch] ERROR the agent could not start and is inactive: " + failure);
    }
  }

  /** The cycles confirm mode steers towards, or null when it is off. */
  private static PredictedCycles predictedCycles(Path report) {
    if (report == null) {
      return null;
    }
    try {
      return PredictedCycles.read(report);
    } catch (ReportFormatException bad) {
      throw new OptionException(
          "option 'confirm' names '"
              + report
              + "', which is not a usable report: "
              + bad.getMessage());
    }
  }
}
