package io.lockwatch.bench;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A way of running a workload: plain, or under the agent with one more option.
 *
 * @param key the name on the command line ({@code --configs}) and in the runs table
 * @param label the name in the summary table
 * @param agentOption the agent option this configuration stands for; null for plain
 */
record Config(String key, String label, String agentOption) {

  /** No agent. */
  static final Config PLAIN = new Config("plain", "plain", null);

  /** The agent without race detection. */
  static final Config RACES_OFF = new Config("off", "races=off", "races=off");

  /** The agent with race detection. */
  static final Config RACES_ON = new Config("on", "races=on", "races=on");

  /** The agent with predictive race detection (WCP); not run unless asked for. */
  static final Config RACES_PREDICT = new Config("predict", "races=predict", "races=predict");

  /**
   * The agent with sampled race detection (LiteRace's cold/hot split); not run unless asked for.
   */
  static final Config RACES_SAMPLE = new Config("sample", "races=sample", "races=sample");

  /** Every configuration, in the order the harness interleaves them. */
  static final List<Config> ALL = List.of(PLAIN, RACES_OFF, RACES_ON, RACES_PREDICT, RACES_SAMPLE);

  /** The configurations run when none is asked for (the harness's default {@code --configs}). */
  static final List<Config> DEFAULTS = List.of(PLAIN, RACES_OFF, RACES_ON);

  /** Whether this configuration runs without the agent. */
  boolean plain() {
    return agentOption == null;
  }

  /** Whether {@code key} names a configuration. */
  static boolean known(String key) {
    return ALL.stream().anyMatch(c -> c.key.equals(key));
  }

  /** The configurations whose keys are in {@code keys}, in the order of {@link #ALL}. */
  static List<Config> selected(Collection<String> keys) {
    return ALL.stream().filter(c -> keys.contains(c.key)).collect(Collectors.toList());
  }
}
