package io.lockwatch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of the children: a workload, plain or under the agent, and the agent probe.
 *
 * @param java the {@code java} executable
 * @param jar the benchmarks jar, the children's class path
 * @param agent the agent jar
 * @param jvmArgs extra flags of every workload child, {@code {run}} standing for the run's id
 */
record ChildCommand(String java, Path jar, Path agent, List<String> jvmArgs) {

  /** Every workload child gets the same heap, whatever its configuration. */
  static final String HEAP = "-Xmx2g";

  /**
   * {@code java -Xmx2g [jvm args] [-javaagent:<agent>=report=<report>,<agent options>] -cp <jar>
   * <main> <args>}.
   *
   * @param runId the run's id, for {@code {run}} in the JVM flags
   * @param agentOptions the agent options besides the report; null runs the workload plain
   * @param report where the agent writes its report (ignored when plain)
   */
  List<String> workload(
      String runId, String mainClass, List<String> args, String agentOptions, Path report) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add(HEAP);
    for (String a : jvmArgs) {
      cmd.add(a.replace("{run}", runId));
    }
    if (agentOptions != null) {
      cmd.add(agentFlag(joinOptions("report=" + report.toAbsolutePath(), agentOptions)));
    }
    cmd.add("-cp");
    cmd.add(jar.toString());
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }

  /** {@code java -javaagent:<agent>=report=<report>,<agent options> -cp <jar> ...Probe}. */
  List<String> probe(String agentOptions, Path report) {
    return List.of(
        java,
        agentFlag(joinOptions("report=" + report.toAbsolutePath(), agentOptions)),
        "-cp",
        jar.toString(),
        Matrix.WORKLOADS + "Probe");
  }

  private String agentFlag(String agentOptions) {
    return "-javaagent:"
        + agent.toAbsolutePath()
        + (agentOptions.isEmpty() ? "" : "=" + agentOptions);
  }

  /** Two agent option lists joined with a comma; either may be null or empty. */
  static String joinOptions(String a, String b) {
    if (a == null || a.isEmpty()) {
      return b == null ? "" : b;
    }
    return b == null || b.isEmpty() ? a : a + "," + b;
  }
}
