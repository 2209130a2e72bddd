package io.lockwatch.maven;

import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code -javaagent:} option for the agent jar and its options, and the {@code argLine} that
 * carries it after whatever the property held before (so that JaCoCo's agent and ours coexist).
 */
final class AgentArgLine {
  private AgentArgLine() {}

  /**
   * {@code -javaagent:/repo/lockwatch-agent.jar=report=/t/lockwatch-%p.json,races=on}, quoted when
   * the jar's path or an option has a space in it.
   *
   * @param options the agent options in order; null values are left out
   */
  static String javaagent(File agentJar, Map<String, String> options) {
    String joined =
        options.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(e -> e.getKey().isEmpty() ? e.getValue().trim() : e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(","));
    String option =
        "-javaagent:" + agentJar.getAbsolutePath() + (joined.isEmpty() ? "" : "=" + joined);
    return quoted(option);
  }

  /** {@code existing} followed by {@code option}, or {@code option} alone when there is nothing. */
  static String appended(String existing, String option) {
    if (existing == null || existing.isBlank()) {
      return option;
    }
    return existing.trim() + " " + option;
  }

  /** Surefire splits its argLine at spaces: a word with a space in it goes in double quotes. */
  static String quoted(String word) {
    if (word.indexOf(' ') < 0 && word.indexOf('"') < 0) {
      return word;
    }
    return '"' + word.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
