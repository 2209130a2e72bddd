package io.lockwatch.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The harness's command line (documented in {@code benchmarks/README.md}), parsed by picocli.
 * Defaults that depend on {@code --quick} ({@code --reps}, {@code --timeout}) are resolved by the
 * accessors.
 */
@Command(
    name = "Harness",
    separator = " ",
    usageHelpWidth = 100,
    sortOptions = false,
    description =
        "Runs every benchmark workload plain, under the agent with races=off and with races=on,"
            + " and prints a markdown table (see benchmarks/README.md).")
final class HarnessOptions {

  @Option(
      names = "--quick",
      description = "1 repetition, short phases (a smoke run of a few minutes)")
  private boolean quick;

  @Option(
      names = "--reps",
      paramLabel = "N",
      description = "repetitions of every workload x configuration (default 3; 1 with --quick)")
  private Integer reps;

  @Option(
      names = "--churn-reps",
      paramLabel = "N",
      description =
          "repetitions of the lock-churn variants (workload 6), at most --reps (default 1: they"
              + " measure memory, which hardly varies, and take minutes under the agent)")
  private int churnReps = 1;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "NAME",
      description = "only the variants whose name starts with one of these (see --list)")
  private List<String> only = new ArrayList<>();

  @Option(
      names = "--configs",
      split = ",",
      paramLabel = "CONFIG",
      description =
          "which configurations to run: plain, off, on, predict, sample (default plain,off,on)")
  private List<String> configs = new ArrayList<>(List.of("plain", "off", "on"));

  @Option(
      names = "--java",
      paramLabel = "PATH",
      description = "the java for the children (default: the one running the harness)")
  private String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();

  @Option(
      names = "--agent",
      paramLabel = "JAR",
      description = "the agent jar (default agent/target/lockwatch-agent.jar)")
  private Path agent = Paths.get("agent/target/lockwatch-agent.jar");

  @Option(
      names = "--jar",
      paramLabel = "BENCHMARKS_JAR",
      description = "the benchmarks jar (default benchmarks/target/benchmarks.jar)")
  private Path jar = Paths.get("benchmarks/target/benchmarks.jar");

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "where the table goes (default benchmarks/target/results.md; results-runs.tsv beside it)")
  private Path out = Paths.get("benchmarks/target/results.md");

  @Option(
      names = "--runs-dir",
      paramLabel = "DIR",
      description =
          "where each child's stdout, stderr and report go (default benchmarks/target/runs)")
  private Path runsDir = Paths.get("benchmarks/target/runs");

  @Option(
      names = "--jvm-arg",
      paramLabel = "ARG",
      description =
          "extra child JVM flag for every configuration; {run} becomes the run's id, e.g."
              + " --jvm-arg -XX:StartFlightRecording=filename=/tmp/{run}.jfr,settings=profile")
  private List<String> jvmArgs = new ArrayList<>();

  @Option(
      names = "--agent-options",
      paramLabel = "k=v,..",
      description = "extra agent options appended to every agent configuration")
  private String agentExtra = "";

  @Option(
      names = "--timeout",
      paramLabel = "S",
      description = "kill a child after S seconds (default 300; 120 with --quick)")
  private Long timeoutSeconds;

  @Option(names = "--list", description = "list the variants and exit")
  private boolean list;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "show this help and exit")
  private boolean help;

  private HarnessOptions() {}

  /**
   * Parses the harness's arguments.
   *
   * @throws IllegalArgumentException with a one-line reason when they are unusable: an unknown
   *     option, a missing or malformed value, a configuration other than plain, off, on, predict,
   *     sample
   */
  static HarnessOptions parse(String... args) {
    HarnessOptions options = new HarnessOptions();
    CommandLine commandLine = commandLine(options);
    try {
      commandLine.parseArgs(args);
    } catch (ParameterException bad) {
      throw new IllegalArgumentException(bad.getMessage(), bad);
    }
    for (String c : options.configs) {
      if (!Config.known(c)) {
        throw new IllegalArgumentException(
            "--configs takes plain,off,on,predict,sample; not '" + c + "'");
      }
    }
    return options;
  }

  /** The usage text that {@code --help} prints. */
  static String usage() {
    return commandLine(new HarnessOptions()).getUsageMessage();
  }

  private static CommandLine commandLine(HarnessOptions options) {
    // No @file expansion: a --jvm-arg may be a java @argfile, which the child must see as is.
    return new CommandLine(options).setExpandAtFiles(false);
  }

  /** {@code --quick}: 1 repetition, short phases. */
  boolean quick() {
    return quick;
  }

  /** {@code --reps}, or its default: 3, 1 with {@code --quick}. */
  int reps() {
    return reps != null ? reps : quick ? 1 : 3;
  }

  /** {@code --churn-reps} as given (default 1); {@link Matrix} bounds it by the reps. */
  int churnReps() {
    return churnReps;
  }

  /** {@code --only}: name prefixes of the variants to run; empty for all. */
  List<String> only() {
    return List.copyOf(only);
  }

  /** {@code --configs}: the configuration keys to run. */
  List<String> configs() {
    return List.copyOf(configs);
  }

  /** {@code --java}: the java of the children. */
  String java() {
    return java;
  }

  /** {@code --agent}: the agent jar. */
  Path agent() {
    return agent;
  }

  /** {@code --jar}: the benchmarks jar. */
  Path jar() {
    return jar;
  }

  /** {@code --out}: the markdown table. */
  Path out() {
    return out;
  }

  /** {@code --runs-dir}: the children's logs and reports. */
  Path runsDir() {
    return runsDir;
  }

  /** {@code --jvm-arg}, in order: extra flags of every child. */
  List<String> jvmArgs() {
    return List.copyOf(jvmArgs);
  }

  /** {@code --agent-options}: appended to the options of every agent configuration. */
  String agentExtra() {
    return agentExtra;
  }

  /** {@code --timeout}, or its default: 300 s, 120 s with {@code --quick}. */
  long timeoutSeconds() {
    return timeoutSeconds != null ? timeoutSeconds : quick ? 120 : 300;
  }

  /** {@code --list}: print the variants and exit. */
  boolean list() {
    return list;
  }

  /** {@code -h}/{@code --help}: print the usage and exit. */
  boolean help() {
    return help;
  }
}
