package io.lockwatch.agent.it;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.ExhaustsHeap;
import io.lockwatch.report.model.Report;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report survives the program running out of memory. */
class OutOfMemoryIT {
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
}
