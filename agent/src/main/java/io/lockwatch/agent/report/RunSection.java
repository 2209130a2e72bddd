package io.lockwatch.agent.report;

import io.lockwatch.report.model.RunInfo;
import java.time.Instant;

/** The run: agent and JVM versions, the command, the process, when, why, and the options. */
final class RunSection {
  private RunSection() {}

  static RunInfo of(ReportSettings settings, String reason) {
    return new RunInfo(
        AgentVersion.get(),
        System.getProperty("java.version"),
        System.getProperty("java.vendor"),
        System.getProperty("sun.java.command", ""),
        ProcessHandle.current().pid(),
        settings.startedAt().toString(),
        Instant.now().toString(),
        reason,
        settings.options());
  }
}
