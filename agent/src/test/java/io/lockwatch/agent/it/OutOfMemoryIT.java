package io.lockwatch.agent.it;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.ExhaustsHeap;
import io.lockwatch.report.model.Report;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report survives the program running out of memory. */
class OutOfMemoryIT {
  /** Where the classes of the report's path are, in the agent's jar. */
  private static final List<String> REPORT_PATH =
      List.of(
          "io.lockwatch.agent.report.",
          "io.lockwatch.agent.analysis.",
          "io.lockwatch.shaded.report.",
          "io.lockwatch.shaded.engine.",
          "io.lockwatch.shaded.gson.",
          "io.lockwatch.shaded.jgrapht.",
          "io.lockwatch.shaded.jheaps.");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"races=on", "races=off"})
  void a_program_that_exhausts_a_small_heap_still_leaves_a_valid_report(String races) {
    AgentJvmResult run =
        AgentJvm.of(ExhaustsHeap.class)
            .jvmOptions("-Xmx64m")
            .agentOptions(races)
            .in(dir)
            .timeout(Duration.ofSeconds(90))
            .run();
    assertThat(run.exitCode()).isEqualTo(1); // the OutOfMemoryError out of main
    assertThat(run.stderr()).contains("java.lang.OutOfMemoryError").doesNotContain("lockwatch-");
    Report report = run.report();
    assertThat(report).hasCycles(1);
  }

  /**
   * Why the test above passes every time, not 19 runs in 20: the report at exit loads no class the
   * program could have left without room. Every class of the report's path (its model, the JSON
   * writer, the engine, the graph library) is loaded before the program's main class.
   */
  @ParameterizedTest
  @ValueSource(strings = {"races=on", "races=off"})
  void the_report_at_exit_loads_no_class_once_the_program_runs(String races) throws IOException {
    Path loads = dir.resolve("class-loads.txt");
    AgentJvmResult run =
        AgentJvm.of(ExhaustsHeap.class)
            .jvmOptions("-Xmx64m", "-Xlog:class+load=info:file=" + loads)
            .agentOptions(races)
            .in(dir)
            .timeout(Duration.ofSeconds(90))
            .run();
    assertThat(run.report()).hasCycles(1);
    List<String> lines = Files.readAllLines(loads);
    int main = indexOfLoad(lines, ExhaustsHeap.class.getName());
    assertThat(main).as("the main class's load in %s", loads).isNotNegative();
    assertThat(lines.subList(main, lines.size()))
        .as("classes of the report's path loaded after the program started")
        .noneMatch(OutOfMemoryIT::isReportPath);
  }

  private static int indexOfLoad(List<String> lines, String className) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("] " + className + " source:")) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isReportPath(String load) {
    return REPORT_PATH.stream().anyMatch(prefix -> load.contains("] " + prefix));
  }
}
