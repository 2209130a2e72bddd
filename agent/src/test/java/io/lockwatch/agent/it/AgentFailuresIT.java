package io.lockwatch.agent.it;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.OverflowsUnderLocks;
import io.lockwatch.it.programs.Quiet;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Failures inside the agent's own work never blind a thread; odd option values still work. */
class AgentFailuresIT {
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"races=on", "races=off"})
  void a_thread_whose_stack_overflowed_inside_the_agent_is_still_watched(String races) {
    AgentJvmResult run =
        AgentJvm.of(OverflowsUnderLocks.class)
            .jvmOptions("-Xss512k")
            .agentOptions(races)
            .in(dir)
            .timeout(LIMIT)
            .run();
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("overflowed true").contains("second then first");
    // the joins after the overflow hold no lock: an exit hook lost to the overflow is no hold
    assertThat(run.report()).hasCycles(1).hasWaitHazards(0);
  }

  @Test
  void a_report_path_with_a_comma_is_written_where_it_says() throws Exception {
    Path report = dir.resolve("out,with,commas/report.json");
    AgentJvmResult run =
        AgentJvm.of(Quiet.class)
            .exactAgentOptions("report=" + report + ",quiet=true")
            .in(dir)
            .timeout(LIMIT)
            .run();
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(Files.exists(report)).as(run.stderr()).isTrue();
  }
}
