package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lockwatch.testkit.AgentJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The children's command lines, as the test kit launches them: with {@code /bin/true} standing in
 * for java, each "child" ends at once and leaves its command line.
 */
class ChildJvmsTest {

  private static final Path TRUE = Path.of("/bin/true");

  @TempDir Path dir;
  private Path agent;
  private ChildJvms children;

  @BeforeEach
  void setUp() throws Exception {
    assumeTrue(Files.isExecutable(TRUE), "no /bin/true");
    agent = Files.createFile(dir.resolve("agent.jar"));
    children =
        new ChildJvms(
            TRUE.toString(),
            Path.of("/w/benchmarks.jar"),
            agent,
            List.of("-XX:StartFlightRecording=filename=/tmp/{run}.jfr", "-Xss1m"),
            dir);
  }

  private static List<String> command(AgentJvm child) {
    return child.run().command();
  }

  @Test
  void a_plain_workload_gets_the_heap_flag_and_the_jvm_args_with_the_run_id() {
    assertThat(command(children.workload("x-plain-1", "a.Main", List.of("--n", "1"), null)))
        .containsExactly(
            TRUE.toString(),
            "-Xmx2g",
            "-XX:StartFlightRecording=filename=/tmp/x-plain-1.jfr",
            "-Xss1m",
            "-cp",
            "/w/benchmarks.jar",
            "a.Main",
            "--n",
            "1");
  }

  @Test
  void under_the_agent_the_configuration_options_come_with_the_run_report() {
    assertThat(command(children.workload("x-off-1", "a.Main", List.of(), "races=off,stackDepth=8")))
        .containsSequence(
            "-Xss1m",
            "-javaagent:" + agent + "=races=off,stackDepth=8,report=" + dir.resolve("x-off-1.json"),
            "-cp");
    assertThat(command(children.workload("x-off-1", "a.Main", List.of(), "")))
        .contains("-javaagent:" + agent + "=report=" + dir.resolve("x-off-1.json"));
  }

  @Test
  void the_probe_runs_the_probe_main_under_the_agent_without_the_extra_flags() {
    assertThat(command(children.probe("races=on")))
        .containsExactly(
            TRUE.toString(),
            "-javaagent:" + agent + "=races=on,report=" + dir.resolve("probe.json"),
            "-cp",
            "/w/benchmarks.jar",
            "io.lockwatch.bench.workloads.Probe");
  }

  @Test
  void the_version_check_runs_the_probe_main_plainly_with_showversion() {
    assertThat(command(children.version()))
        .containsExactly(
            TRUE.toString(),
            "-showversion",
            "-cp",
            "/w/benchmarks.jar",
            "io.lockwatch.bench.workloads.Probe");
  }

  @Test
  void each_child_leaves_its_files_named_by_its_id_in_the_runs_directory() {
    children.workload("x-plain-2", "a.Main", List.of(), null).run();

    assertThat(dir.resolve("x-plain-2.out")).exists();
    assertThat(dir.resolve("x-plain-2.err")).exists();
  }

  @Test
  void option_lists_join_with_one_comma_whichever_is_empty() {
    assertThat(ChildJvms.joinOptions("a=1", "b=2")).isEqualTo("a=1,b=2");
    assertThat(ChildJvms.joinOptions("a=1", "")).isEqualTo("a=1");
    assertThat(ChildJvms.joinOptions(null, "b=2")).isEqualTo("b=2");
    assertThat(ChildJvms.joinOptions("", null)).isEmpty();
  }
}
