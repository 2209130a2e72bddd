package io.lockwatch.bench;

import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.RunningJvm;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides once, before the benchmark, how each configuration runs: starts the trivial {@code Probe}
 * main under the agent with the configuration's options and sees whether the agent accepts them. An
 * agent that does not know {@code races} at all runs the {@code races=off} row with its defaults
 * (an agent without race detection is "races off"), marked with a footnote.
 */
final class AgentProbe {

  /** What the agent prints, with exit code 2, when it rejects an option. */
  static final Pattern UNKNOWN_OPTION = Pattern.compile("\\[lockwatch] ERROR unknown option");

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(120);

  private final ChildJvms children;
  private final String agentExtra;

  /**
   * @param children the children; the probe's report and output go to their runs directory
   * @param agentExtra {@code --agent-options}, added to every agent configuration
   */
  AgentProbe(ChildJvms children, String agentExtra) {
    this.children = children;
    this.agentExtra = agentExtra;
  }

  /** How each of {@code configs} runs, by key, in order; logs each decision on stderr. */
  Map<String, ResolvedConfig> resolve(List<Config> configs) {
    Map<String, ResolvedConfig> resolved = new LinkedHashMap<>();
    for (Config c : configs) {
      if (c.plain()) {
        resolved.put(c.key(), ResolvedConfig.asAsked(c, null));
        continue;
      }
      if (!Files.isRegularFile(children.agent())) {
        resolved.put(
            c.key(), ResolvedConfig.unavailable(c, "agent jar " + children.agent() + " missing"));
        continue;
      }
      ResolvedConfig r = resolveAgent(c);
      resolved.put(c.key(), r);
      System.err.println(
          "harness: "
              + c.label()
              + (r.available()
                  ? " -> agent options '" + r.agentOptions() + "'"
                  : " -> n/a: " + r.footnote())
              + (r.fallback() ? " (fallback)" : ""));
    }
    return resolved;
  }

  private ResolvedConfig resolveAgent(Config c) {
    String opts = ChildJvms.joinOptions(c.agentOption(), agentExtra);
    Optional<String> rejected = probe(opts);
    if (rejected.isEmpty()) {
      return ResolvedConfig.asAsked(c, opts);
    }
    String verdict = rejected.get();
    if (c == Config.RACES_OFF
        && verdict.startsWith("unknown option")
        && probe(agentExtra).isEmpty()) {
      // An agent without race detection: races=off is what it always does. Run it with its
      // defaults and say so, rather than leave the agent unmeasured.
      return new ResolvedConfig(
          c,
          agentExtra,
          true,
          "this agent rejects `races=off` ("
              + verdict
              + "); the row is the agent with its default options, which has no race detection");
    }
    return ResolvedConfig.unavailable(c, verdict);
  }

  /**
   * Empty when the agent starts with these options; else why not, read in its standard error, then
   * its standard output.
   */
  private Optional<String> probe(String agentOptions) {
    try (RunningJvm jvm = children.probe(agentOptions).start()) {
      if (!jvm.endsWithin(PROBE_TIMEOUT)) {
        return Optional.of("probe timed out"); // closing the handle kills it
      }
      AgentJvmResult run = jvm.awaitExit(Duration.ZERO);
      return rejection(run.exitCode(), run.stderr() + run.stdout());
    }
  }

  /**
   * Why a probe with this exit code and output failed: the agent's own "unknown option ..." line
   * (without its prefix), or its exit code and first line; empty when it ran and printed {@code
   * PROBE ok}.
   */
  static Optional<String> rejection(int exitCode, String output) {
    Matcher unknown = UNKNOWN_OPTION.matcher(output);
    if (exitCode == 2 && unknown.find()) {
      String line = output.substring(unknown.start()).lines().findFirst().orElse("");
      return Optional.of(line.replace("[lockwatch] ERROR ", ""));
    }
    if (exitCode != 0 || !output.contains("PROBE ok")) {
      return Optional.of(
          "agent probe exited " + exitCode + ": " + output.strip().lines().findFirst().orElse(""));
    }
    return Optional.empty();
  }
}
