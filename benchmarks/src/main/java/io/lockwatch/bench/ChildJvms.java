package io.lockwatch.bench;

import io.lockwatch.testkit.AgentJvm;
import java.nio.file.Path;
import java.util.List;

/**
 * The harness's children, as the test kit's {@link AgentJvm}s: a workload, plain or under the
 * agent, the agent probe, and the JVM that tells its version. Each leaves {@code <id>.out}, {@code
 * <id>.err} and (under the agent) {@code <id>.json} in the runs directory, and runs in the
 * harness's own working directory, so a relative path in a {@code --jvm-arg} means what it means on
 * the harness's command line.
 *
 * @param java the {@code java} executable (or a JDK home)
 * @param jar the benchmarks jar, the children's class path
 * @param agent the agent jar
 * @param jvmArgs extra flags of every workload child, {@code {run}} standing for the run's id
 * @param runsDir where the children's files go
 */
record ChildJvms(String java, Path jar, Path agent, List<String> jvmArgs, Path runsDir) {

  /** Every workload child gets the same heap, whatever its configuration. */
  static final String HEAP = "-Xmx2g";

  /** The trivial main of the probe and of the version check. */
  static final String PROBE_MAIN = Matrix.WORKLOADS + "Probe";

  /**
   * {@code java -Xmx2g [jvm args] [-javaagent:<agent>=<agent options>,report=<id>.json] -cp <jar>
   * <main> <args>}.
   *
   * @param runId the run's id: the stem of its files, and {@code {run}} in the JVM flags
   * @param agentOptions the agent options besides the report; null runs the workload plain
   */
  AgentJvm workload(String runId, String mainClass, List<String> args, String agentOptions) {
    AgentJvm child =
        child(runId, mainClass)
            .jvmOptions(HEAP)
            .jvmOptions(jvmArgs.stream().map(a -> a.replace("{run}", runId)).toArray(String[]::new))
            .args(args.toArray(String[]::new));
    return agentOptions == null ? child.withoutAgent() : child.agentOptions(agentOptions);
  }

  /** {@code java -javaagent:<agent>=<agent options>,report=probe.json -cp <jar> ...Probe}. */
  AgentJvm probe(String agentOptions) {
    return child("probe", PROBE_MAIN).agentOptions(agentOptions == null ? "" : agentOptions);
  }

  /** {@code java -showversion -cp <jar> ...Probe}: the version on stderr, as {@code -version}. */
  AgentJvm version() {
    return child("java-version", PROBE_MAIN).withoutAgent().jvmOptions("-showversion");
  }

  private AgentJvm child(String name, String mainClass) {
    return AgentJvm.of(mainClass)
        .classPath(jar)
        .java(Path.of(java))
        .agentJar(agent)
        .in(runsDir)
        .named(name)
        .workingDirectory(Path.of("").toAbsolutePath());
  }

  /** Two agent option lists joined with a comma; either may be null or empty. */
  static String joinOptions(String a, String b) {
    if (a == null || a.isEmpty()) {
      return b == null ? "" : b;
    }
    return b == null || b.isEmpty() ? a : a + "," + b;
  }
}
