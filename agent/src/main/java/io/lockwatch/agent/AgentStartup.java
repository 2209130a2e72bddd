package io.lockwatch.agent;

import io.lockwatch.agent.confirm.PredictedCycles;
import io.lockwatch.report.json.ReportFormatException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;

/**
 * The agent's real start-up, inside the agent class loader: {@link LockwatchAgent} (on the system
 * class path) calls {@link #start} reflectively, once, after the bridge is on the bootstrap class
 * path. Never lets a failure escape, except for bad options, which stop the JVM at start with one
 * clear line.
 *
 * <p>Nothing here may name {@link LockwatchAgent}, {@link BootstrapBridge} or {@link
 * AgentClassLoader}: they live on the system class path, which this class loader never sees.
 */
public final class AgentStartup {
  /** Exit status of a JVM stopped for bad agent options. */
  static final int BAD_OPTIONS_EXIT = 2;

  private AgentStartup() {}

  /**
   * Parses {@code arguments} and starts the agent; bad options print one line and stop the JVM
   * (only print, when {@code attached} to a running one).
   */
  public static void start(String arguments, Instrumentation instrumentation, boolean attached) {
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
