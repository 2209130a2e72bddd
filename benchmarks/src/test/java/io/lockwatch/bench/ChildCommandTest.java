package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The children's command lines. */
class ChildCommandTest {

  private static final Path AGENT = Path.of("/w/agent.jar");
  private static final Path REPORT = Path.of("/w/runs/x-off-1.json");
  private final ChildCommand commands =
      new ChildCommand(
          "/jdk/bin/java",
          Path.of("/w/benchmarks.jar"),
          AGENT,
          List.of("-XX:StartFlightRecording=filename=/tmp/{run}.jfr", "-Xss1m"));

  @Test
  void a_plain_workload_gets_the_heap_flag_and_the_jvm_args_with_the_run_id() {
    assertThat(commands.workload("x-plain-1", "a.Main", List.of("--n", "1"), null, REPORT))
        .containsExactly(
            "/jdk/bin/java",
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
  void under_the_agent_the_report_comes_first_then_the_configuration_options() {
    assertThat(commands.workload("x-off-1", "a.Main", List.of(), "races=off,stackDepth=8", REPORT))
        .containsSequence(
            "-Xss1m",
            "-javaagent:/w/agent.jar=report=/w/runs/x-off-1.json,races=off,stackDepth=8",
            "-cp");
    assertThat(commands.workload("x-off-1", "a.Main", List.of(), "", REPORT))
        .contains("-javaagent:/w/agent.jar=report=/w/runs/x-off-1.json");
  }

  @Test
  void the_probe_runs_the_probe_main_under_the_agent_without_the_extra_flags() {
    assertThat(commands.probe("races=on", Path.of("/w/runs/probe.json")))
        .containsExactly(
            "/jdk/bin/java",
            "-javaagent:/w/agent.jar=report=/w/runs/probe.json,races=on",
            "-cp",
            "/w/benchmarks.jar",
            "io.lockwatch.bench.workloads.Probe");
  }

  @Test
  void option_lists_join_with_one_comma_whichever_is_empty() {
    assertThat(ChildCommand.joinOptions("a=1", "b=2")).isEqualTo("a=1,b=2");
    assertThat(ChildCommand.joinOptions("a=1", "")).isEqualTo("a=1");
    assertThat(ChildCommand.joinOptions(null, "b=2")).isEqualTo("b=2");
    assertThat(ChildCommand.joinOptions("", null)).isEmpty();
  }
}
